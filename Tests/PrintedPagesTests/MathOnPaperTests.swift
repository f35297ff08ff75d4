import Foundation
import Pages
import Testing
import PrintedPages

/// Formulas on paper, read back with poppler's pdftotext (word boxes): a display fraction is stacked, limits sit over
/// and under their operator, inline scripts are lowered or raised. Skipped where poppler-utils is not installed
/// (CI installs it).
@Suite("Formulas typeset in the PDF", .enabled(if: Poppler.pdftotext != nil))
struct MathOnPaperTests {

    /// Each word the PDF's text layer holds, with the top and bottom of its box, in reading order.
    static func words(_ blocks: [DocumentBlock]) throws -> [(text: String, top: Double, bottom: Double, left: Double)] {
        let output = try Poppler.wordBoxes(try PDFWriter(title: "Formulas").pdf(blocks))
        let pattern = try NSRegularExpression(pattern: #"xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<"#)
        return pattern.matches(in: output, range: NSRange(output.startIndex..., in: output)).compactMap { match in
            func group(_ index: Int) -> String { Range(match.range(at: index), in: output).map { String(output[$0]) } ?? "" }
            guard let left = Double(group(1)), let top = Double(group(2)), let bottom = Double(group(3)) else { return nil }
            return (group(4), top, bottom, left)
        }
    }

    @Test("A display fraction stacks its numerator over its denominator; a sum's limits go over and under it")
    func displayFormula() throws {
        let formula = try TeXMath.parse(#"\sum_{k=1}^{K} \frac{a}{Q} = 1"#, display: true)
        let words = try Self.words([.math(formula, source: "")])
        let numerator = try #require(words.first { $0.text == "a" }), denominator = try #require(words.first { $0.text == "Q" })
        #expect(numerator.bottom <= denominator.top + 1, "a is above Q")
        let sum = try #require(words.first { $0.text == "∑" })
        let over = try #require(words.first { $0.text == "K" }), under = try #require(words.first { $0.text.hasPrefix("k") })
        #expect(over.bottom <= sum.top + 2 && under.top >= sum.bottom - 2, "K over ∑, k=1 under it")
        #expect(abs(numerator.left - denominator.left) < 4, "the two are centred on each other")
    }

    @Test("An inline formula's subscript is lowered and its superscript raised")
    func inlineFormula() throws {
        let formula = try TeXMath.parse("x_i + y^j")
        let words = try Self.words([.paragraph([.text("Then "), .math(formula, source: ""), .text(" holds.")])])
        let then = try #require(words.first { $0.text == "Then" })
        let sub = try #require(words.first { $0.text == "i" }), sup = try #require(words.first { $0.text == "j" })
        #expect(sub.top > then.top + 2, "i lowered")
        #expect(sup.top < then.top - 1, "j raised")
    }
}

/// Where poppler's pdftotext is, if installed, and the word boxes it reads from a PDF.
enum Poppler {
    static let pdftotext = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// pdftotext's `-bbox` page of `pdf`: every word with its box.
    static func wordBoxes(_ pdf: [UInt8]) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("boxes-\(UUID().uuidString).pdf")
        try Data(pdf).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: pdftotext ?? "")
        process.arguments = ["-bbox", file.path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return output
    }
}
