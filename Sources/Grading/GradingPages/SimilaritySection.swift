import Charts
import ClassifierMetrics
import Foundation
import IDX
import Localization
import NumberFormats
import Pages

/// The class report's similarity section: pairs whose answers agree the way a copied file does, each with the evidence
/// a person can check in a minute, phrased for human review.
struct SimilaritySection {
    let grading: ClassGrading
    let results: [StudentResult]
    let analysis: ClassAnalysis

    private var similarity: AnswerSimilarity { analysis.similarity }
    private var words: GradingWords { grading.words }

    /// The section; `figure` turns a chart into a figure on the page (name, chart, caption).
    func blocks(figure: (String, any Chart, String) throws(ChartError) -> DocumentBlock) throws(ChartError)
        -> [DocumentBlock] {
        let rule = AnswerSimilarity.self
        var blocks: [DocumentBlock] = [.heading(level: 2, Inline.plain(words(.similarityHeading)))]
        guard similarity.judged else {
            return blocks + [.paragraph(words(.similarityNotJudged, ["students": words.count(rule.fewestOthers + 2)]))]
        }
        blocks.append(.paragraph(words.inlines(.similarityMethod, styled: [
            "contested": .emphasis(Inline.plain(words(.similarityContested))),
            "settled": .emphasis(Inline.plain(words(.similaritySettled))),
        ], [
            "contestedBelow": percent(rule.contestedBelow), "settledFrom": percent(rule.settledFrom),
            "copyAgreement": percent(rule.copyAgreement), "copyConcentration": words.count(Int(rule.copyConcentration)),
            "nearIdentical": percent(rule.nearIdentical), "sharedUnusual": words.count(rule.sharedUnusualAtLeast),
            "fewestImages": words.count(rule.fewestImages), "identicalShare": percent(rule.identicalMistakesShare),
            "identicalAtLeast": words.count(rule.identicalMistakesAtLeast),
        ])))
        let comparable = similarity.pairs.filter { $0.contested >= rule.fewestImages && $0.settled >= rule.fewestImages }
        if !comparable.isEmpty { blocks.append(.paragraph(typicalPair(comparable))) }
        let flagged = similarity.flagged
        guard !flagged.isEmpty else {
            return blocks + [.paragraph(comparable.isEmpty
                ? words(.similarityNoneComparable, ["images": words.count(rule.fewestImages)])
                : words(.similarityNothingUnusual))]
        }
        blocks.append(.callout(.review, [.paragraph(words(.similarityFlagged, ["count": words.count(flagged.count)]))]))
        var table = HTMLTable(header: [words(.similarityStudents), words(.similarityContestedAlike), words(.similarityDifferences),
                                       words(.similarityTimesAsOften), words(.similaritySharedUnusual), words(.gradingRank)],
                              numeric: [1, 2, 3, 4, 5])
        for pair in flagged {
            table.append([words(.similarityPair, ["a": name(pair.first), "b": name(pair.second)]),
                          percent(pair.contestedAgreement, digits: 1),
                          "\(words.count(pair.contestedDifferences))/\(words.count(pair.contested)) · "
                              + "\(words.count(pair.settledDifferences))/\(words.count(pair.settled))",
                          concentration(pair), words.count(pair.sharedUnusual),
                          words.of(words.count(pair.rank), words.count(similarity.pairs.count))])
        }
        table.label = words(.similarityTableLabel)
        blocks.append(.table(table))
        if flagged.count > Self.mostPairsInDetail {
            blocks.append(.paragraph(words(.similarityFirstPairs, ["count": words.count(Self.mostPairsInDetail)])))
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
        return words(.similarityTypical, ["pairs": words.count(judged.count), "agreement": percent(agreement, digits: 1),
                                          "concentration": words.numbers.number(concentration, decimals: 1)])
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
        let rank = ["rank": words.count(pair.rank), "pairs": words.count(similarity.pairs.count)]
        let agreement = pair.contested == 0 ? words(.similarityNoContested, ["rank": rank["rank"] ?? "", "pairs": rank["pairs"] ?? ""])
            : words(.similarityAgreement, ["share": percent(pair.contestedAgreement, digits: 1), "contested": words.count(pair.contested),
                                           "rank": rank["rank"] ?? "", "pairs": rank["pairs"] ?? ""])
        let counts: KeyValuePairs<String, String> = [
            "contestedDifferences": words.count(pair.contestedDifferences), "settledDifferences": words.count(pair.settledDifferences),
            "settled": words.count(pair.settled), "concentration": concentration(pair),
        ]
        let whereTheyDiffer = differences == 0 ? words(.similarityAllAlike)
            : words(Self.concentration(pair) == nil ? .similarityTooFew : .similarityDiffer, counts)
        let mistakes = words(.similarityMistakes, [
            "same": words.count(pair.sameMistakes), "mistakes": words.count(pair.mistakes), "unusual": words.count(unusualOf.count),
            "giver": unusualOf.giver, "other": unusualOf.other, "shared": words.count(pair.sharedUnusual),
        ])
        var blocks: [DocumentBlock] = [.heading(level: 3, Inline.plain(words(.similarityPair, ["a": a, "b": b]))),
                                       .paragraph([agreement, whereTheyDiffer, mistakes].joined(separator: words(.sentenceSeparator)))]
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
                                      caption: "\(grading.key[id]) → \(answer) (\(words.of(words.count(count), words.count(of))))")
            }
            let title = words(unusual.isEmpty ? .similarityMistakesTitle : .similarityUnusualTitle, ["a": a, "b": b])
            let grid = DigitGrid(items: items, columns: 8, title: title)
            blocks.append(try figure("similar-\(number)-shared", grid, words(.similaritySharedCaption)))
        }
        blocks += probabilityTable(pair, positions: Array(shared.prefix(6)))
        if images == nil {
            for (phrase, positions) in [(Phrase.similaritySameUnusualIDs, shared), (.similaritySettledIDs, edits)]
            where !positions.isEmpty {
                blocks.append(.paragraph(words(phrase, ["count": words.count(positions.count),
                                                        "ids": positions.map { String(ids[$0]) }.joined(separator: ", ")])))
            }
        }
        if let images, !edits.isEmpty {
            let items = edits.map { position in
                let id = ids[position]
                return DigitGrid.Item(pixels: Array(images.image(at: id)), side: images.rows,
                                      caption: "\(grading.key[id]): \(labels(pair.first)?[id] ?? -1) / \(labels(pair.second)?[id] ?? -1)")
            }
            blocks.append(try figure("similar-\(number)-settled", DigitGrid(items: items, columns: 8,
                                                                     title: words(.similaritySettledTitle, ["a": a, "b": b])),
                                     words(.similaritySettledCaption, ["a": a, "b": b])))
        }
        return blocks
    }

    /// The pair's probabilities side by side on some of the unusual answers they share, when both gave probabilities.
    private func probabilityTable(_ pair: AnswerSimilarity.Pair, positions: [Int]) -> [DocumentBlock] {
        guard !positions.isEmpty, let first = probabilities(pair.first), let second = probabilities(pair.second) else { return [] }
        let ids = grading.split.privateIDs
        var table = HTMLTable(header: [words(.similarityImage), words(.similarityTrueDigit),
                                       words(.similarityTopProbabilities, ["student": name(pair.first)]),
                                       words(.similarityTopProbabilities, ["student": name(pair.second)])], numeric: [0, 1])
        for position in positions {
            let id = ids[position]
            table.append([String(id), String(grading.key[id]), Self.top(first[id]), Self.top(second[id])])
        }
        table.label = words(.similarityProbabilitiesLabel)
        return [.paragraph(words(.similarityProbabilitiesIntro, ["count": words.count(positions.count)])), .table(table)]
    }

    /// How many times as often the pair differs on contested images as on settled ones; nil with fewer than 10
    /// differences in all, too few for a ratio to mean anything.
    static func concentration(_ pair: AnswerSimilarity.Pair) -> Double? {
        pair.contestedDifferences + pair.settledDifferences < 10 ? nil : pair.concentration
    }

    /// The concentration in the page's numbers, or a dash.
    private func concentration(_ pair: AnswerSimilarity.Pair) -> String {
        Self.concentration(pair).map { words.numbers.number($0, decimals: 1) } ?? "–"
    }

    /// The three largest probabilities of a row, as "digit probability" pairs.
    static func top(_ row: [Double]) -> String {
        row.indices.sorted { row[$0] > row[$1] || (row[$0] == row[$1] && $0 < $1) }.prefix(3)
            .map { String(format: "%d: %.2f", $0, row[$0]) }.joined(separator: ", ")
    }

    private func name(_ graded: Int) -> String { results[analysis.graded[graded]].student }
    private func labels(_ graded: Int) -> [Int]? { results[analysis.graded[graded]].predictions }
    private func probabilities(_ graded: Int) -> [[Double]]? { results[analysis.graded[graded]].probabilities }
    private func percent(_ share: Double, digits: Int = 0) -> String { words.percent(share, decimals: digits) }
}
