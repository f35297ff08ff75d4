/// A metric a rubric item scores: every one that `digitbook evaluate` computes.
public enum GradingMetric: String, CaseIterable, Sendable {
    case accuracy
    case balancedAccuracy = "balanced_accuracy"
    case macroF1 = "macro_f1"
    case weightedF1 = "weighted_f1"
    case cohenKappa = "cohen_kappa"
    case top2Accuracy = "top_2_accuracy"
    case top3Accuracy = "top_3_accuracy"
    case logLoss = "log_loss"
    case expectedCalibrationError = "expected_calibration_error"

    /// Whether a larger value is better (false for the losses and the calibration error).
    public var higherIsBetter: Bool {
        switch self {
        case .logLoss, .expectedCalibrationError: false
        default: true
        }
    }

    /// Whether the metric needs class probabilities, not only predicted labels.
    public var needsProbabilities: Bool {
        switch self {
        case .top2Accuracy, .top3Accuracy, .logLoss, .expectedCalibrationError: true
        default: false
        }
    }

    /// The names, for error messages.
    static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
