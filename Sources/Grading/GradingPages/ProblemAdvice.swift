import Localization

/// How to fix each kind of problem a submission can have, in a sentence a student can act on, in the assignment's
/// language. The problems themselves are the reader's diagnostics (English, with their line numbers).
enum ProblemAdvice {
    /// The advice for each problem, each piece once, in the order the problems first need it.
    static func advice(for problems: [String], count: Int, classes: Int, words: GradingWords) -> [String] {
        var seen: Set<String> = []
        return problems.map { advice(for: $0, count: count, classes: classes, words: words) }.filter { seen.insert($0).inserted }
    }

    static func advice(for problem: String, count: Int, classes: Int, words: GradingWords) -> String {
        words(phrase(for: problem), ["last": String(classes - 1), "lastID": String(count - 1)])
    }

    /// Which advice a problem (a diagnostic of `SubmissionReader`) needs.
    static func phrase(for problem: String) -> Phrase {
        func has(_ text: String) -> Bool { problem.contains(text) }
        if has("is empty") { return .adviceEmpty }
        if has("header") || has("probability columns") { return .adviceHeader }
        if has("columns, the header has") { return .adviceColumns }
        if has("is not an integer") { return .adviceInteger }
        if has("label") && has("is outside") { return .adviceLabelRange }
        if has("id") && has("is outside") { return .adviceIDRange }
        if has("repeats line") { return .adviceDuplicate }
        if has("missing ids") { return .adviceMissingIDs }
        if has("is not a probability") { return .adviceProbability }
        if has("sum to") { return .adviceSum }
        if has("contradicts") { return .adviceContradicts }
        if has("two submissions") || has("several .csv") { return .adviceOneFile }
        if has("run") { return .adviceRunFolder }
        return .adviceDefault
    }
}
