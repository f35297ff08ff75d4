import Charts
import ClassifierMetrics

extension ReliabilityDiagram {
    /// The reliability diagram of a calibration (`ProbabilityMetrics.calibration`): its bins and expected error.
    public init(calibration: (expectedCalibrationError: Double, bins: [ProbabilityMetrics.CalibrationBin]), title: String) {
        self.init(bins: calibration.bins.map {
            Bin(lower: $0.lower, upper: $0.upper, count: $0.count, confidence: $0.confidence, accuracy: $0.accuracy)
        }, expectedCalibrationError: calibration.expectedCalibrationError, title: title)
    }
}
