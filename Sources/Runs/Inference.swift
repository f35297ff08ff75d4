import IDX
import NeuralNetwork
import Tensors

/// A network's forward pass over a whole image set, in inference mode: the one way Digitbook turns images into class
/// probabilities (a loaded run through ``InferenceModel``, the trainer's evaluations, an imported model's checks).
public enum Inference {
    /// Class probabilities (count, classes) for every image of `images`, `batchSize` at a time, pixels scaled to 0-1.
    public static func probabilities(_ model: Sequential, for images: ImageSet, batchSize: Int = 500, threads: Int = 1) -> [[Float]] {
        var rows: [[Float]] = []
        let classes = model.classCount, size = images.pixelsPerImage
        for first in stride(from: 0, to: images.count, by: batchSize) {
            let count = min(batchSize, images.count - first)
            var input = Tensor(shape: [count, images.rows, images.columns, 1])
            input.withUnsafeMutablePointer { x in
                for pixel in 0..<(count * size) { x[pixel] = Float(images.pixels[first * size + pixel]) / 255 }
            }
            let output = model.probabilities(input, workers: threads).scalars
            for row in 0..<count { rows.append(Array(output[(row * classes)..<((row + 1) * classes)])) }
        }
        return rows
    }
}
