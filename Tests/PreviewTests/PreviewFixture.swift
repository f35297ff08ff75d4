import Foundation
import LiterateReport
import TestSupport
import UserImages
@testable import Preview

/// A report on the tiny dataset in a folder of its own, and a preview session over it.
final class PreviewFixture {
    let copy: TinyCopy
    let folder = TemporaryDirectory("preview")
    let session: PreviewSession

    /// A report whose prose names a value of its train cell, so an edit to either shows in the page.
    static func source(prose: String = "The run reached ${first.accuracy:.1%}.", option: String = "epochs: 1") -> String {
        """
        ---
        title: Previewed
        dataset: tiny
        seed: 3
        ---
        # Results

        ```digitbook train
        id: first
        model: logreg
        \(option)
        validation: 20
        ```

        \(prose)
        """
    }

    init(source: String = PreviewFixture.source(), pollInterval: Double = 0.05) throws {
        copy = try TinyCopy(train: 120, test: 30)
        folder.write(Array(source.utf8), to: "report.md")
        let manifest = copy.manifest, data = copy.directory.path, cache = folder.file("_cache")
        session = PreviewSession(source: folder.file("report.md"), pollInterval: pollInterval) { _ in
            ReportRenderer.Settings(manifest: manifest, dataDirectory: data, cacheDirectory: cache, threads: 1, version: "test",
                                    assetFolder: "report_files")
        }
    }

    /// A dark vertical bar on white, as PNG.
    static func barPNG(width: Int = 56) throws -> [UInt8] {
        var pixels = [UInt8](repeating: 250, count: width * 56)
        for y in 6..<50 { for x in 26..<30 { pixels[y * width + x] = 0 } }
        guard let image = GreyImage(width: width, height: 56, pixels: pixels) else { return [] }
        return try PNGCodec.encode(image)
    }

    /// Writes a new source over the report.
    func edit(_ source: String) {
        folder.write(Array(source.utf8), to: "report.md")
    }

    /// Waits (up to `seconds`) until the session has made page number `generation` and is not rendering.
    func waitFor(generation: Int, seconds: Double = 60) async throws -> PreviewStatus {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let status = session.status
            if status.generation >= generation && !status.rendering { return status }
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        return session.status
    }
}
