import Localization
import NumberFormats

/// The text that stands in the page for each `${…}` of the prose: a parameter's value or a value a cell computed,
/// written in the reference's format.
struct InlineValues {
    let cells: [Cell]
    let frontMatter: FrontMatter
    let file: String
    /// The values of each cell that computed (or came from the cache), by cell id; a failed cell has none.
    let values: [String: [String: ReportValue]]

    /// The text for `${inner}` written on `line` after `cellsBefore` cells, or why there is none (an unknown name, a
    /// cell that failed), placed at the file and line.
    /// A number is written as its format writes it, then in the report's language (its separators, grouping, percent
    /// sign); a parameter whose value is text (a model's name) stays as written.
    func text(_ inner: String, line: Int, cellsBefore: Int) -> Result<String, ReportError> {
        let numbers = LocalWords(language: frontMatter.language ?? "en").numbers
        func number(_ text: String) -> Result<String, ReportError> {
            .success(numbers.language.tag == "en" ? text : numbers.rewriting(text))
        }
        func fail(_ problem: String) -> Result<String, ReportError> {
            .failure(ReportError(file: file, line: line, "${\(inner)}: \(problem)"))
        }
        let reference: InlineValueReference
        do {
            reference = try InlineValueReference(inner, line: line, cellsBefore: cellsBefore, cells: cells, frontMatter: frontMatter,
                                                 file: file)
        } catch {
            return .failure(error)
        }
        switch reference.target {
        case .parameter(let name):
            guard let value = frontMatter.parameter(name) else { return fail("no such parameter") }
            if reference.format == .plain {
                switch value {
                case .integer, .number: return number(value.description)
                default: return .success(value.description)
                }
            }
            switch value {
            case .integer(let value): return number(reference.format.text(Double(value), own: .whole))
            case .number(let value): return number(reference.format.text(value, own: .fixed))
            default: return fail("the parameter \(name) is not a number, so it takes no format")
            }
        case .cell(let id, let name):
            guard let computed = values[id] else { return fail("the cell \(id) failed, so it has no values") }
            if let value = computed[name] { return number(value.text(reference.format)) }
            if let dot = name.lastIndex(of: "."), let value = computed[String(name[..<dot])],
               let text = value.derived(String(name[name.index(after: dot)...]), format: reference.format) {
                return number(text)
            }
            return fail("\(id) has no value \(name) (its values: \(Self.names(computed)))")
        }
    }

    /// A cell's value names for an error message, each epoch's and each grid point's shown once (`epoch.N.loss`,
    /// `[POINT].mean`), with the interval names of values that have one.
    static func names(_ values: [String: ReportValue]) -> String {
        var names: Set<String> = []
        for (name, value) in values {
            var shown = name
            if name.hasPrefix("["), let close = name.firstIndex(of: "]") { shown = "[POINT]" + name[name.index(after: close)...] }
            let parts = shown.split(separator: ".", omittingEmptySubsequences: false)
            if parts.count >= 3, parts[0] == "epoch", Int(parts[1]) != nil { shown = "epoch.N." + parts[2...].joined(separator: ".") }
            names.insert(shown)
            if value.lower != nil { names.formUnion(["low", "high", "interval"].map { shown + "." + $0 }) }
        }
        return names.isEmpty ? "none" : names.sorted().joined(separator: ", ")
    }
}
