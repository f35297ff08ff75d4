import Charts
import Localization
import Testing

/// A dot drawn after text is a closed circle of its own: the text's current point must not join it with a line,
/// which SVG and PDF viewers draw as a hairline across the chart.
@Suite struct CirclePathTests {
    struct TextThenDot: Chart {
        let width = 200.0, height = 100.0
        let summary = "A label and a dot."
        var language = LocalWords.english
        func draw(_ graphics: Graphics) {
            graphics.text("label", 10, 20, size: 12)
            graphics.circle(150, 70, radius: 5, Color(hex: 0x0072B2))
        }
    }

    @Test func aDotAfterTextIsNotJoinedToIt() throws {
        let svg = String(decoding: try TextThenDot().svg(), as: UTF8.self)
        let dot = svg.components(separatedBy: "<path").first { $0.contains("fill:rgb(0%,44.705882%,69.803922%)") }
        let path = try #require(dot?.components(separatedBy: "d=\"").last?.prefix { $0 != "\"" })
        #expect(path.hasPrefix("M 155 70"), "the circle starts at its own rightmost point")
        #expect(!path.contains(" L "), "no line from the text: \(path)")
    }
}
