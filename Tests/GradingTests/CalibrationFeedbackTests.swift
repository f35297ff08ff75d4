import Foundation
import Pages
import Testing
@testable import Grading

/// A student who loses calibration points gets a reliability diagram, each bin's count, a verdict and what fixes it.
@Suite struct CalibrationFeedbackTests {
    /// A 100-image key (digits 0-9 in turn) graded on accuracy and calibration.
    static let grading = ClassGrading(
        assignment: Assignment(title: "Quiz", labels: "key.idx", rubric: [
            RubricItem(name: "Accuracy", metric: .accuracy, points: 10, scale: .linear(zero: 0.5, full: 1)),
            RubricItem(name: "Calibration", metric: .expectedCalibrationError, points: 10, scale: .linear(zero: 0.05, full: 0.01)),
        ]),
        key: (0..<100).map { $0 % 10 })

    /// Answers with `wrong` of them wrong (the first ones), each given probability `sure`, the rest shared evenly.
    static func student(wrong: Int, sure: Double, probabilities: Bool = true) -> StudentResult {
        let labels = grading.key.enumerated().map { $0.offset < wrong ? ($0.element + 1) % 10 : $0.element }
        let rows = labels.map { label in (0..<10).map { $0 == label ? sure : (1 - sure) / 9 } }
        return grading.scored("s", labels: labels, probabilities: probabilities ? rows : nil)
    }

    @Test func anOverConfidentModelIsToldSoWithItsBinsAndTemperatureAbove1() throws {
        // 80% right, 99% sure of every answer: over-confident by 19 points, all 100 answers in the top bin.
        let result = Self.student(wrong: 20, sure: 0.99)
        let html = HTMLWriter.html(try CalibrationFeedback(grading: Self.grading).blocks(result, grade: try #require(result.grade)))
        #expect(html.contains("<h2>Calibration: how far to trust your probabilities</h2>"))
        #expect(html.contains("probability of 99.0% and were right 80.0% of the time: your model is over-confident"))
        #expect(html.contains("<td>93.3% to 100.0%</td><td class=\"num\">100</td>"), "\(html)")
        #expect(html.contains("+19.0 points") && html.contains("T is above 1") && html.contains("<svg"))
    }

    @Test func anUnderConfidentModelIsToldTheOtherWay() throws {
        let result = Self.student(wrong: 0, sure: 0.5)
        let html = HTMLWriter.html(try CalibrationFeedback(grading: Self.grading).blocks(result, grade: try #require(result.grade)))
        #expect(html.contains("your model is under-confident") && html.contains("T is below 1") && html.contains("−50.0 points"))
    }

    @Test func fullCalibrationPointsOrNoProbabilitiesGiveNoSection() throws {
        // Right on 99 of 100 and 99% sure: calibration error 0 → all 10 points.
        let calibrated = Self.student(wrong: 1, sure: 0.99)
        #expect(try CalibrationFeedback(grading: Self.grading).blocks(calibrated, grade: try #require(calibrated.grade)).isEmpty)
        let labelsOnly = Self.student(wrong: 20, sure: 0.99, probabilities: false)
        #expect(try CalibrationFeedback(grading: Self.grading).blocks(labelsOnly, grade: try #require(labelsOnly.grade)).isEmpty)
    }
}
