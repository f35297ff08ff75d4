import Charts
import Localization
import Pages

/// The words and numbers of a class's grading pages in the assignment's language (its `lang:` field, English by
/// default): feedback pages and the class report. Gradebook files (grades.csv, Canvas, Gradescope) stay English
/// and locale-independent, as the tools that read them expect.
struct GradingWords: Sendable {
    /// The catalogue and numbers of the language, as charts take them.
    let local: LocalWords
    var catalogue: Catalogue { local.catalogue }
    var numbers: LocalNumbers { local.numbers }

    /// The words of the language tagged `tag`; English when the catalogues have no such language (the assignment
    /// file's reader refuses one).
    init(language tag: String) {
        local = LocalWords(language: tag)
    }

    /// The text of `phrase`, its placeholders filled.
    func callAsFunction(_ phrase: Phrase, _ arguments: KeyValuePairs<String, String> = [:]) -> String {
        catalogue.text(phrase, arguments)
    }

    /// `phrase` as inline content: each placeholder named in `styled` becomes that inline (bold, emphasis), the others
    /// are filled with `arguments`.
    func inlines(_ phrase: Phrase, styled: [String: Inline], _ arguments: KeyValuePairs<String, String> = [:]) -> [Inline] {
        var inlines: [Inline] = [], text = ""
        var rest = catalogue.text(phrase, arguments)[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            text += rest[..<open]
            if let inline = styled[String(rest[rest.index(after: open)..<close])] {
                if !text.isEmpty { inlines.append(.text(text)) }
                inlines.append(inline)
                text = ""
            } else {
                text += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        text += rest
        return inlines + (text.isEmpty ? [] : [.text(text)])
    }

    /// The charts' words in this language.
    var chart: LocalWords { local }

    /// The page's `lang` and direction.
    var page: PageLanguage {
        PageLanguage(tag: catalogue.language.tag, rightToLeft: catalogue.language.direction == .rightToLeft)
    }

    /// A metric's value: four decimals.
    func figure(_ value: Double) -> String { numbers.number(value, decimals: 4) }

    /// Points: two decimals.
    func points(_ value: Double) -> String { numbers.number(value, decimals: 2) }

    /// Rubric points and thresholds as the rubric wrote them: whole numbers without decimals.
    func rubricNumber(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e15 else { return String(value) }
        let plain = String(abs(value))
        guard !plain.contains("e") else { return String(value) }
        let fraction = plain.split(separator: ".").dropFirst().first.map(String.init) ?? ""
        return numbers.number(value, decimals: fraction == "0" ? 0 : fraction.count)
    }

    func percent(_ fraction: Double, decimals: Int = 1) -> String { local.percent(fraction, decimals: decimals) }

    func count(_ value: Int) -> String { local.count(value) }

    /// "{part} of {whole}".
    func of(_ part: String, _ whole: String) -> String { catalogue.text(.gradingOf, ["part": part, "whole": whole]) }

    /// A student's status, as the class report's roster table shows it.
    func status(_ status: StudentResult.Status) -> String {
        switch status {
        case .graded: catalogue.text(.gradingStatusGraded)
        case .invalid: catalogue.text(.gradingStatusInvalid)
        case .missing: catalogue.text(.gradingStatusMissing)
        }
    }

    /// How a rubric line's points follow from its value, in words.
    func rule(_ item: RubricItem) -> String {
        switch item.scale {
        case let .linear(zero, full):
            return catalogue.text(.gradingRuleLinear, ["zero": rubricNumber(zero), "points": rubricNumber(item.points),
                                                       "full": rubricNumber(full)])
        case let .steps(steps):
            let phrase: Phrase = item.metric.higherIsBetter ? .gradingRuleAtLeast : .gradingRuleAtMost
            return steps.map {
                catalogue.text(phrase, ["points": rubricNumber($0.points), "threshold": rubricNumber($0.threshold)])
            }.joined(separator: catalogue.text(.gradingRuleSeparator))
        }
    }
}
