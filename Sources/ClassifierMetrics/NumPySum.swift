/// Sums as NumPy does (pairwise, eight accumulators per block), so averages match scikit-learn to the last bit.
enum NumPySum {
    static func sum(_ values: [Double]) -> Double {
        values.withUnsafeBufferPointer { pairwise($0[...]) }
    }

    private static func pairwise(_ a: Slice<UnsafeBufferPointer<Double>>) -> Double {
        let n = a.count, start = a.startIndex
        if n < 8 {
            var result = 0.0
            for value in a { result += value }
            return result
        }
        if n <= 128 {
            var r = (0..<8).map { a[start + $0] }
            let whole = n - n % 8
            for i in stride(from: 8, to: whole, by: 8) { for j in 0..<8 { r[j] += a[start + i + j] } }
            var result = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
            for i in whole..<n { result += a[start + i] }
            return result
        }
        var half = n / 2
        half -= half % 8
        return pairwise(a[start..<(start + half)]) + pairwise(a[(start + half)...])
    }

    /// The plain mean, as `numpy.mean`.
    static func mean(_ values: [Double]) -> Double {
        sum(values) / Double(values.count)
    }

    /// The weighted mean, as `numpy.average(values, weights:)`.
    static func average(_ values: [Double], weights: [Double]) -> Double {
        sum(zip(values, weights).map { $0 * $1 }) / sum(weights)
    }
}
