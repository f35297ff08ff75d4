import Foundation
import Yams

/// Reads one field's value as the type it must have, or says at which line and field it is not.
struct FieldReader {
    let file: String
    /// The assignment file's folder, against which relative paths are resolved.
    let folder: String

    func error(_ line: Int, _ field: String, _ message: String) -> AssignmentError {
        AssignmentError(file: file, line: line, field: field, message)
    }

    func text(_ node: Node, line: Int, field: String) throws(AssignmentError) -> String {
        guard let value = node.scalar?.string, !value.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw error(line, field, "must be non-empty text")
        }
        return value
    }

    func path(_ node: Node, line: Int, field: String) throws(AssignmentError) -> String {
        let value = try text(node, line: line, field: field)
        return value.hasPrefix("/") || folder.isEmpty ? value : (folder as NSString).appendingPathComponent(value)
    }

    func number(_ node: Node, line: Int, field: String) throws(AssignmentError) -> Double {
        guard let text = node.scalar?.string, let value = Double(text), value.isFinite else {
            throw error(line, field, "must be a number, got \(Self.shown(node))")
        }
        return value
    }

    func integer(_ node: Node, line: Int, field: String, in range: ClosedRange<Int>) throws(AssignmentError) -> Int {
        guard let text = node.scalar?.string, let value = Int(text) else {
            throw error(line, field, "must be a whole number, got \(Self.shown(node))")
        }
        guard range.contains(value) else {
            let most = range.upperBound == .max ? "" : " and at most \(range.upperBound)"
            throw error(line, field, "must be at least \(range.lowerBound)\(most)")
        }
        return value
    }

    func date(_ node: Node, line: Int, field: String) throws(AssignmentError) -> Date {
        guard let text = node.scalar?.string else {
            throw error(line, field, "must be an ISO 8601 time with its zone, such as 2026-12-01T23:59:00Z, got \(Self.shown(node))")
        }
        switch ISOTime.parse(text) {
        case let .success(date): return date
        case let .failure(problem): throw error(line, field, "\(text.debugDescription) \(problem.message)")
        }
    }

    func latePolicy(_ node: Node, line: Int) throws(AssignmentError) -> LatePolicy {
        let pairs = try YAMLFields(file: file).pairs(of: node, field: "late")
        for (key, _, keyLine) in pairs where !["percent_per_day", "max_days"].contains(key) {
            throw error(keyLine, "late.\(key)", "unknown field; late takes percent_per_day and max_days")
        }
        guard let percent = pairs.first(where: { $0.0 == "percent_per_day" }) else { throw error(line, "late.percent_per_day", "missing") }
        guard let days = pairs.first(where: { $0.0 == "max_days" }) else { throw error(line, "late.max_days", "missing") }
        let perDay = try number(percent.1, line: percent.2, field: "late.percent_per_day")
        guard perDay >= 0, perDay <= 100 else { throw error(percent.2, "late.percent_per_day", "must be from 0 to 100, got \(perDay)") }
        return LatePolicy(percentPerDay: perDay, maximumDays: try integer(days.1, line: days.2, field: "late.max_days", in: 0...3_650))
    }

    /// A node as the error message shows it.
    static func shown(_ node: Node) -> String {
        if let scalar = node.scalar?.string { return scalar.debugDescription }
        return node.mapping != nil ? "a mapping" : "a list"
    }
}
