/// How to fix each kind of problem a submission can have, in a sentence a student can act on.
enum ProblemAdvice {
    /// The advice for each problem, each piece once, in the order the problems first need it.
    static func advice(for problems: [String], count: Int, classes: Int) -> [String] {
        var seen: Set<String> = []
        return problems.map { advice(for: $0, count: count, classes: classes) }.filter { seen.insert($0).inserted }
    }

    static func advice(for problem: String, count: Int, classes: Int) -> String {
        let last = classes - 1
        func has(_ text: String) -> Bool { problem.contains(text) }
        if has("is empty") {
            return "The file is empty: export your predictions again, header first."
        }
        if has("header") || has("probability columns") {
            return "The first line must be the header id,label (labels only) or id,label,p0,…,p\(last) (with probabilities)."
        }
        if has("columns, the header has") {
            return "Every row needs exactly as many fields as the header: look for missing or extra commas on the lines named."
        }
        if has("is not an integer") {
            return "Ids and labels are whole numbers written without decimals (7, not 7.0 or \"seven\")."
        }
        if has("label") && has("is outside") {
            return "Labels are the classes 0 to \(last)."
        }
        if has("id") && has("is outside") {
            return "Ids are the test examples' numbers, 0 to \(count - 1): remove rows whose id is not in the test set."
        }
        if has("repeats line") {
            return "Each id appears exactly once: remove the duplicate rows."
        }
        if has("missing ids") {
            return "Every test example needs a row: the file must hold one row for each id from 0 to \(count - 1)."
        }
        if has("is not a probability") {
            return "Probabilities are numbers from 0 to 1: no NaN, infinity or negative values (an overflowing softmax "
                + "gives NaN; subtract each row's largest logit first)."
        }
        if has("sum to") {
            return "Each row's probabilities must add up to 1 within 0.001: apply softmax to the logits, and write enough "
                + "decimals (at least 6)."
        }
        if has("contradicts") {
            return "The label must be the most probable class of its row: write label = argmax(p0…p\(last))."
        }
        if has("two submissions") || has("several .csv") {
            return "Hand in exactly one file of predictions (or one Digitbook run folder)."
        }
        if has("run") {
            return "A Digitbook run folder needs the model.safetensors and run.json that `digitbook train` writes, for the "
                + "test set's image size and classes."
        }
        return "Hand in a CSV with the header id,label[,p0,…,p\(last)] and one row per test example."
    }
}
