import ClassifierMetrics
import Localization
import NumberFormats
import Pages

/// Which changes of one option exceed seed noise: for every pair of grid points that differ in exactly one swept
/// option, Welch's t test on their seeds' test accuracies, with Holm's correction over all those pairs.
struct SweepTests {
    /// Above this many pairs, only those beyond seed noise are listed.
    static let mostListed = 60

    let plan: SweepPlan
    let results: [SweepPointResult]
    /// The report's language.
    var words = LocalWords.english

    /// One tested pair: the option that differs, the two points and the other options' values they share.
    struct Pair {
        let option: Int
        let a: Int, b: Int
        let shared: String
        let test: WelchTest
    }

    /// Pairs of points that differ in one option, grouped by that option, then by what they share, in grid order.
    var pairs: [Pair] {
        var pairs: [Pair] = []
        for option in plan.parameters.indices {
            for a in results.indices {
                for b in results.indices where b > a {
                    let differing = plan.parameters.indices.filter { results[a].point[$0] != results[b].point[$0] }
                    guard differing == [option], let test = WelchTest(results[a].accuracies, results[b].accuracies) else { continue }
                    let shared = plan.parameters.indices.filter { $0 != option }
                        .map { plan.shownSetting($0, results[a].point[$0]) }.joined(separator: ", ")
                    pairs.append(Pair(option: option, a: a, b: b, shared: shared, test: test))
                }
            }
        }
        var firstSeen: [String: Int] = [:]
        for (index, pair) in pairs.enumerated() where firstSeen["\(pair.option) \(pair.shared)"] == nil {
            firstSeen["\(pair.option) \(pair.shared)"] = index
        }
        func rank(_ pair: Pair) -> Int { firstSeen["\(pair.option) \(pair.shared)"] ?? 0 }
        return pairs.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)
    }

    func add(to output: CellOutputBuilder) throws {
        guard plan.seeds.count > 1 else {
            let parts = words(.cellOneSeed).components(separatedBy: "{option}")
            output.paragraph(parts.enumerated().flatMap { index, part -> [Inline] in
                (index > 0 ? [.code("seeds: 3")] : []) + (part.isEmpty ? [] : [.text(part)])
            })
            return
        }
        let pairs = self.pairs
        guard !pairs.isEmpty else { return }
        let adjusted = MultipleTesting.holm(pairs.map(\.test.p))
        let beyond = pairs.indices.filter { adjusted[$0] < 0.05 }
        let listed = pairs.count <= Self.mostListed ? Array(pairs.indices) : beyond
        let w = words
        var table = HTMLTable(header: [w(.cellChanging), w(.cellFrom), w(.cellTo), w(.cellAt), w(.cellChange), w(.cellWelch), "p",
                                       w(.cellHolmP), w(.cellBeyondNoise)],
                              numeric: [4, 5, 6, 7])
        for index in listed {
            let pair = pairs[index]
            let difference = results[pair.b].summary.mean - results[pair.a].summary.mean
            table.append([plan.parameters[pair.option], plan.shown(results[pair.a].point[pair.option]),
                               plan.shown(results[pair.b].point[pair.option]), pair.shared.isEmpty ? "–" : pair.shared,
                          w(.cellPoints, ["value": w.signed(100 * difference)]),
                          pair.test.t.isFinite
                              ? "\(w.number(-pair.test.t, decimals: 2)) (\(w.number(pair.test.degreesOfFreedom, decimals: 1)))" : "∞",
                          w.pValue(pair.test.p), w.pValue(adjusted[index]), w(adjusted[index] < 0.05 ? .cellYes : .cellNo)])
        }
        output.value("changes", ReportValue(.count, Double(pairs.count)))
        output.value("beyond_noise", ReportValue(.count, Double(beyond.count)))
        let phrase: Phrase = beyond.count == 1
            ? (listed.count < pairs.count ? .cellBeyondNoiseSentenceOneListed : .cellBeyondNoiseSentenceOne)
            : (listed.count < pairs.count ? .cellBeyondNoiseSentenceListed : .cellBeyondNoiseSentence)
        output.paragraph(w(phrase, [
            "beyond": w.count(beyond.count), "changes": w.count(pairs.count), "seeds": w.count(plan.seeds.count),
        ]))
        if !listed.isEmpty { output.table(table, caption: w(.cellChangesCaption)) }
    }
}
