/// run.json: the whole configuration of a training run, its data and its outcome.
public struct RunRecord: Codable, Equatable, Sendable {
    /// One dataset file as the run saw it.
    public struct DataFile: Codable, Equatable, Sendable {
        public let name: String
        public let sha256: String
        /// `matches`, `differs` or `uncompressed`, compared with the dataset's manifest.
        public let status: String

        public init(name: String, sha256: String, status: String) {
            self.name = name
            self.sha256 = sha256
            self.status = status
        }
    }

    public var digitbookVersion: String
    public var configuration: TrainingConfiguration
    /// The model's canonical spec string, from which `predict` rebuilds it.
    public var spec: String
    public var inputShape: [Int]
    public var classNames: [String]
    public var dataset: String
    public var dataDirectory: String
    public var dataFiles: [DataFile]
    public var trainingExamples: Int
    public var validationExamples: Int
    public var threads: Int
    public var blasCore: String
    public var wallSeconds: Double
    public var finalValidation: LossAndAccuracy?
    /// The trained model on the dataset's test set, measured once training ended (absent in runs made before it was kept).
    public var finalTest: LossAndAccuracy?
    /// For a model imported from another framework's file (`digitbook import`): where it came from; nil for a trained run.
    public var imported: ImportRecord?

    public init(
        digitbookVersion: String, configuration: TrainingConfiguration, spec: String, inputShape: [Int], classNames: [String],
        dataset: String, dataDirectory: String, dataFiles: [DataFile], trainingExamples: Int, validationExamples: Int,
        threads: Int, blasCore: String, wallSeconds: Double, finalValidation: LossAndAccuracy?, finalTest: LossAndAccuracy? = nil,
        imported: ImportRecord? = nil
    ) {
        self.digitbookVersion = digitbookVersion
        self.configuration = configuration
        self.spec = spec
        self.inputShape = inputShape
        self.classNames = classNames
        self.dataset = dataset
        self.dataDirectory = dataDirectory
        self.dataFiles = dataFiles
        self.trainingExamples = trainingExamples
        self.validationExamples = validationExamples
        self.threads = threads
        self.blasCore = blasCore
        self.wallSeconds = wallSeconds
        self.finalValidation = finalValidation
        self.finalTest = finalTest
        self.imported = imported
    }

    enum CodingKeys: String, CodingKey {
        case configuration, spec, dataset, threads, imported
        case digitbookVersion = "digitbook_version"
        case inputShape = "input_shape"
        case classNames = "class_names"
        case dataDirectory = "data_directory"
        case dataFiles = "data_files"
        case trainingExamples = "training_examples"
        case validationExamples = "validation_examples"
        case blasCore = "blas_core"
        case wallSeconds = "wall_seconds"
        case finalValidation = "final_validation"
        case finalTest = "final_test"
    }
}
