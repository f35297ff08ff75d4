import Pages
import Testing
import PrintedPages

@Suite("The PDF's language, in its catalogue")
struct PDFLanguageTests {
    static let blocks: [DocumentBlock] = [.paragraph([.text("Hola.")])]

    static func text(_ pdf: [UInt8]) -> String { String(decoding: pdf, as: UTF8.self) }

    @Test("The catalogue is given again with /Lang, and the new cross-reference points at it")
    func languageSet() throws {
        let pdf = try PDFWriter(title: "Informe", language: "es-MX").pdf(Self.blocks)
        let text = Self.text(pdf)
        #expect(text.contains("/Type /Catalog"))
        #expect(text.contains("/Lang (es-MX) >>"))
        // The last startxref gives the offset of the appended cross-reference section, whose entry gives the catalogue's.
        let tail = text.components(separatedBy: "startxref\n").last ?? ""
        let xref = Int(tail.prefix { $0.isNumber }) ?? -1
        try #require(xref >= 0 && xref < pdf.count)
        #expect(pdf[xref...].starts(with: "xref\n".utf8))
        let section = String(decoding: pdf[xref...], as: UTF8.self).split(separator: "\n")
        let objectLine = section[3]  // "xref", "0 1", the free entry, "N 1", the entry
        let entry = section[4]
        let offset = Int(entry.prefix(10)) ?? -1
        let number = objectLine.split(separator: " ").first.map(String.init) ?? "?"
        try #require(offset >= 0 && offset < pdf.count)
        #expect(pdf[offset...].starts(with: "\(number) 0 obj\n".utf8))
        #expect(text.contains("/Prev "))
    }

    @Test("A tag that is not one is not written (it could break out of the PDF string)")
    func badTagLeftOut() throws {
        let text = Self.text(try PDFWriter(title: "x", language: "en) /OpenAction (").pdf(Self.blocks))
        #expect(!text.contains("/Lang"))
        #expect(Self.text(try PDFWriter(title: "x").pdf(Self.blocks)).contains("/Lang (en)"), "English unless told")
    }
}
