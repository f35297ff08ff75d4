import FileIO
import Foundation

/// A committed record of what each condition scored, for a given seed and number of digits, and the rule that a
/// later run must keep: no condition's accuracy more than 2 points lower, no refusal where there was none.
public struct ReadingBaseline: Codable, Equatable, Sendable {
    /// The most a condition's accuracy may fall, in percentage points.
    public static let allowedDrop = 2.0

    public let seed: UInt64
    public let digits: Int
    /// What made it, for people: the run and the build ("seed-cnn, 3 epochs; build abc1234").
    public let note: String
    public let conditions: [ConditionScore]

    public init(seed: UInt64, digits: Int, note: String, conditions: [ConditionScore]) {
        (self.seed, self.digits, self.note, self.conditions) = (seed, digits, note, conditions)
    }

    /// Why a comparison could not be made or failed.
    public struct Mismatch: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    /// One line for each condition that is worse than the baseline allows, naming it; empty when none is. Conditions
    /// the baseline does not hold, or that were not run, are not compared.
    public func regressions(in scores: [ConditionScore]) -> [String] {
        scores.compactMap { score in
            guard let before = conditions.first(where: { $0.id == score.id }) else { return nil }
            var reasons: [String] = []
            let drop = 100 * (before.accuracy - score.accuracy)
            if drop > Self.allowedDrop + 1e-9 {
                reasons.append(String(format: "accuracy %.1f%%, %.1f points below the baseline's %.1f%%",
                                      100 * score.accuracy, drop, 100 * before.accuracy))
            }
            if before.refused == 0, score.refused > 0 {
                reasons.append("\(score.refused) of \(score.digits) refused, where the baseline refused none")
            }
            return reasons.isEmpty ? nil : "\(score.id): " + reasons.joined(separator: "; ")
        }
    }

    /// Throws unless `seed` and `digits` are the baseline's: other files would make the comparison meaningless.
    public func checkComparable(seed: UInt64, digits: Int, file: String) throws(Mismatch) {
        guard seed == self.seed, digits == self.digits else {
            throw Mismatch(description: "\(file): the baseline was recorded with --seed \(self.seed) --digits \(self.digits), "
                + "this run uses --seed \(seed) --digits \(digits); run with the baseline's or record a new one (--write-baseline)")
        }
    }

    /// Reads a baseline file, with an error naming the file and what is wrong.
    public static func read(_ path: String) throws -> ReadingBaseline {
        let bytes = try FileBytes.read(path, limit: 1 << 20)
        do {
            return try JSONDecoder().decode(ReadingBaseline.self, from: Data(bytes))
        } catch let DecodingError.keyNotFound(key, context) {
            throw Mismatch(description: "\(path): not a reading baseline: \(location(context))no \"\(key.stringValue)\"")
        } catch let DecodingError.typeMismatch(_, context) {
            throw Mismatch(description: "\(path): not a reading baseline: \(location(context))\(context.debugDescription)")
        } catch let DecodingError.valueNotFound(_, context) {
            throw Mismatch(description: "\(path): not a reading baseline: \(location(context))\(context.debugDescription)")
        } catch {
            throw Mismatch(description: "\(path): not a reading baseline (not valid JSON)")
        }
    }

    /// The baseline as JSON text: keys sorted, one condition a line, so that re-recording shows a readable diff.
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        func encoded<T: Encodable>(_ value: T) -> String {
            (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
        }
        let lines = conditions.map { "    " + encoded($0) }
        return "{\n  \"conditions\": [\n" + lines.joined(separator: ",\n") + "\n  ],\n  \"digits\": \(digits),\n"
            + "  \"note\": \(encoded(note)),\n  \"seed\": \(seed)\n}\n"
    }

    /// Writes the baseline to `path` atomically.
    public func write(to path: String) throws(FileError) {
        try AtomicFile.write(json, to: path)
    }

    private static func location(_ context: DecodingError.Context) -> String {
        let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        return path.isEmpty ? "" : "at \(path): "
    }
}
