import Charts
import Foundation
import IDX
import Training
import UserImages

/// Turns uploaded bytes into readings: decoded within the server's limits, preprocessed as MNIST was made, and read
/// by the chosen run through its batcher, so that concurrent requests share forward passes.
struct DigitReader: Sendable {
    let catalog: RunCatalog
    let configuration: ServerConfiguration

    /// One upload: the client's file name and its bytes.
    struct Upload: Sendable {
        let file: String
        let bytes: [UInt8]
    }

    /// Reads every upload with the run called `name` (the default run when nil); `chart` adds each probability chart,
    /// `thumbnail` a reduced copy of each upload.
    func read(_ uploads: [Upload], run name: String?, chart: Bool, thumbnail: Bool = false) async throws(ServerError) -> [Reading] {
        let entry = try catalog.entry(named: name)
        entry.batcher.announce()
        let prepared: [(upload: Upload, picture: GreyImage, result: DigitPreprocessor.Result)]
        do {
            prepared = try uploads.map(prepare)
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
                width: item.picture.width, height: item.picture.height, warnings: item.result.warnings, classes: classes)
            if chart {
                let drawing = ProbabilityChart(classes: classes, probabilities: probabilities, title: "\(entry.name) on \(item.upload.file)")
                reading.chart = try? drawing.inlineSVG(id: "chart\(index + 1)")
                reading.chartDescription = drawing.summary
            }
            if thumbnail, let small = try? PNGCodec.encode(item.picture.thumbnail(fittingIn: 280)) {
                reading.thumbnail = "data:image/png;base64," + Data(small).base64EncodedString()
            }
            readings.append(reading)
        }
        return readings
    }

    private func prepare(_ upload: Upload) throws(ServerError) -> (upload: Upload, picture: GreyImage, result: DigitPreprocessor.Result) {
        let limits = ImageLimits(
            maximumFileBytes: configuration.maxUploadBytes, maximumSide: 16_384, maximumPixels: configuration.maxPixels)
        do {
            let picture = try ImageDecoder.decode(upload.bytes, file: upload.file, limits: limits)
            return (upload, picture, try DigitPreprocessor().digit(from: picture, file: upload.file))
        } catch {
            throw ServerError(error, file: upload.file)
        }
    }
}
