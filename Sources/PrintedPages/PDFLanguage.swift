import Foundation

/// Sets a PDF's natural language (the catalogue's `/Lang`, which screen readers use to pick a voice), which Cairo 1.16
/// cannot: an incremental update appended to the file, as PDF allows, that gives the catalogue again with `/Lang`.
/// The bytes Cairo wrote are left as they are.
enum PDFLanguage {
    /// `pdf` with its language set to `language` (a BCP 47 tag such as `en` or `pt-BR`), or unchanged when the tag is
    /// not one or the file is not laid out as Cairo writes it.
    static func setting(_ language: String, in pdf: [UInt8]) -> [UInt8] {
        guard !language.isEmpty, language.count <= 35,
              language.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else { return pdf }
        let text = String(decoding: pdf, as: UTF8.self)
        guard let trailerStart = text.range(of: "trailer", options: .backwards),
              let startxref = text.range(of: "startxref", options: .backwards),
              let previous = Int(text[startxref.upperBound...].prefix { $0 != "%" }.trimmingCharacters(in: .whitespacesAndNewlines)),
              let size = number(after: "/Size", in: text[trailerStart.upperBound...]),
              let root = number(after: "/Root", in: text[trailerStart.upperBound...]),
              let catalog = dictionary(ofObject: root, in: text)
        else { return pdf }
        let info = number(after: "/Info", in: text[trailerStart.upperBound...])
        var output = pdf
        if output.last != 0x0A { output.append(0x0A) }
        let objectOffset = output.count
        output += Array("\(root) 0 obj\n<< \(catalog) /Lang (\(language)) >>\nendobj\n".utf8)
        let xrefOffset = output.count
        let entry = String(repeating: "0", count: max(0, 10 - String(objectOffset).count)) + "\(objectOffset) 00000 n \n"
        var trailer = "<< /Size \(size)\n   /Root \(root) 0 R\n"
        if let info { trailer += "   /Info \(info) 0 R\n" }
        trailer += "   /Prev \(previous)\n>>\n"
        // The free list's head first, as incremental updates usually give it (some readers expect a section at 0).
        let sections = "0 1\n0000000000 65535 f \n\(root) 1\n\(entry)"
        output += Array("xref\n\(sections)trailer\n\(trailer)startxref\n\(xrefOffset)\n%%EOF\n".utf8)
        return output
    }

    /// The whole number after `key` (`/Root 93 0 R` gives 93).
    private static func number(after key: String, in text: Substring) -> Int? {
        guard let found = text.range(of: key) else { return nil }
        return Int(text[found.upperBound...].drop { $0 == " " }.prefix { $0.isNumber })
    }

    /// What is between the outer `<<` and `>>` of object `number` (`N 0 obj << … >> endobj`).
    private static func dictionary(ofObject number: Int, in text: String) -> Substring? {
        guard let start = text.range(of: "\n\(number) 0 obj\n"),
              let end = text.range(of: "endobj", range: start.upperBound..<text.endIndex),
              let open = text.range(of: "<<", range: start.upperBound..<end.lowerBound),
              let close = text.range(of: ">>", options: .backwards, range: open.upperBound..<end.lowerBound)
        else { return nil }
        return text[open.upperBound..<close.lowerBound]
    }
}
