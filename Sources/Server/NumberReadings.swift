import Charts
import Foundation
import Localization
import Readings
import UserImages

extension DigitReader {
    /// Reads every upload as a row of digits with the run called `name`, within the request's budget, on the decoding
    /// lanes' threads. The splits of touching digits ask the model directly (they need answers while segmenting), not
    /// through the batcher.
    func readNumbers(_ uploads: [Upload], run name: String?, picture: Bool, words: LocalWords = .english)
        async throws(ServerError) -> [FileAnswer<NumberAnswer>] {
        let entry = try catalog.entry(named: name)
        let pixels = try configuration.budget.check(uploads, perImage: configuration.maxPixels)
        return try FileAnswer.requireOne(try await lanes.pool(forPixels: pixels).run { () throws(ServerError) in
            try readNumbersNow(uploads, entry: entry, picture: picture, words: words)
        })
    }

    /// Each upload's number, or why that file holds none; a run that gives no usable answer fails the request.
    private func readNumbersNow(
        _ uploads: [Upload], entry: RunCatalog.Entry, picture: Bool, words: LocalWords
    ) throws(ServerError) -> [FileAnswer<NumberAnswer>] {
        let limits = uploadLimits
        return try uploads.enumerated().map { (index, upload) throws(ServerError) in
            let result: NumberResult
            do {
                let image = try ImageDecoder.decode(upload.bytes, file: upload.file, limits: limits)
                result = try NumberResult(reading: image, file: upload.file, with: entry.model, run: entry.name)
            } catch let error as ImageError {
                return .failed(FileFailure(file: upload.file, error: ServerError(error, file: upload.file)))
            } catch {
                throw ServerError(modelFailure: error, run: entry.name)
            }
            var answer = NumberAnswer(result, key: "picture")
            if picture { answer.draw(result.boxesPicture.speaking(words), id: "number\(index + 1)") }
            return .read(answer)
        }
    }
}
