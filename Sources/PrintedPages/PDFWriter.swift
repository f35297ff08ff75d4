import CPango
import Foundation
import Localization
import Pages

/// Writes the document model as a PDF with Cairo and Pango: the same blocks the HTML writer turns into markup, laid out
/// on A4 or Letter pages with a footer and page numbers, headings as the PDF's outline and link targets, tables that
/// wrap their cells and repeat their header on each page, code wrapped, folded blocks printed open, formulas typeset,
/// and each figure (a chart as vectors from its SVG, a picture as an image) kept together with its caption.
public struct PDFWriter: Sendable {
    public enum Paper: String, Sendable, CaseIterable {
        case a4, letter

        /// Width and height in points.
        var size: (Double, Double) { self == .a4 ? (595.28, 841.89) : (612, 792) }

        /// The paper of the countries that use Letter (as glibc's locales list them) for a locale named in
        /// `LC_ALL`, `LC_PAPER` or `LANG` (`en_US.UTF-8`, `es_MX`), else A4.
        public static func fromLocale(_ environment: [String: String]) -> Paper {
            let name = ["LC_ALL", "LC_PAPER", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
            let territory = name.split(separator: "_").dropFirst().first?.prefix { $0.isLetter } ?? ""
            return letterTerritories.contains(territory.uppercased()) ? .letter : .a4
        }

        static let letterTerritories: Set<String> = [
            "US", "CA", "MX", "CL", "CO", "CR", "GT", "NI", "PA", "PH", "PR", "SV", "VE", "DO",
        ]
    }

    public let title: String
    public let paper: Paper
    /// The PDF's creation date (ISO 8601): the front matter's date, else a fixed one, so the bytes never depend on when.
    public let date: String
    /// The document's language (a BCP 47 tag), in its catalogue for screen readers.
    public let language: String

    public init(title: String, paper: Paper = .a4, date: String = "2000-01-01T00:00:00Z", language: String = "en") {
        self.title = title
        self.paper = paper
        self.date = date
        self.language = language
    }

    /// The PDF of `blocks`. Laid out twice: the first pass learns the page of every heading and the number of pages,
    /// which the contents and the footers of the second print.
    public func pdf(_ blocks: [DocumentBlock]) throws(PDFError) -> [UInt8] {
        let (width, height) = paper.size
        var known = PageFlow.Pages()
        for pass in 0..<2 {
            let canvas = try PDFCanvas(width: width, height: height, title: title, date: date)
            canvas.destinations = known.destinations
            canvas.words = LocalWords(language: language)
            canvas.rightToLeft = canvas.words.catalogue.language.direction == .rightToLeft
            var flow = PageFlow(canvas: canvas, footer: title, known: known)
            flow.start()
            flow.write(blocks)
            flow.finishPage()
            if pass == 1 { return PDFLanguage.setting(language, in: try canvas.finish()) }
            known = PageFlow.Pages(headings: flow.headingPages, destinations: flow.destinations, total: flow.page)
        }
        throw PDFError(message: "the PDF was not written")
    }
}
