import DatasetCatalog
import Foundation
import TestSupport
import Testing
@testable import DigitbookCommands

/// A cache entry belongs to the build that computed it: another executable, even one byte apart, computes every cell
/// again instead of serving the first build's results, and the first build still finds its own entries.
@Suite struct BuildIdentityTests {
    static let report = """
        ---
        title: Builds
        ---
        ```digitbook train
        id: run
        model: logreg
        epochs: 1
        validation: 20
        ```

        It reached ${run.accuracy}.
        """

    @Test func anotherBuildNeverTakesThisBuildsResults() throws {
        let original = RenderExecutorTests.executable
        try #require(FileManager.default.isExecutableFile(atPath: original), "build digitbook first (swift build)")
        let tiny = try TinyMNIST()
        let work = TemporaryDirectory("build-identity")
        let source = work.write(Array(Self.report.utf8), to: "builds.md")
        // A second build: the same program with one byte appended, which changes its digest and nothing else.
        var bytes = try Array(Data(contentsOf: URL(fileURLWithPath: original)))
        bytes.append(0)
        let other = work.write(bytes, to: "digitbook-other")
        chmod(other, 0o755)
        // A train cell's key holds the OpenBLAS kernels, which digitbook picks at start unless told to keep what OpenBLAS
        // chose; say so for every render here, whatever other suites have set in this process's environment meanwhile.
        func render(_ program: String) throws -> String {
            let run = try runExecutable(program, ["render", source, "--cache", work.file("cache"), "--threads", "1"] + tiny.arguments,
                                        environment: ["DIGITBOOK_BLAS_CORE": "inherit"])
            #expect(run.status == 0)
            return run.output.split(separator: "\n").last.map(String.init) ?? ""
        }
        #expect(try render(original).contains("1 cell, 0 from the cache, 1 computed"))
        #expect(try render(original).contains("1 cell, 1 from the cache, 0 computed"))
        #expect(try render(other).contains("1 cell, 0 from the cache, 1 computed"), "another build computes again")
        #expect(try render(original).contains("1 cell, 1 from the cache, 0 computed"), "and its own entries stay")
        let html = try String(contentsOfFile: work.file("_site/builds.html"), encoding: .utf8)
        #expect(html.contains(Digitbook.version + "+"), "the provenance names the build")
    }

    @Test func theDigestIsTheRunningExecutables() throws {
        let path = RenderCommand.ownExecutable
        let expected = String(SHA256Digest.hex(of: try Array(Data(contentsOf: URL(fileURLWithPath: path)))).prefix(16))
        #expect(BuildIdentity.digest == expected)
        #expect(BuildIdentity.version == "\(Digitbook.version)+\(expected)")
    }
}
