/// The label metrics computed from a confusion matrix's counts alone (rows true, columns predicted, all classes),
/// with scikit-learn's conventions: an undefined precision or recall is 0, balanced accuracy skips classes absent from
/// the truth, F1 averages skip classes absent from both truth and predictions.
struct CountMetrics {
    let counts: [Int]
    let classes: Int

    func value(of metric: ClassifierMetric) -> Double {
        let k = classes
        let rows = (0..<k).map { r in (0..<k).reduce(0) { $0 + counts[r * k + $1] } }
        let columns = (0..<k).map { c in (0..<k).reduce(0) { $0 + counts[$1 * k + c] } }
        let diagonal = (0..<k).map { counts[$0 * k + $0] }
        let total = Double(rows.reduce(0, +))
        guard total > 0 else { return 0 }
        let f1 = (0..<k).map { c -> Double in
            let precision = columns[c] == 0 ? 0 : Double(diagonal[c]) / Double(columns[c])
            let recall = rows[c] == 0 ? 0 : Double(diagonal[c]) / Double(rows[c])
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        }
        switch metric {
        case .accuracy:
            return Double(diagonal.reduce(0, +)) / total
        case .errorRate:
            return 1 - Double(diagonal.reduce(0, +)) / total
        case .balancedAccuracy:
            let recalls = (0..<k).filter { rows[$0] > 0 }.map { Double(diagonal[$0]) / Double(rows[$0]) }
            return recalls.isEmpty ? 0 : recalls.reduce(0, +) / Double(recalls.count)
        case .macroF1:
            let present = (0..<k).filter { rows[$0] > 0 || columns[$0] > 0 }
            return present.reduce(0.0) { $0 + f1[$1] } / Double(max(1, present.count))
        case .weightedF1:
            return (0..<k).reduce(0.0) { $0 + f1[$1] * Double(rows[$1]) } / total
        case .cohenKappa:
            var observed = 0.0, expected = 0.0
            for i in 0..<k {
                for j in 0..<k where i != j {
                    observed += Double(counts[i * k + j])
                    expected += Double(columns[i]) * Double(rows[j]) / total
                }
            }
            return expected == 0 ? 0 : 1 - observed / expected
        default:
            return .nan
        }
    }
}
