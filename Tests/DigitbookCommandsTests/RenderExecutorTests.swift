import ArgumentParser
import Foundation
import TestSupport
import Testing
@testable import DigitbookCommands

/// `render --jobs` and `render --executor slurm`: the same page, byte for byte, as a render that trains in turn.
@Suite struct RenderExecutorTests {
    static let sweep = """
        ---
        title: Executors
        dataset: mnist
        ---
        ```digitbook sweep
        id: sw
        base: {epochs: 1, validation: 20}
        grid:
          model: [logreg, mlp]
        seeds: 2
        ```

        ```digitbook train
        id: alone
        model: logreg
        batch_size: 16
        validation: 20
        epochs: 1
        ```
        """

    /// The digitbook executable built beside the test bundle, which tasks run.
    static var executable: String {
        let tests = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return ((tests as NSString).deletingLastPathComponent as NSString).appendingPathComponent("digitbook")
    }

    /// Tasks must use the same OpenBLAS kernels as this test process (a run's key includes them), so the digitbook they
    /// run keeps the kernels OpenBLAS picks by itself, as this process does, instead of preferring SkylakeX.
    init() {
        setenv("DIGITBOOK_BLAS_CORE", "inherit", 1)
    }

    /// Renders through the digitbook executable, as a user would: the render and its tasks must be the same build (a
    /// cell's key holds the executable's digest), which this test process is not.
    func render(_ source: String, in work: TemporaryDirectory, cache: String, tiny: TinyMNIST,
                _ extra: [String] = []) async throws -> String {
        let out = work.file("site-\(UUID().uuidString)")
        let run = try runExecutable(Self.executable, ["render", source, "--out", out, "--cache", cache, "--threads", "1"] + extra
            + tiny.arguments)
        guard run.status == 0 else { throw ExitCode(run.status) }
        return try String(contentsOfFile: out + "/executors.html", encoding: .utf8)
    }

    @Test func jobsGiveTheSamePageAsTrainingInTurn() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.executable), "build digitbook first (swift build)")
        let tiny = try TinyMNIST()
        let work = TemporaryDirectory("render-jobs")
        let source = work.write(Array(Self.sweep.utf8), to: "executors.md")
        let inTurn = try await render(source, in: work, cache: work.file("cache-a"), tiny: tiny)
        let parallel = try await render(source, in: work, cache: work.file("cache-b"), tiny: tiny, ["--jobs", "2"])
        #expect(parallel == inTurn, "a page rendered with --jobs 2 is byte-identical to one trained in turn")
        let logs = work.entries(in: "cache-b/.tasks").filter { $0.hasSuffix(".log") }
        #expect(logs.count == 5, "five runs, each computed by a task of its own: \(logs)")
        #expect(!work.entries(in: "cache-a").contains(".tasks"))
    }

    @Test func aFailedTaskIsAFailedCellNamingItsLog() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.executable), "build digitbook first (swift build)")
        let tiny = try TinyMNIST()
        let work = TemporaryDirectory("render-jobs-failure")
        // A model that parses but does not fit the images fails only when trained, in its task (an unknown model fails
        // before any task starts, when the cell's configuration is resolved for its cache key).
        let broken = Self.sweep.replacingOccurrences(of: "model: [logreg, mlp]", with: "model: [logreg, conv4k29-flatten-dense10]")
        let source = work.write(Array(broken.utf8), to: "executors.md")
        await #expect(throws: ExitCode.failure) {
            _ = try await render(source, in: work, cache: work.file("cache"), tiny: tiny, ["--jobs", "2"])
        }
        let site = try #require(work.entries().first { $0.hasPrefix("site-") })
        let html = try String(contentsOfFile: work.file(site) + "/executors.html", encoding: .utf8)
        #expect(html.contains("local task 2: exit status 1 (task 2 of "), "the sweep's failure names the task")
        #expect(html.contains(".tasks/digitbook-executors-") && html.contains("-2.log); its log ends: Error: "))
        #expect(html.contains("a 29x29 kernel does not fit a 28x28 input"))
    }

    @Test func refusesSlurmWithoutASharedCache() async throws {
        let tiny = try TinyMNIST()
        let work = TemporaryDirectory("render-slurm-tmp")
        let source = work.write(Array(Self.sweep.utf8), to: "executors.md")
        let failure = await commandFailure(["render", source, "--cache", work.file("cache"), "--executor", "slurm"] + tiny.arguments)
        #expect(failure?.message.contains("the cache folder \(work.file("cache")) is under /tmp, which each node has for itself") == true)
        let noCache = await commandFailure(["render", source, "--no-cache", "--executor", "slurm"] + tiny.arguments)
        #expect(noCache?.message.contains("--executor slurm needs a cache folder the nodes share") == true)
        let both = await commandFailure(["render", source, "--jobs", "2", "--executor", "slurm"] + tiny.arguments)
        #expect(both?.message.contains("--jobs is for the local executor") == true)
        let time = await commandFailure(["render", source, "--executor", "slurm", "--slurm-time", "an hour"] + tiny.arguments)
        #expect(time?.message.contains("--slurm-time an hour: write HH:MM:SS") == true)
    }

    @Test(.enabled(if: SlurmCluster.isUp, "needs a Slurm cluster: run .ci/slurm-up"))
    func slurmGivesTheSamePageAsTrainingInTurn() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.executable), "build digitbook first (swift build)")
        let tiny = try TinyMNIST()
        let work = TemporaryDirectory("render-slurm")
        let shared = TemporaryDirectory("render-slurm-cache", in: SlurmCluster.sharedFolder)
        let source = work.write(Array(Self.sweep.utf8), to: "executors.md")
        let inTurn = try await render(source, in: work, cache: work.file("cache"), tiny: tiny)
        let slurm = try await render(source, in: work, cache: shared.path, tiny: tiny, ["--executor", "slurm"])
        #expect(slurm == inTurn, "a page rendered through Slurm is byte-identical to one trained in turn")
        let logs = shared.entries(in: ".tasks").filter { $0.hasSuffix(".log") }
        #expect(logs.count == 5 && shared.entries(in: ".tasks").contains { $0.hasSuffix(".sbatch") }, "\(logs)")
    }
}
