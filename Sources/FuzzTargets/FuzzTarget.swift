import Evaluation
import Grading
import Gzip
import IDX
import LiterateReport
import ModelImport
import Runs
import Server
import UserImages

/// One parser that libFuzzer feeds with arbitrary bytes: each must turn any input into a value or a typed error,
/// never a crash, a hang or unbounded memory.
public enum FuzzTarget: String, CaseIterable, Sendable {
    case idx, gzip, image, predictions, report, safetensors
    case kerasConfig = "keras-config"
    /// Grading's inputs: the assignment file (YAML), the timestamps CSV and the roster CSV.
    case assignment, timestamps, roster
    /// The server's request handling: a Content-Type line, then a body, through upload parsing and the request budget.
    case serverRequest = "server-request"

    /// Parses `bytes` the way Digitbook parses a user's file of this kind, discarding the result and any error.
    public func consume(_ bytes: [UInt8]) {
        let file = "fuzz-input"
        switch self {
        case .idx:
            _ = try? IDXReader.images(from: bytes, file: file)
            _ = try? IDXReader.labels(from: bytes, file: file, classCount: 10)
        case .gzip:
            _ = try? Gzip.decompress(bytes, limit: 1 << 24)
        case .image:
            let limits = ImageLimits(maximumFileBytes: 1 << 20, maximumSide: 4_096, maximumPixels: 4_000_000)
            let preprocessor = DigitPreprocessor()
            guard let image = try? ImageDecoder.decode(bytes, file: file, limits: limits, reducingTo: preprocessor.analysisSide) else {
                return
            }
            _ = try? preprocessor.digit(from: image, file: file)
            // Reading a whole number, with a stand-in classifier whose answers vary with the ink (so cuts are tried).
            _ = try? NumberReader().read(image, file: file) { digits in
                digits.map { digit in
                    var row = [Float](repeating: 0.05, count: 10)
                    row[digit.pixels.reduce(0) { $0 + Int($1) } % 10] = 0.55
                    return row
                }
            }
        case .predictions:
            _ = try? PredictionsFile(text: String(decoding: bytes, as: UTF8.self), file: file, count: 16, classes: 10)
        case .report:
            _ = try? ReportDocument(text: String(decoding: bytes, as: UTF8.self), file: file)
        case .safetensors:
            _ = try? SafeTensors.read(bytes, file: file)
            _ = try? SafeTensors.readConverting(bytes, file: file)
        case .kerasConfig:
            _ = try? KerasModelFile.architecture(configuration: String(decoding: bytes, as: UTF8.self), file: file)
        case .assignment:
            _ = try? AssignmentFile.parse(String(decoding: bytes, as: UTF8.self), file: file)
        case .timestamps:
            _ = try? SubmissionTimes.parse(String(decoding: bytes, as: UTF8.self), file: file)
        case .roster:
            _ = try? Roster.parse(String(decoding: bytes, as: UTF8.self), file: file)
        case .serverRequest:
            RequestFuzzing.consume(bytes)
        }
    }
}
