import Pages
import Charts
import FileIO
import Foundation
import Localization

/// Collects a running cell's blocks and writes its figures (PNG and SVG) into the cell's cache entry.
final class CellOutputBuilder {
    /// The folder being filled: the cache entry under construction.
    let directory: String
    private(set) var blocks: [CellOutput.Block] = []
    private var names: Set<String> = []
    /// A one-line account of the result for the terminal.
    var headline = ""
    /// The numbers prose can name, by name.
    private(set) var values: [String: ReportValue] = [:]

    /// The language of the cell's words, and of its charts'.
    let words: LocalWords

    init(directory: String, words: LocalWords = .english) {
        self.directory = directory
        self.words = words
    }

    /// A file inside the entry.
    func path(_ name: String) -> String { (directory as NSString).appendingPathComponent(name) }

    /// Draws `chart` to `NAME.png` and `NAME.svg` and adds it as a figure; `raster` shows the PNG inline.
    func figure(_ name: String, _ chart: any Chart, caption: String, raster: Bool = false) throws {
        guard names.insert(name).inserted else { throw CellFailure("a cell drew two figures named \(name)") }
        let chart = chart.speaking(words)
        try AtomicFile.write(try chart.png(), to: path(name + ".png"))
        try AtomicFile.write(try chart.svg(), to: path(name + ".svg"))
        blocks.append(.init(kind: .figure, name: name, caption: caption, alt: chart.summary, raster: raster))
    }

    /// Adds a table.
    func table(_ table: HTMLTable, caption: String) {
        blocks.append(.init(kind: .table, caption: caption, table: table))
    }

    /// Adds preformatted text, folded under `summary`.
    func details(summary: String, preformatted text: String) {
        details(summary: Inline.plain(summary), preformatted: text)
    }

    /// Adds preformatted text, folded under `summary`.
    func details(summary: [Inline], preformatted text: String) {
        blocks.append(.init(kind: .text, content: [.details(summary: summary, content: [.code(text)])]))
    }

    /// Records a number that prose can name as `${ID.NAME}`; a value that is not a finite number is left out, so a
    /// reference to it is an error rather than a "nan" in the page.
    func value(_ name: String, _ value: ReportValue) {
        guard value.value.isFinite else { return }
        values[name] = value
    }

    /// Adds a paragraph of plain text.
    func paragraph(_ text: String) {
        paragraph(Inline.plain(text))
    }

    /// Adds a paragraph.
    func paragraph(_ content: [Inline]) {
        blocks.append(.init(kind: .text, content: [.paragraph(content)]))
    }
}
