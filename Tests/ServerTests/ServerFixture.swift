import DatasetCatalog
import Foundation
import Hummingbird
import HummingbirdTesting
import Runs
import Training
import TestSupport
import UserImages
@testable import Server

/// A logistic regression trained for one epoch on the tiny dataset, served under the name "tiny".
final class ServerFixture: @unchecked Sendable {
    let copy: TinyCopy
    let folder = TemporaryDirectory("server")
    let catalog: RunCatalog

    init() throws {
        copy = try TinyCopy(train: 120, test: 30)
        let dataset = try LocalDataset(copy.manifest, directory: copy.directory.path)
        let configuration = TrainingConfiguration(model: "logreg", epochs: 1, validationCount: 20)
        let job = TrainingJob(configuration: configuration, threads: 1, version: "test")
        _ = try job.run(on: dataset, writingTo: RunDirectory(folder.file("run")))
        catalog = try RunCatalog(runs: [("tiny", folder.file("run"))])
    }

    func server(_ change: (inout ServerConfiguration) -> Void = { _ in }) throws -> DigitbookServer {
        var configuration = ServerConfiguration()
        change(&configuration)
        return try DigitbookServer(configuration: configuration, catalog: catalog)
    }

    /// Runs `test` against the server's router, in memory.
    func test(
        _ change: (inout ServerConfiguration) -> Void = { _ in }, _ test: @Sendable (any TestClientProtocol) async throws -> Void
    ) async throws {
        let app = Application(router: try server(change).router())
        try await app.test(.router, test)
    }

    /// A PNG of a dark vertical bar on light paper: the tiny dataset's class is the bar's column.
    static func barPNG(side: Int = 56) throws -> [UInt8] {
        var pixels = [UInt8](repeating: 245, count: side * side)
        for y in (side / 8)..<(side * 7 / 8) { for x in (side / 2 - 2)..<(side / 2 + 2) { pixels[y * side + x] = 10 } }
        return try PNGCodec.encode(GreyImage(width: side, height: side, pixels: pixels)!)
    }

    /// A multipart/form-data body with one part per file (field `photo`), an optional `run` field and, for whole
    /// numbers, the field `mode=number`.
    static func multipart(
        _ files: [(name: String, bytes: [UInt8])], run: String? = nil, number: Bool = false, boundary: String = "digitbook-boundary"
    ) -> ByteBuffer {
        var body = ByteBuffer()
        for (name, bytes) in files {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"\(name)\"\r\n")
            body.writeString("Content-Type: application/octet-stream\r\n\r\n")
            body.writeBytes(bytes)
            body.writeString("\r\n")
        }
        if let run { body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"run\"\r\n\r\n\(run)\r\n") }
        if number { body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"mode\"\r\n\r\nnumber\r\n") }
        body.writeString("--\(boundary)--\r\n")
        return body
    }
}
