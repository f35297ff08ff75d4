import Pages
import Testing
import PrintedPages

@Suite("Links and figures in the PDF: cross-references, URLs, charts as vectors")
struct PDFLinkTests {
    static let svg = """
        <svg xmlns="http://www.w3.org/2000/svg" width="320" height="160" viewBox="0 0 320 160">\
        <rect x="10" y="10" width="300" height="140" fill="#3b528b"/></svg>
        """

    /// A 2×2 greyscale PNG.
    static let png: [UInt8] = [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x02,
        0x00, 0x00, 0x00, 0x02, 0x08, 0x00, 0x00, 0x00, 0x00, 0x57, 0xDD, 0x52, 0xF8, 0x00, 0x00, 0x00, 0x0E, 0x49, 0x44, 0x41,
        0x54, 0x78, 0x9C, 0x63, 0x68, 0xF8, 0xCF, 0xF0, 0x9F, 0x01, 0x00, 0x08, 0x80, 0x02, 0x7F, 0xF2, 0x4D, 0xA1, 0x8F, 0x00,
        0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ]

    static func text(_ blocks: [DocumentBlock]) throws -> String {
        String(decoding: try PDFWriter(title: "Links").pdf(blocks), as: UTF8.self)
    }

    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test("A link to a heading or figure goes there; a URL or a PDF beside it opens; other links are plain text")
    func links() throws {
        let figure = Figure(id: "fig-curves", number: "Figure 1", caption: [.text("Curves")],
                            content: .drawing(.init(.svg(Self.svg), description: "A blue box.")))
        let text = try Self.text([
            .heading(level: 1, [.text("Results")], id: "results"),
            .paragraph([.text("See "), .link([.text("the results")], to: "#results"), .text(", "),
                        .link([.text("Figure 1")], to: "#fig-curves"), .text(", "),
                        .link([.text("the site")], to: "https://example.org/it's"), .text(", "),
                        .link([.text("a missing one")], to: "#nowhere"), .text(" and "),
                        .link([.text("a file")], to: "other.html"), .text(", "),
                        .link([.text("a PDF beside it")], to: "feedback/s%201.pdf"), .text(", "),
                        .link([.text("one above")], to: "../secret.pdf"), .text(", "),
                        .link([.text("odd")], to: "https://example.org/a(b)c d\\é"), .text(", "),
                        .link([.text("mail")], to: "mailto:a@b.c?subject=<x>"), .text(".")]),
            .figure(figure),
        ])
        #expect(Self.count("/Subtype /Link", in: text) == 6)
        #expect(text.contains("/URI (mailto:a@b.c?subject=%3Cx%3E)"))
        #expect(text.contains("/URI (https://example.org/a%28b%29c%20d%5C%C3%A9)"), "what a PDF string would misread is encoded")
        #expect(text.contains("/URI (feedback/s%201.pdf)"), "a PDF beside this one, by a relative URI")
        #expect(!text.contains("secret"))
        #expect(text.contains("/URI (https://example.org/it\\'s)") || text.contains("/URI (https://example.org/it's)"))
        #expect(text.contains("(fig-curves)"), "the figure is a named destination")
        #expect(!text.contains("other.html"))
        #expect(!text.contains("nowhere"))
    }

    @Test("A chart's SVG is drawn as vectors, a picture's PNG as an image")
    func vectorFigures() throws {
        let chart = Figure(caption: [.text("A chart")], content: .drawing(.init(.svg(Self.svg), description: "A box.")))
        let vector = try Self.text([.figure(chart)])
        #expect(!vector.contains("/Subtype /Image"))
        let bars = (0..<40).map { "<rect x=\"\($0 * 7)\" y=\"\($0 * 3 % 50)\" width=\"5\" height=\"\(60 + $0)\"/>" }.joined()
        let drawn = Figure(caption: [.text("A chart")], content: .drawing(.init(
            .svg("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"320\" height=\"160\">\(bars)</svg>"), description: "A box.")))
        let empty = Figure(caption: [.text("A chart")], content: .drawing(.init(
            .svg("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"320\" height=\"160\"></svg>"), description: "A box.")))
        let withBars = try Self.text([.figure(drawn)]), without = try Self.text([.figure(empty)])
        #expect(withBars.utf8.count > without.utf8.count + 200, "the bars are drawn as paths")
        #expect(!withBars.contains("/Subtype /Image"))
        let png = Figure(caption: [.text("A picture")], content: .drawing(.init(.png(Self.png), description: "A dot.")))
        #expect(try Self.text([.figure(png)]).contains("/Subtype /Image"))
    }
}

@Suite("The paper a PDF is laid out on")
struct PaperTests {
    @Test("Letter where the locale's country uses it, A4 elsewhere and when no locale is set")
    func fromLocale() {
        #expect(PDFWriter.Paper.fromLocale(["LANG": "en_US.UTF-8"]) == .letter)
        #expect(PDFWriter.Paper.fromLocale(["LANG": "es_MX"]) == .letter)
        #expect(PDFWriter.Paper.fromLocale(["LANG": "en_GB.UTF-8"]) == .a4)
        #expect(PDFWriter.Paper.fromLocale(["LANG": "C.UTF-8"]) == .a4)
        #expect(PDFWriter.Paper.fromLocale([:]) == .a4)
        #expect(PDFWriter.Paper.fromLocale(["LANG": "en_US.UTF-8", "LC_PAPER": "de_DE.UTF-8"]) == .a4, "LC_PAPER over LANG")
        #expect(PDFWriter.Paper.fromLocale(["LC_ALL": "fr_CA.UTF-8", "LC_PAPER": "de_DE"]) == .letter, "LC_ALL over all")
        #expect(PDFWriter.Paper.fromLocale(["LC_ALL": "", "LANG": "en_US"]) == .letter, "an empty variable is not set")
    }
}
