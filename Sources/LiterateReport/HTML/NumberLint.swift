import Foundation
import NumberFormats

/// Finds figures typed by hand that contradict the computation: a percentage in a sentence about accuracy that no
/// accuracy the report computed rounds to (at the decimals it is written with).
///
/// Not checked: figures in quotation marks (a quotation of someone else's claim), the confidence level of an interval
/// ("95% interval"), figures in code, and `${…}` values, which are the computation's own.
struct NumberLint {
    let file: String
    /// Every accuracy the report computed, with the name of the value it came from.
    let accuracies: [(value: Double, name: String)]

    /// The accuracies among `values` (cell id → its values): test, training and validation accuracies, their interval
    /// bounds, and sweep points' means over seeds.
    init(file: String, values: [String: [String: ReportValue]]) {
        self.file = file
        var accuracies: [(value: Double, name: String)] = []
        for (id, named) in values.sorted(by: { $0.key < $1.key }) {
            for (name, value) in named.sorted(by: { $0.key < $1.key }) where value.kind == .proportion {
                guard name.hasSuffix("accuracy") || name.hasSuffix(".mean") else { continue }
                let reference = name.hasPrefix("[") ? id + name : id + "." + name  // as prose names it
                accuracies.append((value.value, reference))
                if let lower = value.lower, let upper = value.upper {
                    accuracies += [(lower, reference + ".low"), (upper, reference + ".high")]
                }
            }
        }
        self.accuracies = accuracies
    }

    /// A warning for each contradicting figure in `markdown` (prose starting on `firstLine`), naming its line.
    func warnings(in markdown: String, firstLine: Int) -> [String] {
        guard !accuracies.isEmpty else { return [] }
        var warnings: [String] = []
        for sentence in Self.sentences(markdown, firstLine: firstLine) where sentence.text.lowercased().contains("accura") {
            for figure in Self.percentages(in: sentence.text) where !matches(figure) {
                let closest = accuracies.min { abs($0.value - figure.value) < abs($1.value - figure.value) }
                let hint = closest.map { " (closest: \(NumberText.percent($0.value)), ${\($0.name)})" } ?? ""
                warnings.append("\(file):\(sentence.line(figure.offset)): \(figure.text) is typed by hand in a sentence about "
                    + "accuracy, but no accuracy this report computed rounds to it\(hint); name the value instead")
            }
        }
        return warnings
    }

    /// Whether some computed accuracy, rounded as the figure is written, is the figure.
    private func matches(_ figure: Figure) -> Bool {
        let tolerance = 0.5 * pow(10, -Double(figure.decimals)) / 100 + 1e-9
        return accuracies.contains { abs($0.value - figure.value) <= tolerance }
    }

    /// A percentage written in prose: its text ("92.4%"), its value as a fraction, its decimals and where it is.
    struct Figure {
        let text: String
        let value: Double
        let decimals: Int
        let offset: Int
    }

    /// A sentence of prose with the line each of its characters came from.
    struct Sentence {
        let text: String
        let lines: [Int]

        func line(_ offset: Int) -> Int { lines.isEmpty ? 0 : lines[min(offset, lines.count - 1)] }
    }

    /// The percentages in `text` that are claims: not inside quotation marks, and not an interval's confidence level.
    static func percentages(in text: String) -> [Figure] {
        let characters = Array(text)
        var figures: [Figure] = []
        var quoted = false, index = 0
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "\"": quoted.toggle()
            case "“": quoted = true
            case "”": quoted = false
            default: break
            }
            let startsNumber = character.isASCII && character.isNumber
                && (index == 0 || !(characters[index - 1].isLetter || characters[index - 1].isNumber || characters[index - 1] == "."))
            guard startsNumber else { index += 1; continue }
            var end = index
            while end < characters.count, characters[end].isASCII, characters[end].isNumber || characters[end] == "." { end += 1 }
            let number = String(characters[index..<end])
            if end < characters.count, characters[end] == "%", !quoted, let value = Double(number),
               !Self.isConfidenceLevel(characters, after: end) {
                let decimals = number.firstIndex(of: ".").map { number.distance(from: $0, to: number.endIndex) - 1 } ?? 0
                figures.append(Figure(text: number + "%", value: value / 100, decimals: decimals, offset: index))
            }
            index = end
        }
        return figures
    }

    /// "95% interval", "95% confidence", "95% CI": a level, not a result.
    private static func isConfidenceLevel(_ characters: [Character], after percent: Int) -> Bool {
        let following = String(characters[(percent + 1)...].prefix(12)).lowercased().trimmingCharacters(in: .whitespaces)
        return ["interval", "confidence", "ci", "wilson", "bootstrap", "t interval"].contains { following.hasPrefix($0) }
    }

    /// The sentences of `markdown`'s paragraphs (code left out, inline code and `${…}` values blanked), each with the
    /// line of every character.
    static func sentences(_ markdown: String, firstLine: Int) -> [Sentence] {
        var sentences: [Sentence] = []
        var text: [Character] = [], lines: [Int] = []
        func close() {
            if !text.isEmpty { sentences.append(Sentence(text: String(text), lines: lines)) }
            text = []
            lines = []
        }
        var fences = MarkdownFences()
        for (offset, line) in markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if fences.isCode(line) || line.trimmingCharacters(in: .whitespaces).isEmpty {
                close()
                continue
            }
            var prose = ""
            for piece in MarkdownFences.inlinePieces(line) where !piece.isCode {
                var rest = piece.text[...]
                for span in InlineValueReference.spans(in: piece.text) {
                    prose += rest[rest.startIndex..<span.range.lowerBound] + "VALUE"
                    rest = piece.text[span.range.upperBound...]
                }
                prose += rest + " "
            }
            for character in prose {
                // A sentence ends at ".", "!" or "?" before a space, never at a decimal point.
                if character == " ", let last = text.last, ".!?".contains(last) {
                    close()
                    continue
                }
                text.append(character)
                lines.append(firstLine + offset)
            }
        }
        close()
        return sentences
    }
}
