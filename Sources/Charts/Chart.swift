import Foundation
import Localization

/// Something that draws itself, the same code for PNG and SVG, and says in one sentence what it shows.
public protocol Chart {
    /// The size in chart units (CSS pixels for the PNG at scale 1, points for the SVG).
    var width: Double { get }
    var height: Double { get }
    /// One sentence computed from the data, for alt text.
    var summary: String { get }
    /// The language of its words (axis titles, legend, summary).
    var language: LocalWords { get set }
    func draw(_ graphics: Graphics)
}

extension Chart {
    /// The same chart with its words in `language`.
    public func speaking(_ language: LocalWords) -> Self {
        var chart = self
        chart.language = language
        return chart
    }

    /// The chart as PNG, `scale` device pixels per unit (2 keeps lines and text crisp on high-density screens).
    public func png(scale: Double = 2) throws(ChartError) -> [UInt8] {
        let canvas = try CairoCanvas(format: .png(scale: scale), width: width, height: height)
        render(on: canvas)
        return try canvas.encoded()
    }

    /// The chart as SVG; the same data give the same bytes.
    public func svg() throws(ChartError) -> [UInt8] {
        let canvas = try CairoCanvas(format: .svg, width: width, height: height)
        render(on: canvas)
        return SVGIdentifiers.renumbered(try canvas.encoded())
    }

    private func render(on canvas: CairoCanvas) {
        let graphics = Graphics(context: canvas.context)
        graphics.fill(0, 0, width, height, .white)
        draw(graphics)
    }
}

/// Cairo numbers SVG surfaces and images with counters shared by the whole process ("surface12", "image108"), so
/// the same chart drawn later would get other ids; this renumbers them in order of appearance, so equal charts give
/// equal bytes. Only ids and references (after `"` or `#`) are touched, never embedded image data.
enum SVGIdentifiers {
    static let prefixes = ["surface", "image", "pattern"].map { Array($0.utf8) }

    static func renumbered(_ bytes: [UInt8]) -> [UInt8] {
        var mapping: [[UInt8]: [UInt8]] = [:]
        var counts = [Int](repeating: 0, count: prefixes.count)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            result.append(byte)
            index += 1
            guard byte == 0x22 || byte == 0x23 else { continue }  // `"` or `#`
            for (which, prefix) in prefixes.enumerated() where bytes[index...].starts(with: prefix) {
                var end = index + prefix.count
                while end < bytes.count, (0x30...0x39).contains(bytes[end]) { end += 1 }
                guard end > index + prefix.count else { break }
                let name = Array(bytes[index..<end])
                if mapping[name] == nil {
                    counts[which] += 1
                    mapping[name] = prefix + Array(String(counts[which]).utf8)
                }
                result += mapping[name] ?? name
                index = end
                break
            }
        }
        return result
    }
}
