import Foundation
import Testing
@testable import LiterateReport

/// A train cell's cache key is its configuration as training uses it: a default written out is the same run, and
/// each cell's caption still names its own id.
@Suite struct ResolvedKeyTests {
    @Test func writingOutADefaultTrainsOnce() throws {
        let fixture = try ReportFixture()
        let source = """
            ---
            dataset: tiny
            ---
            ```digitbook train
            id: short
            model: logreg
            epochs: 1
            validation: 20
            ```

            ```digitbook train
            id: spelled-out
            model: logreg
            epochs: 1
            validation: 20
            optimizer: adam
            lr: 0.001
            batch_size: 32
            ```

            ```digitbook train
            id: longer
            model: logreg
            epochs: 2
            validation: 20
            ```
            """
        let rendered = try fixture.render(source)
        #expect(rendered.failures.isEmpty, "\(rendered.failures.map(\.error.description))")
        let keys = Dictionary(uniqueKeysWithValues: rendered.records.map { ($0.cell.id, $0.key ?? "") })
        #expect(keys["short"] == keys["spelled-out"] && keys["short"] != keys["longer"])
        #expect(ReportFixture.computed(rendered) == ["short", "longer"], "the spelled-out cell is the short one's result")
        for id in ["short", "spelled-out", "longer"] { #expect(rendered.html.contains("Training run \(id)</figcaption>")) }
        #expect(!rendered.html.contains("\u{FFFC}"))
    }
}
