import Foundation
import Pages
import PrintedPages
import Testing

/// An Arabic document's pages are mirrored: paragraphs end at the right margin, a table's first column is its
/// rightmost, the footer is on the left and in Arabic; an English one is laid out as always. Read back with pdftotext's
/// word boxes (skipped where poppler-utils is not installed; CI installs it).
@Suite(.enabled(if: Poppler.pdftotext != nil))
struct RightToLeftPDFTests {
    static func words(language: String) throws -> [(text: String, left: Double, right: Double)] {
        var table = HTMLTable(header: ["FIRST", "SECOND"])
        table.append(["alpha", "beta"])
        let blocks: [DocumentBlock] = [.paragraph(Inline.plain("HELLO world")), .table(table)]
        let output = try Poppler.wordBoxes(try PDFWriter(title: "T", language: language).pdf(blocks))
        let pattern = try NSRegularExpression(pattern: #"xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<"#)
        return pattern.matches(in: output, range: NSRange(output.startIndex..., in: output)).compactMap { match in
            func group(_ index: Int) -> String { Range(match.range(at: index), in: output).map { String(output[$0]) } ?? "" }
            guard let left = Double(group(1)), let right = Double(group(2)) else { return nil }
            return (group(3), left, right)
        }
    }

    @Test func anArabicDocumentIsMirrored() throws {
        let words = try Self.words(language: "ar")
        let width = 595.0, margin = 56.0
        let hello = try #require(words.first { $0.text == "HELLO" || $0.text == "world" })
        #expect(words.filter { $0.text == "HELLO" || $0.text == "world" }.map(\.right).max() ?? 0 > width - margin - 2,
                "the paragraph ends at the right margin (\(hello))")
        let first = try #require(words.first { $0.text == "FIRST" }), second = try #require(words.first { $0.text == "SECOND" })
        #expect(first.left > second.right, "the table's first column is on the right")
        let arabic = words.contains { $0.text.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) } }
        #expect(arabic && !words.contains { $0.text == "page" }, "the footer is in Arabic")
    }

    @Test func anEnglishDocumentIsNot() throws {
        let words = try Self.words(language: "en")
        let hello = try #require(words.first { $0.text == "HELLO" })
        #expect(abs(hello.left - 56) < 2, "the paragraph starts at the left margin")
        let first = try #require(words.first { $0.text == "FIRST" }), second = try #require(words.first { $0.text == "SECOND" })
        #expect(first.right < second.left)
        #expect(words.contains { $0.text == "page" })
    }
}
