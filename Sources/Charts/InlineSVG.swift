import Foundation

extension Chart {
    /// The chart as an `<svg>` element to place inside an HTML page: no XML declaration, every id prefixed with
    /// `id` so that several charts on one page keep their own glyphs, Cairo's `style` attributes turned into
    /// presentation attributes (a Content-Security-Policy without `'unsafe-inline'` styles still draws it), and
    /// the chart's one-sentence summary as its accessible name.
    public func inlineSVG(id: String) throws(ChartError) -> String {
        InlineSVG.markup(try svg(), id: id, label: summary)
    }
}

/// Rewrites a standalone SVG document from Cairo into markup for an HTML page, in one pass over its bytes (a chart
/// with embedded digit images is hundreds of kilobytes; string searching through Foundation was most of a page's time).
public enum InlineSVG {
    /// `document` (an SVG file Cairo wrote) as an `<svg>` element for a page, as ``Chart/inlineSVG(id:)`` makes it:
    /// for drawings kept as files, such as a report's cached figures.
    public static func markup(_ document: [UInt8], id: String, label: String) -> String {
        var start = 0
        if document.starts(with: Array("<?xml".utf8)), let end = find(Array("?>".utf8), in: document, from: 0) {
            start = end + 2
            while start < document.count, [0x20, 0x0A, 0x0D, 0x09].contains(document[start]) { start += 1 }
        }
        let prefix = Array((id.filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" } + "-").utf8)
        let name = label.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        let prefixed = [" id=\"", "href=\"#", "url(#"].map { Array($0.utf8) }
        let style = Array(" style=\"".utf8), open = Array("<svg ".utf8)
        var output: [UInt8] = []
        output.reserveCapacity(document.count + 256)
        var index = start, labelled = false
        scan: while index < document.count {
            let byte = document[index]
            if byte == 0x20 || byte == 0x68 || byte == 0x75 || byte == 0x3C {  // " ", "h", "u", "<" start every pattern
                for pattern in prefixed where matches(pattern, document, at: index) {
                    output += pattern + prefix
                    index += pattern.count
                    continue scan
                }
                if !labelled, matches(open, document, at: index) {
                    output += Array("<svg role=\"img\" aria-label=\"\(name)\" ".utf8)
                    index += open.count
                    labelled = true
                    continue
                }
                if matches(style, document, at: index), let close = document[(index + style.count)...].firstIndex(of: 0x22) {
                    output += attributes(document[(index + style.count)..<close], prefix: prefix)
                    index = close + 1
                    continue
                }
            }
            output.append(byte)
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// `style="fill:none;stroke-width:1;"` becomes `fill="none" stroke-width="1"`: the same drawing, as
    /// attributes that a style policy does not govern.
    static func presentationAttributes(_ text: String) -> String {
        replacingStyleAttributes(Array(text.utf8))
    }

    private static func replacingStyleAttributes(_ bytes: [UInt8]) -> String {
        let style = Array(" style=\"".utf8)
        var output: [UInt8] = [], index = 0
        while index < bytes.count {
            if matches(style, bytes, at: index), let close = bytes[(index + style.count)...].firstIndex(of: 0x22) {
                output += attributes(bytes[(index + style.count)..<close], prefix: [])
                index = close + 1
                continue
            }
            output.append(bytes[index])
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The declarations of a style attribute as presentation attributes, each with a leading space; references to
    /// the document's own ids (`url(#pattern1)`) get `prefix` as the ids do.
    private static func attributes(_ declarations: ArraySlice<UInt8>, prefix: [UInt8]) -> [UInt8] {
        func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
            var slice = bytes
            while let first = slice.first, first == 0x20 || first == 0x09 || first == 0x0A { slice = slice.dropFirst() }
            while let last = slice.last, last == 0x20 || last == 0x09 || last == 0x0A { slice = slice.dropLast() }
            return slice
        }
        var result: [UInt8] = []
        for declaration in declarations.split(separator: 0x3B) {  // ";"
            guard let colon = declaration.firstIndex(of: 0x3A) else { continue }
            let name = trimmed(declaration[..<colon]), value = trimmed(declaration[(colon + 1)...])
            let isName = name.allSatisfy { (0x61...0x7A).contains($0) || (0x41...0x5A).contains($0) || $0 == 0x2D }
            guard !name.isEmpty, isName, !value.contains(0x22) else { continue }
            result.append(0x20)
            result += name
            result += [0x3D, 0x22]  // ="
            let reference = Array("url(#".utf8)
            if !prefix.isEmpty, value.starts(with: reference) {
                result += reference + prefix + value.dropFirst(reference.count)
            } else {
                result += value
            }
            result.append(0x22)
        }
        return result
    }

    private static func matches(_ pattern: [UInt8], _ bytes: [UInt8], at index: Int) -> Bool {
        guard index + pattern.count <= bytes.count else { return false }
        for offset in pattern.indices where bytes[index + offset] != pattern[offset] { return false }
        return true
    }

    private static func find(_ pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + pattern.count <= bytes.count {
            if matches(pattern, bytes, at: index) { return index }
            index += 1
        }
        return nil
    }
}
