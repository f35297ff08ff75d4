import ClassifierMetrics
import NumberFormats
import Pages

/// Which changes of one option exceed seed noise: for every pair of grid points that differ in exactly one swept
/// option, Welch's t test on their seeds' test accuracies, with Holm's correction over all those pairs.
struct SweepTests {
    /// Above this many pairs, only those beyond seed noise are listed.
    static let mostListed = 60

    let plan: SweepPlan
    let results: [SweepPointResult]

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
            output.paragraph([.text("One seed per grid point: there is no seed-to-seed spread to test differences against. Give the "
                + "sweep "), .code("seeds: 3"), .text(" or more.")])
            return
        }
        let pairs = self.pairs
        guard !pairs.isEmpty else { return }
        let adjusted = MultipleTesting.holm(pairs.map(\.test.p))
        let beyond = pairs.indices.filter { adjusted[$0] < 0.05 }
        let listed = pairs.count <= Self.mostListed ? Array(pairs.indices) : beyond
        var table = HTMLTable(header: ["Changing", "from", "to", "at", "Change", "Welch t (df)", "p", "Holm p", "Beyond seed noise"],
                              numeric: [4, 5, 6, 7])
        for index in listed {
            let pair = pairs[index]
            let difference = results[pair.b].summary.mean - results[pair.a].summary.mean
            table.append([plan.parameters[pair.option], plan.shown(results[pair.a].point[pair.option]),
                               plan.shown(results[pair.b].point[pair.option]), pair.shared.isEmpty ? "–" : pair.shared,
                               NumberText.signed(100 * difference) + " points",
                               pair.test.t.isFinite ? String(format: "%.2f (%.1f)", -pair.test.t, pair.test.degreesOfFreedom)
                                   .replacingOccurrences(of: "-", with: "−") : "∞",
                               NumberText.pValue(pair.test.p), NumberText.pValue(adjusted[index]), adjusted[index] < 0.05 ? "yes" : "no"])
        }
        output.value("changes", ReportValue(.count, Double(pairs.count)))
        output.value("beyond_noise", ReportValue(.count, Double(beyond.count)))
        let exceed = beyond.count == 1 ? "exceeds" : "exceed"
        output.paragraph("\(beyond.count) of the \(ValueFormat.counted(pairs.count, "change")) of one option \(exceed) seed noise "
            + "(Welch's t test on the test accuracies of the two grid points over \(ValueFormat.counted(plan.seeds.count, "seed")), "
            + "two-sided, Holm-corrected over all \(pairs.count) at 5%)" + (listed.count < pairs.count ? "; the table lists those." : "."))
        if !listed.isEmpty {
            output.table(table, caption: "Changing one option at a time: the change in mean test accuracy, Welch's t test over seeds "
                + "and Holm's correction")
        }
    }
}
