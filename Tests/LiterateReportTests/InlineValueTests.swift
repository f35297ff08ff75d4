import Foundation
import Testing
@testable import LiterateReport

/// `${CELL.NAME:FORMAT}` in prose: checked when the report is read (a cell that does not exist or comes later, a bad
/// format), filled in from the cell's own result when the page is built, and an error in place for a name the cell
/// does not have.
@Suite struct InlineValueTests {
    static let head = "---\ndataset: tiny\nparams:\n  epochs: 1\n---\n"

    static func document(_ body: String) throws -> ReportDocument {
        try ReportDocument(text: head + body, file: "r.md")
    }

    static let train = "```digitbook train\nid: first\nmodel: logreg\nepochs: ${epochs}\nvalidation: 20\n```\n"

    @Test func aValueNamedBeforeItsCellIsAnErrorAtItsLine() {
        let error = #expect(throws: ReportError.self) { try Self.document("It reached ${first.accuracy}.\n\n" + Self.train) }
        #expect(error?.description == "r.md:6: ${first.accuracy}: the train cell first comes later (line 8); prose can name only "
            + "values computed above it")
    }

    @Test func aCellThatDoesNotExistIsAnError() {
        let error = #expect(throws: ReportError.self) { try Self.document(Self.train + "\nIt reached ${frist.accuracy}.\n") }
        #expect(error?.description == "r.md:13: ${frist.accuracy}: no cell has the id frist")
    }

    @Test func aBadFormatIsAnError() {
        let error = #expect(throws: ReportError.self) { try Self.document(Self.train + "\nIt reached ${first.accuracy:.1x}.\n") }
        #expect(error?.description.hasPrefix("r.md:13: ${first.accuracy:.1x}: formats are [,][.DECIMALS][TYPE]") == true)
    }

    @Test func aCellNamedWithoutAValueIsAnError() {
        let error = #expect(throws: ReportError.self) { try Self.document(Self.train + "\nIt reached ${first}.\n") }
        #expect(error?.description == "r.md:13: ${first}: name one of the cell's values, such as ${first.accuracy}")
    }

    @Test func aSweepPointNamesEverySweptOptionAndNoSeed() {
        let sweep = "```digitbook sweep\nid: s\nbase: {epochs: 1, validation: 20}\ngrid:\n  model: [logreg, mlp]\nseeds: 2\n```\n"
        let withSeed = #expect(throws: ReportError.self) { try Self.document(sweep + "\nMean ${s[model=mlp,seed=1].mean}.\n") }
        #expect(withSeed?.description == "r.md:14: ${s[model=mlp,seed=1].mean}: a grid point's values are over all its seeds: "
            + "leave out seed=")
        let unknown = #expect(throws: ReportError.self) { try Self.document(sweep + "\nMean ${s[model=cnn].mean}.\n") }
        #expect(unknown?.description == "r.md:14: ${s[model=cnn].mean}: s has no model=cnn (its values: logreg, mlp)")
        let notSweep = #expect(throws: ReportError.self) { try Self.document(Self.train + "\nMean ${first[model=mlp].mean}.\n") }
        #expect(notSweep?.description == "r.md:13: ${first[model=mlp].mean}: first is a train cell, not a sweep with grid points")
    }

    /// The figures in prose are the figures in the cells' tables, in the format asked for.
    @Test func proseShowsTheCellsOwnNumbers() throws {
        let fixture = try ReportFixture()
        let source = Self.head + Self.train + """

            ```digitbook metrics
            id: m
            run: first
            metrics: [accuracy, cohen_kappa]
            resamples: 100
            ```

            After ${epochs} epoch the run reached ${first.accuracy} (${first.accuracy.interval}), or ${first.accuracy:.1%}, \
            on ${first.test_images} images; its last loss was ${first.epoch.1.loss:.3f} and Cohen's kappa ${m.cohen_kappa}.
            """
        let rendered = try fixture.render(source)
        #expect(rendered.errors.isEmpty)
        let text = rendered.html
        let accuracy = try #require(Self.cell(after: "Test accuracy (95% Wilson interval)", in: text))
        // "83.33% (70.19–91.41%) on 30 images"
        let percent = String(accuracy.prefix { $0 != " " })
        let interval = String(accuracy.drop { $0 != "(" }.dropFirst().prefix { $0 != ")" })
        let kappa = try #require(Self.cell(after: "Cohen&#39;s kappa", in: text) ?? Self.cell(after: "Cohen's kappa", in: text))
        let value = try #require(Double(percent.dropLast()))
        let expected = "After 1 epoch the run reached \(percent) (\(interval)), or \(String(format: "%.1f%%", value)), on 30 images; "
        #expect(text.contains(expected))
        #expect(text.contains("and Cohen&#39;s kappa \(kappa).") || text.contains("and Cohen's kappa \(kappa)."))
    }

    @Test func aNameTheCellDoesNotHaveIsAnErrorInPlace() throws {
        let fixture = try ReportFixture()
        let rendered = try fixture.render(Self.head + Self.train + "\nIt reached ${first.acuracy}.\n")
        #expect(rendered.errors.map(\.description) == [
            "\(fixture.folder.file("report.md")):13: ${first.acuracy}: first has no value acuracy (its values: accuracy, "
                + "accuracy.high, accuracy.interval, accuracy.low, epoch.N.loss, epoch.N.train_accuracy, epoch.N.val_accuracy, "
                + "epoch.N.val_loss, epochs, loss, parameters, test_images, train_accuracy, training_images, val_accuracy, val_loss, "
                + "validation_images)",
        ])
        #expect(rendered.html.contains("It reached ?${first.acuracy}."))
    }

    @Test func aSweepPointsMeanIsTheTablesMean() throws {
        let fixture = try ReportFixture()
        let sweep = "```digitbook sweep\nid: s\nbase: {epochs: 1, validation: 20}\ngrid:\n  model: [logreg, mlp]\nseeds: 2\n```\n"
        let rendered = try fixture.render(Self.head + sweep + "\nThe MLP's mean was ${s[model=mlp].mean:.2%} over "
            + "${s.runs} runs; its interval ${s[model=mlp].mean.interval}.\n")
        #expect(rendered.errors.isEmpty)
        let row = try #require(Self.cell(after: ">mlp<", in: rendered.html, skipping: 1))
        #expect(rendered.html.contains("The MLP&#39;s mean was \(row) over 4 runs; its interval")
            || rendered.html.contains("The MLP's mean was \(row) over 4 runs; its interval"))
    }

    @Test(arguments: [
        ([String](), 3, "No difference is significant"),
        (["a beats b"], 3, "Significant at the 5% level after Holm's correction: a beats b. The other 2 differences are within"),
        (["a beats b", "a beats c"], 3, "a beats c. The other difference is within"),
        (["a beats b", "a beats c", "b beats c"], 3, "Every difference is significant at the 5% level"),
    ])
    func theVerdictFollowsTheCount(verdicts: [String], pairs: Int, expected: String) {
        let sentence = CompareCell.verdictSentence(verdicts, pairs: pairs, images: 10_000)
        #expect(sentence.contains(expected))
        #expect(!(verdicts.count == pairs && sentence.contains("chance")))
    }

    /// The text of the table cell after the one whose text is `label` (`skipping` more cells first).
    static func cell(after label: String, in html: String, skipping: Int = 0) -> String? {
        guard let start = html.range(of: label) else { return nil }
        var rest = html[start.upperBound...]
        for _ in 0...skipping {
            guard let open = rest.range(of: "<td") else { return nil }
            rest = rest[open.upperBound...]
        }
        guard let close = rest.firstIndex(of: ">"), let end = rest.range(of: "</td>") else { return nil }
        return String(rest[rest.index(after: close)..<end.lowerBound])
    }
}

/// `output: false` computes a cell and shows nothing of it: its tables are not numbered, and prose can still name its
/// values.
@Suite struct HiddenOutputTests {
    @Test func aHiddenCellIsComputedButNotShown() throws {
        let fixture = try ReportFixture()
        let source = InlineValueTests.head + """
            ```digitbook train
            id: first
            model: logreg
            epochs: 1
            validation: 20
            output: false
            ```

            ```digitbook train
            id: second
            model: logreg
            epochs: 1
            validation: 20
            seed: 9
            ```

            The hidden run reached ${first.accuracy}.
            """
        let rendered = try fixture.render(source)
        #expect(rendered.errors.isEmpty && rendered.failures.isEmpty)
        #expect(!rendered.html.contains("Training run first"))
        #expect(rendered.html.contains("<span class=\"number\">Table 1.</span> Training run second"))
        #expect(!rendered.html.contains("?${first.accuracy}") && rendered.html.contains("The hidden run reached "))
    }

    @Test func outputTakesOnlyTrueOrFalse() {
        let error = #expect(throws: ReportError.self) {
            try InlineValueTests.document("```digitbook train\nid: a\nmodel: logreg\noutput: hidden\n```\n")
        }
        #expect(error?.description == "r.md:9: train cell option output: must be true or false")
    }
}
