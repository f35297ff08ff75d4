import Testing
@testable import LiterateReport

/// A key given twice in any YAML of a report (front matter, its params, a cell's options, a sweep's grid) is an error
/// naming both lines, never a silent choice of one value.
@Suite struct RepeatedKeyTests {
    func problem(_ source: String) -> String {
        do {
            _ = try ReportDocument(text: source, file: "r.md")
            return "no error"
        } catch {
            return error.description
        }
    }

    @Test func everyMappingRefusesARepeatedKey() {
        #expect(problem("---\nseed: 1\nseed: 2\n---\nText") == "r.md:3: front matter: seed is given twice (first on line 2)")
        #expect(problem("---\nparams:\n  epochs: 1\n  epochs: 2\n---\nText")
                == "r.md:4: front matter: epochs is given twice (first on line 3)")
        let cell = "---\ndataset: mnist\n---\n```digitbook train\nid: a\nmodel: mlp\nepochs: 1\nepochs: 3\n```\n"
        #expect(problem(cell) == "r.md:8: train cell: epochs is given twice (first on line 7)")
        let sweep = "---\ndataset: mnist\n---\n```digitbook sweep\nid: s\nbase: {model: mlp}\ngrid:\n  lr: [0.1, 0.2]\n  lr: [0.3]\n```\n"
        #expect(problem(sweep) == "r.md:9: sweep cell: lr is given twice (first on line 8)")
    }
}
