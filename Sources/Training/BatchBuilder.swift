import IDX
import Randomness
import Runs
import Tensors

/// Turns labelled images into input tensors: pixels scaled to [0, 1], NHWC with one channel,
/// optionally augmented.
struct BatchBuilder {
    let examples: LabelledImages
    let augmenter: Augmenter?

    /// The inputs and labels of the examples at `indices`.
    func batch(_ indices: ArraySlice<Int>, generator: inout SeededGenerator) -> (input: Tensor, labels: [Int]) {
        let (rows, columns) = (examples.images.rows, examples.images.columns), size = rows * columns
        var input = Tensor(shape: [indices.count, rows, columns, 1])
        input.withUnsafeMutablePointer { x in
            examples.images.pixels.withUnsafeBufferPointer { pixels in
                guard let base = pixels.baseAddress else { return }
                for (slot, index) in indices.enumerated() {
                    let target = x + slot * size, source = base + index * size
                    if let augmenter {
                        augmenter.transform(source, rows: rows, columns: columns, into: target, generator: &generator)
                    } else {
                        for pixel in 0..<size { target[pixel] = Float(source[pixel]) / 255 }
                    }
                }
            }
        }
        return (input, indices.map { Int(examples.labels[$0]) })
    }
}
