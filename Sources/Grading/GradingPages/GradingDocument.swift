import Pages
import PrintedPages

/// A grading page (a student's feedback, the class report) in the document model: its title block and blocks, written
/// as a self-contained HTML page or as a PDF from the same blocks.
struct GradingDocument {
    /// The page's title, for the browser's tab and the PDF's metadata and footer.
    let title: String
    let titleBlock: TitleBlock
    let blocks: [DocumentBlock]
    /// The page's language: its `lang` and direction, and the PDF's `/Lang`.
    var language: PageLanguage = .english

    var html: String {
        StandalonePage(title: title, style: GradingStyle.css,
                       body: [.block(.title(titleBlock)), .element("main", [], [.blocks(blocks)])],
                       language: language).html
    }

    func pdf(paper: PDFWriter.Paper) throws(PDFError) -> [UInt8] {
        try PDFWriter(title: title, paper: paper, language: language.tag).pdf([.title(titleBlock)] + blocks)
    }
}
