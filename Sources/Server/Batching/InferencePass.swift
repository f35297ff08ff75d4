import IDX
import Runs

/// One forward pass over the digits of several requests, split back into one answer per request.
struct InferencePass {
    let model: InferenceModel
    /// The run's name, as errors name it.
    let run: String

    func probabilities(for requests: [[[UInt8]]]) -> [Result<[[Float]], ServerError>] {
        let side = model.side
        let digits = requests.flatMap { $0 }
        guard digits.allSatisfy({ $0.count == side * side }) else {
            let error = ServerError(.internalServerError, "a digit did not have the \(side)x\(side) pixels the run reads")
            return requests.map { _ in .failure(error) }
        }
        let images: ImageSet
        do {
            images = try ImageSet(count: digits.count, rows: side, columns: side, pixels: digits.flatMap { $0 })
        } catch {
            let failure = ServerError(.internalServerError, "could not assemble the inputs: \(error)")
            return requests.map { _ in .failure(failure) }
        }
        let rows: [[Float]]
        do {
            rows = try model.probabilities(for: images)
        } catch {
            return requests.map { _ in .failure(ServerError(modelFailure: error, run: run)) }
        }
        var answers: [Result<[[Float]], ServerError>] = []
        var start = 0
        for request in requests {
            answers.append(.success(Array(rows[start..<(start + request.count)])))
            start += request.count
        }
        return answers
    }
}
