import IDX

/// Tiny MNIST-shaped datasets made in memory for tests: each image is a bar whose position encodes its label.
public enum TinyDataset {
    /// `count` images of `side` x `side` with labels cycling through `classCount` classes.
    public static func make(count: Int, side: Int = 28, classCount: Int = 10) -> (images: ImageSet, labels: [UInt8]) {
        var pixels = [UInt8](repeating: 0, count: count * side * side)
        var labels = [UInt8]()
        for index in 0..<count {
            let label = index % classCount
            labels.append(UInt8(label))
            let column = (label * (side - 1)) / max(1, classCount - 1)
            for row in min(2, side)..<max(min(2, side), side - 2) { pixels[index * side * side + row * side + column] = UInt8(100 + (index * 13) % 156) }
        }
        // The pixel count always matches, so this cannot throw.
        let images = (try? ImageSet(count: count, rows: side, columns: side, pixels: pixels))!
        return (images, labels)
    }

    /// Writes the four MNIST files (gzip-compressed, usual names) of a tiny dataset into `directory`.
    public static func writeMNISTFiles(into directory: TemporaryDirectory, train: Int = 60, test: Int = 20) throws {
        let training = make(count: train)
        let testing = make(count: test)
        try IDXWriter.write(training.images, to: directory.file("train-images-idx3-ubyte.gz"))
        try IDXWriter.write(labels: training.labels, to: directory.file("train-labels-idx1-ubyte.gz"))
        try IDXWriter.write(testing.images, to: directory.file("t10k-images-idx3-ubyte.gz"))
        try IDXWriter.write(labels: testing.labels, to: directory.file("t10k-labels-idx1-ubyte.gz"))
    }
}
