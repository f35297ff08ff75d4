import Foundation

/// Something that draws itself, the same code for PNG and SVG, and says in one sentence what it shows.
public protocol Chart {
    /// The size in chart units (CSS pixels for the PNG at scale 1, points for the SVG).
    var width: Double { get }
    var height: Double { get }
    /// One sentence computed from the data, for alt text.
    var summary: String { get }
    func draw(_ graphics: Graphics)
}

extension Chart {
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
    static func renumbered(_ bytes: [UInt8]) -> [UInt8] {
        let text = String(decoding: bytes, as: UTF8.self)
        var mapping: [String: String] = [:]
        var result = ""
        var rest = Substring(text)
        while let range = rest.range(of: ##"(?<=["#])(surface|image|pattern)[0-9]+"##, options: .regularExpression) {
            result += rest[..<range.lowerBound]
            let name = String(rest[range])
            let prefix = String(name.prefix { $0.isLetter })
            if mapping[name] == nil { mapping[name] = prefix + "\(mapping.keys.filter { $0.hasPrefix(prefix) }.count + 1)" }
            result += mapping[name] ?? name
            rest = rest[range.upperBound...]
        }
        result += rest
        return Array(result.utf8)
    }
}
