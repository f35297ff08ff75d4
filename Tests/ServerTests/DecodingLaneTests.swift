import Foundation
import Hummingbird
import Testing
import UserImages
@testable import Server

/// Large uploads decode on their own threads: health checks and small requests are answered meanwhile.
@Suite(.timeLimit(.minutes(2))) struct DecodingLaneTests {
    /// A 6000 x 6000 grey PNG (36 megapixels, under the per-image limit) with a dark bar: slow to decode and preprocess.
    static func largePNG() throws -> [UInt8] {
        let side = 6_000
        var pixels = [UInt8](repeating: 235, count: side * side)
        for y in 1_000..<5_000 { for x in 2_900..<3_100 { pixels[y * side + x] = 20 } }
        return try PNGCodec.encode(try #require(GreyImage(width: side, height: side, pixels: pixels)))
    }

    static let largeUploads = 6

    @Test func healthAndASmallPredictAreAnsweredWhileLargeUploadsDecode() async throws {
        let fixture = try ServerFixture()
        let large = try Self.largePNG()
        let small = try ServerFixture.barPNG()
        try await LiveServer.serving(fixture) { port in
            let form = ServerFixture.multipart([("a.png", large)])
            let body = Array(form.readableBytesView)
            let head = "POST /api/predict HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                + "Content-Type: multipart/form-data; boundary=digitbook-boundary\r\nContent-Length: \(body.count)\r\n\r\n"
            let finished = Finished()
            // Six large uploads queue on the large lane's one worker and finish one by one. Had decoding stayed on
            // Swift's cooperative pool (two threads on a two-core machine), the health check would have queued
            // behind them and been answered once four or more had finished (measured: four to six). A bound of two leaves room
            // for a busy machine (other tests share this process's threads) without a clock in the test.
            let uploads = (0..<Self.largeUploads).map { _ in
                Task {
                    let answer = await LiveServer.exchange(port, head, body: body, patience: 200)
                    finished.add()
                    return answer
                }
            }
            try await Task.sleep(for: .milliseconds(500))
            let health = await LiveServer.exchange(port, "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            let finishedAtHealth = finished.count
            #expect(health.hasSuffix("ok\n") && finishedAtHealth <= 2, "\(finishedAtHealth) large uploads finished first")
            let predictHead = "POST /api/predict HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: image/png\r\n"
                + "Content-Length: \(small.count)\r\n\r\n"
            let reading = await LiveServer.exchange(port, predictHead, body: small)
            let finishedAtReading = finished.count
            #expect(reading.hasPrefix("HTTP/1.1 200") && finishedAtReading <= 3, "\(finishedAtReading) large uploads finished first")
            for upload in uploads {
                let answer = await upload.value
                #expect(answer.hasPrefix("HTTP/1.1 200"), "\(answer.prefix(300))")
            }
        }
    }

    @Test func aFullQueueIsRefusedWith503AndRetryAfter() async throws {
        let pool = WorkerPool(name: "test", workers: 1, queueLimit: 1)
        let gate = DispatchSemaphore(value: 0)
        let running = Task { try await pool.run { gate.wait() } }
        try await Task.sleep(for: .milliseconds(100))
        let waiting = Task { try await pool.run { 1 } }
        try await Task.sleep(for: .milliseconds(100))
        await #expect { try await pool.run { 2 } } throws: { error in
            (error as? ServerError)?.status == .serviceUnavailable && (error as? ServerError)?.headers[.retryAfter] == "1"
        }
        gate.signal()
        try await running.value
        #expect(try await waiting.value == 1)
    }

    @Test func aCancelledRequestStopsWaitingAndItsJobIsSkipped() async throws {
        let pool = WorkerPool(name: "test", workers: 1, queueLimit: 4)
        let gate = DispatchSemaphore(value: 0)
        let running = Task { try await pool.run { gate.wait() } }
        try await Task.sleep(for: .milliseconds(100))
        let ran = Finished()
        let waiting = Task { try await pool.run { ran.add() } }
        try await Task.sleep(for: .milliseconds(100))
        waiting.cancel()
        // Answered while the worker is still busy: shutting down does not wait for the queue.
        await #expect { try await waiting.value } throws: { ($0 as? ServerError)?.status == .serviceUnavailable }
        gate.signal()
        try await running.value
        #expect(try await pool.run { 3 } == 3)
        #expect(ran.count == 0, "the cancelled request's job was skipped")
    }

    final class Finished: @unchecked Sendable {
        private let lock = NSLock()
        private var done = 0
        var count: Int { lock.withLock { done } }
        func add() { lock.withLock { done += 1 } }
    }
}
