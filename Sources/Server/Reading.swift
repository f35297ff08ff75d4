import Charts
import Foundation
import Readings

/// One upload's answer with what the pages add: the API's answer per image is the value's own JSON (as `predict --json`
/// prints it) plus, when asked for, its drawing as an `<svg>` element under `key` and the drawing's one-sentence
/// description under `key_description`.
@dynamicMemberLookup
struct Illustrated<Value: Encodable & Sendable>: Encodable, Sendable {
    let value: Value
    /// The JSON key of the drawing: `chart` for a digit's probabilities, `picture` for a number's boxes.
    let key: String
    /// The drawing, as an `<svg>` element.
    private(set) var drawing: String?
    /// The drawing's one-sentence description, for alt text.
    private(set) var drawingDescription: String?
    /// A reduced grey copy of the upload as a PNG data URI, for the result page (never in the API's answers).
    var thumbnail: String?

    init(_ value: Value, key: String, thumbnail: String? = nil) {
        self.value = value
        self.key = key
        self.thumbnail = thumbnail
    }

    subscript<Field>(dynamicMember path: KeyPath<Value, Field>) -> Field { value[keyPath: path] }

    /// Adds `chart` as an inline SVG whose element id is `id`.
    mutating func draw(_ chart: some Chart, id: String) {
        drawing = try? chart.inlineSVG(id: id)
        drawingDescription = chart.summary
    }

    private struct Key: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: any Encoder) throws {
        try value.encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        try container.encodeIfPresent(drawing, forKey: Key(stringValue: key))
        try container.encodeIfPresent(drawingDescription, forKey: Key(stringValue: key + "_description"))
    }
}

/// One uploaded image as one run reads it.
typealias Reading = Illustrated<DigitReading>

/// One uploaded image read as a whole number.
typealias NumberAnswer = Illustrated<NumberResult>
