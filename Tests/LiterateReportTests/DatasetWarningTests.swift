import Foundation
import Testing
@testable import LiterateReport

@Suite("A dataset that is not the published one is said once per render")
struct DatasetWarningTests {
    static let source = """
        ---
        dataset: tiny
        ---
        ```digitbook dataset
        samples: 2
        validation: 20
        ```

        ```digitbook train
        id: a
        model: logreg
        epochs: 1
        validation: 20
        ```
        """

    @Test("An uncompressed copy gives one warning for the render, however many cells read the data; the published one none")
    func oneWarningPerRender() throws {
        let fixture = try ReportFixture()
        #expect(try fixture.render(Self.source).datasetWarnings.isEmpty)

        let labels = fixture.copy.directory.file("t10k-labels-idx1-ubyte.gz")
        let gunzip = Process()
        gunzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gunzip.arguments = ["-d", labels]
        try gunzip.run()
        gunzip.waitUntilExit()
        try #require(gunzip.terminationStatus == 0)

        let rendered = try fixture.render(Self.source)
        #expect(rendered.failures.isEmpty)
        #expect(rendered.datasetWarnings.count == 1)
        #expect(rendered.datasetWarnings.first?.contains("t10k-labels-idx1-ubyte: uncompressed copy") == true)
        #expect(rendered.warnings.isEmpty, "a dataset warning is not about the prose, so --strict does not fail on it")
    }
}
