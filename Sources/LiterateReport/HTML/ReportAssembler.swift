import Charts
import Foundation
import Localization
import Pages

/// Builds the page from the prose and the cells' outcomes: numbered figures and tables, cross-references, failed
/// cells in place and listed at the top, and the provenance appendix.
struct ReportAssembler {
    let document: ReportDocument
    let outcomes: [CellOutcome]
    /// The files the report may read; prose image paths start in its folder.
    let paths: ReadablePaths
    /// Figure files by their path under the output folder.
    let files: [String: [UInt8]]
    let assetFolder: String
    let selfContained: Bool
    let provenance: Provenance

    /// The catalogue of the report's language (its front matter's `lang`), English by default.
    var catalogue: Catalogue {
        document.frontMatter.language.flatMap { Catalogues.compiledIn.catalogue($0) } ?? Catalogues.compiledIn.english
    }

    /// The language cells' generated words are in, when it is not the page's: English output in a Spanish report.
    var outputLanguage: String? { nil }

    /// A numbered figure or table: its anchor, "Figure 3", and the caption to show.
    struct Numbered {
        let anchor: String
        let text: String
        let caption: String
    }

    /// The page, the warnings about its prose, and the errors (a `${…}` that names no value) that fail the render.
    func html() -> (html: String, warnings: [String], errors: [ReportError]) {
        let assembled = page()
        return (assembled.page.html, assembled.warnings, assembled.errors)
    }

    /// The page's blocks, as a PDF prints them (figures as PNG when the assembler is not self-contained).
    func blocks() -> [DocumentBlock] { page().page.blocks }

    private func page() -> (page: HTMLPage, warnings: [String], errors: [ReportError]) {
        let (numbers, targets) = numbering()
        let prose = ProseRenderer()
        for number in numbers.values.flatMap(\.values) { prose.reserve(number.anchor) }
        for outcome in outcomes { prose.reserve(Self.anchor(outcome.cell)) }
        var computed: [String: [String: ReportValue]] = [:]
        for outcome in outcomes { if let output = outcome.output { computed[outcome.cell.id] = output.values } }
        let values = InlineValues(cells: document.cells, frontMatter: document.frontMatter, file: document.file, values: computed)
        let references = CrossReferences(targets: targets, values: values, file: document.file)
        let lint = NumberLint(file: document.file, values: computed)
        let images = ProseImages(paths: paths, file: document.file)
        var warnings: [String] = [], errors: [ReportError] = []
        var body: [DocumentBlock] = []
        var cellIndex = 0
        for segment in document.segments {
            switch segment {
            case .prose(let text, let line):
                warnings += lint.warnings(in: text, firstLine: line)
                let markdown = references.resolve(text, firstLine: line, cellsBefore: cellIndex, warnings: &warnings, errors: &errors)
                let parsed = prose.blocks(from: markdown)
                if parsed.omittedHTML {
                    warnings.append("\(document.file):\(line): raw HTML in the prose is left out of the page (write Markdown instead)")
                }
                for problem in parsed.mathProblems { warnings.append("\(document.file):\(line + problem.line): \(problem.message)") }
                body += images.embed(in: parsed.blocks, from: markdown, line: line, warnings: &warnings)
            case .cell:
                let outcome = outcomes[cellIndex]
                body.append(cellSection(outcome, numbers: numbers[cellIndex] ?? [:]))
                cellIndex += 1
            }
        }
        let appendixID = prose.addHeading(level: 2, text: catalogue.text(.reportProvenance))
        body.append(provenance.section(outcomes: outcomes, headingID: appendixID, catalogue: catalogue))
        let failures = outcomes.filter { $0.failure != nil }.map { outcome in
            (anchor: Self.anchor(outcome.cell), text: "\(outcome.cell.id) (\(outcome.cell.kind.rawValue) cell, line \(outcome.cell.line))")
        }
        let page = HTMLPage(title: document.frontMatter.title, authors: document.frontMatter.authors, date: document.frontMatter.date,
                            contents: prose.headings, failures: failures, body: body, catalogue: catalogue,
                            languageTag: document.frontMatter.language ?? "en")
        return (page, warnings, errors)
    }

    /// Numbers figures and tables in document order; a cell's `label` names its first figure (`fig-…`), its first
    /// table (`tab-…`) or else its first numbered block, and its `caption` replaces that block's caption.
    func numbering() -> (numbers: [Int: [Int: Numbered]], targets: [String: (anchor: String, text: String)]) {
        var numbers: [Int: [Int: Numbered]] = [:]
        var targets: [String: (anchor: String, text: String)] = [:]
        var figures = 0, tables = 0
        for (cellIndex, outcome) in outcomes.enumerated() {
            guard let output = outcome.output, outcome.cell.output else { continue }
            let cell = outcome.cell
            let labelled = output.blocks.indices.first { index in
                let block = output.blocks[index]
                guard block.kind != .text else { return false }
                if cell.label?.hasPrefix("fig-") == true { return block.kind == .figure }
                if cell.label?.hasPrefix("tab-") == true { return block.kind == .table }
                return true
            }
            for (index, block) in output.blocks.enumerated() where block.kind != .text {
                let text: String
                if block.kind == .figure {
                    figures += 1
                    text = catalogue.text(.reportFigure, ["n": "\(figures)"])
                } else {
                    tables += 1
                    text = catalogue.text(.reportTable, ["n": "\(tables)"])
                }
                let isLabelled = index == labelled
                let anchor = isLabelled && cell.label != nil ? Self.slug(cell.label ?? "") : Self.anchor(cell) + "-"
                    + (block.kind == .figure ? block.name : "table-\(index)")
                let caption = isLabelled ? (cell.caption ?? block.caption(for: cell)) : block.caption(for: cell)
                numbers[cellIndex, default: [:]][index] = Numbered(anchor: anchor, text: text, caption: caption)
                if isLabelled, let label = cell.label { targets[label] = (anchor, text) }
            }
        }
        return (numbers, targets)
    }

    /// A cell's section: its source when echoed, its failure, its text, tables and figures (numbered); under
    /// `output: false` only the source and a failure.
    func cellSection(_ outcome: CellOutcome, numbers: [Int: Numbered]) -> DocumentBlock {
        let cell = outcome.cell
        var blocks: [DocumentBlock] = []
        if cell.echo {
            blocks.append(.details(summary: [.text("Cell "), .code(cell.id), .text(" (\(cell.kind.rawValue))")],
                                   content: [.code("```digitbook \(cell.kind.rawValue)\n\(cell.source)\n```")]))
        }
        if let failure = outcome.failure {
            blocks.append(.callout(.failure, [
                .paragraph([.strong(Inline.plain("The \(cell.kind.rawValue) cell \(cell.id) (line \(cell.line)) failed."))]),
                .code(failure.description),
            ]))
        }
        for (index, block) in (cell.output ? outcome.output?.blocks ?? [] : []).enumerated() {
            switch block.kind {
            case .text:
                blocks += block.content
            case .table:
                guard let number = numbers[index], let table = block.table else { continue }
                blocks.append(.figure(Figure(id: number.anchor, number: number.text, caption: Inline.plain(number.caption),
                                             content: .table(table))))
            case .figure:
                guard let number = numbers[index] else { continue }
                blocks.append(.figure(Figure(id: number.anchor, number: number.text, caption: Inline.plain(number.caption),
                                             content: .drawing(drawing(of: block, cell: cell, id: number.anchor)))))
            }
        }
        return .section(id: Self.anchor(cell), classes: ["cell", "cell-\(cell.kind.rawValue)"], blocks, language: outputLanguage)
    }

    /// The figure's drawing: inline SVG (charts) or a PNG data URI (pictures of digits), or a link to the file.
    private func drawing(of block: CellOutput.Block, cell: Cell, id: String) -> Figure.Drawing {
        let stem = Self.figureStem(assetFolder, cell, block)
        let png = files[stem + ".png"]
        if !selfContained { return .init(.file(path: stem + (block.raster ? ".png" : ".svg"), png: png), description: block.alt) }
        if !block.raster, let svg = files[stem + ".svg"] {
            return .init(.svg(InlineSVG.markup(svg, id: id, label: block.alt)), description: block.alt)
        }
        if let png { return .init(.png(png), description: block.alt) }
        return .init(.missing, description: block.alt)
    }

    /// A figure's path under the output folder without its extension: `NAME_files/ID-FIGURE`, the id made safe as a
    /// file name (an id such as `../x` must not write outside the folder).
    static func figureStem(_ assetFolder: String, _ cell: Cell, _ block: CellOutput.Block) -> String {
        "\(assetFolder)/\(slug(cell.id))-\(block.name)"
    }

    /// The anchor of a cell's section.
    static func anchor(_ cell: Cell) -> String { "cell-" + slug(cell.id) }

    /// `text` with anything but letters, digits, `-` and `_` replaced by `-`, safe as an id and in a URL fragment.
    static func slug(_ text: String) -> String {
        String(text.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "-" })
    }
}
