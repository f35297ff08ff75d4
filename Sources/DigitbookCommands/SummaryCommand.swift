import ArgumentParser
import NeuralNetwork
import Randomness

/// `digitbook summary`: a model's layers, output shapes and parameter counts, as Keras prints them.
struct SummaryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Print a model's summary in Keras's format.",
        discussion: "Registered models: " + ModelRegistry.entries.map { "\($0.name) (\($0.about))" }.joined(separator: "; ")
            + ". Any spec string such as conv64k3-relu-conv32k3-relu-flatten-dense10 works too.")

    @Option(name: .long, help: "A registered model name or a spec string.")
    var model: String

    @Option(name: .long, help: "The number of classes.")
    var classes = 10

    func run() throws {
        var generator = SeededGenerator(seed: 0)
        let built = try ModelRegistry.spec(for: model).build(inputShape: [28, 28, 1], classCount: classes, generator: &generator)
        print(ModelSummary.text(of: built), terminator: "")
    }
}
