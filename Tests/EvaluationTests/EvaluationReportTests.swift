import Foundation
import ClassifierMetrics
import TestSupport
import Testing
@testable import Evaluation

@Suite struct EvaluationReportTests {
    /// The first case of the scikit-learn fixtures (ClassifierMetricsTests/Fixtures), read as plain JSON.
    static var sklearnCase: [String: Any]? {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("ClassifierMetricsTests/Fixtures/metrics_fixtures.json")
        guard let data = try? Data(contentsOf: url), let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let cases = root["cases"] as? [[String: Any]] else { return nil }
        return cases.first
    }

    @Test func writesEveryFileAndScikitLearnsDict() throws {
        let fixture = try #require(Self.sklearnCase)
        let truth = try #require(fixture["y_true"] as? [Int]), predicted = try #require(fixture["y_pred"] as? [Int])
        let probabilities = try #require(fixture["probabilities"] as? [[Double]])
        let images = (pixels: [UInt8](repeating: 128, count: truth.count * 16), side: 4)
        let report = EvaluationReport(trueLabels: truth, predictedLabels: predicted, probabilities: probabilities,
                                      classNames: (0..<10).map(String.init), images: images,
                                      history: ([0.5, 0.3], [0.8, 0.9], [0.4, 0.35], [0.85, 0.88]), title: "fixture")
        let folder = TemporaryDirectory("eval")
        try report.write(to: folder.path)
        let charts = ["calibration", "confusion_matrix", "confusion_matrix_normalized", "misclassified", "per_class_metrics",
            "training_curves"]
        #expect(Set(folder.entries()) == Set([".digitbook-output", "classification_report.txt", "confusion_matrix.csv", "figures.json",
                                              "metrics.json"]
            + charts.flatMap { [$0 + ".png", $0 + ".svg"] }))
        #expect(try String(contentsOfFile: folder.file("classification_report.txt"), encoding: .utf8) == fixture["report_text"] as? String)
        let metricsData = try Data(contentsOf: URL(fileURLWithPath: folder.file("metrics.json")))
        let metrics = try #require(try JSONSerialization.jsonObject(with: metricsData) as? [String: Any])
        let ours = try #require(metrics["classification_report"] as? [String: Any])
        let expected = try #require(fixture["report_dict"] as? [String: Any])
        #expect(Set(ours.keys) == Set(expected.keys))
        for (key, value) in expected {
            if let number = value as? Double {
                #expect(abs((ours[key] as? Double ?? .nan) - number) <= 1e-12, "\(key)")
            } else if let inner = value as? [String: Double], let mine = ours[key] as? [String: Double] {
                for (name, number) in inner { #expect(abs((mine[name] ?? .nan) - number) <= 1e-12, "\(key).\(name)") }
            } else {
                Issue.record("\(key) missing or of another kind")
            }
        }
        #expect(abs((metrics["log_loss"] as? Double ?? .nan) - (fixture["log_loss"] as? Double ?? 0)) <= 1e-12)
        let csv = try String(contentsOfFile: folder.file("confusion_matrix.csv"), encoding: .utf8).split(separator: "\n")
        #expect(csv.first == "true\\predicted,0,1,2,3,4,5,6,7,8,9" && csv.count == 11)
        // The same inputs give the same bytes.
        let again = TemporaryDirectory("eval-again")
        try report.write(to: again.path)
        for name in ["metrics.json", "confusion_matrix.svg", "calibration.png", "figures.json"] {
            #expect(FileManager.default.contents(atPath: folder.file(name)) == FileManager.default.contents(atPath: again.file(name)),
                "\(name)")
        }
    }
}
