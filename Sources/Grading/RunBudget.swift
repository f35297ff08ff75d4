import Foundation
import IDX
import Runs

/// Runs a student's model on the key's images within the assignment's time limit (`run_time_limit_seconds`):
/// refused before running when it cannot finish in time, stopped between batches when it runs over.
///
/// Before running: a model does at least one multiply-add per weight per image, so one with more weights than
/// `fastestRate` multiply-adds a second could finish within the limit is refused outright (no machine grading here is
/// that fast). Then a small first batch is timed, and a model whose time for the whole key, so projected, is over the
/// limit is refused without running the rest.
struct RunBudget {
    /// The seconds a run may take.
    let limit: Double
    /// Multiply-adds a second, well above what a CPU core does in Digitbook's network code.
    static let fastestRate = 5e9
    static let firstBatch = 64
    static let batch = 500

    /// Every image's class probabilities, or why the run is not gradable.
    func probabilities(_ model: InferenceModel, for images: ImageSet) -> Result<[[Double]], RunOverBudget> {
        let count = images.count
        let work = Double(model.parameterCount) * Double(count)
        guard work <= limit * Self.fastestRate else {
            return .failure(RunOverBudget("the model has \(model.parameterCount) weights: \(count) key images need at least "
                + "\(String(format: "%.3g", work)) multiply-adds, more than fit in the time limit of \(seconds(limit)) "
                + "(run_time_limit_seconds in the assignment file); hand in a smaller model"))
        }
        let start = Date()
        var rows: [[Double]] = []
        rows.reserveCapacity(count)
        var done = 0
        while done < count {
            let range = done..<min(count, done + (done == 0 ? Self.firstBatch : Self.batch))
            do {
                rows += try model.probabilities(for: images.images(in: range)).map { $0.map(Double.init) }
            } catch {
                return .failure(RunOverBudget("\(error) (among the key's images \(range.lowerBound + 1) to \(range.upperBound))"))
            }
            done = range.upperBound
            let elapsed = Date().timeIntervalSince(start)
            let projected = elapsed / Double(done) * Double(count)
            if done < count, elapsed > limit || (done == range.count && projected > limit * 1.5) {
                return .failure(RunOverBudget("the run would take about \(seconds(projected)) for the key's \(count) images "
                    + "(\(seconds(elapsed)) for the first \(done)), over the time limit of \(seconds(limit)) "
                    + "(run_time_limit_seconds in the assignment file); it was stopped"))
            }
        }
        let elapsed = Date().timeIntervalSince(start)
        guard elapsed <= limit else {
            return .failure(RunOverBudget("the run took \(seconds(elapsed)) for the key's \(count) images, over the time limit "
                + "of \(seconds(limit)) (run_time_limit_seconds in the assignment file)"))
        }
        return .success(rows)
    }

    private func seconds(_ value: Double) -> String { String(format: "%.1f s", value) }
}

/// Why a run-folder submission was not run to the end: too slow, too large, or its outputs are not numbers.
struct RunOverBudget: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) { self.description = description }
}
