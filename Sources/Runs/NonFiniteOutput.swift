/// A model's output that is not a number (NaN or infinite): its weights are broken, or large enough to overflow.
/// Such a model gives no answer at all rather than a wrong one: every path that asks a model refuses these outputs.
public struct NonFiniteOutput: Error, CustomStringConvertible, Equatable, Sendable {
    /// The run folder or model file the model came from.
    public let source: String
    /// How many of the inputs got such an output, and how many were asked.
    public let affected: Int
    public let total: Int

    public init(source: String, affected: Int, total: Int) {
        self.source = source
        self.affected = affected
        self.total = total
    }

    public var description: String { description(naming: source) }

    /// The message with the model named as `name` (a server names the run, not its folder).
    public func description(naming name: String) -> String {
        let which = total == 1 ? "the image" : "\(affected) of \(total) images"
        return "\(name): the model's output for \(which) is not a number (NaN or infinite); its weights are broken or so "
            + "large that they overflow, so it cannot be used"
    }

    /// Throws when any row of `probabilities` holds a value that is not finite.
    public static func check(_ probabilities: [[Float]], source: String) throws(NonFiniteOutput) {
        let affected = probabilities.reduce(0) { count, row in count + (row.allSatisfy(\.isFinite) ? 0 : 1) }
        guard affected == 0 else { throw NonFiniteOutput(source: source, affected: affected, total: probabilities.count) }
    }
}

extension NonFiniteOutput {
    /// An input of another size than the run reads.
    public struct InputMismatch: Error, CustomStringConvertible, Sendable {
        public let source: String
        public let side: Int
        public let width: Int
        public let height: Int

        public init(source: String, side: Int, width: Int, height: Int) {
            self.source = source
            self.side = side
            self.width = width
            self.height = height
        }

        public var description: String { "\(source): the run reads \(side)x\(side) images, not \(width)x\(height)" }
    }
}
