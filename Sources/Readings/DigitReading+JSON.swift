import Foundation
import UserImages

extension DigitReading: Encodable {
    enum CodingKeys: String, CodingKey {
        case file, digit, probabilities, run, preprocessed, width, height, warnings, classes, sentence, announcement
    }

    /// The reading as `predict --json`, the `predict` cell and `POST /api/predict` give it: the digit as its class
    /// name, the probabilities in class order, the preprocessed input as a PNG data URI, and the reading in words
    /// (`sentence`, and `announcement` for screen readers) in the encoder's `ReadingWords`, English by default.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(digit, forKey: .digit)
        try container.encode(probabilities, forKey: .probabilities)
        try container.encode(run, forKey: .run)
        try container.encode(inputDataURI, forKey: .preprocessed)
        try container.encode(width, forKey: .width)
        try container.encode(height, forKey: .height)
        try container.encode(warnings, forKey: .warnings)
        try container.encode(classes, forKey: .classes)
        let words = ReadingWords.of(encoder)
        try container.encode(words.sentence(self), forKey: .sentence)
        try container.encode(words.announcement(self), forKey: .announcement)
    }

    /// The preprocessed input as a PNG data URI (empty when it cannot be encoded, which a 28x28 grey image always can).
    public var inputDataURI: String {
        guard let png = try? PNGCodec.encode(input) else { return "" }
        return "data:image/png;base64," + Data(png).base64EncodedString()
    }
}

/// The one JSON form of readings: keys sorted, slashes unescaped, each probability (a float32 widened to a double)
/// as the shortest decimal that reads back as that double, the same from every front-end.
public enum ReadingJSON {
    /// `value` as JSON text, without a final newline; its sentences in `words`.
    public static func text(_ value: some Encodable, words: ReadingWords = .english) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        if let key = ReadingWords.userInfoKey { encoder.userInfo[key] = words }
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
