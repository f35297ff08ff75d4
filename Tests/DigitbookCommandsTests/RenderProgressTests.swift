import LiterateReport
import Testing
import Training
@testable import DigitbookCommands

/// Progress a person can follow: a sweep's runs are counted, and a log hears from a long epoch while it runs.
@Suite struct RenderProgressTests {
    @Test func aSweepsRunsAreCountedOnTheirLines() async throws {
        let captured = Console.Captured()
        let document = try ReportDocument(text: "```digitbook summary\nmodel: logreg\n```\n", file: "r.md")
        let cell = try #require(document.cells.first)
        Console.$capture.withValue(captured) {
            let progress = RenderProgress()
            progress.handle(.sweepRun(number: 7, total: 24))
            progress.handle(.cellStarted(index: 2, count: 5, cell: cell, cached: true))
            progress.handle(.cellStarted(index: 3, count: 5, cell: cell, cached: true))
        }
        #expect(captured.text == "[3/5] run 7 of 24: summary summary-1 (line 1): from the cache\n"
            + "[4/5] summary summary-1 (line 1): from the cache\n")
    }

    @Test func aLogHearsFromAnEpochWhileItRuns() {
        let captured = Console.Captured()
        Console.$capture.withValue(captured) {
            let progress = TrainingProgress(epochs: 3, live: false, quietInterval: 0)
            for batch in 1...3 {
                progress.handle(.batch(epoch: 1, batch: batch, batches: 3, loss: 0.5, accuracy: 0.75))
            }
            let quiet = TrainingProgress(epochs: 3, live: false)
            quiet.handle(.batch(epoch: 1, batch: 1, batches: 3, loss: 0.5, accuracy: 0.75))
            quiet.handle(.batch(epoch: 1, batch: 2, batches: 3, loss: 0.5, accuracy: 0.75))
        }
        let lines = captured.text.split(separator: "\n")
        #expect(lines.count == 2, "one line per batch but the last with no quiet interval; none within a minute: \(lines)")
        #expect(lines.first?.hasPrefix("epoch 1/3  batch 1/3  loss 0.5000  accuracy 0.7500") == true)
    }
}
