import Foundation
import Readings

/// One uploaded image as one run reads it, with what the pages add: the API's answer per image is the reading's own
/// JSON (as `predict --json` prints it) plus the chart when asked for.
@dynamicMemberLookup
struct Reading: Encodable, Sendable {
    /// The reading itself, as every front-end gives it.
    let value: DigitReading
    /// The probability chart drawn by Digitbook's Charts module, as an `<svg>` element for the page (when asked for).
    var chart: String?
    /// The chart's one-sentence description, for alt text.
    var chartDescription: String?
    /// A reduced grey copy of the upload as a PNG data URI, for the result page (never in the API's answers).
    var thumbnail: String? = nil

    subscript<Value>(dynamicMember path: KeyPath<DigitReading, Value>) -> Value { value[keyPath: path] }

    enum CodingKeys: String, CodingKey {
        case chart
        case chartDescription = "chart_description"
    }

    func encode(to encoder: any Encoder) throws {
        try value.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(chart, forKey: .chart)
        try container.encodeIfPresent(chartDescription, forKey: .chartDescription)
    }
}

/// One uploaded image read as a whole number, with the boxes picture when asked for: the API's answer per image
/// is the result's own JSON (as `predict --number --json` prints it) plus the picture.
@dynamicMemberLookup
struct NumberAnswer: Encodable, Sendable {
    let value: NumberResult
    /// The image with each digit's box and reading, as an `<svg>` element (when asked for).
    var picture: String?
    /// The picture's one-sentence description, for alt text.
    var pictureDescription: String?

    subscript<Value>(dynamicMember path: KeyPath<NumberResult, Value>) -> Value { value[keyPath: path] }

    enum CodingKeys: String, CodingKey {
        case picture
        case pictureDescription = "picture_description"
    }

    func encode(to encoder: any Encoder) throws {
        try value.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(picture, forKey: .picture)
        try container.encodeIfPresent(pictureDescription, forKey: .pictureDescription)
    }
}
