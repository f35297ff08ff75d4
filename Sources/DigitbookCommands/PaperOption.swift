import ArgumentParser
import Foundation
import PrintedPages

extension PDFWriter.Paper: ExpressibleByArgument {}

/// `--paper`, for the commands that write PDFs: A4 or Letter, by default the locale's.
struct PaperOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The PDFs' paper: a4 or letter (default: the front matter's, else Letter where "
                                            + "the locale is one of the countries that use it, such as en_US, else A4).",
                                            valueName: "paper"))
    var paper: PDFWriter.Paper?

    /// The paper asked for, else `fallback` (a report's front matter), else the locale's.
    func resolved(fallback: PDFWriter.Paper? = nil) -> PDFWriter.Paper {
        paper ?? fallback ?? .fromLocale(ProcessInfo.processInfo.environment)
    }
}
