/// Stroke width: measured on a digit's ink, and restored when a fine pen would vanish once the digit is shrunk.
enum StrokeWidth {
    /// MNIST's strokes in its 20-pixel box, measured with `estimate` on 20,000 training digits thresholded at half ink:
    /// median 2.86 pixels, 10th percentile 2.18, 5th percentile 2.08.
    static let mnistMedian = 2.86
    /// Strokes thinner than this once shrunk (three quarters of MNIST's 10th percentile) are thickened to the median.
    static let thin = 1.6

    /// The mean width of the strokes in `mask`: the ink's area over half its boundary (a stroke of width w and length L
    /// has area wL and about 2L boundary pixels).
    static func estimate(_ mask: [Bool], width: Int, height: Int) -> Double {
        var area = 0, boundary = 0
        for y in 0..<height {
            for x in 0..<width where mask[y * width + x] {
                area += 1
                let inside = x > 0 && x < width - 1 && y > 0 && y < height - 1
                    && mask[y * width + x - 1] && mask[y * width + x + 1] && mask[(y - 1) * width + x] && mask[(y + 1) * width + x]
                if !inside { boundary += 1 }
            }
        }
        return boundary == 0 ? 0 : Double(area) / (Double(boundary) / 2)
    }

    /// The radius (in source pixels) by which to thicken strokes of `width` that shrink by `scale`, or 0 when they are
    /// thick enough.
    static func thickening(width: Double, scale: Double) -> Int {
        guard width > 0, scale > 0, width * scale < thin else { return 0 }
        return max(1, Int(((mnistMedian / scale - width) / 2).rounded(.up)))
    }

    /// A grey dilation: each pixel becomes the largest value within a (2r+1)-pixel square.
    static func dilate(_ values: [Float], width: Int, height: Int, radius: Int) -> [Float] {
        GreyMorphology.filter(values, width: width, height: height, radius: radius, keep: max)
    }
}
