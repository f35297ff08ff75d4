import Foundation
import Testing
@testable import LiterateReport

/// `model` cells: a Keras or PyTorch file imported in the report and used by id like a trained run.
@Suite struct ModelCellTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("ModelImportTests/Fixtures")

    @Test func importedModelsServeTheEvaluationCellsAndLackOnlyAHistory() throws {
        let fixture = try ReportFixture()
        for name in ["keras_mlp.h5", "torch_mlp.safetensors"] {
            fixture.folder.write([UInt8](try Data(contentsOf: Self.fixtures.appendingPathComponent(name))), to: name)
        }
        let source = """
            ---
            dataset: tiny
            ---
            ```digitbook model
            id: keras
            file: keras_mlp.h5
            pixels: 0-1
            ```

            ```digitbook model
            id: torch
            file: torch_mlp.safetensors
            spec: conv2k5-relu-maxpool-flatten-dense16-relu-bn-dense10
            ```

            ```digitbook metrics
            run: keras
            ```

            ```digitbook curves
            run: torch
            ```

            ```digitbook predict
            run: torch
            image: bar.png
            ```

            ```digitbook compare
            runs: [keras, torch]
            ```

            """
        let rendered = try fixture.render(source)
        #expect(rendered.failures.map(\.cell.kind) == [.curves])
        #expect(rendered.failures.first?.error.description.contains("torch was imported from torch_mlp.safetensors, not trained here: "
            + "it has no training history") == true)
        #expect(rendered.html.contains("<td>As a Digitbook spec</td><td>flatten-dense16-relu-bn-dropout0.5-dense10</td>"))
        #expect(rendered.html.contains("<td>Pixels</td><td>0-1, as given</td>"))
        #expect(rendered.html.contains("the better on the first 120 training images (0-1: "))
        #expect(rendered.html.contains("<td>keras</td><td>keras_mlp.h5</td>"))
        #expect(rendered.html.contains("imported</td>"))
        #expect(rendered.html.contains("No training curves for keras, torch: imported models and predictions files have no"))
        #expect(ReportFixture.computed(try fixture.render(source)) == [])
        let failing = try fixture.render(source.replacingOccurrences(of: "conv2k5-relu", with: "conv3k5-relu"))
        let message = try #require(failing.failures.first { $0.cell.id == "torch" }?.error.description)
        #expect(message.contains("torch_mlp.safetensors: tensor conv1.weight: has shape [2, 1, 5, 5]; the spec's conv2d (Conv2D) "
            + "needs [3, 1, 5, 5] (out, in, height, width)"), "\(message)")
    }
}
