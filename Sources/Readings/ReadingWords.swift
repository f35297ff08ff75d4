import Foundation
import Localization

/// The readings in words, in any language the catalogues speak: the sentence a page shows and the short announcement
/// a screen reader speaks. English is what `predict` prints and the API gives unless another language is asked for.
public struct ReadingWords: Sendable {
    public let catalogue: Catalogue
    public let numbers: LocalNumbers

    public init(_ catalogue: Catalogue, numbers: LocalNumbers? = nil) {
        self.catalogue = catalogue
        self.numbers = numbers ?? LocalNumbers(catalogue.language)
    }

    public static let english = ReadingWords(Catalogues.compiledIn.english)

    /// Where a JSON encoder carries the words its readings' `sentence` and `announcement` are said in (English when
    /// none is given): the JSON is the same from every front-end, in the language the request asked for.
    public static let userInfoKey = CodingUserInfoKey(rawValue: "digitbook.readingWords")

    /// The words an encoder was given, else English.
    static func of(_ encoder: any Encoder) -> ReadingWords {
        userInfoKey.flatMap { encoder.userInfo[$0] as? ReadingWords } ?? .english
    }

    /// "cnn reads 7 with probability 99.1%; next: 1 (0.5%), 2 (0.2%)."
    public func sentence(_ reading: DigitReading) -> String {
        let next = reading.ranked.dropFirst().prefix(2).map { index in
            catalogue.text(.resultRunnerUp, ["digit": numbers.localDigits(reading.name(index)),
                                             "probability": numbers.percent(reading.probabilities[index])])
        }
        let digit = numbers.localDigits(reading.digit), probability = numbers.percent(reading.probability)
        guard !next.isEmpty else {
            return catalogue.text(.resultSentenceAlone, ["run": reading.run, "digit": digit, "probability": probability])
        }
        return catalogue.text(.resultSentence, ["run": reading.run, "digit": digit, "probability": probability,
                                                "runners": next.joined(separator: catalogue.text(.listSeparator))])
    }

    /// "The digit is 7, 99.1% sure; next 1.": short, for a live region.
    public func announcement(_ reading: DigitReading) -> String {
        let digit = numbers.localDigits(reading.digit), probability = numbers.percent(reading.probability)
        guard let next = reading.ranked.dropFirst().first else {
            return catalogue.text(.resultAnnounceAlone, ["digit": digit, "probability": probability])
        }
        return catalogue.text(.resultAnnounce, ["digit": digit, "probability": probability,
                                                "next": numbers.localDigits(reading.name(next))])
    }

    /// "cnn reads 90210: 5 digits, all of them right with probability 97.3%."
    public func sentence(_ result: NumberResult) -> String {
        let count = result.digits.count
        let arguments: KeyValuePairs<String, String> = [
            "run": result.run, "number": numbers.localDigits(result.number), "count": numbers.integer(count),
            "probability": numbers.percent(result.confidence),
        ]
        return catalogue.text(count == 1 ? .numberSentenceOne : .numberSentence, arguments)
    }

    /// "The number is 9 0 2 1 0, 97.3% sure.": the digits one by one, so that a screen reader does not say
    /// "ninety thousand two hundred and ten".
    public func announcement(_ result: NumberResult) -> String {
        catalogue.text(.numberAnnounce, ["digits": numbers.spelledOut(result.number),
                                         "probability": numbers.percent(result.confidence)])
    }
}
