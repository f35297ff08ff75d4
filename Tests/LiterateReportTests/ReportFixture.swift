import DatasetCatalog
import Foundation
import TestSupport
import UserImages
@testable import LiterateReport

/// A tiny dataset, a folder for a report source, a sample image and a cache: what a render test needs.
struct ReportFixture {
    let copy: TinyCopy
    let folder = TemporaryDirectory("report")

    init() throws {
        copy = try TinyCopy(train: 120, test: 30)
        // A dark vertical bar on white: the tiny dataset's class is the bar's column.
        var pixels = [UInt8](repeating: 250, count: 56 * 56)
        for y in 6..<50 { for x in 26..<30 { pixels[y * 56 + x] = 0 } }
        folder.write(try PNGCodec.encode(GreyImage(width: 56, height: 56, pixels: pixels)!), to: "bar.png")
    }

    var cacheDirectory: String { folder.file("_cache") }

    /// Parses `source` (as `folder/report.md`) and renders it; `cached: false` renders without a cache.
    func render(_ source: String, cached: Bool = true, refresh: Set<String> = [], overrides: [String: String] = [:],
                allowOutside: [String] = []) throws -> ReportRenderer.Rendered {
        folder.write(Array(source.utf8), to: "report.md")
        let document = try ReportDocument(text: source, file: folder.file("report.md"), overrides: overrides)
        var settings = ReportRenderer.Settings(manifest: copy.manifest, dataDirectory: copy.directory.path,
                                               cacheDirectory: cached ? cacheDirectory : nil,
                                               refresh: refresh, threads: 1, version: "test", assetFolder: "report_files")
        settings.allowedOutside = allowOutside
        return try ReportRenderer(settings: settings).render(document, sourceDirectory: folder.path)
    }

    /// Which cells this render computed (not from the cache), by id.
    static func computed(_ rendered: ReportRenderer.Rendered) -> [String] {
        rendered.records.filter { !$0.cached && !$0.failed }.map(\.cell.id)
    }

    /// A report that uses every kind of cell on the tiny dataset.
    static func everyKind(epochs: Int = 1, prose: String = "Some prose.") -> String {
        """
        ---
        title: Every kind of cell
        dataset: tiny
        seed: 3
        params:
          epochs: \(epochs)
        ---
        # Results

        \(prose) The first run is summed up in @tab-first and its errors are in @fig-first-confusion.

        ```digitbook dataset
        samples: 6
        validation: 20
        ```

        ```digitbook train
        id: first
        model: logreg
        epochs: ${epochs}
        validation: 20
        label: tab-first
        caption: The first run
        ```

        ```digitbook train
        id: second
        model: mlp
        epochs: 1
        validation: 20
        ```

        ```digitbook summary
        model: seed-cnn
        ```

        ```digitbook curves
        run: first
        ```

        ```digitbook confusion
        run: first
        normalize: true
        label: fig-first-confusion
        echo: true
        ```

        ```digitbook report
        run: first
        ```

        ```digitbook metrics
        run: first
        resamples: 100
        ```

        ```digitbook calibration
        run: first
        bins: 5
        ```

        ```digitbook misclassified
        run: first
        count: 4
        ```

        ```digitbook compare
        runs: [first, second]
        resamples: 200
        ```

        ```digitbook predict
        run: second
        image: bar.png
        ```
        """
    }
}
