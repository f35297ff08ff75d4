import Foundation
import NumberFormats

/// The text of Keras 3's `model.summary()` for a Digitbook model, character for character.
public enum ModelSummary {
    /// Content widths of the three columns; each cell has one space of padding on either side.
    static let widths = [31, 22, 13]

    /// The summary of `model`, named `name` as Keras names a `Sequential` model.
    public static func text(of model: Sequential, name: String = "sequential") -> String {
        text(of: ModelPlan(model), name: name)
    }

    /// The summary of a planned model, which needs no weights.
    public static func text(of plan: ModelPlan, name: String = "sequential") -> String {
        var lines = ["Model: \"\(name)\""]
        lines.append(border("┏", "━", "┳", "┓"))
        lines.append(row(["Layer (type)", "Output Shape", "Param #"], bar: "┃"))
        lines.append(border("┡", "━", "╇", "┩"))
        for (index, layer) in plan.rows.enumerated() {
            if index > 0 { lines.append(border("├", "─", "┼", "┤")) }
            let shape = "(None, " + layer.outputShape.map(String.init).joined(separator: ", ") + ")"
            let nameLines = wrap("\(layer.name) (\(layer.kind))", width: widths[0])
            for (line, text) in nameLines.enumerated() {
                lines.append(row(line == 0 ? [text, shape, layer.parameters.thousandsSeparated] : [text, "", ""], bar: "│"))
            }
        }
        lines.append(border("└", "─", "┴", "┘"))
        let total = plan.totalParameters
        let trainable = plan.trainableParameters
        lines.append(" Total params: \(total.thousandsSeparated) (\(memorySize(total)))")
        lines.append(" Trainable params: \(trainable.thousandsSeparated) (\(memorySize(trainable)))")
        lines.append(" Non-trainable params: \((total - trainable).thousandsSeparated) (\(memorySize(total - trainable)))")
        lines.append("")
        return lines.joined(separator: "\n")
    }

    private static func border(_ left: String, _ line: String, _ middle: String, _ right: String) -> String {
        left + widths.map { String(repeating: line, count: $0 + 2) }.joined(separator: middle) + right
    }

    private static func row(_ cells: [String], bar: String) -> String {
        let padded = cells.enumerated().map { column, text -> String in
            let padding = String(repeating: " ", count: max(0, widths[column] - text.count))
            return column == 2 ? padding + text : text + padding
        }
        return bar + " " + padded.joined(separator: " \(bar) ") + " " + bar
    }

    /// Splits `text` at spaces into lines of at most `width` characters, as rich wraps table cells.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        lines.append(current)
        return lines
    }

    /// Keras's readable size of float32 weights: 1024-based units with two decimals.
    static func memorySize(_ parameters: Int) -> String {
        var size = Double(parameters * 4)
        for unit in ["B", "KB", "MB", "GB", "TB"] {
            if size / 1024 < 1 { return String(format: "%.2f", size) + " " + unit }
            size /= 1024
        }
        return String(format: "%.2f PB", size)
    }
}
