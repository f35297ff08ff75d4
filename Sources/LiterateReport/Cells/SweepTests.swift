import ClassifierMetrics
import Pages

/// Which grid points differ by more than seed noise: Welch's t test on their seeds' test accuracies for every pair,
/// with Holm's correction over all the pairs.
struct SweepTests {
    /// Above this many pairs, only those beyond seed noise are listed.
    static let mostListed = 28

    let plan: SweepPlan
    let results: [SweepPointResult]

    func add(to output: CellOutputBuilder) throws {
        guard plan.seeds.count > 1 else {
            output.paragraph("One seed per grid point: there is no seed-to-seed spread to test differences against. Give the sweep "
                + "<code>seeds: 3</code> or more.")
            return
        }
        guard results.count > 1 else { return }
        var pairs: [(a: Int, b: Int, test: WelchTest)] = []
        for a in results.indices {
            for b in results.indices where b > a {
                if let test = WelchTest(results[a].accuracies, results[b].accuracies) { pairs.append((a, b, test)) }
            }
        }
        let adjusted = MultipleTesting.holm(pairs.map(\.test.p))
        let beyond = pairs.indices.filter { adjusted[$0] < 0.05 }
        var table = HTMLTable(header: ["Grid point A", "Grid point B", "A − B", "Welch t (df)", "p", "Holm p", "Beyond seed noise"],
                              numeric: [2, 3, 4, 5])
        let listed = pairs.count <= Self.mostListed ? Array(pairs.indices) : beyond
        for index in listed.sorted(by: { adjusted[$0] < adjusted[$1] || (adjusted[$0] == adjusted[$1] && $0 < $1) }) {
            let (a, b, test) = pairs[index]
            let difference = results[a].summary.mean - results[b].summary.mean
            table.rows.append([results[a].label, results[b].label, String(format: "%+.2f points", 100 * difference),
                               test.t.isFinite ? String(format: "%.2f (%.1f)", test.t, test.degreesOfFreedom) : "∞",
                               Formatting.pValue(test.p), Formatting.pValue(adjusted[index]), adjusted[index] < 0.05 ? "yes" : "no"])
        }
        output.paragraph("\(beyond.count) of the \(pairs.count) differences between grid points exceed seed noise (Welch's t test on "
            + "the \(plan.seeds.count) seeds' test accuracies, two-sided, Holm-corrected over all pairs at 5%)"
            + (listed.count < pairs.count ? "; the table lists those." : "."))
        if !listed.isEmpty {
            output.table(table, caption: "Pairs of grid points, Welch's t test over seeds with Holm's correction")
        }
    }
}
