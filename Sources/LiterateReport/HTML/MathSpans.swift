import Pages

/// The formulas of report prose: `$…$` in a line and `$$…$$` on lines of their own, outside code, found before
/// cmark-gfm reads the Markdown (which would take `_` and `*` in them for emphasis) and swapped for placeholders it
/// keeps as text; ``inlines(in:)`` puts them back as MathML.
///
/// As in Pandoc: an opening `$` is followed by a non-space, a closing `$` follows a non-space and is not followed by
/// a digit (so "$5 and $10" is money), and `\$` is a dollar sign.
struct MathSpans {
    /// One formula: its TeX, whether it stands on its own line, and the line (from 0) of the prose it starts on.
    struct Formula: Equatable {
        let tex: String
        let display: Bool
        let line: Int
    }

    /// The prose with each formula replaced by its placeholder.
    let markdown: String
    let formulas: [Formula]

    static let open: Character = "\u{E000}", close: Character = "\u{E001}"

    init(_ prose: String) {
        let lines = prose.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        var formulas: [Formula] = [], output: [String] = []
        var fences = MarkdownFences()
        var index = 0
        func token(_ tex: String, display: Bool, line: Int) -> String {
            formulas.append(Formula(tex: tex, display: display, line: line))
            return String(Self.open) + String(formulas.count - 1) + String(Self.close)
        }
        while index < lines.count {
            let line = lines[index]
            if fences.isCode(line) {
                output.append(line)
                index += 1
                continue
            }
            let indent = String(line.prefix { $0 == " " || $0 == "\t" })
            let trimmed = line.dropFirst(indent.count)
            if trimmed.hasPrefix("$$") {
                let afterOpen = trimmed.dropFirst(2)
                if let close = afterOpen.range(of: "$$") {
                    output.append(indent + token(String(afterOpen[..<close.lowerBound]), display: true, line: index)
                        + afterOpen[close.upperBound...])
                    index += 1
                    continue
                }
                // The closing $$ in the same paragraph: not past a blank line or into a fence.
                let paragraph = lines.indices.dropFirst(index + 1).prefix {
                    !lines[$0].trimmingCharacters(in: .whitespaces).isEmpty && MarkdownFences.opening(lines[$0]) == nil
                }
                if let end = paragraph.first(where: { lines[$0].contains("$$") }), let close = lines[end].range(of: "$$") {
                    let body = [String(afterOpen)] + lines[(index + 1)..<end] + [String(lines[end][..<close.lowerBound])]
                    output.append(indent + token(body.joined(separator: "\n"), display: true, line: index)
                        + lines[end][close.upperBound...])
                    output += Array(repeating: "", count: end - index)  // the page's lines keep their numbers
                    index = end + 1
                    continue
                }
            }
            output.append(MarkdownFences.inlinePieces(line).map { piece in
                piece.isCode ? String(piece.text) : Self.replacingInline(piece.text, token: { token($0, display: false, line: index) },
                                                                         displayToken: { token($0, display: true, line: index) })
            }.joined(separator: "`"))
            index += 1
        }
        markdown = output.joined(separator: "\n")
        self.formulas = formulas
    }

    /// `text` with every `$…$` in it replaced by what `token` makes of its TeX.
    private static func replacingInline(_ text: Substring, token: (String) -> String, displayToken: (String) -> String) -> String {
        let characters = Array(text)
        var result = "", index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "\\", index + 1 < characters.count, characters[index + 1] == "$" {
                result += "\\$"
                index += 2
                continue
            }
            if character == "$", index + 1 < characters.count, characters[index + 1] == "$",
               let end = String(characters[(index + 2)...]).range(of: "$$") {  // $$…$$ within a line: set apart
                let tex = String(characters[(index + 2)...])[..<end.lowerBound]
                result += displayToken(String(tex))
                index += 2 + tex.count + 2
                continue
            }
            guard character == "$", index + 1 < characters.count, !characters[index + 1].isWhitespace,
                  characters[index + 1] != "$", let end = closing(characters, after: index) else {
                result.append(character)
                index += 1
                continue
            }
            result += token(String(characters[(index + 1)..<end]))
            index = end + 1
        }
        return result
    }

    /// The index of the `$` that closes the one at `open`, if any.
    private static func closing(_ characters: [Character], after open: Int) -> Int? {
        var index = open + 2
        while index < characters.count {
            if characters[index] == "\\" {
                index += 2
                continue
            }
            if characters[index] == "$", !characters[index - 1].isWhitespace,
               index + 1 == characters.count || !characters[index + 1].isNumber {
                return index
            }
            index += 1
        }
        return nil
    }

    /// `text` (a text node of the parsed prose) with its placeholders turned back into formulas; a formula that cannot
    /// be read stays as its TeX in code, and `problems` learns why, with its line.
    func inlines(in text: String, problems: inout [(line: Int, message: String)]) -> [Inline] {
        guard text.contains(Self.open) else { return [.text(text)] }
        var result: [Inline] = [], rest = Substring(text)
        while let start = rest.firstIndex(of: Self.open), let end = rest[start...].firstIndex(of: Self.close) {
            if start > rest.startIndex { result.append(.text(String(rest[..<start]))) }
            if let number = Int(rest[rest.index(after: start)..<end]), formulas.indices.contains(number) {
                result.append(inline(formulas[number], problems: &problems))
            }
            rest = rest[rest.index(after: end)...]
        }
        if !rest.isEmpty { result.append(.text(String(rest))) }
        return result
    }

    /// A formula as MathML, or its TeX in code when it cannot be read.
    private func inline(_ formula: Formula, problems: inout [(line: Int, message: String)]) -> Inline {
        let delimiter = formula.display ? "$$" : "$"
        do {
            let node = try TeXMath.parse(formula.tex, display: formula.display)
            return .math(node, source: (formula.display ? Self.displayMark : "") + formula.tex)
        } catch {
            problems.append((formula.line, "\(delimiter)\(formula.tex)\(delimiter): \(error.message); shown as TeX"))
            return .code(delimiter + formula.tex + delimiter)
        }
    }

    /// `text` of code (a code span or block cmark-gfm found where this scan saw prose, such as ``` ``$a$`` ``` or an
    /// indented block) with each placeholder turned back into the formula as written.
    func restoringSource(in text: String) -> String {
        guard text.contains(Self.open) else { return text }
        var result = "", rest = Substring(text)
        while let start = rest.firstIndex(of: Self.open), let end = rest[start...].firstIndex(of: Self.close) {
            result += rest[..<start]
            if let number = Int(rest[rest.index(after: start)..<end]), formulas.indices.contains(number) {
                let formula = formulas[number], delimiter = formula.display ? "$$" : "$"
                result += delimiter + formula.tex + delimiter
            }
            rest = rest[rest.index(after: end)...]
        }
        return result + rest
    }

    /// Marks a display formula's source while it is still inline, until its paragraph is split around it.
    static let displayMark = "\u{E002}"
}
