import Foundation
import IDX
import Randomness
import Readings
import Runs
import UserImages

/// Reads benchmark strips with `NumberReader` and with the baseline of cutting each strip's ink into as many equal
/// slices as it has digits (the baseline is told the count), separated and touching strips apart.
public struct NumberBenchmark {
    public let model: InferenceModel
    public let maker: DigitStripMaker

    public init(model: InferenceModel, images: ImageSet, labels: [UInt8]) {
        self.model = model
        maker = DigitStripMaker(images: images, labels: labels)
    }

    /// What one kind of strip scored.
    public struct Result: Sendable {
        public let touching: Bool
        public let reader: StripScore
        public let baseline: StripScore
        /// The model's accuracy on the strips' digits read one by one from MNIST itself.
        public let singleDigitAccuracy: Double
    }

    /// `strips` of each kind, made from `seed`.
    /// `misread` receives each strip the reader got wrong, with its reading.
    public func run(strips: Int, seed: UInt64, progress: (String) -> Void = { _ in },
                    misread: (DigitStrip, [Int]) -> Void = { _, _ in }) throws -> [Result] {
        var generator = SeededGenerator(seed: seed)
        return try [false, true].map { (touching: Bool) throws -> Result in
            var made: [DigitStrip] = []
            while made.count < strips {
                if let strip = maker.strip(touching: touching, generator: &generator) { made.append(strip) }
            }
            let single = try singleDigitAccuracy(made)
            var reader = StripScore(), baseline = StripScore()
            let reading = NumberReader()
            for (index, strip) in made.enumerated() {
                let read: [Int]?
                do {
                    read = try reading.read(strip.image, file: "strip \(index)", classify: model.probabilities(for:)).digits.map(\.digit)
                } catch is ImageError {
                    read = nil  // a strip the reader finds no digits in is read wrong
                }
                reader.add(truth: strip.truth, read: read ?? [], singleDigitAccuracy: single)
                if read != strip.truth { misread(strip, read ?? []) }
                baseline.add(truth: strip.truth, read: try equalSlices(strip), singleDigitAccuracy: single)
                if (index + 1) % 100 == 0 { progress("\(touching ? "touching" : "separated"): \(index + 1) of \(strips) strips") }
            }
            return Result(touching: touching, reader: reader, baseline: baseline, singleDigitAccuracy: single)
        }
    }

    /// The model's accuracy on the strips' own MNIST digits, read directly.
    func singleDigitAccuracy(_ strips: [DigitStrip]) throws(NonFiniteOutput) -> Double {
        let sources = strips.flatMap(\.sources)
        guard !sources.isEmpty, let set = try? ImageSet(count: sources.count, rows: maker.images.rows, columns: maker.images.columns,
                                                        pixels: sources.flatMap { maker.images.image(at: $0) }) else { return 0 }
        let predicted = try model.probabilities(for: set).map { row in row.indices.max { row[$0] < row[$1] } ?? 0 }
        let correct = zip(predicted, sources).filter { $0 == Int(maker.labels[$1]) }.count
        return Double(correct) / Double(sources.count)
    }

    /// The baseline: the columns from the first to the last with ink, cut into as many equal slices as the strip has
    /// digits, each read as a single digit (a slice with no digit in it reads as -1, wrong).
    func equalSlices(_ strip: DigitStrip) throws -> [Int] {
        let image = strip.image
        var columns: [Int] = []
        for x in 0..<image.width where (0..<image.height).contains(where: { image[x, $0] < 128 }) { columns.append(x) }
        guard let first = columns.first, let last = columns.last else { return [] }
        let count = strip.truth.count, span = Double(last - first + 1) / Double(count)
        let digits: [GreyImage?] = (0..<count).map { slice in
            let x0 = first + Int(Double(slice) * span), x1 = min(image.width, first + Int(Double(slice + 1) * span))
            var pixels: [UInt8] = []
            for y in 0..<image.height { for x in x0..<x1 { pixels.append(image[x, y]) } }
            guard let piece = GreyImage(width: x1 - x0, height: image.height, pixels: pixels) else { return nil }
            return try? DigitPreprocessor().digit(from: piece, file: "slice").digit
        }
        var rows = try model.probabilities(for: digits.compactMap { $0 }).makeIterator()
        return digits.map { digit in
            guard digit != nil, let row = rows.next() else { return -1 }
            return row.indices.max { row[$0] < row[$1] } ?? -1
        }
    }
}
