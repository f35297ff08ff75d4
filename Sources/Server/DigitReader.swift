import Charts
import Foundation
import Readings
import Runs
import UserImages

/// Turns uploaded bytes into readings: decoded within the server's limits, preprocessed as MNIST was made, and read
/// by the chosen run through its batcher, so that concurrent requests share forward passes. Decoding and
/// preprocessing run on the lanes' own threads, within the request's budget.
struct DigitReader: Sendable {
    let catalog: RunCatalog
    let configuration: ServerConfiguration
    let lanes: DecodingLanes

    /// One upload: the client's file name and its bytes.
    struct Upload: Sendable {
        let file: String
        let bytes: [UInt8]
    }

    /// Reads every upload with the run called `name` (the default run when nil); `chart` adds each probability chart
    /// (its title and description in `words`' language), `thumbnail` a reduced copy of each upload. A file that is not
    /// a readable digit becomes its own failure; the request fails only when no file could be read, or for what
    /// concerns them all (the run, the request's budget).
    func read(_ uploads: [Upload], run name: String?, chart: Bool, thumbnail: Bool = false, words: ReadingWords = .english)
        async throws(ServerError) -> [FileAnswer<Reading>] {
        let entry = try catalog.entry(named: name)
        let pixels = try configuration.budget.check(uploads, perImage: configuration.maxPixels)
        entry.batcher.announce()
        let prepared: [Result<Prepared, ServerError>]
        do {
            prepared = try await lanes.pool(forPixels: pixels).run {
                uploads.map { upload in Result { () throws(ServerError) in try prepare(upload, thumbnail: thumbnail) } }
            }
        } catch {
            entry.batcher.withdraw()
            throw error
        }
        let read = prepared.compactMap { try? $0.get() }
        if read.isEmpty { entry.batcher.withdraw() }
        var rows = read.isEmpty ? [] : try await entry.batcher.probabilities(for: read.map(\.digit.input.pixels)).get()[...]
        guard rows.count == read.count else {
            throw ServerError(.unprocessableContent, "run \(entry.name) cannot answer: \(rows.count) answers for \(read.count) images")
        }
        let classes = entry.model.record.classNames
        return try FileAnswer.requireOne(zip(uploads, prepared).enumerated().map { index, pair in
            switch pair.1 {
            case .failure(let error):
                return .failed(FileFailure(file: pair.0.file, error: error))
            case .success(let item):
                let value = DigitReading(item.digit, probabilities: (rows.popFirst() ?? []).map(Double.init), classes: classes,
                                         run: entry.name)
                let thumbnail = item.thumbnail.map { "data:image/png;base64," + Data($0).base64EncodedString() }
                var reading = Reading(value, key: "chart", thumbnail: thumbnail)
                if chart { reading.draw(value.chart(in: words), id: "chart\(index + 1)") }
                return .read(reading)
            }
        })
    }

    /// One upload decoded and preprocessed, with a reduced copy of it as PNG bytes when asked for.
    private struct Prepared: Sendable {
        let digit: PreparedDigit
        let thumbnail: [UInt8]?
    }

    /// What an upload may be: the server's size limits.
    var uploadLimits: ImageLimits {
        ImageLimits(maximumFileBytes: configuration.maxUploadBytes, maximumSide: 16_384, maximumPixels: configuration.maxPixels)
    }

    private func prepare(_ upload: Upload, thumbnail: Bool) throws(ServerError) -> Prepared {
        do {
            let digit = try PreparedDigit(bytes: upload.bytes, file: upload.file, limits: uploadLimits)
            return Prepared(digit: digit, thumbnail: thumbnail ? try? PNGCodec.encode(digit.picture.thumbnail(fittingIn: 280)) : nil)
        } catch {
            throw ServerError(error, file: upload.file)
        }
    }
}
