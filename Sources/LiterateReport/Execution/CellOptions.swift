/// Typed access to a cell's options, with defaults; a value of the wrong type or out of range is an error that
/// names the report file, the cell's line and the option.
struct CellOptions {
    let cell: Cell
    let file: String

    /// An error about option `name`, at its line.
    func fail(_ name: String, _ detail: String) -> ReportError {
        ReportError(file: file, line: cell.optionLines[name] ?? cell.line, "\(cell.kind.rawValue) cell option \(name): \(detail)")
    }

    /// A whole number in `range`, or `fallback` when the option is absent.
    func integer(_ name: String, default fallback: Int, in range: ClosedRange<Int>) throws(ReportError) -> Int {
        guard let value = cell.options[name] else { return fallback }
        guard case .integer(let number) = value, range.contains(number) else {
            throw fail(name, "must be a whole number from \(range.lowerBound) to \(range.upperBound), got \(value)")
        }
        return number
    }

    /// A number in `range`, or `fallback` when the option is absent.
    func number(_ name: String, default fallback: Double, in range: ClosedRange<Double>) throws(ReportError) -> Double {
        guard let value = cell.options[name] else { return fallback }
        let number: Double
        switch value {
        case .integer(let whole): number = Double(whole)
        case .number(let real): number = real
        default: throw fail(name, "must be a number, got \(value)")
        }
        guard range.contains(number), number.isFinite else { throw fail(name, "must be between \(range.lowerBound) and \(range.upperBound), got \(value)") }
        return number
    }

    /// true or false, or `fallback` when the option is absent.
    func flag(_ name: String, default fallback: Bool) throws(ReportError) -> Bool {
        guard let value = cell.options[name] else { return fallback }
        guard case .bool(let flag) = value else { throw fail(name, "must be true or false, got \(value)") }
        return flag
    }

    /// Text (a number is taken as its text), or `fallback` when the option is absent.
    func text(_ name: String, default fallback: String? = nil) throws(ReportError) -> String {
        guard let value = cell.options[name] else {
            guard let fallback else { throw ReportError(file: file, line: cell.line, "a \(cell.kind.rawValue) cell needs the option \(name)") }
            return fallback
        }
        if case .list = value { throw fail(name, "must be a single value, got a list") }
        return value.description
    }

    /// A list of text values (a single value counts as a list of one), or `fallback` when the option is absent.
    func list(_ name: String, default fallback: [String]? = nil) throws(ReportError) -> [String] {
        switch cell.options[name] {
        case .list(let values)?: return values
        case let value?: return [value.description]
        case nil:
            guard let fallback else { throw ReportError(file: file, line: cell.line, "a \(cell.kind.rawValue) cell needs the option \(name)") }
            return fallback
        }
    }

    /// One of `choices`, or `fallback` when the option is absent.
    func choice(_ name: String, default fallback: String, from choices: [String]) throws(ReportError) -> String {
        let value = try text(name, default: fallback)
        guard choices.contains(value) else { throw fail(name, "must be one of \(choices.joined(separator: ", ")), got \(value)") }
        return value
    }
}
