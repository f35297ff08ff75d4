import IDX
import NumberFormats

/// Training, validation and test splits: the validation split is held out from the end of the training set.
///
/// Per-epoch figures use the validation split; the test split is for the final evaluation only.
public struct DatasetSplits: Sendable {
    /// The number of training images held out for validation unless the user says otherwise.
    public static let defaultValidationCount = 5_000

    public let training: LabelledImages
    public let validation: LabelledImages
    public let test: LabelledImages

    /// Holds out the last `validationCount` training examples (0 means no validation split).
    public init(_ dataset: LocalDataset, validationCount: Int = defaultValidationCount) throws(DatasetError) {
        let total = dataset.train.count
        guard validationCount >= 0, validationCount < total else {
            throw DatasetError("--validation", .badSplit,
                               "cannot hold out \(validationCount) of \(total.thousandsSeparated) training images (use 0 to \(total - 1))")
        }
        training = dataset.train.examples(in: 0..<(total - validationCount))
        validation = dataset.train.examples(in: (total - validationCount)..<total)
        test = dataset.test
    }
}
