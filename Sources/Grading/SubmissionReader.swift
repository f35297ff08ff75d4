import Evaluation
import Foundation
import IDX
import Runs

/// Turns one submission into predictions for every test example, or the list of its problems.
struct SubmissionReader {
    let count: Int
    let classes: Int
    /// The key's images, when the assignment names them (needed to run a model submission).
    let images: ImageSet?
    /// The time a run-folder submission may take on the key's images.
    let budget: RunBudget

    enum Outcome {
        case predictions(labels: [Int], probabilities: [[Double]]?)
        case problems([String])
    }

    func read(_ submission: Submission) -> Outcome {
        switch submission.source {
        case let .unusable(reason):
            return .problems([reason])
        case let .predictions(path):
            do {
                let file = try PredictionsFile(path: path, count: count, classes: classes)
                return .predictions(labels: file.labels, probabilities: file.probabilities)
            } catch {
                return .problems(error.problems)
            }
        case let .run(path):
            return run(path)
        }
    }

    private func run(_ path: String) -> Outcome {
        guard let images else {
            return .problems(["a Digitbook run can be graded only when the assignment names the key's images (field images)"])
        }
        let model: InferenceModel
        do {
            model = try InferenceModel(RunDirectory(path))
        } catch {
            return .problems(["the run cannot be loaded: \(error)"])
        }
        guard model.record.inputShape == [images.rows, images.columns, 1], model.record.classNames.count == classes else {
            return .problems(["the run reads \(model.record.inputShape) images into \(model.record.classNames.count) classes; "
                + "the key has \(images.rows)x\(images.columns) images of \(classes) classes"])
        }
        let rows: [[Double]]
        switch budget.probabilities(model, for: images) {
        case let .success(found): rows = found
        case let .failure(problem): return .problems([problem.description])
        }
        let labels = rows.map { row in row.indices.max { row[$0] < row[$1] } ?? 0 }
        return .predictions(labels: labels, probabilities: rows)
    }
}
