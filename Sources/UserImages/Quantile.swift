/// A quantile of a list of values, the one definition the reading of pictures uses for medians and percentiles.
enum Quantile {
    /// The value at `fraction` (0…1) of `values` sorted ascending: the element at index ⌊count × fraction⌋ (the
    /// upper middle for a median of an even count), or 0 when there are none.
    static func of(_ values: [Float], at fraction: Double) -> Float {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        return sorted[max(0, min(sorted.count - 1, Int(Double(sorted.count) * fraction)))]
    }
}
