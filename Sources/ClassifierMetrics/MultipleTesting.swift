/// Corrections for running many tests at once, so that "significant" keeps its meaning across a whole table.
public enum MultipleTesting {
    /// Holm's step-down adjustment of `p`-values, returned in their original order (statsmodels'
    /// `multipletests(method="holm")`): the i-th smallest is multiplied by (m - i + 1), and adjusted values never
    /// decrease along that order. Controls the family-wise error rate under any dependence between the tests.
    public static func holm(_ p: [Double]) -> [Double] {
        let order = p.indices.sorted { p[$0] < p[$1] || (p[$0] == p[$1] && $0 < $1) }
        var adjusted = [Double](repeating: 1, count: p.count)
        var running = 0.0
        for (rank, index) in order.enumerated() {
            running = max(running, min(1, Double(p.count - rank) * p[index]))
            adjusted[index] = running
        }
        return adjusted
    }
}
