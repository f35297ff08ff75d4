import Foundation

/// Replaces `@label` in prose with a link to the figure or table labelled so ("Figure 3"), and `${name}` with the
/// report parameter's value, outside code.
///
/// A reference that looks like one (`@fig-…`, `@tab-…`) but names no label is kept as `?@fig-…`, as Quarto shows
/// it, with a warning that names the file and line.
struct CrossReferences {
    /// Label → (anchor id, text such as "Figure 3").
    let targets: [String: (anchor: String, text: String)]
    let parameters: [(name: String, value: CellValue)]
    let file: String

    func resolve(_ markdown: String, firstLine: Int, warnings: inout [String]) -> String {
        var lines: [String] = []
        var fences = MarkdownFences()
        for (offset, line) in markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if fences.isCode(line) {
                lines.append(String(line))
                continue
            }
            let resolved = MarkdownFences.inlinePieces(line).map { piece in
                piece.isCode ? String(piece.text) : replace(in: String(piece.text), line: firstLine + offset, warnings: &warnings)
            }
            lines.append(resolved.joined(separator: "`"))
        }
        return lines.joined(separator: "\n")
    }

    private func replace(in original: String, line: Int, warnings: inout [String]) -> String {
        var text = original
        for parameter in parameters where text.contains("${\(parameter.name)}") {
            text = text.replacingOccurrences(of: "${\(parameter.name)}", with: parameter.value.description)
        }
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
