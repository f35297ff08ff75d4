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

    /// `keep` (min or max) over a (2r+1)-pixel square around each pixel, windows clipped at the edges; `values`
    /// unchanged when the radius is 0 or they are not `width` x `height` pixels.
    static func filter(_ values: [Float], width: Int, height: Int, radius: Int, keep: (Float, Float) -> Float) -> [Float] {
        guard radius > 0, width > 0, height > 0, width.multipliedReportingOverflow(by: height) == (values.count, false) else {
            return values
        }
        var rows = values
        var scratch = Scratch(longest: max(width, height), radius: radius)
        rows.withUnsafeMutableBufferPointer { rows in
            guard let first = rows.baseAddress else { return }
            for y in 0..<height { scratch.filter(first + y * width, count: width, stride: 1, radius: radius, keep: keep) }
            for x in 0..<width { scratch.filter(first + x, count: height, stride: width, radius: radius, keep: keep) }
        }
        return rows
    }

    /// The buffers one line's filtering needs, kept from line to line.
    private struct Scratch {
        var forward: [Float]
        var backward: [Float]

        init(longest: Int, radius: Int) {
            forward = [Float](repeating: 0, count: longest + 2 * radius)
            backward = forward
        }

        /// Filters the `count` values from `start`, `stride` apart, in place.
        mutating func filter(_ start: UnsafeMutablePointer<Float>, count: Int, stride: Int, radius: Int,
                             keep: (Float, Float) -> Float) {
            let window = 2 * radius + 1, padded = count + 2 * radius
            // Padded with copies of the end values: a clipped window keeps the same answer.
            func value(_ index: Int) -> Float { start[max(0, min(count - 1, index - radius)) * stride] }
            forward.withUnsafeMutableBufferPointer { forward in
                backward.withUnsafeMutableBufferPointer { backward in
                    for index in 0..<padded {
                        let current = value(index)
                        forward[index] = index % window == 0 ? current : keep(forward[index - 1], current)
                    }
                    for index in Swift.stride(from: padded - 1, through: 0, by: -1) {
                        let current = value(index)
                        backward[index] = index == padded - 1 || (index + 1) % window == 0 ? current : keep(backward[index + 1], current)
                    }
                    // The window over padded[index ... index + 2r] spans at most two blocks.
                    for index in 0..<count { start[index * stride] = keep(backward[index], forward[index + window - 1]) }
                }
            }
        }
    }
}
