import IDX
import Localization
import NeuralNetwork
import NumberFormats
import Pages
import Randomness

/// `summary`: a model's layers, output shapes and parameter counts as a table, as Keras's `model.summary()` lists them.
struct SummaryCell: CellRunner {
    func run(_ cell: Cell, options: CellOptions, context: ReportContext, output: CellOutputBuilder) throws {
        let spec: ModelSpec, name: String
        if cell.options["run"] != nil {
            let record = try context.run(try options.text("run")).record()
            spec = try ModelSpec(parsing: record.spec)
            name = record.configuration.model
        } else {
            name = try options.text("model")
            do { spec = try ModelRegistry.spec(for: name) } catch {
                throw options.fail("model", "\(error.detail)")
            }
        }
        var generator = SeededGenerator(seed: 0)
        let manifest = context.manifest
        let model = try spec.build(inputShape: [manifest.imageRows, manifest.imageColumns, 1], classCount: manifest.classNames.count,
                                   generator: &generator)
        var table = HTMLTable(header: ["Layer (type)", "Output shape", "Param #"], numeric: [2])
        for (index, layer) in model.layers.enumerated() {
            let shape = "(None, " + model.outputShapes[index].map(String.init).joined(separator: ", ") + ")"
            table.append(["\(layer.name) (\(layer.kind))", shape, layer.parameterCount.thousandsSeparated])
        }
        let keras = ModelSummary.text(of: model)
        // The table's headings are Keras's own, as the folded summary below prints them.
        output.table(table, caption: context.words(.cellLayersCaption, ["model": name]))
        let totals = keras.split(separator: "\n").filter { line in
            line.hasPrefix(" Total") || line.hasPrefix(" Trainable") || line.hasPrefix(" Non-trainable")
        }
        output.paragraph(Array(totals.map { [Inline.text($0.trimmingCharacters(in: .whitespaces))] }.joined(separator: [.lineBreak])))
        output.details(summary: context.words(.cellAsKeras), preformatted: keras)
        let total = model.layers.reduce(0) { $0 + $1.parameterCount }
        output.headline = "\(total.thousandsSeparated) parameters"
        output.value("parameters", ReportValue(.count, Double(total)))
        output.value("layers", ReportValue(.count, Double(model.layers.count)))
    }
}
