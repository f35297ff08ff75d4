import Charts
import Foundation
import IDX
import Training
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

    /// Reads every upload with the run called `name` (the default run when nil); `chart` adds each probability chart,
    /// `thumbnail` a reduced copy of each upload. A file that is not a readable digit becomes its own failure; the request
    /// fails only when no file could be read, or for what concerns them all (the run, the request's budget).
    func read(_ uploads: [Upload], run name: String?, chart: Bool, thumbnail: Bool = false)
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
        var rows = read.isEmpty ? [] : try await entry.batcher.probabilities(for: read.map(\.result.digit.pixels)).get()[...]
        guard rows.count == read.count else {
            throw ServerError(.unprocessableContent, "run \(entry.name) cannot answer: \(rows.count) answers for \(read.count) images")
        }
        let classes = entry.model.record.classNames
        return try FileAnswer.requireOne(zip(uploads, prepared).enumerated().map { index, pair in
            switch pair.1 {
            case .failure(let error):
                return .failed(FileFailure(file: pair.0.file, error: error))
            case .success(let item):
                return .read(reading(item, probabilities: (rows.popFirst() ?? []).map(Double.init), run: entry.name, classes: classes,
                                     chart: chart ? "chart\(index + 1)" : nil))
            }
        })
    }

    /// One prepared upload's reading from its class probabilities, with its chart (its element id `chart`) when asked for.
    private func reading(_ item: Prepared, probabilities: [Double], run: String, classes: [String], chart: String?) -> Reading {
        let best = probabilities.indices.max { probabilities[$0] < probabilities[$1] } ?? 0
        let png = (try? PNGCodec.encode(item.result.digit)) ?? []
        var reading = Reading(
            file: item.upload.file, digit: classes.indices.contains(best) ? classes[best] : "\(best)", probabilities: probabilities,
            run: run, preprocessed: "data:image/png;base64," + Data(png).base64EncodedString(),
            width: item.size.width, height: item.size.height, warnings: item.result.warnings, classes: classes)
        if let chart {
            let drawing = ProbabilityChart(classes: classes, probabilities: probabilities, title: "\(run) on \(item.upload.file)")
            reading.chart = try? drawing.inlineSVG(id: chart)
            reading.chartDescription = drawing.summary
        }
        if let small = item.thumbnail {
            reading.thumbnail = "data:image/png;base64," + Data(small).base64EncodedString()
        }
        return reading
    }

    /// One upload decoded and preprocessed: the picture as decoded, the upload's own size, the digit.
    private struct Prepared: Sendable {
        let upload: Upload
        let size: (width: Int, height: Int)
        let result: DigitPreprocessor.Result
        /// A reduced copy of the upload as PNG bytes, when asked for.
        let thumbnail: [UInt8]?
    }

    /// What an upload may be: the server's size limits.
    var uploadLimits: ImageLimits {
        ImageLimits(maximumFileBytes: configuration.maxUploadBytes, maximumSide: 16_384, maximumPixels: configuration.maxPixels)
    }

    private func prepare(_ upload: Upload, thumbnail: Bool) throws(ServerError) -> Prepared {
        let limits = uploadLimits
        do {
            let preprocessor = DigitPreprocessor()
            let picture = try ImageDecoder.decode(upload.bytes, file: upload.file, limits: limits, reducingTo: preprocessor.analysisSide)
            // A large JPEG is decoded reduced; the size reported is the upload's own.
            let size = JPEGDecoder.uprightSize(upload.bytes) ?? (picture.width, picture.height)
            let digit = try preprocessor.digit(from: picture, file: upload.file)
            let small = thumbnail ? try? PNGCodec.encode(picture.thumbnail(fittingIn: 280)) : nil
            return Prepared(upload: upload, size: size, result: digit, thumbnail: small)
        } catch {
            throw ServerError(error, file: upload.file)
        }
    }
}
