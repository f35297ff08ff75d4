import Foundation
import IDX
import Randomness
import UserImages

/// What one condition scored: Digitbook's reading (decode, `DigitPreprocessor`, the model) and the plain reference's,
/// both read by the same model, over the same files.
public struct ConditionScore: Codable, Equatable, Sendable {
    public let id: String
    public let digits: Int
    /// Read as the right digit by the current build.
    public let right: Int
    /// Refused by the current build ("no digit found" and other `ImageError`s); counted as wrong in the accuracy.
    public let refused: Int
    public let referenceRight: Int
    public let referenceRefused: Int

    public init(id: String, digits: Int, right: Int, refused: Int, referenceRight: Int, referenceRefused: Int) {
        (self.id, self.digits, self.right, self.refused) = (id, digits, right, refused)
        (self.referenceRight, self.referenceRefused) = (referenceRight, referenceRefused)
    }

    public var accuracy: Double { digits > 0 ? Double(right) / Double(digits) : 0 }
    public var refusalRate: Double { digits > 0 ? Double(refused) / Double(digits) : 0 }
    public var referenceAccuracy: Double { digits > 0 ? Double(referenceRight) / Double(digits) : 0 }
    public var referenceRefusalRate: Double { digits > 0 ? Double(referenceRefused) / Double(digits) : 0 }
}

/// A file the current build misread or refused: the file as made, the 28x28 input the model read (none when refused),
/// and what came out.
public struct ReadingFailure: Sendable {
    public let condition: String
    /// The digit's index in the MNIST test set.
    public let index: Int
    public let truth: Int
    public let file: ImageFile
    public let input: GreyImage?
    /// The digit read, or nil when refused.
    public let read: Int?
    /// Why it was refused.
    public let reason: String?
}

/// Reads the first `digits` MNIST test digits in each condition, with Digitbook's preprocessing and the plain
/// reference, and counts right, wrong and refused. Deterministic from the seed: each condition draws from its own
/// generator, split in the catalogue's order from one seeded generator, so a condition's files do not depend on
/// which other conditions run, and the first 20 digits' files are the same in a run of 20 and of 200.
public struct ReadingBenchmark {
    public let images: ImageSet
    public let labels: [UInt8]
    public var preprocessor = DigitPreprocessor()

    public init(images: ImageSet, labels: [UInt8]) {
        self.images = images
        self.labels = labels
    }

    /// The MNIST test digit at `index` as a picture (0 background, 255 ink).
    public func digit(at index: Int) -> GreyImage? {
        GreyImage(width: images.columns, height: images.rows, pixels: Array(images.image(at: index)))
    }

    /// The generators of every condition of the catalogue for `seed`, by id.
    public static func generators(seed: UInt64) -> [String: SeededGenerator] {
        var base = SeededGenerator(seed: seed), result: [String: SeededGenerator] = [:]
        for condition in ReadingConditions.all { result[condition.id] = base.split() }
        return result
    }

    /// Scores each of `conditions` on the first `digits` digits; `classify` gives class probabilities for 28x28
    /// inputs (`InferenceModel.probabilities(for:)`); `failure` receives each file the current build got wrong.
    public func run(conditions: [ReadingCondition], digits: Int, seed: UInt64, classify: ([GreyImage]) throws -> [[Float]],
                    progress: (String) -> Void = { _ in }, failure: (ReadingFailure) -> Void = { _ in }) throws -> [ConditionScore] {
        let generators = Self.generators(seed: seed), count = min(digits, images.count, labels.count)
        return try conditions.map { condition in
            guard var generator = generators[condition.id] else { throw ReadingConditions.UnknownCondition(id: condition.id) }
            var files: [ImageFile] = [], truths: [Int] = [], indices: [Int] = []
            var inputs: [GreyImage?] = [], reasons: [String?] = [], references: [GreyImage?] = []
            for index in 0..<count {
                guard let digit = digit(at: index) else { continue }
                let file = try condition.make(digit, generator: &generator)
                let name = "\(condition.id)-\(index).\(file.fileExtension)"
                files.append(file)
                truths.append(Int(labels[index]))
                indices.append(index)
                // Read exactly as `digitbook predict` reads a file; an ImageError is a refusal.
                let picture: GreyImage
                do {
                    picture = try ImageDecoder.decode(file.bytes, file: name, reducingTo: preprocessor.analysisSide)
                } catch {
                    inputs.append(nil)
                    references.append(nil)
                    reasons.append("\(error)")
                    continue
                }
                references.append(try? PlainReference.digit(from: picture))
                do {
                    inputs.append(try preprocessor.digit(from: picture, file: name).digit)
                    reasons.append(nil)
                } catch {
                    inputs.append(nil)
                    reasons.append("\(error)")
                }
            }
            let readings = try Self.read(inputs, classify: classify), referenceReadings = try Self.read(references, classify: classify)
            var right = 0, referenceRight = 0
            for (position, file) in files.enumerated() {
                let truth = truths[position]
                if readings[position] == truth { right += 1 }
                if referenceReadings[position] == truth { referenceRight += 1 }
                if readings[position] != truth {
                    failure(ReadingFailure(condition: condition.id, index: indices[position], truth: truth, file: file,
                                           input: inputs[position], read: readings[position], reason: reasons[position]))
                }
            }
            progress("\(condition.id): \(right) of \(files.count) right")
            return ConditionScore(id: condition.id, digits: files.count, right: right, refused: inputs.filter { $0 == nil }.count,
                                  referenceRight: referenceRight, referenceRefused: references.filter { $0 == nil }.count)
        }
    }

    /// The most probable class of each input, nil where there is none, classified in one pass.
    static func read(_ inputs: [GreyImage?], classify: ([GreyImage]) throws -> [[Float]]) throws -> [Int?] {
        var rows = try classify(inputs.compactMap { $0 }).makeIterator()
        return inputs.map { input in
            guard input != nil, let row = rows.next() else { return nil }
            return row.indices.max { row[$0] < row[$1] }
        }
    }
}
