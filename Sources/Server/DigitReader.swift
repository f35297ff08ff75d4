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
    /// `thumbnail` a reduced copy of each upload.
    func read(_ uploads: [Upload], run name: String?, chart: Bool, thumbnail: Bool = false) async throws(ServerError) -> [Reading] {
        let entry = try catalog.entry(named: name)
        let pixels = try configuration.budget.check(uploads, perImage: configuration.maxPixels)
        entry.batcher.announce()
        let prepared: [Prepared]
        do {
            prepared = try await lanes.pool(forPixels: pixels).run { () throws(ServerError) in
                try uploads.map { upload throws(ServerError) in try prepare(upload, thumbnail: thumbnail) }
            }
        } catch {
            entry.batcher.withdraw()
            throw error
        }
        let rows = try await entry.batcher.probabilities(for: prepared.map(\.result.digit.pixels)).get()
        let classes = entry.model.record.classNames
        var readings: [Reading] = []
        for (index, (item, row)) in zip(prepared, rows).enumerated() {
            let probabilities = row.map(Double.init)
            let best = probabilities.indices.max { probabilities[$0] < probabilities[$1] } ?? 0
            let png = (try? PNGCodec.encode(item.result.digit)) ?? []
            var reading = Reading(
                file: item.upload.file, digit: classes.indices.contains(best) ? classes[best] : "\(best)", probabilities: probabilities,
                run: entry.name, preprocessed: "data:image/png;base64," + Data(png).base64EncodedString(),
                width: item.size.width, height: item.size.height, warnings: item.result.warnings, classes: classes)
            if chart {
                let title = "\(entry.name) on \(item.upload.file)"
                let drawing = ProbabilityChart(classes: classes, probabilities: probabilities, title: title)
                reading.chart = try? drawing.inlineSVG(id: "chart\(index + 1)")
                reading.chartDescription = drawing.summary
            }
            if let small = item.thumbnail {
                reading.thumbnail = "data:image/png;base64," + Data(small).base64EncodedString()
            }
            readings.append(reading)
        }
        return readings
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
