import NumberFormats

/// The catalogue of a classifier's metrics on a test set: each one's name, how it reads on a page, what it needs,
/// which way is better, how it is computed (scikit-learn's definition) and how it is formatted. `evaluate`, the report's
/// `metrics` cell and grading's rubrics all take their metrics from here; ``MetricBootstrap`` gives their intervals.
public enum ClassifierMetric: String, CaseIterable, Sendable {
    case accuracy
    case errorRate = "error_rate"
    case balancedAccuracy = "balanced_accuracy"
    case macroF1 = "macro_f1"
    case weightedF1 = "weighted_f1"
    case cohenKappa = "cohen_kappa"
    case top2Accuracy = "top_2_accuracy"
    case top3Accuracy = "top_3_accuracy"
    case logLoss = "log_loss"
    case expectedCalibrationError = "expected_calibration_error"

    /// The name in files, cell options and rubrics (`balanced_accuracy`).
    public var name: String { rawValue }

    /// The name on a page ("balanced accuracy", "Cohen's kappa").
    public var displayName: String {
        switch self {
        case .accuracy: "accuracy"
        case .errorRate: "error rate"
        case .balancedAccuracy: "balanced accuracy"
        case .macroF1: "macro F1"
        case .weightedF1: "weighted F1"
        case .cohenKappa: "Cohen's kappa"
        case .top2Accuracy: "top-2 accuracy"
        case .top3Accuracy: "top-3 accuracy"
        case .logLoss: "log loss"
        case .expectedCalibrationError: "expected calibration error"
        }
    }

    /// For top-k accuracy, k.
    public var topK: Int? {
        switch self {
        case .top2Accuracy: 2
        case .top3Accuracy: 3
        default: nil
        }
    }

    /// Whether the metric needs class probabilities, not only predicted labels.
    public var needsProbabilities: Bool {
        switch self {
        case .top2Accuracy, .top3Accuracy, .logLoss, .expectedCalibrationError: true
        default: false
        }
    }

    /// Whether a larger value is better (false for the error rate, the loss and the calibration error).
    public var higherIsBetter: Bool {
        switch self {
        case .errorRate, .logLoss, .expectedCalibrationError: false
        default: true
        }
    }

    /// Whether the metric is a share of the test images (shown as a percentage, with Wilson's interval) or a
    /// statistic shown as a decimal.
    public var isProportion: Bool {
        switch self {
        case .accuracy, .errorRate, .top2Accuracy, .top3Accuracy: true
        default: false
        }
    }

    /// A value of the metric as pages show it: a percentage with two decimals for shares, four decimals otherwise.
    public func formatted(_ value: Double) -> String {
        isProportion ? NumberText.percent(value) : NumberText.fixed(value)
    }

    /// An interval of the metric as pages show it ("97.61%–98.20%", "0.0712–0.0905").
    public func formatted(_ lower: Double, _ upper: Double) -> String {
        isProportion ? NumberText.percentInterval(lower, upper) : "\(NumberText.fixed(lower))–\(NumberText.fixed(upper))"
    }

    /// The metrics of `allCases` by name, for readers of files and options.
    public static func named(_ name: String) -> ClassifierMetric? { ClassifierMetric(rawValue: name) }

    /// Every metric's name, for error messages.
    public static var names: String { allCases.map(\.name).joined(separator: ", ") }
}
