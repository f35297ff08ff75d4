/// Resizes a float image by area averaging: each output pixel is the mean of the input area it covers.
///
/// Separable and exact for fractional coverage, so thin strokes keep their weight when shrunk (as in the
/// anti-aliased normalisation that produced MNIST).
enum AreaResampler {
    /// `pixels` (`width` x `height`) resized to `newWidth` x `newHeight`.
    static func resize(_ pixels: [Float], width: Int, height: Int, to newWidth: Int, _ newHeight: Int) -> [Float] {
        let horizontal = weights(from: width, to: newWidth)
        let vertical = weights(from: height, to: newHeight)
        var rows = [Float](repeating: 0, count: newWidth * height)
        for y in 0..<height {
            for (x, taps) in horizontal.enumerated() {
                var sum: Float = 0
                for (source, weight) in taps { sum += pixels[y * width + source] * weight }
                rows[y * newWidth + x] = sum
            }
        }
        var output = [Float](repeating: 0, count: newWidth * newHeight)
        for (y, taps) in vertical.enumerated() {
            for x in 0..<newWidth {
                var sum: Float = 0
                for (source, weight) in taps { sum += rows[source * newWidth + x] * weight }
                output[y * newWidth + x] = sum
            }
        }
        return output
    }

    /// For each output index, the input indices it covers and their shares (summing to 1).
    private static func weights(from size: Int, to newSize: Int) -> [[(Int, Float)]] {
        let scale = Double(size) / Double(newSize)
        return (0..<newSize).map { index in
            let start = Double(index) * scale, end = Double(index + 1) * scale
            var taps: [(Int, Float)] = []
            var source = Int(start)
            while Double(source) < end, source < size {
                let overlap = min(end, Double(source + 1)) - max(start, Double(source))
                if overlap > 1e-9 { taps.append((source, Float(overlap / scale))) }
                source += 1
            }
            return taps
        }
    }
}
