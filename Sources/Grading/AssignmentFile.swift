import FileIO
import Foundation
import Localization
import Yams

/// Reads an assignment file strictly: every field checked, unknown ones refused, each error with its line and field.
public enum AssignmentFile {
    static let keys = ["title", "labels", "images", "seed", "public_fraction", "due", "late", "rubric", "roster", "canvas_assignment_id",
                       "run_time_limit_seconds", "lang"]
    /// The largest share of the test set a public leaderboard may take: points need the rest.
    static let largestPublicFraction = 0.9

    /// The assignment in the YAML file at `path`; relative paths inside it are resolved against its folder.
    public static func read(_ path: String) throws(AssignmentError) -> Assignment {
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(path, limit: 1 << 20)
        } catch {
            throw AssignmentError(file: path, line: 1, field: "", error.detail)
        }
        return try parse(String(decoding: bytes, as: UTF8.self), file: path)
    }

    /// The assignment in `text`; `file` names it in errors and anchors its relative paths.
    public static func parse(_ text: String, file: String) throws(AssignmentError) -> Assignment {
        // A byte-order mark, as some Windows editors write, is not part of the YAML.
        let fields = try YAMLFields(file: file).mapping(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        let reader = FieldReader(file: file, folder: (file as NSString).deletingLastPathComponent)
        for (key, _, line) in fields where !keys.contains(key) {
            throw AssignmentError(file: file, line: line, field: key, "unknown field; the fields are \(keys.joined(separator: ", "))")
        }
        func field(_ name: String) -> (Node, Int)? { fields.first { $0.0 == name }.map { ($0.1, $0.2) } }
        func required(_ name: String) throws(AssignmentError) -> (Node, Int) {
            guard let found = field(name) else { throw AssignmentError(file: file, line: 1, field: name, "missing; it is required") }
            return found
        }
        let (titleNode, titleLine) = try required("title")
        let (labelsNode, labelsLine) = try required("labels")
        let (rubricNode, rubricLine) = try required("rubric")
        var assignment = Assignment(
            title: try reader.text(titleNode, line: titleLine, field: "title"),
            labels: try reader.path(labelsNode, line: labelsLine, field: "labels"),
            rubric: try RubricReader(reader: reader).items(rubricNode, line: rubricLine))
        if let (node, line) = field("images") { assignment.images = try reader.path(node, line: line, field: "images") }
        if let (node, line) = field("roster") { assignment.roster = try reader.path(node, line: line, field: "roster") }
        if let (node, line) = field("seed") {
            assignment.seed = UInt64(try reader.integer(node, line: line, field: "seed", in: 0...Int.max))
        }
        if let (node, line) = field("public_fraction") {
            let value = try reader.number(node, line: line, field: "public_fraction")
            guard value > 0, value <= largestPublicFraction else {
                throw AssignmentError(file: file, line: line, field: "public_fraction", "must be more than 0 and at most "
                    + "\(largestPublicFraction), so that points use at least a tenth of the test set; got \(value)")
            }
            assignment.publicFraction = value
        }
        if let (node, line) = field("due") { assignment.due = try reader.date(node, line: line, field: "due") }
        if let (node, line) = field("late") {
            guard assignment.due != nil else {
                throw AssignmentError(file: file, line: line, field: "late", "needs a due time (field due)")
            }
            assignment.late = try reader.latePolicy(node, line: line)
        }
        if let (node, line) = field("canvas_assignment_id") {
            assignment.canvasAssignmentID = try reader.integer(node, line: line, field: "canvas_assignment_id", in: 1...Int.max)
        }
        if let (node, line) = field("run_time_limit_seconds") {
            let value = try reader.number(node, line: line, field: "run_time_limit_seconds")
            guard value >= 1, value <= 86_400 else {
                throw AssignmentError(file: file, line: line, field: "run_time_limit_seconds", "must be from 1 to 86400, got \(value)")
            }
            assignment.runTimeLimit = value
        }
        if let (node, line) = field("lang") {
            let tag = try reader.text(node, line: line, field: "lang")
            let catalogues = Catalogues.compiledIn
            guard let catalogue = catalogues.catalogue(tag) else {
                let known = catalogues.all.map(\.language.tag).joined(separator: ", ")
                throw AssignmentError(file: file, line: line, field: "lang", "Digitbook does not speak \(tag) (it speaks \(known); "
                    + "Languages.md says how to add one)")
            }
            assignment.language = catalogue.language.tag
        }
        return assignment
    }
}
