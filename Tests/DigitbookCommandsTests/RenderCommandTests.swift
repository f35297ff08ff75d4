import ArgumentParser
import DatasetCatalog
import Foundation
import TestSupport
import Testing
@testable import DigitbookCommands

/// A tiny dataset filed under the name `mnist`, so that the shipped reports render on it.
struct TinyMNIST {
    let copy: TinyCopy
    let catalog = TemporaryDirectory("tiny-mnist-catalog")

    init() throws {
        copy = try TinyCopy(train: 120, test: 30)
        let tiny = copy.manifest
        let manifest = DatasetManifest(name: "mnist", title: "Tiny MNIST", classNames: tiny.classNames, imageRows: 28, imageColumns: 28,
                                       mirrors: [], files: tiny.files)
        let encoder = JSONEncoder()
        catalog.write(Array(try encoder.encode(manifest)), to: "mnist.json")
    }

    var arguments: [String] { ["--catalog", catalog.path, "--data", copy.directory.path] }
}

@Suite struct RenderCommandTests {
    @Test func rendersTheQuickstartReport() async throws {
        let tiny = try TinyMNIST()
        let work = TemporaryDirectory("render-quickstart")
        let source = SharedData.repositoryRoot + "/Reports/quickstart.md"
        let arguments = ["render", source, "--out", work.file("site"), "--cache", work.file("cache"), "-P", "validation=20"]
            + tiny.arguments
        try await runCommand(arguments)
        let html = try String(contentsOfFile: work.file("site/quickstart.html"), encoding: .utf8)
        #expect(html.contains("<h1 class=\"title\">Quickstart: a small network on MNIST</h1>"))
        #expect(html.contains("class=\"cell cell-confusion\"") && !html.contains("class=\"cell-error\""))
        #expect(work.entries(in: "site/quickstart_files").contains("confusion-42-confusion_matrix.svg"))
        let cold = try String(contentsOfFile: work.file("site/quickstart.render.json"), encoding: .utf8)
        #expect(cold.contains("\"cache\": \"miss\"") && !cold.contains("\"cache\": \"hit\""))
        try await runCommand(arguments)
        let again = try String(contentsOfFile: work.file("site/quickstart.html"), encoding: .utf8)
        let warm = try String(contentsOfFile: work.file("site/quickstart.render.json"), encoding: .utf8)
        #expect(warm.contains("\"cache\": \"hit\"") && !warm.contains("\"cache\": \"miss\""))
        let fresh = ["render", source, "--out", work.file("fresh"), "--no-cache", "-P", "validation=20"] + tiny.arguments
        try await runCommand(fresh)
        let uncached = try String(contentsOfFile: work.file("fresh/quickstart.html"), encoding: .utf8)
        #expect(again == html && uncached == html, "cold, warm and uncached renders give the same page, byte for byte")
    }

    @Test func linksFilesWithAssetsAndFailsOnAFailedCell() async throws {
        let tiny = try TinyMNIST()
        let work = TemporaryDirectory("render-assets")
        let source = work.write(Array("""
            ---
            title: Broken
            ---
            ```digitbook train
            id: bad
            model: no-such-model
            validation: 20
            ```

            ```digitbook dataset
            samples: 4
            validation: 20
            ```
            """.utf8), to: "broken.md")
        await #expect(throws: ExitCode.failure) {
            try await runCommand(["render", source, "--assets", "--no-cache"] + tiny.arguments)
        }
        let html = try String(contentsOfFile: work.file("_site/broken.html"), encoding: .utf8)
        #expect(html.contains("<a href=\"#cell-bad\">bad (train cell, line 4)</a>"))
        #expect(html.contains("<img src=\"broken_files/dataset-10-samples.png\""))
        #expect(work.entries(in: "_site/broken_files") == ["dataset-10-samples.png", "dataset-10-samples.svg"])
        #expect(!work.entries().contains("_cache"), "--no-cache writes no cache")
    }

    /// A figure typed by hand that contradicts the run is a warning, and with --strict a failure; a value named in prose
    /// that the cell does not compute fails the render either way.
    @Test func strictFailsOnAContradictingFigureAndAnUnknownValueAlwaysFails() async throws {
        let tiny = try TinyMNIST()
        let work = TemporaryDirectory("render-strict")
        func write(_ prose: String) -> String {
            work.write(Array("""
                ---
                title: Strict
                ---
                ```digitbook train
                id: run
                model: logreg
                epochs: 1
                validation: 20
                ```

                \(prose)
                """.utf8), to: "strict.md")
        }
        let source = write("Its test accuracy was 12.34%, against ${run.accuracy} computed.")
        let arguments = ["render", source, "--cache", work.file("cache")] + tiny.arguments
        try await runCommand(arguments)
        await #expect(throws: ExitCode.failure) { try await runCommand(arguments + ["--strict"]) }
        _ = write("Its test accuracy was ${run.acuracy}.")
        await #expect(throws: ExitCode.failure) { try await runCommand(arguments) }
        let html = try String(contentsOfFile: work.file("_site/strict.html"), encoding: .utf8)
        #expect(html.contains("Its test accuracy was ?${run.acuracy}."))
        _ = write("Its test accuracy was ${run.accuracy}.")
        try await runCommand(arguments + ["--strict"])
    }

    @Test func rejectsUnknownParametersAndCells() async throws {
        let tiny = try TinyMNIST()
        let source = SharedData.repositoryRoot + "/Reports/quickstart.md"
        let error = await #expect(throws: (any Error).self) { try await runCommand(["render", source, "-P", "speed=9"] + tiny.arguments) }
        #expect("\(error.map { "\($0)" } ?? "")".contains("quickstart.md:1: -P speed: the front matter declares no such parameter"))
        await #expect(throws: (any Error).self) { try await runCommand(["render", source, "--refresh", "nope"] + tiny.arguments) }
    }
}

