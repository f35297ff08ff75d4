import Foundation
import IDX
import Testing
@testable import Server

/// Concurrent requests share forward passes, a lone request waits for nothing, and every request gets its own rows.
@Suite(.timeLimit(.minutes(1))) struct InferenceBatcherTests {
    /// Four different 28x28 digits: a bar in a different column each.
    static func digits(_ count: Int) -> [[UInt8]] {
        (0..<count).map { index in
            var pixels = [UInt8](repeating: 0, count: 28 * 28)
            for y in 4..<24 { for x in (6 + 4 * index)..<(9 + 4 * index) { pixels[y * 28 + x] = 255 } }
            return pixels
        }
    }

    @Test func requestsAnnouncedTogetherShareOnePassAndGetTheirOwnRows() async throws {
        let fixture = try ServerFixture()
        let model = try #require(fixture.catalog.entries.first).model
        let batcher = InferenceBatcher(model: model, window: .seconds(3_600))
        let digits = Self.digits(4)
        for _ in digits { batcher.announce() }
        let answers = try await withThrowingTaskGroup(of: (Int, [[Float]]).self) { group in
            for (index, digit) in digits.enumerated() {
                group.addTask { (index, try await batcher.probabilities(for: [digit]).get()) }
            }
            return try await group.reduce(into: [Int: [[Float]]]()) { $0[$1.0] = $1.1 }
        }
        #expect(batcher.passCount == 1)
        for (index, digit) in digits.enumerated() {
            let alone = try model.probabilities(for: try ImageSet(count: 1, rows: 28, columns: 28, pixels: digit))
            let batched = try #require(answers[index])
            #expect(batched.count == 1)
            #expect(zip(batched[0], alone[0]).allSatisfy { abs($0 - $1) < 1e-6 })
        }
    }

    @Test func aLoneRequestDoesNotWaitForTheWindow() async throws {
        let fixture = try ServerFixture()
        let batcher = InferenceBatcher(model: try #require(fixture.catalog.entries.first).model, window: .seconds(3_600))
        batcher.announce()
        let rows = try await batcher.probabilities(for: Self.digits(2)).get()
        #expect(rows.count == 2 && batcher.passCount == 1)
    }

    @Test func aWithdrawnAnnouncementReleasesTheWaitingDigits() async throws {
        let fixture = try ServerFixture()
        let batcher = InferenceBatcher(model: try #require(fixture.catalog.entries.first).model, window: .seconds(3_600))
        batcher.announce()
        batcher.announce()
        async let rows = batcher.probabilities(for: Self.digits(1))
        while batcher.waitingCount == 0 && batcher.passCount == 0 { try await Task.sleep(for: .milliseconds(1)) }
        #expect(batcher.passCount == 0)
        batcher.withdraw()
        #expect(try await rows.get().count == 1)
    }

    @Test func theWindowClosesOnItsOwnWhenAnAnnouncedRequestIsSlow() async throws {
        let fixture = try ServerFixture()
        let batcher = InferenceBatcher(model: try #require(fixture.catalog.entries.first).model, window: .milliseconds(5))
        batcher.announce()
        batcher.announce()
        #expect(try await batcher.probabilities(for: Self.digits(1)).get().count == 1)
        batcher.withdraw()
    }

    @Test func aPassTakesWholeRequestsUpToTheLimit() {
        #expect(BatchState.split([3, 2, 4], limit: 5) == 2)
        #expect(BatchState.split([3, 2, 4], limit: 2) == 1)
        #expect(BatchState.split([3, 2, 4], limit: 100) == 3)
        #expect(BatchState.split([], limit: 5) == 0)
    }
}
