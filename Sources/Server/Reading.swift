import Charts
import Foundation
import IDX
import Training
import UserImages

/// One uploaded image as one run reads it: what the JSON API returns per image and the pages show.
struct Reading: Codable, Sendable {
    /// The upload's file name as the client gave it (shown, never used as a path).
    let file: String
    /// The predicted class's name.
    let digit: String
    /// The probability of each class, in class order.
    let probabilities: [Double]
    /// The run that read it.
    let run: String
    /// The preprocessed 28x28 input as a PNG data URI.
    let preprocessed: String
    /// The uploaded image's size.
    let width: Int
    let height: Int
    /// Why the reading may be unreliable (from the preprocessing), if it may.
    let warnings: [String]
    /// The class names, for labelling `probabilities`.
    let classes: [String]
    /// The probability chart, drawn by Digitbook's Charts module, as an SVG data URI.
    let chart: String
    /// The chart's one-sentence description, for alt text.
    let chartDescription: String

    enum CodingKeys: String, CodingKey {
        case file, digit, probabilities, run, preprocessed, width, height, warnings, classes, chart
        case chartDescription = "chart_description"
    }

    /// The classes ranked by probability, most likely first.
    var ranked: [Int] { probabilities.indices.sorted { probabilities[$0] > probabilities[$1] } }
}

/// Turns uploaded bytes into readings: decoded within the server's limits, preprocessed as MNIST was made, and read
/// by the chosen run, all the images of one request in one forward pass.
struct DigitReader: Sendable {
    let catalog: RunCatalog
    let configuration: ServerConfiguration

    /// One upload: the client's file name and its bytes.
    struct Upload: Sendable {
        let file: String
        let bytes: [UInt8]
    }

    func read(_ uploads: [Upload], run name: String?) throws(ServerError) -> [Reading] {
        let entry = try catalog.entry(named: name)
        let limits = ImageLimits(
            maximumFileBytes: configuration.maxUploadBytes, maximumSide: 16_384, maximumPixels: configuration.maxPixels)
        var prepared: [(upload: Upload, picture: GreyImage, result: DigitPreprocessor.Result)] = []
        for upload in uploads {
            do {
                let picture = try ImageDecoder.decode(upload.bytes, file: upload.file, limits: limits)
                prepared.append((upload, picture, try DigitPreprocessor().digit(from: picture, file: upload.file)))
            } catch {
                throw ServerError(error, file: upload.file)
            }
        }
        let side = entry.model.side
        guard prepared.allSatisfy({ $0.result.digit.width == side && $0.result.digit.height == side }) else {
            throw ServerError(.internalServerError, "run \(entry.name) reads \(side)x\(side) images")
        }
        let images: ImageSet
        do {
            images = try ImageSet(count: prepared.count, rows: side, columns: side, pixels: prepared.flatMap(\.result.digit.pixels))
        } catch {
            throw ServerError(.internalServerError, "could not assemble the inputs: \(error)")
        }
        let rows = prepared.isEmpty ? [] : entry.model.probabilities(for: images)
        let classes = entry.model.record.classNames
        return zip(prepared, rows).map { item, row in
            let probabilities = row.map(Double.init)
            let best = probabilities.indices.max { probabilities[$0] < probabilities[$1] } ?? 0
            let png = (try? PNGCodec.encode(item.result.digit)) ?? []
            let chart = ProbabilityChart(classes: classes, probabilities: probabilities, title: "\(entry.name) on \(item.upload.file)")
            let svg = (try? chart.svg()) ?? []
            return Reading(
                file: item.upload.file, digit: classes.indices.contains(best) ? classes[best] : "\(best)", probabilities: probabilities,
                run: entry.name, preprocessed: "data:image/png;base64," + Data(png).base64EncodedString(),
                width: item.picture.width, height: item.picture.height, warnings: item.result.warnings, classes: classes,
                chart: "data:image/svg+xml;base64," + Data(svg).base64EncodedString(), chartDescription: chart.summary)
        }
    }
}
