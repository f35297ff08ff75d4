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
            let uploads = (0..<2).map { _ in
                Task {
                    // Two large uploads decode one after the other on the large lane; the second's answer can take
                    // longer than a usual wait on a busy machine.
                    let answer = await LiveServer.exchange(port, head, body: body, patience: 100)
                    finished.add()
                    return answer
                }
            }
            try await Task.sleep(for: .milliseconds(500))
            var start = ContinuousClock.now
            let health = await LiveServer.exchange(port, "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            // Measured against the uploads rather than the clock (other tests share this process's threads): on
            // Swift's cooperative pool, two large uploads held both of its threads until one of them was done.
            #expect(health.hasSuffix("ok\n") && finished.count == 0, "health took \(ContinuousClock.now - start)")
            start = ContinuousClock.now
            let predictHead = "POST /api/predict HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: image/png\r\n"
                + "Content-Length: \(small.count)\r\n\r\n"
            let reading = await LiveServer.exchange(port, predictHead, body: small)
            #expect(reading.hasPrefix("HTTP/1.1 200") && finished.count < 2, "a small predict took \(ContinuousClock.now - start)")
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

    final class Finished: @unchecked Sendable {
        private let lock = NSLock()
        private var done = 0
        var count: Int { lock.withLock { done } }
        func add() { lock.withLock { done += 1 } }
    }
}
