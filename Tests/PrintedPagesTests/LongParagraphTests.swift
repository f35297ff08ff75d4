import Foundation
import Pages
import Testing
import PrintedPages

/// A paragraph far longer than Pango lays out in one piece still reaches the page whole, and its styles with it
/// (80,000 words once printed 18 of them on one line that ran off the page).
@Suite("A very long paragraph on paper", .enabled(if: Poppler.pdftotext != nil))
struct LongParagraphTests {
    @Test func everyWordIsPrinted() throws {
        let words = (0..<80_000).map { "w\($0)" }
        let content: [Inline] = [.text(words.joined(separator: " ") + " "), .strong([.text("END")])]
        let pdf = try PDFWriter(title: "Long").pdf([.paragraph(content)])
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("long-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(pdf).write(to: folder.appendingPathComponent("long.pdf"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Poppler.pdftotext ?? "")
        process.arguments = [folder.appendingPathComponent("long.pdf").path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let printed = Set(text.split(whereSeparator: \.isWhitespace).map(String.init))
        let missing = words.filter { !printed.contains($0) }.count, ended = printed.contains("END")
        #expect(missing == 0, "words missing from the PDF")
        #expect(ended, "the last word, bold, is printed")
    }
}
