import ArgumentParser
import NeuralNetwork

/// `digitbook summary`: a model's layers, output shapes and parameter counts, as Keras prints them.
struct SummaryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Print a model's summary in Keras's format.",
        discussion: "Registered models: " + ModelRegistry.entries.map { "\($0.name) (\($0.about))" }.joined(separator: "; ")
            + ". Any spec string such as conv64k3-relu-conv32k3-relu-flatten-dense10 works too.")

    @Option(name: .long, help: "A registered model name or a spec string.")
    var model: String

    @Option(name: .long, parsing: .unconditional, help: "The number of classes.")
    var classes = 10

    func run() throws {
        let plan = try ModelRegistry.spec(for: model).plan(inputShape: [28, 28, 1], classCount: classes)
        Console.line(ModelSummary.text(of: plan), terminator: "")
    }
}
