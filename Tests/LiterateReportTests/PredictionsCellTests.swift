import Foundation
import IDX
import Testing
@testable import LiterateReport

/// `predictions` cells: predictions from any tool, used by id like a trained run; what they lack fails in place.
@Suite struct PredictionsCellTests {
    /// A predictions CSV for the tiny test set: right except every fifth image, with or without probabilities.
    static func csv(_ labels: [Int], probabilities: Bool) -> String {
        let header = probabilities ? "id,label," + (0..<10).map { "p\($0)" }.joined(separator: ",") : "id,label"
        let rows = labels.enumerated().map { id, truth -> String in
            let label = id % 5 == 0 ? (truth + 1) % 10 : truth
            let row = (0..<10).map { $0 == label ? "0.91" : "0.01" }.joined(separator: ",")
            return "\(id),\(label)" + (probabilities ? "," + row : "")
        }
        return ([header] + rows).joined(separator: "\n") + "\n"
    }

    @Test func predictionsFromAFileServeTheEvaluationCells() throws {
        let fixture = try ReportFixture()
        let labels = try IDXReader.labels(at: fixture.copy.directory.file("t10k-labels-idx1-ubyte.gz"), classCount: 10).map(Int.init)
        fixture.folder.write(Array(Self.csv(labels, probabilities: true).utf8), to: "keras.csv")
        fixture.folder.write(Array(Self.csv(labels, probabilities: false).utf8), to: "labels.csv")
        let source = """
            ---
            dataset: tiny
            ---
            ```digitbook predictions
            id: keras
            file: keras.csv
            ```

            ```digitbook predictions
            id: plain
            file: labels.csv
            ```

            ```digitbook metrics
            run: keras
            ```

            ```digitbook metrics
            run: plain
            ```

            ```digitbook confusion
            run: plain
            ```

            ```digitbook calibration
            run: plain
            ```

            ```digitbook curves
            run: keras
            ```

            ```digitbook compare
            runs: [keras, plain]
            ```

            """
        let rendered = try fixture.render(source)
        let failures = Dictionary(uniqueKeysWithValues: rendered.failures.map { ($0.cell.kind, $0.error.description) })
        #expect(Set(failures.keys) == [.calibration, .curves])
        #expect(failures[.calibration]?.contains("a calibration cell needs class probabilities; plain has only labels") == true)
        #expect(failures[.curves]?.contains("keras is a predictions file, not a trained run: it has no training history") == true)
        for (cell, error) in rendered.failures {
            #expect(error.line == cell.line && error.description.hasPrefix("\(error.file):\(cell.line): "),
                    "a failure without a place of its own is placed at its cell: \(error)")
        }
        // 30 images, every fifth wrong: 24 right, 80%.
        #expect(rendered.html.contains("80.00% (95% interval"))
        #expect(rendered.html.contains(
            "No training curves for keras, plain: imported models and predictions files have no training history."))
        #expect(rendered.html.contains("<td>log loss</td><td class=\"num\">–</td><td class=\"num\">–</td>"
            + "<td>needs class probabilities; plain has only labels</td>"))
        #expect(rendered.html.contains("<td>keras</td><td>predictions file</td>"))
        // Cached by the file's content: the same file again is a hit; a changed file is computed again.
        let again = try fixture.render(source)
        #expect(ReportFixture.computed(again) == [])
        fixture.folder.write(Array(Self.csv(labels.map { ($0 + 1) % 10 }, probabilities: false).utf8), to: "labels.csv")
        let changed = try fixture.render(source)
        #expect(Set(ReportFixture.computed(changed)) == ["plain", "metrics-18", "confusion-22", "compare-34"])
    }

    @Test func aMalformedFileFailsItsCellWithEveryProblem() throws {
        let fixture = try ReportFixture()
        fixture.folder.write(Array("id,label\n0,3\n0,4\n1,x\n".utf8), to: "bad.csv")
        let rendered = try fixture.render("---\ndataset: tiny\n---\n```digitbook predictions\nid: bad\nfile: bad.csv\n```\n")
        let message = try #require(rendered.failures.first?.error.description)
        #expect(message.contains("line 3: id 0 repeats line 2") && message.contains("line 4: label \"x\" is not an integer"))
        #expect(message.contains("missing ids"))
    }
}
