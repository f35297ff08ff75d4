import NumberFormats
/// Images with one class label each: a training, validation or test split.
public struct LabelledImages: Equatable, Sendable {
    public let images: ImageSet
    public let labels: [UInt8]
    /// The number of classes; every label is below it.
    public let classCount: Int

    /// Pairs images with labels, checking that there is exactly one label per image, each in range.
    ///
    /// `imagesFile` and `labelsFile` name the sources in errors.
    public init(
        images: ImageSet, labels: [UInt8], classCount: Int,
        imagesFile: String = "(images)", labelsFile: String = "(labels)"
    ) throws(IDXError) {
        guard labels.count == images.count else {
            throw IDXError(file: labelsFile, kind: .countMismatch,
                           detail: "\(labels.count.thousandsSeparated) labels, but \(imagesFile) has "
                               + "\(images.count.thousandsSeparated) images")
        }
        try IDXReader.checkRange(of: labels, classCount: classCount, file: labelsFile)
        self.images = images
        self.labels = labels
        self.classCount = classCount
    }

    private init(unchecked images: ImageSet, labels: [UInt8], classCount: Int) {
        self.images = images
        self.labels = labels
        self.classCount = classCount
    }

    public var count: Int { images.count }

    /// How many examples each class has, indexed by class.
    public var classCounts: [Int] {
        var counts = [Int](repeating: 0, count: classCount)
        for label in labels { counts[Int(label)] += 1 }
        return counts
    }

    /// The examples at `range`, as a split of their own.
    public func examples(in range: Range<Int>) -> LabelledImages {
        LabelledImages(unchecked: images.images(in: range), labels: Array(labels[range]), classCount: classCount)
    }
}
