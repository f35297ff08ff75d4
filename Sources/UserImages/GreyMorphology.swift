/// Grey-level erosion, dilation and opening with a square, in time independent of its size (van Herk and
/// Gil-Werman: each line is cut into blocks of the window's width, whose running minima from both ends answer any
/// window with two look-ups).
enum GreyMorphology {
    /// The grey opening: an erosion then a dilation by a (2r+1)-pixel square. Bright structures narrower than the
    /// square (strokes of ink, once the ink is bright) vanish; larger ones keep their shape and sharp edges.
    static func opening(_ values: [Float], width: Int, height: Int, radius: Int) -> [Float] {
        let eroded = filter(values, width: width, height: height, radius: radius, keep: min)
        return filter(eroded, width: width, height: height, radius: radius, keep: max)
    }

    /// `keep` (min or max) over a (2r+1)-pixel square around each pixel, windows clipped at the edges.
    static func filter(_ values: [Float], width: Int, height: Int, radius: Int, keep: (Float, Float) -> Float) -> [Float] {
        guard radius > 0 else { return values }
        var rows = values
        var line = [Float](), result = [Float]()
        for y in 0..<height {
            line = Array(values[(y * width)..<((y + 1) * width)])
            filterLine(line, radius: radius, keep: keep, into: &result)
            for x in 0..<width { rows[y * width + x] = result[x] }
        }
        var output = rows
        for x in 0..<width {
            line = (0..<height).map { rows[$0 * width + x] }
            filterLine(line, radius: radius, keep: keep, into: &result)
            for y in 0..<height { output[y * width + x] = result[y] }
        }
        return output
    }

    private static func filterLine(_ line: [Float], radius: Int, keep: (Float, Float) -> Float, into result: inout [Float]) {
        let count = line.count, window = 2 * radius + 1
        // Pad with copies of the end values: a clipped window keeps the same answer.
        let padded = [Float](repeating: line[0], count: radius) + line + [Float](repeating: line[count - 1], count: radius)
        var forward = padded, backward = padded
        for index in 1..<padded.count where index % window != 0 { forward[index] = keep(forward[index - 1], padded[index]) }
        for index in stride(from: padded.count - 2, through: 0, by: -1) where (index + 1) % window != 0 {
            backward[index] = keep(backward[index + 1], padded[index])
        }
        if result.count != count { result = [Float](repeating: 0, count: count) }
        for index in 0..<count {
            // The window over padded[index ... index + 2r] spans at most two blocks.
            result[index] = keep(backward[index], forward[index + window - 1])
        }
    }
}
