import Randomness
import UserImages

/// One way a person's photo or scan of a digit can look, made from an MNIST test digit.
///
/// `make` is a deterministic function of the digit (28x28, 0 background, 255 ink, as MNIST stores it) and the
/// generator passed in: the same digit and generator state give the same file bytes.
public struct ReadingCondition: Sendable {
    /// A short name, as `--conditions` takes it (`fill-dark`).
    public let id: String
    /// One line saying what the picture looks like.
    public let description: String
    let maker: @Sendable (GreyImage, inout SeededGenerator) throws(ImageFileError) -> ImageFile

    init(_ id: String, _ description: String,
         _ maker: @escaping @Sendable (GreyImage, inout SeededGenerator) throws(ImageFileError) -> ImageFile) {
        self.id = id
        self.description = description
        self.maker = maker
    }

    /// The file for `digit`, drawing every random choice from `generator`.
    public func make(_ digit: GreyImage, generator: inout SeededGenerator) throws(ImageFileError) -> ImageFile {
        try maker(digit, &generator)
    }
}

/// Every condition of the reading benchmark, in the order the table lists them.
public enum ReadingConditions {
    /// The eight conditions of the earlier photo benchmark first, then the framings, surfaces and cameras that
    /// issue 22 added.
    public static let all: [ReadingCondition] = PhotoBenchmarkConditions.all + FillConditions.all + SheetConditions.all
        + SurfaceConditions.all + CameraConditions.all

    /// An unknown id among those asked for.
    public struct UnknownCondition: Error, CustomStringConvertible, Sendable {
        public let id: String
        public var description: String {
            "no reading condition is called \"\(id)\"; the conditions are " + ReadingConditions.all.map(\.id).joined(separator: ", ")
        }
    }

    /// The conditions named by `ids` (each once, in the table's order), or all when `ids` is empty.
    public static func named(_ ids: [String]) throws(UnknownCondition) -> [ReadingCondition] {
        guard !ids.isEmpty else { return all }
        if let unknown = ids.first(where: { id in !all.contains { $0.id == id } }) { throw UnknownCondition(id: unknown) }
        return all.filter { ids.contains($0.id) }
    }
}

extension SeededGenerator {
    /// One of `choices`, uniformly; `choices` must not be empty.
    mutating func pick<T>(_ choices: [T]) -> T { choices[uniformInteger(in: 0..<choices.count)] }

    /// A uniform `Float` in `range` (a closed range reads more naturally in the conditions).
    mutating func float(_ range: ClosedRange<Float>) -> Float { uniformFloat(from: range.lowerBound, to: range.upperBound) }
}
