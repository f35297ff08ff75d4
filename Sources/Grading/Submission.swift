/// What one student handed in, as found in the submissions folder.
public struct Submission: Equatable, Sendable {
    /// Where the predictions come from.
    public enum Source: Equatable, Sendable {
        /// A predictions CSV (`id,label[,p0,…]`).
        case predictions(String)
        /// A Digitbook run folder (model.safetensors + run.json), to be run on the key's images.
        case run(String)
        /// Nothing gradable: why, in words.
        case unusable(String)
    }

    public let student: String
    public let source: Source

    public init(student: String, source: Source) {
        self.student = student
        self.source = source
    }
}
