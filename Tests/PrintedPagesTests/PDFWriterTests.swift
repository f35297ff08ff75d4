import Pages
import Testing
@testable import PrintedPages

@Suite("The PDF writer: the document model on pages")
struct PDFWriterTests {
    static let blocks: [DocumentBlock] = [
        .title(TitleBlock(title: "A report", bylines: ["Ada"])),
        .heading(level: 1, [.text("Results")], id: "results"),
        .paragraph([.text("Some "), .strong([.text("bold")]), .text(" prose.")]),
        .table(HTMLTable(header: ["Class", "Precision"], numeric: [1])),
    ] + (0..<80).map { .paragraph([.text("Line \($0) of a long report that needs more than one page.")]) }

    @Test("Two writes give the same bytes, a PDF of several pages")
    func deterministic() throws {
        let first = try PDFWriter(title: "A report").pdf(Self.blocks)
        let second = try PDFWriter(title: "A report").pdf(Self.blocks)
        #expect(first == second)
        #expect(first.starts(with: Array("%PDF-".utf8)))
        let text = String(decoding: first, as: UTF8.self)
        #expect(text.components(separatedBy: "<< /Type /Page %").count - 1 >= 2, "the long report runs onto a second page")
    }
}
