import Foundation

/// Reads a row of handwritten digits (a ZIP code, an amount, a student number) as a number: the ink found as for one
/// digit (`InkMap`), its pieces gathered into digits (`DigitGroups`), pieces too wide for one digit cut where the
/// classifier reads the parts best (`TouchingDigits`), each digit made MNIST-style by `DigitPreprocessor`, left to
/// right. The classifier is passed in (class probabilities for a batch of 28x28 digits), so this module needs no model.
public struct NumberReader: Sendable {
    public var preprocessor = DigitPreprocessor()
    /// The most digits a number may have; more separate pieces of ink is an error.
    public var mostDigits = 32

    public init() {}

    /// Class probabilities for each digit image, in order; its errors (a model that gives no numbers) pass through.
    public typealias Classifier = ([GreyImage]) throws -> [[Float]]

    /// The number in `image` (decode files at full size so that the boxes are in their own pixels); `file` names it in
    /// errors (no ink, or more than `mostDigits` pieces, is an `ImageError`; the classifier's own errors pass through).
    public func read(_ image: GreyImage, file: String, classify: Classifier) throws -> NumberReading {
        let factor = max(1, (max(image.width, image.height) + preprocessor.analysisSide - 1) / preprocessor.analysisSide)
        let work = factor > 1 ? DigitPreprocessor.shrunk(image, by: factor) : image
        let map = InkMap(work)
        func empty(_ detail: String) -> ImageError { ImageError(file: file, kind: .empty, detail: "no digits found: " + detail) }
        guard map.inkLevel >= preprocessor.minimumContrast else {
            throw empty("the image is almost uniform (ink and background differ by \(Int(map.inkLevel)) grey levels)")
        }
        let pieces = InkComponents(width: work.width, height: work.height, isInk: map.smoothed.map { $0 >= map.threshold })
        let found = DigitGroups(pieces)
        guard !found.groups.isEmpty else { throw empty("no ink stands out from the background") }
        let lines = InkLines.count(found.groups.flatMap { $0.pieces.map { pieces.components[$0] } })
        guard lines == 1 else {
            throw ImageError(file: file, kind: .crowded, detail: "the ink lies in \(lines) lines, one above the other; a number is one "
                + "row of digits: crop the picture to that row")
        }
        guard found.groups.count <= mostDigits else {
            throw ImageError(file: file, kind: .crowded, detail: "\(found.groups.count) separate pieces of ink after merging the "
                + "pieces of each digit; a number may have at most \(mostDigits) digits")
        }
        var layout = DigitLayout(map: map, pieces: pieces, groups: found.groups, digitHeight: found.digitHeight)
        var digits: [NumberReading.Digit] = []
        for group in found.groups.indices {
            let parts = try layout.bestParts(of: group, preprocessor: preprocessor, file: file, classify: classify)
            for part in parts {
                let box = PixelBox(x: part.box.x * factor, y: part.box.y * factor,
                                   width: min(image.width - part.box.x * factor, part.box.width * factor),
                                   height: min(image.height - part.box.y * factor, part.box.height * factor))
                let best = part.probabilities.indices.max { part.probabilities[$0] < part.probabilities[$1] } ?? 0
                digits.append(.init(digit: best, probability: part.probabilities.isEmpty ? 0 : part.probabilities[best],
                                    probabilities: part.probabilities, box: box, input: part.input))
            }
        }
        digits.sort { Double($0.box.x) + Double($0.box.width) / 2 < Double($1.box.x) + Double($1.box.width) / 2 }
        var reading = NumberReading(digits: digits, inverted: map.inverted, merged: found.merged, dropped: found.dropped,
                                    split: layout.split)
        let inkArea = found.groups.reduce(0) { sum, group in sum + group.pieces.reduce(0) { $0 + pieces.components[$1].area } }
        let inkShare = Double(inkArea) / Double(max(1, work.width * work.height))
        if inkShare > DigitPreprocessor.mostInkShare {
            reading.warnings.append("ink covers \(Int(inkShare * 100))% of the picture, more than handwritten digits do")
        }
        return reading
    }
}
