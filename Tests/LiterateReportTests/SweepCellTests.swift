import Foundation
import Testing
@testable import LiterateReport

/// The sweep cell: grid × seeds as ordinary cached train runs, references to them, and its errors.
@Suite struct SweepCellTests {
    static func source(seeds: String = "[1, 2]", extra: String = "") -> String {
        """
        ---
        title: A sweep
        dataset: tiny
        ---
        ```digitbook sweep
        id: sw
        base: {epochs: 1, validation: 20}
        grid:
          model: [logreg, mlp]
          batch_size: [16, 32]
        seeds: \(seeds)
        ```

        ```digitbook train
        id: explicit
        model: mlp
        batch_size: 16
        epochs: 1
        validation: 20
        seed: 2
        ```

        ```digitbook compare
        runs:
          - sw[seed=2, batch_size=16, model=mlp]
          - sw[model=logreg,batch_size=32,seed=1]
        resamples: 100
        ```
        \(extra)
        """
    }

    @Test func trainsEveryPointAndSeedAsACachedRunAndSumsThemUp() throws {
        let fixture = try ReportFixture()
        let first = try fixture.render(Self.source())
        #expect(first.failures.isEmpty, "\(first.failures.map(\.error.description))")
        let computed = ReportFixture.computed(first)
        #expect(computed.filter { $0.hasPrefix("sw[") }.count == 8)
        #expect(computed.contains("sw[model=mlp,batch_size=16,seed=2]") && computed.contains("sw"))
        #expect(!computed.contains("explicit"), "a train cell with a member's options is the same cache entry")
        #expect(first.html.contains("Sweep sw: 4 grid points × 2 seeds (1, 2)"))
        #expect(first.html.contains(" of the 4 changes of one option exceed seed noise (Welch")
                    || first.html.contains("1 of the 4 changes of one option exceeds seed noise (Welch"),
                "pairs differing in two options are not tested")
        #expect(first.files.contains { $0.path.hasSuffix("sw-accuracy-by-model.svg") })
        #expect(first.files.contains { $0.path.hasSuffix("sw-accuracy-by-batch_size.png") })
        #expect(first.html.contains("model=mlp, batch_size=16, seed 2; model=logreg, batch_size=32, seed 1 on the same"),
                "the compare cell names the runs by their canonical settings")

        let more = try fixture.render(Self.source(seeds: "[1, 2, 3]"))
        #expect(more.failures.isEmpty)
        let again = ReportFixture.computed(more)
        #expect(again.filter { $0.hasPrefix("sw[") }.sorted() == ["sw[model=logreg,batch_size=16,seed=3]",
            "sw[model=logreg,batch_size=32,seed=3]", "sw[model=mlp,batch_size=16,seed=3]", "sw[model=mlp,batch_size=32,seed=3]"],
                "adding a seed trains only the new seed's runs")
        #expect(again.contains("sw") && !again.contains("compare-31") && !again.contains("explicit"))
    }

    @Test("names: grid values shown by name in the table, the charts and the tests; no run trains again for them")
    func namesShowInsteadOfGridValues() throws {
        let fixture = try ReportFixture()
        _ = try fixture.render(Self.source())
        let named = Self.source().replacingOccurrences(of: "seeds: [1, 2]\n",
                                                       with: "seeds: [1, 2]\nnames:\n  logreg: linear\n  mlp: one hidden layer\n")
        let rendered = try fixture.render(named)
        #expect(rendered.failures.isEmpty, "\(rendered.failures.map(\.error.description))")
        #expect(ReportFixture.computed(rendered).sorted() == ["compare-26", "sw"],
                "names change the pages that show the sweep's runs, not the runs")
        #expect(rendered.html.contains("<td>one hidden layer</td><td>32</td><td class=\"num\">2</td>"), "the sweep's table")
        #expect(!rendered.html.contains("model=mlp, ") && !rendered.html.contains("model=logreg, "), "no label shows a named value")
        #expect(rendered.html.contains("Mean test accuracy over 2 seeds by model and batch_size, with its 95% t interval"))
        #expect(rendered.html.contains(#"<tr><th>model</th><th class="num">batch_size 16</th><th class="num">batch_size 32</th></tr>"#),
                "two options: a compact table, one down and one across")
        #expect(rendered.html.contains(#"<tr><td>one hidden layer</td><td class="num">"#))
        let meanOverInterval = #"<td class="num">\d+\.\d\d%<br>\n\d+\.\d\d–\d+\.\d\d%</td>"#
        #expect(rendered.html.range(of: meanOverInterval, options: .regularExpression) != nil, "each mean with its interval beneath")
        #expect(rendered.html.contains("(linear)") || rendered.html.contains("(one hidden layer)"),
                "the chart by batch size names its groups (in its description, as in its legend)")

        let wrong = Self.source().replacingOccurrences(of: "seeds: [1, 2]\n", with: "seeds: [1, 2]\nnames: {cnn: x}\n")
        let error = #expect(throws: ReportError.self) { try ReportDocument(text: wrong, file: "r.md") }
        #expect(error?.detail.hasPrefix("sweep cell option names.cnn: \"cnn\" is not a value of the grid") == true,
                "\(error?.description ?? "no error")")
    }

    @Test("name: a run's display name in compare tables and legends; a sweep's run shown by its settings and names")
    func runsAreShownByName() throws {
        let fixture = try ReportFixture()
        let named = Self.source().replacingOccurrences(of: "seeds: [1, 2]\n",
                                                       with: "seeds: [1, 2]\nnames:\n  mlp: one hidden layer\n")
            .replacingOccurrences(of: "id: explicit\n", with: "id: explicit\nname: The explicit MLP\n")
            + "\n```digitbook compare\nruns:\n  - explicit\n  - sw[model=logreg,batch_size=32,seed=1]\nresamples: 100\n```\n"
        let first = try fixture.render(named)
        #expect(first.failures.isEmpty, "\(first.failures.map(\.error.description))")
        #expect(first.html.contains("<td>The explicit MLP</td>"))
        #expect(first.html.contains("<td>one hidden layer, batch_size=16, seed 2</td>"), "a sweep's run by its settings")
        #expect(first.html.contains("<td>model=logreg, batch_size=32, seed 1</td>"), "values without a name keep option=value")

        let renamed = try fixture.render(named.replacingOccurrences(of: "name: The explicit MLP", with: "name: Plain MLP"))
        #expect(renamed.html.contains("<td>Plain MLP</td>") && !renamed.html.contains("The explicit MLP"))
        #expect(ReportFixture.computed(renamed) == ["compare-\(Self.lastCompareLine(named))"],
                "a new name computes again only the cell that shows it, \(ReportFixture.computed(renamed))")

        let wrong = #expect(throws: ReportError.self) {
            try ReportDocument(text: "```digitbook confusion\nname: x\n```\n", file: "r.md")
        }
        #expect(wrong?.detail.hasPrefix("unknown option \"name\" for a confusion cell") == true)
    }

    static func lastCompareLine(_ source: String) -> Int {
        (source.split(separator: "\n", omittingEmptySubsequences: false).lastIndex { $0 == "```digitbook compare" } ?? 0) + 1
    }

    @Test func aPageDoesNotDependOnTheCache() throws {
        let fixture = try ReportFixture()
        let cold = try fixture.render(Self.source(seeds: "2"))
        let warm = try fixture.render(Self.source(seeds: "2"))
        let uncached = try fixture.render(Self.source(seeds: "2"), cached: false)
        #expect(ReportFixture.computed(warm).isEmpty)
        #expect(cold.html == warm.html && cold.html == uncached.html)
    }

    @Test(arguments: [
        ("base: {epochs: 1, seed: 4}\ngrid: {model: [mlp]}",
         "r.md:3: sweep cell option base.seed: a sweep's seeds are set by its option seeds"),
        ("grid: {model: [mlp], epoch: [1, 2]}", "r.md:3: sweep cell option grid.epoch: not a training option"),
        ("grid: {model: [mlp, mlp]}", "r.md:3: sweep cell option grid.model: needs distinct values"),
        ("base: {model: mlp}\ngrid: {model: [mlp, logreg]}", "r.md:4: sweep cell option grid.model: is also set in base"),
        ("grid: {model: [mlp]}\nseeds: 0", "r.md:4: sweep cell option seeds: must be a count from 1 to 1000"),
        ("grid: {model: [mlp]}\nseeds: [1, x]", "r.md:4: sweep cell option seeds: must list distinct whole numbers"),
        ("base: {epochs: 1}", "r.md:1: a sweep cell needs the option grid"),
        ("grid: {model: [a, b], batch_size: [1, 2, 3], epochs: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]}\nseeds: 1000",
         "r.md:3: sweep cell option grid: makes 60 points × 1000 seeds; a sweep may train at most 10000 runs"),
    ])
    func refusesABadSweep(body: String, expected: String) {
        let source = "```digitbook sweep\nid: s\n" + body + "\n```\n"
        let error = #expect(throws: ReportError.self) { try ReportDocument(text: source, file: "r.md") }
        let message = error?.description ?? ""
        #expect(message.hasPrefix(expected), "\(message)")
    }

    @Test(arguments: [
        ("nope[model=mlp,seed=1]", "uses run \"nope[model=mlp,seed=1]\", but no earlier sweep cell has the id nope"),
        ("s[model=mlp]", "name every swept option and the seed: seed is missing"),
        ("s[model=cnn,seed=1]", "s has no model=cnn (its values: mlp, logreg)"),
        ("s[model=mlp,seed=9]", "s has no seed=9 (its seeds: 1, 2, 3)"),
        ("s[model=mlp,lr=1,seed=1]", "s sweeps no option lr (it sweeps model, seed)"),
    ])
    func refusesAReferenceToNoRun(reference: String, expected: String) {
        let source = "```digitbook sweep\nid: s\ngrid: {model: [mlp, logreg]}\n```\n```digitbook confusion\nrun: \(reference)\n```\n"
        let error = #expect(throws: ReportError.self) { try ReportDocument(text: source, file: "r.md") }
        let prefix = expected.hasPrefix("uses") ? "" : "uses run \"\(reference)\": "
        #expect(error?.description == "r.md:6: confusion cell \(prefix)\(expected)")
    }
}
