import Foundation
import Localization
import YAMLDiagnostics
import Yams

/// A report source: front matter, prose in Markdown, and runnable `digitbook` cells, each with its line.
public struct ReportDocument: Sendable {
    /// A stretch of the source: prose to render as Markdown, or a cell to run.
    public enum Segment: Equatable, Sendable {
        case prose(String, line: Int)
        case cell(Cell)
    }

    public let file: String
    public let frontMatter: FrontMatter
    public let segments: [Segment]

    /// The cells, in document order.
    public var cells: [Cell] {
        segments.compactMap { if case .cell(let cell) = $0 { return cell } else { return nil } }
    }

    /// Whether any cell reads the dataset (dataset, train and sweep cells; every other cell uses their runs or none), so
    /// a report of prose and summaries renders without data.
    public var needsDataset: Bool { cells.contains { $0.kind == .dataset || $0.kind == .train || $0.kind == .sweep } }

    /// Parses `text` (read from `file`), with `overrides` (`-P name=value`) replacing parameter defaults.
    /// An unknown cell kind or option, a malformed value or an unknown parameter is an error naming the file and line.
    public init(text: String, file: String, overrides: [String: String] = [:]) throws(ReportError) {
        self.file = file
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        var index = 0
        let defaultTitle = file.split(separator: "/").last.map(String.init) ?? file
        var frontMatter = FrontMatter(title: defaultTitle)
        var problems = ReportProblems()
        if lines.first?.trimmingCharacters(in: .whitespaces) == "---" {
            guard let end = lines.indices.dropFirst().first(where: { ["---",
                "..."].contains(lines[$0].trimmingCharacters(in: .whitespaces)) }) else {
                throw ReportError(file: file, line: 1, "the front matter opened here is never closed with ---")
            }
            frontMatter = FrontMatterParser(file: file, firstLine: 2,
                defaultTitle: defaultTitle).parse(lines[1..<end].joined(separator: "\n"), problems: &problems)
            index = end + 1
        }
        // A front matter that is not YAML, or parameters it could not declare, would make every use of a parameter an
        // error too: stop there, with its problems.
        if frontMatter.incomplete { try problems.check() }
        if let parameters = problems.attempt({ () throws(ReportError) in
            try Self.applying(overrides, to: frontMatter.parameters, file: file)
        }) {
            frontMatter.parameters = parameters
        } else {
            try problems.check()
        }

        var segments: [Segment] = []
        var prose: [String] = [], proseStart = index + 1
        var fences = MarkdownFences()  // ordinary (non-digitbook) fenced blocks are prose
        var inline: [(inner: String, line: Int, cellsBefore: Int)] = []  // every ${…} in prose, checked once all cells are read
        while index < lines.count {
            let line = lines[index]
            let opening = fences.open == nil ? MarkdownFences.opening(line) : nil
            guard let (fence, info) = opening, info == "digitbook" || info.hasPrefix("digitbook ") else {
                let isCode = fences.isCode(line)
                if !isCode {
                    let cellsBefore = segments.count { if case .cell = $0 { true } else { false } }
                    inline += Self.inlineValues(in: line).map { ($0, index + 1, cellsBefore) }
                }
                prose.append(line)
                index += 1
                continue
            }
            guard let close = lines.indices.dropFirst(index + 1).first(where: { MarkdownFences.closes(lines[$0], fence) }) else {
                problems.record(ReportError(file: file, line: index + 1, "the digitbook cell opened here is never closed with \(fence)"))
                break
            }
            if !prose.isEmpty { segments.append(.prose(prose.joined(separator: "\n"), line: proseStart)) }
            let body = lines[(index + 1)..<close].joined(separator: "\n")
            let kindName = info.dropFirst("digitbook".count).trimmingCharacters(in: .whitespaces)
            let fenceLine = index + 1
            if let cell = problems.attempt({ () throws(ReportError) in
                try CellParser(file: file, frontMatter: frontMatter).parse(kind: kindName, body: body, fenceLine: fenceLine)
            }) {
                segments.append(.cell(cell))
            } else if let id = Self.declaredID(in: body) {
                problems.brokenCells.insert(id)
            }
            prose = []
            index = close + 1
            proseStart = index + 1
        }
        if !prose.isEmpty { segments.append(.prose(prose.joined(separator: "\n"), line: proseStart)) }
        self.frontMatter = frontMatter
        self.segments = Self.resolvingSweepReferences(in: segments, file: file, problems: &problems)
        checkReferences(problems: &problems)
        let cells = self.cells
        for (inner, line, cellsBefore) in inline where !problems.brokenCells.contains(Self.cellName(of: inner)) {
            _ = problems.attempt { () throws(ReportError) in
                try InlineValueReference(inner, line: line, cellsBefore: cellsBefore, cells: cells, frontMatter: frontMatter, file: file)
            }
        }
        let inOrder = problems.errors.flatMap(\.all).enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
        try ReportProblems(errors: inOrder.map(\.element)).check()
    }

    /// The `id:` a cell's body declares, read plainly (for a cell whose YAML did not parse).
    static func declaredID(in body: String) -> String? {
        for line in body.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("id:") else { continue }
            let id = trimmed.dropFirst(3).trimmingCharacters(in: CharacterSet(charactersIn: " \"'"))
            return id.isEmpty ? nil : id
        }
        return nil
    }

    /// The cell an inline value names: what comes before its first `.`, `[` or `:`.
    static func cellName(of inner: String) -> String {
        String(inner.trimmingCharacters(in: .whitespaces).prefix { $0 != "." && $0 != "[" && $0 != ":" })
    }

    /// `-P name=value` replaces a declared parameter's default; an undeclared name is an error.
    static func applying(_ overrides: [String: String], to parameters: [(name: String, value: CellValue)], file: String)
        throws(ReportError)
        -> [(name: String, value: CellValue)]
    {
        for name in overrides.keys.sorted() where !parameters.contains(where: { $0.name == name }) {
            let known = parameters.map(\.name).joined(separator: ", ")
            throw ReportError(file: file, line: 1,
                "-P \(name): the front matter declares no such parameter (params: \(known.isEmpty ? "none" : known))")
        }
        return parameters.map { parameter in
            overrides[parameter.name].map { (parameter.name, CellValue(scalar: $0)) } ?? parameter
        }
    }

    /// Every `run`/`runs` option must name a train or predictions cell that comes earlier; ids must be unique. A run of a
    /// cell that did not parse, or a reference in a cell already reported, is not reported again.
    private func checkReferences(problems: inout ReportProblems) {
        var seen: [String: Int] = [:]
        var trained: Set<String> = []
        for cell in cells {
            if let earlier = seen[cell.id] { problems.record(ReportError(file: file, line: cell.line,
                "cell id \"\(cell.id)\" is already used on line \(earlier)")) }
            seen[cell.id] = cell.line
            let unreported = cell.runsUsed.filter {
                !trained.contains($0) && !problems.brokenCells.contains(SweepReference.sweepID(of: $0))
                    && !problems.reportedCells.contains(cell.line)
            }
            for name in unreported {
                problems.record(ReportError(file: file, line: cell.line,
                    "\(cell.kind.rawValue) cell uses run \"\(name)\", which no earlier train, model or predictions cell defines"))
            }
            if cell.kind.isRun { trained.insert(cell.id) }
            if cell.kind == .sweep, let plan = try? SweepPlan(cell, file: file) { trained.formUnion(plan.members.map(\.id)) }
        }
    }
}

/// Reads the front matter's YAML, line numbers offset to the file's.
struct FrontMatterParser {
    let file: String
    let firstLine: Int
    /// The title when the front matter gives none: the file's name.
    let defaultTitle: String

    /// The front matter `yaml` gives; each field that is wrong is recorded in `problems` and left at its default.
    func parse(_ yaml: String, problems: inout ReportProblems) -> FrontMatter {
        var matter = FrontMatter(title: defaultTitle)
        let pairs = problems.attempt { () throws(ReportError) in
            try YAMLPairs(file: file, firstLine: firstLine).mapping(yaml, what: "front matter")
        }
        guard let pairs else {
            matter.incomplete = true
            return matter
        }
        guard let pairs else { return matter }
        for (key, node, line) in pairs {
            problems.attempt { () throws(ReportError) in
                func fail(_ detail: String) -> ReportError { ReportError(file: file, line: line, "\(key): \(detail)") }
                func text(_ what: String) throws(ReportError) -> String {
                    guard let value = YAMLPairs.scalar(node) else { throw fail("must be \(what)") }
                    return value
                }
                switch key {
                case "title": matter.title = try text("text")
                case "date": matter.date = try text("text")
                case "provenance":
                    guard try text("timings") == "timings" else { throw fail("must be timings (to show computing times in the page)") }
                    matter.timingsInPage = true
                case "format":
                    let names = YAMLPairs.scalar(node).map { $0.split(separator: ",").map(String.init) } ?? YAMLPairs.list(node)
                    let formats = (names ?? []).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
                    guard !formats.isEmpty, Set(formats).isSubset(of: FrontMatter.formats) else {
                        throw fail("must be html, pdf, or a list of both ([html, pdf])")
                    }
                    matter.formats = Set(formats)
                case "paper":
                    let paper = try text("a4 or letter").lowercased()
                    guard FrontMatter.papers.contains(paper) else { throw fail("must be a4 or letter, not \(paper)") }
                    matter.paper = paper
                case "lang":
                    let tag = try text("a language tag")
                    let catalogues = Catalogues.compiledIn
                    guard catalogues.catalogue(tag) != nil else {
                        let known = catalogues.all.map(\.language.tag).joined(separator: ", ")
                        throw fail("Digitbook does not speak \(tag) (it speaks \(known); Languages.md says how to add one)")
                    }
                    matter.language = tag
                case "dataset": matter.dataset = try text("a dataset name")
                case "data": matter.data = try text("a folder")
                case "seed":
                    guard let text = YAMLPairs.scalar(node), let seed = UInt64(text) else { throw fail("must be a whole number from 0") }
                    matter.seed = seed
                case "authors":
                    if let one = YAMLPairs.scalar(node) {
                        matter.authors = [one]
                    } else if let many = YAMLPairs.list(node) {
                        matter.authors = many
                    } else {
                        throw fail("must be a name or a list of names")
                    }
                case "params":
                    matter.incomplete = true  // until every parameter is read
                    guard node.mapping != nil else { throw fail("must map parameter names to default values") }
                    matter.parameters = try YAMLPairs(file: file, firstLine: firstLine).pairs(of: node, what: "params").map {
                        name, value, line throws(ReportError) in
                        guard let value = YAMLPairs.scalar(value) else {
                            throw ReportError(file: file, line: line, "params: each parameter needs a name and a single value")
                        }
                        return (name, CellValue(scalar: value))
                    }
                    matter.incomplete = false
                default:
                    throw fail("unknown front-matter field (known: \(FrontMatter.keys.sorted().joined(separator: ", ")))")
                }
            }
        }
        return matter
    }
}

/// Reads one cell's YAML body into checked options.
struct CellParser {
    let file: String
    let frontMatter: FrontMatter

    /// Records the parameters a cell's options use.
    private final class Uses {
        var names: Set<String> = []
    }
    private let uses = Uses()

    func parse(kind name: String, body: String, fenceLine: Int) throws(ReportError) -> Cell {
        guard let kind = CellKind(rawValue: name) else {
            let kinds = CellKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw ReportError(file: file, line: fenceLine,
                name.isEmpty ? "a digitbook cell needs a kind (\(kinds))" : "unknown cell kind \"\(name)\" (known: \(kinds))")
        }
        var options: [String: CellValue] = [:], optionLines: [String: Int] = [:]
        var id: String?, caption: String?, label: String?, echo = false, output = true, displayName: String?
        let pairs = try YAMLPairs(file: file, firstLine: fenceLine + 1).mapping(body, what: "\(kind.rawValue) cell") ?? []
        var problems = ReportProblems()
        for (key, node, line) in pairs {
            problems.attempt { () throws(ReportError) in
                func fail(_ detail: String) -> ReportError { ReportError(file: file, line: line,
                    "\(kind.rawValue) cell option \(key): \(detail)") }
                if kind == .sweep, key == "names" {
                    for (value, name, line) in try displayNames(node, line: line, fenceLine: fenceLine) {
                        options["names.\(value)"] = .string(name)
                        optionLines["names.\(value)"] = line
                    }
                    optionLines[key] = line
                    return
                }
                if kind == .sweep, key == "base" || key == "grid" {
                    let settings = try sweepSettings(key, node, line: line, fenceLine: fenceLine)
                    for (name, value, line) in settings {
                        options["\(key).\(name)"] = value
                        optionLines["\(key).\(name)"] = line
                    }
                    if key == "grid" { options["grid"] = .list(settings.map(\.0)) }
                    optionLines[key] = line
                    return
                }
                let value = try value(of: node, line: line, option: key, kind: kind)
                switch key {
                case "id":
                    guard case .string(let text) = value, !text.isEmpty else { throw fail("must be a name") }
                    id = text
                case "caption": caption = value.description
                case "label": label = value.description
                case "echo":
                    guard case .bool(let flag) = value else { throw fail("must be true or false") }
                    echo = flag
                case "output":
                    guard case .bool(let flag) = value else { throw fail("must be true or false") }
                    output = flag
                case "name" where kind.isRun:
                    guard case .string(let text) = value, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                        throw fail("must be the name to show for the run, as text")
                    }
                    displayName = text
                case _ where kind.resultOptions.contains(key):
                    options[key] = value
                    optionLines[key] = line
                default:
                    let known = (kind.resultOptions.union(CellKind.displayOptions).union(kind.isRun ? ["id", "name"] : ["id"]))
                        .sorted().joined(separator: ", ")
                    throw ReportError(file: file, line: line, "unknown option \"\(key)\" for a \(kind.rawValue) cell (known: \(known))")
                }
            }
        }
        if kind.needsID && id == nil { problems.record(ReportError(file: file, line: fenceLine,
            "a \(kind.rawValue) cell needs an id, which later cells use to refer to it")) }
        try problems.check()
        var cell = Cell(kind: kind, line: fenceLine, id: id ?? "\(kind.rawValue)-\(fenceLine)", options: options,
                        optionLines: optionLines, parameters: uses.names.sorted(), caption: caption, label: label, echo: echo,
                        source: body, output: output)
        cell.displayName = displayName
        return cell
    }

    /// The training options a sweep's `base` (one value each) or `grid` (a list each) sets, in the order written,
    /// with their lines; `seed` is not among them (the sweep's `seeds` sets it).
    private func sweepSettings(_ key: String, _ node: Node, line: Int, fenceLine: Int) throws(ReportError) -> [(String, CellValue, Int)] {
        let grid = key == "grid"
        guard let mapping = node.mapping, !mapping.isEmpty else {
            throw ReportError(file: file, line: line, "sweep cell option \(key): must map training options to "
                + (grid ? "lists of values (such as batch_size: [32, 128])" : "values (such as {epochs: 3})"))
        }
        let allowed = CellKind.train.resultOptions.subtracting(["seed"])
        let pairs = try YAMLPairs(file: file, firstLine: fenceLine + 1).pairs(of: node, what: "sweep cell option \(key)")
        return try pairs.map { name, node, line throws(ReportError) in
            guard allowed.contains(name) else {
                throw ReportError(file: file, line: line, name == "seed"
                    ? "sweep cell option \(key).seed: a sweep's seeds are set by its option seeds (a count or a list)"
                    : "sweep cell option \(key).\(name): not a training option (known: \(allowed.sorted().joined(separator: ", ")))")
            }
            let value = try value(of: node, line: line, option: "\(key).\(name)", kind: .sweep)
            if grid {
                let values = (value.listItems)
                guard !values.isEmpty, Set(values).count == values.count else {
                    throw ReportError(file: file, line: line, "sweep cell option grid.\(name): needs distinct values, got \(value)")
                }
                return (name, .list(values), line)
            }
            if case .list = value { throw ReportError(file: file, line: line, "sweep cell option base.\(name): must be one value") }
            return (name, value, line)
        }
    }

    /// A sweep's `names`: each grid value mapped to the name its tables and charts show (`flatten-dense10: no hidden
    /// layer`), with its line.
    private func displayNames(_ node: Node, line: Int, fenceLine: Int) throws(ReportError) -> [(String, String, Int)] {
        guard let mapping = node.mapping, !mapping.isEmpty else {
            throw ReportError(file: file, line: line, "sweep cell option names: must map grid values to the names shown for them "
                + "(such as flatten-dense10: no hidden layer)")
        }
        let pairs = try YAMLPairs(file: file, firstLine: fenceLine + 1).pairs(of: node, what: "sweep cell option names")
        return try pairs.map { value, node, line throws(ReportError) in
            guard let name = YAMLPairs.scalar(node), !name.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw ReportError(file: file, line: line, "sweep cell option names.\(value): must be the name to show, as text")
            }
            return (value, name, line)
        }
    }

    /// A scalar or a list of scalars, with `${name}` replaced by the parameter's value.
    private func value(of node: Node, line: Int, option: String, kind: CellKind) throws(ReportError) -> CellValue {
        if let text = YAMLPairs.scalar(node) { return try substitute(text, line: line) }
        if let items = YAMLPairs.list(node) { return .list(try items.map { item throws(ReportError) in try substitute(item,
            line: line).description }) }
        throw ReportError(file: file, line: line, "\(kind.rawValue) cell option \(option): must be a value or a list of values")
    }

    private func substitute(_ text: String, line: Int) throws(ReportError) -> CellValue {
        guard text.contains("${") else { return CellValue(scalar: text) }
        var result = "", rest = Substring(text)
        while let open = rest.range(of: "${") {
            result += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].firstIndex(of: "}") else {
                throw ReportError(file: file, line: line, "\"\(text)\": ${ without a closing }")
            }
            let name = String(rest[open.upperBound..<close])
            guard let value = frontMatter.parameter(name) else {
                let known = frontMatter.parameters.map(\.name).joined(separator: ", ")
                throw ReportError(file: file, line: line, "${\(name)}: no such parameter (params: \(known.isEmpty ? "none" : known))")
            }
            result += value.description
            uses.names.insert(name)
            rest = rest[rest.index(after: close)...]
        }
        return CellValue(scalar: result + rest)
    }
}

/// Thin reading helpers over Yams nodes, with YAML errors turned into report errors at the right line.
struct YAMLPairs {
    let file: String
    let firstLine: Int

    /// The top-level mapping's (key, value, line) triples, or nil for an empty body; each key once.
    func mapping(_ yaml: String, what: String) throws(ReportError) -> [(String, Node, Int)]? {
        do {
            return try YAMLMapping.pairs(in: yaml)?.map { ($0.key, $0.value, firstLine - 1 + $0.line) }
        } catch {
            throw self.error(error, what: what)
        }
    }

    /// The (key, value, line) triples of a nested mapping node; each key once.
    func pairs(of node: Node, what: String) throws(ReportError) -> [(String, Node, Int)] {
        do {
            return try YAMLMapping.pairs(of: node).map { ($0.key, $0.value, firstLine - 1 + $0.line) }
        } catch {
            throw self.error(error, what: what)
        }
    }

    /// The report error for a problem of the mapping called `what`.
    private func error(_ problem: YAMLMapping.Problem, what: String) -> ReportError {
        let line = firstLine - 1 + problem.line
        return switch problem.kind {
        case .invalid(let words): ReportError(file: file, line: line, "\(what) is not valid YAML: \(words)")
        case .notMapping: ReportError(file: file, line: line, "\(what) must be YAML of the form `name: value`")
        case .keyNotText: ReportError(file: file, line: line, "\(what): option names must be text")
        case .repeated(let key, let first):
            ReportError(file: file, line: line, "\(what): \(key) is given twice (first on line \(firstLine - 1 + first))")
        }
    }

    static func scalar(_ node: Node) -> String? { node.scalar?.string }

    static func list(_ node: Node) -> [String]? {
        guard let sequence = node.sequence else { return nil }
        let items = sequence.compactMap { $0.scalar?.string }
        return items.count == sequence.count ? items : nil
    }
}

extension ReportDocument {
    /// The text inside every `${…}` of a prose line, outside inline code.
    static func inlineValues(in line: String) -> [String] {
        guard line.contains("${") else { return [] }
        return MarkdownFences.inlinePieces(line).filter { !$0.isCode }.flatMap { InlineValueReference.spans(in: $0.text).map(\.inner) }
    }
}

