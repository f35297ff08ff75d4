import Charts
import ClassifierMetrics
import Foundation
import IDX
import NumberFormats
import Pages

/// The class report's similarity section: pairs whose answers agree the way a copied file does, each with the evidence
/// a person can check in a minute, phrased for human review.
struct SimilaritySection {
    let grading: ClassGrading
    let results: [StudentResult]
    let analysis: ClassAnalysis

    private var similarity: AnswerSimilarity { analysis.similarity }

    /// The section; `figure` turns a chart into a figure on the page (name, chart, caption).
    func blocks(figure: (String, any Chart, String) throws(ChartError) -> DocumentBlock) throws(ChartError)
        -> [DocumentBlock] {
        let rule = AnswerSimilarity.self
        var blocks: [DocumentBlock] = [.heading(level: 2, Inline.plain("Similar answers: for human review"))]
        guard similarity.judged else {
            return blocks + [.paragraph("Not judged: with fewer than \(rule.fewestOthers + 2) graded students there is no class "
                + "to compare a pair with.")]
        }
        blocks.append(.paragraph([
            .text("Each pair of graded students is judged against the rest of this class, the pair left out. "),
            .emphasis(Inline.plain("Contested")),
            .text(" images are those the rest disagrees about (its most common answer given by fewer than "
                + "\(percent(rule.contestedBelow))); "), .emphasis(Inline.plain("settled")),
            .text(" ones, those \(percent(rule.settledFrom)) or more of it answer "
            + "alike. Two honest models that resemble each other differ mostly where the class does; a copied file differs "
            + "from its source by edits, as often on settled images as on contested ones, and keeps the source's unusual "
            + "mistakes. A pair is listed when it agrees on at least \(percent(rule.copyAgreement)) of the contested images and "
            + "differs there less than \(Int(rule.copyConcentration)) times as often as on settled ones (or agrees on at least "
            + "\(percent(rule.nearIdentical)) of them), and when one of the two gives at least half of the other's unusual "
            + "answers (wrong answers fewer than half of the rest give), at least \(rule.sharedUnusualAtLeast) of them; this "
            + "needs at least \(rule.fewestImages) contested and \(rule.fewestImages) settled images. A pair that gives the same "
            + "wrong answer on at least \(percent(rule.identicalMistakesShare)) of the images either gets wrong (at least "
            + "\(rule.identicalMistakesAtLeast)) is listed whatever the rest says. \"Times as often\" counts half a difference more "
            + "on each side, so that a handful of differences cannot make it zero or endless."),
        ]))
        let comparable = similarity.pairs.filter { $0.contested >= rule.fewestImages && $0.settled >= rule.fewestImages }
        if !comparable.isEmpty { blocks.append(.paragraph(typicalPair(comparable))) }
        let flagged = similarity.flagged
        guard !flagged.isEmpty else {
            return blocks + [.paragraph(comparable.isEmpty
                ? "No pair could be compared: every pair has fewer than \(rule.fewestImages) contested or settled images (a "
                    + "small answer key, or a class that agrees on nearly everything), and no pair makes the same mistakes."
                : "Nothing unusual: no pair's answers agree the way a copied file's do.")]
        }
        blocks.append(.callout(.review, [.paragraph("\(flagged.count) pair\(flagged.count == 1 ? "'s answers agree" : "s' answers agree") "
            + "the way a copied file's do. This is not a verdict: shared code, a shared tutorial model or working together as "
            + "allowed can all explain it. Look at the evidence below and at the submissions before drawing any "
            + "conclusion.")]))
        var table = HTMLTable(header: ["Students", "Contested images alike", "Differences: contested · settled",
                                       "Times as often on contested", "Shared unusual answers", "Rank"], numeric: [1, 2, 3, 4, 5])
        for pair in flagged {
            table.append(["\(name(pair.first)) and \(name(pair.second))", percent(pair.contestedAgreement, digits: 1),
                               "\(pair.contestedDifferences.thousandsSeparated)/\(pair.contested.thousandsSeparated) · "
                                + "\(pair.settledDifferences.thousandsSeparated)/\(pair.settled.thousandsSeparated)",
                               Self.concentration(pair), pair.sharedUnusual.thousandsSeparated,
                               "\(pair.rank) of \(similarity.pairs.count.thousandsSeparated)"])
        }
        table.label = "Pairs whose answers agree the way a copied file's do"
        blocks.append(.table(table))
        if flagged.count > Self.mostPairsInDetail {
            blocks.append(.paragraph("The evidence of the first \(Self.mostPairsInDetail) pairs follows; the others are in the table."))
        }
        for (number, pair) in flagged.prefix(Self.mostPairsInDetail).enumerated() {
            blocks += try evidence(pair, number: number + 1, figure: figure)
        }
        return blocks
    }

    /// The most flagged pairs shown with their images and probabilities (a file handed in by k students is k(k-1)/2 pairs).
    static let mostPairsInDetail = 20

    /// What the class's middle pair looks like, for comparison (over the pairs with enough images to compare).
    private func typicalPair(_ judged: [AnswerSimilarity.Pair]) -> String {
        let agreement = PairedComparison.percentile(judged.map(\.contestedAgreement).sorted(), 0.5)
        let concentration = PairedComparison.percentile(judged.map(\.concentration).sorted(), 0.5)
        return "For comparison, the middle pair of this class (the median over \(judged.count.thousandsSeparated) pairs) agrees "
            + "on \(percent(agreement, digits: 1)) of its contested images and differs there \(String(format: "%.1f", concentration)) "
            + "times as often as on settled ones."
    }

    /// One pair's evidence: the figures in words, the unusual answers they share (images and probabilities side by side)
    /// and the settled images where they differ.
    private func evidence(_ pair: AnswerSimilarity.Pair, number: Int,
                          figure: (String, any Chart, String) throws(ChartError) -> DocumentBlock) throws(ChartError)
        -> [DocumentBlock] {
        let (a, b) = (name(pair.first), name(pair.second))
        // The student with fewer unusual (wrong and rare) answers, the other, and that count: the share that is the evidence.
        let unusualOf = pair.unusualFirst <= pair.unusualSecond ? (giver: a, other: b, count: pair.unusualFirst)
            : (giver: b, other: a, count: pair.unusualSecond)
        let differences = pair.contestedDifferences + pair.settledDifferences
        let agreement = pair.contested == 0 ? "No image is contested for them (rank \(pair.rank) of "
            + "\(similarity.pairs.count.thousandsSeparated) pairs). "
            : "They answer \(percent(pair.contestedAgreement, digits: 1)) of the \(pair.contested.thousandsSeparated) "
            + "contested images alike (rank \(pair.rank) of \(similarity.pairs.count.thousandsSeparated) pairs). "
        let whereTheyDiffer = differences == 0 ? "They answer every contested and settled image alike." :
            "They differ on \(pair.contestedDifferences.thousandsSeparated) of them and on "
            + "\(pair.settledDifferences.thousandsSeparated) of the \(pair.settled.thousandsSeparated) settled images"
            + (Self.concentration(pair) == "–" ? ": too few differences to say where they fall."
                : ": \(Self.concentration(pair)) times as often where the class disagrees.")
        let mistakes = " They give the same wrong answer on \(pair.sameMistakes.thousandsSeparated) of the "
            + "\(pair.mistakes.thousandsSeparated) images either gets wrong. Of the \(unusualOf.count.thousandsSeparated) unusual "
            + "answers \(unusualOf.giver) gives, \(unusualOf.other) gives \(pair.sharedUnusual.thousandsSeparated)."
        var blocks: [DocumentBlock] = [.heading(level: 3, Inline.plain("\(a) and \(b)")),
                                       .paragraph(agreement + whereTheyDiffer + mistakes)]
        let ids = grading.split.privateIDs
        // Their shared unusual answers; when a file handed in by many makes none of them unusual, their same mistakes.
        let unusual = similarity.sharedUnusualAnswers(of: pair)
        let shared = (unusual.isEmpty ? similarity.sameMistakeImages(of: pair) : unusual).prefix(16)
        let edits = similarity.settledDifferences(of: pair).prefix(16)
        let images = grading.images
        if let images, !shared.isEmpty {
            let items = shared.map { position in
                let id = ids[position], answer = labels(pair.first)?[id] ?? -1
                let (count, of) = similarity.othersGiving(answer, to: position, besides: pair)
                return DigitGrid.Item(pixels: Array(images.image(at: id)), side: images.rows,
                                      caption: "\(grading.key[id]) → \(answer) (\(count) of \(of))")
            }
            let what = unusual.isEmpty ? "Mistakes" : "Unusual answers"
            let grid = DigitGrid(items: items, columns: 8, title: "\(what) \(a) and \(b) share")
            blocks.append(try figure("similar-\(number)-shared", grid,
                               "True digit → the answer both gave (how many of the rest of the class gave it too), the rarest first."))
        }
        blocks += probabilityTable(pair, positions: Array(shared.prefix(6)))
        if images == nil {
            for (what, positions) in [("Images where both give the same unusual answer", shared),
                                      ("Settled images where they differ", edits)] where !positions.isEmpty {
                blocks.append(.paragraph("\(what) (ids in the answer key, the first \(positions.count)): "
                    + positions.map { String(ids[$0]) }.joined(separator: ", ") + "."))
            }
        }
        if let images, !edits.isEmpty {
            let items = edits.map { position in
                let id = ids[position]
                return DigitGrid.Item(pixels: Array(images.image(at: id)), side: images.rows,
                                      caption: "\(grading.key[id]): \(labels(pair.first)?[id] ?? -1) / \(labels(pair.second)?[id] ?? -1)")
            }
            blocks.append(try figure("similar-\(number)-settled", DigitGrid(items: items, columns: 8,
                                                                     title: "Settled images where \(a) and \(b) differ"),
                               "True digit: \(a)'s answer / \(b)'s answer, on images the rest of the class answers alike."))
        }
        return blocks
    }

    /// The pair's probabilities side by side on some of the unusual answers they share, when both gave probabilities.
    private func probabilityTable(_ pair: AnswerSimilarity.Pair, positions: [Int]) -> [DocumentBlock] {
        guard !positions.isEmpty, let first = probabilities(pair.first), let second = probabilities(pair.second) else { return [] }
        let ids = grading.split.privateIDs
        var table = HTMLTable(header: ["Image", "True digit", "\(name(pair.first)): top probabilities",
                                       "\(name(pair.second)): top probabilities"], numeric: [0, 1])
        for position in positions {
            let id = ids[position]
            table.append([String(id), String(grading.key[id]), Self.top(first[id]), Self.top(second[id])])
        }
        table.label = "Their probabilities on unusual answers they share"
        return [.paragraph("Their probabilities on the first \(positions.count) of the unusual answers they share, the three "
                    + "largest of each:"), .table(table)]
    }

    /// How many times as often the pair differs on contested images as on settled ones; a dash with fewer than 10
    /// differences in all, too few for a ratio to mean anything.
    static func concentration(_ pair: AnswerSimilarity.Pair) -> String {
        pair.contestedDifferences + pair.settledDifferences < 10 ? "–" : String(format: "%.1f", pair.concentration)
    }

    /// The three largest probabilities of a row, as "digit probability" pairs.
    static func top(_ row: [Double]) -> String {
        row.indices.sorted { row[$0] > row[$1] || (row[$0] == row[$1] && $0 < $1) }.prefix(3)
            .map { String(format: "%d: %.2f", $0, row[$0]) }.joined(separator: ", ")
    }

    private func name(_ graded: Int) -> String { results[analysis.graded[graded]].student }
    private func labels(_ graded: Int) -> [Int]? { results[analysis.graded[graded]].predictions }
    private func probabilities(_ graded: Int) -> [[Double]]? { results[analysis.graded[graded]].probabilities }
    private func percent(_ share: Double, digits: Int = 0) -> String { NumberText.percent(share, decimals: digits) }
}
