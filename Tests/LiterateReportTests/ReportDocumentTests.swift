import Testing
@testable import LiterateReport

@Suite struct ReportDocumentTests {
    static let source = """
        ---
        title: The seed CNN, evaluated
        authors: [Ada, Grace]
        dataset: mnist
        seed: 7
        params:
          epochs: 3
          model: seed-cnn
        ---
        # Data

        Some prose with a table:

        | a | b |
        |---|---|
        | 1 | 2 |

        ```digitbook train
        id: cnn
        model: ${model}
        epochs: ${epochs}
        batch_size: 32
        augment: false
        caption: The seed CNN
        ```

        ```swift
        let notACell = true
        ```

        ```digitbook confusion
        run: cnn
        normalize: true
        label: fig-cnn-confusion
        echo: true
        ```
        Closing words.
        """

    @Test func readsFrontMatterProseAndCellsWithTheirLines() throws {
        let document = try ReportDocument(text: Self.source, file: "Reports/seed-cnn.md")
        #expect(document.frontMatter.title == "The seed CNN, evaluated")
        #expect(document.frontMatter.authors == ["Ada", "Grace"])
        #expect(document.frontMatter.seed == 7)
        #expect(document.frontMatter.parameters.map(\.name) == ["epochs", "model"])
        let cells = document.cells
        #expect(cells.map(\.kind) == [.train, .confusion])
        #expect(cells.map(\.line) == [18, 31])
        #expect(cells[0].id == "cnn" && cells[1].id == "confusion-31")
        #expect(cells[0].options
            == ["model": .string("seed-cnn"), "epochs": .integer(3), "batch_size": .integer(32), "augment": .bool(false)])
        #expect(cells[0].caption == "The seed CNN")
        #expect(cells[1].label == "fig-cnn-confusion" && cells[1].echo)
        guard case .prose(let first, let line) = document.segments[0] else { Issue.record("prose first"); return }
        #expect(line == 10 && first.hasPrefix("# Data") && first.contains("| 1 | 2 |"))
        guard case .prose(let middle, _) = document.segments[2] else { Issue.record("prose between cells"); return }
        #expect(middle.contains("let notACell = true"), "ordinary code blocks stay prose")
    }

    @Test func parametersCanBeOverridden() throws {
        let document = try ReportDocument(text: Self.source, file: "r.md", overrides: ["epochs": "5"])
        #expect(document.cells[0].options["epochs"] == .integer(5))
        let error = #expect(throws: ReportError.self) { try ReportDocument(text: Self.source, file: "r.md", overrides: ["epoch": "5"]) }
        #expect(error?.description == "r.md:1: -P epoch: the front matter declares no such parameter (params: epochs, model)")
    }

    @Test(arguments: [
        ("```digitbook trian\nid: x\n```", "r.md:1: unknown cell kind \"trian\""),
        ("text\n\n```digitbook train\nid: cnn\nepoch: 3\n```", "r.md:5: unknown option \"epoch\" for a train cell"),
        ("```digitbook train\nmodel: mlp\n```", "r.md:1: a train cell needs an id"),
        ("```digitbook confusion\nrun: nope\n```",
         "r.md:1: confusion cell uses run \"nope\", which no earlier train, model or predictions cell defines"),
        ("```digitbook train\nid: a\nepochs: ${epochs}\n```", "r.md:3: ${epochs}: no such parameter"),
        ("```digitbook train\nid: a\nmodel: [mlp\n```", "r.md:"),
        ("```digitbook train\nid: a\n", "r.md:1: the digitbook cell opened here is never closed"),
        ("---\ntitle: x\ncolour: red\n---\n", "r.md:3: colour: unknown front-matter field"),
        ("---\ntitle: x\nformat: [html, docx]\n---\n", "r.md:3: format: must be html, pdf, or a list of both"),
        ("---\ntitle: x\npaper: a5\n---\n", "r.md:3: paper: must be a4 or letter, not a5"),
        ("```digitbook train\nid: a\n```\n```digitbook train\nid: a\n```", "r.md:4: cell id \"a\" is already used on line 1"),
    ])
    func namesTheFileAndLineOfEachProblem(source: String, expected: String) {
        let error = #expect(throws: ReportError.self) { try ReportDocument(text: source, file: "r.md") }
        #expect(error?.description.hasPrefix(expected) == true, "\(error?.description ?? "no error")")
    }
}

@Suite struct FrontMatterDefaultsTests {
    @Test func theFormatsAndPaperAreReadAsAListOrOneName() throws {
        let both = try ReportDocument(text: "---\nformat: [html, PDF]\npaper: Letter\n---\nText", file: "r.md").frontMatter
        #expect(both.formats == ["html", "pdf"] && both.paper == "letter")
        let one = try ReportDocument(text: "---\nformat: pdf\n---\nText", file: "r.md").frontMatter
        #expect(one.formats == ["pdf"] && one.paper == nil)
        #expect(try ReportDocument(text: "---\ntitle: x\n---\nText", file: "r.md").frontMatter.formats.isEmpty)
    }

    @Test func theFileNameIsTheTitleWhenNoneIsGiven() throws {
        #expect(try ReportDocument(text: "---\nseed: 3\n---\nText", file: "Reports/quickstart.md").frontMatter.title == "quickstart.md")
        #expect(try ReportDocument(text: "Text", file: "Reports/quickstart.md").frontMatter.title == "quickstart.md")
        #expect(CellValue(scalar: "no") == .string("no"), "YAML 1.2: only true and false are booleans")
    }
}

@Suite struct EveryProblemAtOnceTests {
    static let source = """
        ---
        title: Many mistakes
        seed: one
        ---
        ```digitbook summary
        id: arch
        modle: seed-cnn
        ```

        ```digitbook train
        id: net
        model: mlp
        epochz: 2
        colour: blue
        ```

        The net reached ${net.accuracy}, the arch ${arch.parameters}, the other ${nosuch.accuracy}.

        ```digitbook confusion
        run: net
        ```

        ```digitbook sweep
        id: depth
        grid:
          modle: [mlp, logreg]
        ```

        ```digitbook curves
        runs:
          - nett
          - depth[model=mlp,seed=1]
        ```
        """

    @Test("A front matter that is not YAML is the error, even with -P; a cell's problems come in line order")
    func frontMatterFirst() {
        let broken = #expect(throws: ReportError.self) {
            try ReportDocument(text: "---\ntitle: [unclosed\n---\nText ${epochs}.\n", file: "r.md", overrides: ["epochs": "2"])
        }
        #expect(broken?.all.count == 1 && broken?.detail.hasPrefix("front matter is not valid YAML") == true,
                "\(broken?.description ?? "no error")")
        let cell = #expect(throws: ReportError.self) {
            try ReportDocument(text: "```digitbook train\nmodel: mlp\ncolour: red\n```\n", file: "r.md")
        }
        #expect(cell?.all.map(\.line) == [1, 3], "\(cell?.description ?? "no error")")
    }

    @Test("One read lists every problem in order of line, and nothing twice for a cell that did not parse")
    func everyProblemInOneGo() {
        let error = #expect(throws: ReportError.self) { try ReportDocument(text: Self.source, file: "r.md") }
        let lines = error?.all.map(\.description) ?? []
        #expect(lines.map { $0.split(separator: ":").prefix(2).joined(separator: ":") }
            == ["r.md:3", "r.md:7", "r.md:13", "r.md:14", "r.md:17", "r.md:26", "r.md:29"], "\(lines)")
        #expect(lines.first == "r.md:3: seed: must be a whole number from 0")
        #expect(lines[safe: 4]?.contains("${nosuch.accuracy}: no cell has the id nosuch") == true)
        #expect(lines[safe: 6]?.contains("\"nett\"") == true)
        #expect(!lines.contains { $0.contains("net.accuracy") || $0.contains("arch.parameters") || $0.contains("depth[") })
        #expect(error?.description == lines.joined(separator: "\n"))
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
