/// A separable box blur with running sums: the mean over a (2r+1)-pixel square, edges clamped.
enum BoxBlur {
    static func apply(_ pixels: [Float], width: Int, height: Int, radius: Int) -> [Float] {
        guard radius > 0 else { return pixels }
        var rows = [Float](repeating: 0, count: pixels.count)
        for y in 0..<height { blurLine(pixels, into: &rows, start: y * width, stride: 1, count: width, radius: radius) }
        var output = [Float](repeating: 0, count: pixels.count)
        for x in 0..<width { blurLine(rows, into: &output, start: x, stride: width, count: height, radius: radius) }
        return output
    }

    private static func blurLine(_ source: [Float], into target: inout [Float], start: Int, stride: Int, count: Int, radius: Int) {
        func value(_ index: Int) -> Float { source[start + max(0, min(count - 1, index)) * stride] }
        var sum: Float = 0
        for index in -radius...radius { sum += value(index) }
        let size = Float(2 * radius + 1)
        for index in 0..<count {
            target[start + index * stride] = sum / size
            sum += value(index + radius + 1) - value(index - radius)
        }
    }
}
