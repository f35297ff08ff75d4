import ArgumentParser
import Foundation
import NeuralNetwork
import Randomness
import Runs
import Training
import Tensors

/// `digitbook bench`: speed (the default) or reading whole numbers.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Benchmarks: training and inference speed (bench speed, the default), reading numbers (bench numbers) "
            + "or single digits in photos and scans (bench reading).",
        subcommands: [BenchSpeedCommand.self, BenchNumbersCommand.self, BenchReadingCommand.self],
        defaultSubcommand: BenchSpeedCommand.self)
}

/// `digitbook bench speed`: training and inference speed, with sgemm on the same machine for reference.
struct BenchSpeedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speed",
        abstract: "Measure training and inference speed on MNIST-shaped data, beside this machine's sgemm rate.",
        discussion: """
            Compare ratios, not absolute times: time the same models in another framework (Keras, say) on the same \
            machine, right before or after.
            """)

    @Option(name: .long, help: "A registered model or a spec string.")
    var model = "seed-cnn"

    @Option(name: .long, parsing: .upToNextOption, help: "Training batch sizes to measure.")
    var batchSizes: [Int] = [32, 128]

    @Option(name: .long, parsing: .unconditional, help: "Batches timed per batch size.")
    var batches = 100

    @Option(name: .long, parsing: .unconditional, help: "Threads that share each batch (default: all cores).")
    var threads = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .long, help: "Show the time of each layer's forward and backward pass.")
    var layers = false

    func run() throws {
        let benchmark = Benchmark(spec: try ModelRegistry.spec(for: model), threads: threads)
        var generator = SeededGenerator(seed: 0)
        _ = try ModelRegistry.spec(for: model).build(inputShape: [28, 28, 1], classCount: 10,
            generator: &generator)  // fail before measuring
        let sgemm = Benchmark.sgemmGigaflops(threads: threads)
        Console.line("\(model): \(threads) threads, OpenBLAS \(Benchmark.kernels) kernels; "
                     + "sgemm 1024³: \(String(format: "%.0f", sgemm)) GFLOP/s")
        for batchSize in batchSizes {
            let speed = try benchmark.training(batchSize: batchSize, batches: batches)
            Console.line(String(format: "train  batch %4d: %7.0f images/s  %6.1f GFLOP/s (%.0f%% of sgemm)  %.1f s per 60,000-image epoch",
                         batchSize, speed.imagesPerSecond, speed.gigaflops, 100 * speed.gigaflops / sgemm, 60_000 / speed.imagesPerSecond))
            if layers {
                for layer in speed.layers {
                    Console.line("  " + layer.name.padding(toLength: 34, withPad: " ", startingAt: 0)
                          + String(format: "forward %7.2f ms  backward %7.2f ms", layer.forwardSeconds * 1e3, layer.backwardSeconds * 1e3))
                }
            }
        }
        let inference = try benchmark.inference()
        Console.line(String(format: "infer  batch 1000: %7.0f images/s (best of 3 passes over 10,000 images)", inference))
    }
}
