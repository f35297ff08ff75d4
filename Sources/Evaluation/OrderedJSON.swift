import FileIO

/// JSON written with keys in the order given and numbers in their shortest exact form (as Python's repr),
/// so that equal results give equal files.
public indirect enum OrderedJSON: Sendable {
    case number(Double)
    case integer(Int)
    case string(String)
    case bool(Bool)
    case null
    case array([OrderedJSON])
    case object([(String, OrderedJSON)])

    /// The text, indented by two spaces per level, with a final newline.
    public var text: String { render(indent: 0) + "\n" }

    private func render(indent: Int) -> String {
        let pad = String(repeating: "  ", count: indent + 1), close = String(repeating: "  ", count: indent)
        switch self {
        case .number(let value): return value.isFinite ? "\(value)" : "null"
        case .integer(let value): return String(value)
        case .string(let value): return JSONText.quoted(value)
        case .bool(let value): return value ? "true" : "false"
        case .null: return "null"
        case .array(let values):
            guard !values.isEmpty else { return "[]" }
            if values.allSatisfy({ if case .object = $0 { return false }; if case .array = $0 { return false }; return true }) {
                return "[" + values.map { $0.render(indent: indent + 1) }.joined(separator: ", ") + "]"
            }
            return "[\n" + values.map { pad + $0.render(indent: indent + 1) }.joined(separator: ",\n") + "\n" + close + "]"
        case .object(let pairs):
            guard !pairs.isEmpty else { return "{}" }
            return "{\n" + pairs.map { pad + JSONText.quoted($0.0) + ": " + $0.1.render(indent: indent + 1) }.joined(separator: ",\n") + "\n" + close + "}"
        }
    }
}
