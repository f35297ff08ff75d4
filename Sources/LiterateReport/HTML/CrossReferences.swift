import Foundation

/// Replaces `@label` in prose with a link to the figure or table labelled so ("Figure 3"), and `${…}` with the value it
/// names (a parameter's, or one a cell computed), outside code.
///
/// A reference that looks like one (`@fig-…`, `@tab-…`) but names no label is kept as `?@fig-…`, as Quarto shows
/// it, with a warning that names the file and line. A `${…}` that names no value is kept as `?${…}`, and is an error.
struct CrossReferences {
    /// Label → (anchor id, text such as "Figure 3").
    let targets: [String: (anchor: String, text: String)]
    let values: InlineValues
    let file: String

    /// `markdown` (prose starting on `firstLine`, after `cellsBefore` cells) with its references resolved.
    func resolve(_ markdown: String, firstLine: Int, cellsBefore: Int, warnings: inout [String], errors: inout [ReportError])
        -> String
    {
        var lines: [String] = []
        var fences = MarkdownFences()
        for (offset, line) in markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if fences.isCode(line) {
                lines.append(String(line))
                continue
            }
            let resolved = MarkdownFences.inlinePieces(line).map { piece in
                if piece.isCode { return String(piece.text) }
                let substituted = substituting(piece.text, line: firstLine + offset, cellsBefore: cellsBefore, errors: &errors)
                return replace(in: substituted, line: firstLine + offset, warnings: &warnings)
            }
            lines.append(resolved.joined(separator: "`"))
        }
        return lines.joined(separator: "\n")
    }

    /// `text` with each `${…}` replaced by its value's text, or kept as `?${…}` with an error.
    private func substituting(_ text: Substring, line: Int, cellsBefore: Int, errors: inout [ReportError]) -> String {
        var result = "", rest = text.startIndex
        for span in InlineValueReference.spans(in: text) {
            result += text[rest..<span.range.lowerBound]
            switch values.text(span.inner, line: line, cellsBefore: cellsBefore) {
            case .success(let value): result += value
            case .failure(let error):
                errors.append(error)
                result += "?" + text[span.range]
            }
            rest = span.range.upperBound
        }
        return result + text[rest...]
    }

    private func replace(in text: String, line: Int, warnings: inout [String]) -> String {
        guard text.contains("@") else { return text }
        var result = ""
        var characters = Array(text)[...]
        while let at = characters.firstIndex(of: "@") {
            result += String(characters[..<at])
            let before = at > characters.startIndex ? characters[at - 1] : " "
            var end = at + 1
            func isLabel(_ character: Character) -> Bool {
                character.isLetter || character.isNumber || character == "-" || character == "_"
            }
            while end < characters.endIndex, isLabel(characters[end]) { end += 1 }
            while end > at + 1, characters[end - 1] == "-" || characters[end - 1] == "_" { end -= 1 }
            let label = String(characters[(at + 1)..<end])
            if before.isLetter || before.isNumber || label.isEmpty {
                result += "@"
                characters = characters[(at + 1)...]
                continue
            }
            if let target = targets[label] {
                result += "[\(target.text)](#\(target.anchor))"
            } else if label.hasPrefix("fig-") || label.hasPrefix("tab-") {
                warnings.append("\(file):\(line): @\(label) refers to no figure or table (no cell has label: \(label))")
                result += "?@\(label)"
            } else {
                result += "@" + label
            }
            characters = characters[end...]
        }
        return result + String(characters)
    }
}
