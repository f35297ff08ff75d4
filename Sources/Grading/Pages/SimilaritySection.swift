import ClassifierMetrics
import Foundation
import Pages

/// The class report's similarity section: pairs whose mistakes agree far beyond chance, phrased for human review.
struct SimilaritySection {
    let results: [StudentResult]
    let analysis: ClassAnalysis

    var html: String {
        let similarity = analysis.similarity
        var html = "<h2>Similar mistakes: for human review</h2>\n<p>For each pair of graded students: the test images both "
            + "got wrong with the same wrong answer, against how many two independent classifiers of their error rates would "
            + "share here (expected from the rest of the class, so images everyone finds hard count for little). The p-value is "
            + "a Poisson tail, Holm-corrected over all \(similarity.pairs.count) pairs. Error consistency is Geirhos et al. "
            + "(2020)'s kappa: 0 for independent mistakes, 1 for identical ones.</p>\n"
        let flagged = similarity.flagged
        guard !flagged.isEmpty else {
            return html + "<p>No pair shares more identical mistakes than chance allows at the 5% level.</p>\n"
        }
        html += "<div class=\"review\"><p>\(flagged.count) pair\(flagged.count == 1 ? "" : "s") share\(flagged.count == 1 ? "s" : "") "
            + "far more identical mistakes than chance allows. This is not a verdict: shared code, a shared tutorial model or "
            + "working together as allowed can all explain it. Look at the submissions before drawing any conclusion.</p></div>\n"
        var table = HTMLTable(header: ["Students", "Same wrong answers", "Expected", "Both wrong", "Error consistency", "p (Holm)"],
                              numeric: [1, 2, 3, 4, 5])
        for pair in flagged {
            let a = results[analysis.graded[pair.first]].student, b = results[analysis.graded[pair.second]].student
            table.rows.append(["\(a) and \(b)", String(pair.identicalMistakes), String(format: "%.1f", pair.expectedIdentical),
                               String(pair.sharedMistakes), String(format: "%.3f", pair.errorConsistency),
                               pair.adjustedPValue < 1e-4 ? "< 0.0001" : String(format: "%.4f", pair.adjustedPValue)])
        }
        return html + table.html + "\n"
    }
}
