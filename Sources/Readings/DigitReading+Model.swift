import Runs
import UserImages

extension DigitReading {
    /// Reads the image file at `path` with `model`, the run called `run`: the one way a command or a report cell reads
    /// one digit (the server prepares on its own threads and batches the passes, then makes the same value). The reading
    /// names the image `name` (the path when nil); errors name the path.
    public static func read(file path: String, as name: String? = nil, with model: InferenceModel, run: String) throws -> DigitReading {
        let digit = try PreparedDigit(path: path)
        let row = try model.probabilities(for: [digit.input]).first ?? []
        return DigitReading(digit, probabilities: row.map(Double.init), classes: model.record.classNames, run: run, file: name)
    }
}
