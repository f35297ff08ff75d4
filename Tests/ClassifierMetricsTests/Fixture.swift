import Foundation

/// The cases of Fixtures/metrics_fixtures.json, made once with scikit-learn 1.9 and statsmodels 0.15
/// by Fixtures/make_metrics_fixtures.py.
struct MetricsFixture: Decodable {
    enum DictValue: Decodable {
        case number(Double)
        case object([String: Double])

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Double.self) {
                self = .number(number)
            } else {
                self = .object(try container.decode([String: Double].self))
            }
        }
    }

    struct McNemar: Decodable {
        let table: [[Int]]
        let exact_p: Double
        let chi2_statistic: Double
        let chi2_p: Double
    }

    struct Case: Decodable {
        let name: String
        let y_true: [Int]
        let y_pred: [Int]
        let digits: Int
        let target_names: [String]?
        let labels: [Int]?
        let report_text: String
        let report_dict: [String: DictValue]
        let confusion_matrix: [[Int]]
        let confusion_true: [[Double]]
        let confusion_pred: [[Double]]
        let confusion_all: [[Double]]
        let accuracy: Double
        let balanced_accuracy: Double
        let cohen_kappa: Double
        let macro_f1: Double
        let weighted_f1: Double
        let wilson_95: [Double]
        let probabilities: [[Double]]?
        let log_loss: Double?
        let top_2_accuracy: Double?
        let top_3_accuracy: Double?
        let other_pred: [Int]?
        let mcnemar: McNemar?
    }

    let cases: [Case]

    static let shared: MetricsFixture? = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/metrics_fixtures.json")
        guard let data = try? Data(contentsOf: url) else { return nil }
        return try? JSONDecoder().decode(MetricsFixture.self, from: data)
    }()

    static var names: [String] { shared?.cases.map(\.name) ?? [] }

    static func named(_ name: String) -> Case? { shared?.cases.first { $0.name == name } }
}
