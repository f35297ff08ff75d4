/// A value of a cell option or report parameter, as YAML gives it.
public enum CellValue: Equatable, Sendable, CustomStringConvertible {
    case integer(Int)
    case number(Double)
    case bool(Bool)
    case string(String)
    case list([String])

    /// Reads a YAML scalar the way YAML 1.2's core schema types it.
    init(scalar text: String) {
        switch text.lowercased() {
        case "true": self = .bool(true)
        case "false": self = .bool(false)
        default:
            if let integer = Int(text) {
                self = .integer(integer)
            } else if let number = Double(text) {
                self = .number(number)
            } else {
                self = .string(text)
            }
        }
    }

    /// The values of a list, or a single value as a list of one.
    var listItems: [String] {
        if case .list(let items) = self { return items }
        return [description]
    }

    public var description: String {
        switch self {
        case .integer(let value): return String(value)
        case .number(let value): return "\(value)"
        case .bool(let value): return value ? "true" : "false"
        case .string(let value): return value
        case .list(let values): return "[" + values.joined(separator: ", ") + "]"
        }
    }
}
