import Charts
import Foundation
import Localization
import NumberFormats
import UserImages

/// One image of a single digit as one run reads it: the answer that `predict`, the `predict` cell and the server's
/// `/api/predict` all give, and only format.
public struct DigitReading: Sendable {
    /// The image's name as the user gave it (a path, or an upload's file name).
    public let file: String
    /// The run that read it.
    public let run: String
    /// The class names, in class order.
    public let classes: [String]
    /// The probability of each class, in class order.
    public let probabilities: [Double]
    /// The preprocessed 28x28 input the network read.
    public let input: GreyImage
    /// The image's own size (a large JPEG's, though it was decoded reduced).
    public let width: Int, height: Int
    /// Why the reading may be unreliable (from the preprocessing), if it may.
    public let warnings: [String]

    /// The reading of `digit` from a run's class probabilities for its input; `file` renames the image.
    public init(_ digit: PreparedDigit, probabilities: [Double], classes: [String], run: String, file: String? = nil) {
        self.file = file ?? digit.file
        self.run = run
        self.classes = classes
        self.probabilities = probabilities
        input = digit.input
        (width, height) = (digit.width, digit.height)
        warnings = digit.warnings
    }

    /// The classes ranked by probability, most likely first (the lower class first between equals).
    public var ranked: [Int] {
        probabilities.indices.sorted { probabilities[$0] > probabilities[$1] || probabilities[$0] == probabilities[$1] && $0 < $1 }
    }

    /// The most likely class's index.
    public var best: Int { ranked.first ?? 0 }

    /// The name of class `index` (its number when the run names fewer classes).
    public func name(_ index: Int) -> String { classes.indices.contains(index) ? classes[index] : "\(index)" }

    /// The most likely class's name: the digit read.
    public var digit: String { name(best) }

    /// The most likely class's probability.
    public var probability: Double { probabilities.indices.contains(best) ? probabilities[best] : 0 }

    /// The reading in one English sentence: "cnn reads 7 with probability 99.1%; next: 1 (0.5%), 2 (0.2%)."
    /// (`ReadingWords` says it in other languages.)
    public var sentence: String { ReadingWords.english.sentence(self) }

    /// The chart of every class's probability, titled with the run and the image.
    public var chart: ProbabilityChart { chart(in: .english) }

    /// The chart with its title, axis and description in `words`' language.
    public func chart(in words: ReadingWords) -> ProbabilityChart {
        let local = LocalWords(words.catalogue)
        return ProbabilityChart(classes: classes.count == probabilities.count ? classes : probabilities.indices.map(name),
                                probabilities: probabilities, predicted: best,
                                title: local(.readingChartTitle, ["run": run, "file": file]),
                                summary: local(.readingChartSummary, ["sentence": words.sentence(self)]))
            .speaking(local)
    }

    /// A probability as readings show it: a percentage with one decimal.
    public static func percent(_ value: Double) -> String { NumberText.percent(value, decimals: 1) }
}
