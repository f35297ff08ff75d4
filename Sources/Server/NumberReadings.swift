import Charts
import Foundation
import UserImages

/// One uploaded image read as a whole number: what `POST /api/number` returns per image and the result page shows.
struct NumberResult: Codable, Sendable {
    struct Digit: Codable, Sendable {
        let digit: String
        let probability: Double
        /// x, y, width, height in the upload's pixels.
        let box: [Int]
    }

    let file: String
    let number: String
    /// The product of the digits' probabilities.
    let confidence: Double
    let digits: [Digit]
    let run: String
    /// The uploaded image's size.
    let width: Int
    let height: Int
    /// What a person should check before trusting the number ("Check by hand: the 4th digit, read as 1 at 57%."),
    /// naming each digit below the threshold and each warning about the picture; absent when nothing is doubtful.
    var check: String?
    /// The image with each digit's box and reading, as an `<svg>` element (when asked for).
    var picture: String?
    /// The picture's one-sentence description, for alt text.
    var pictureDescription: String?

    enum CodingKeys: String, CodingKey {
        case file, number, confidence, digits, run, width, height, check, picture
        case pictureDescription = "picture_description"
    }
}

extension DigitReader {
    /// Reads every upload as a row of digits with the run called `name`, within the request's budget, on the decoding
    /// lanes' threads. The splits of touching digits ask the model directly (they need answers while segmenting), not
    /// through the batcher.
    func readNumbers(_ uploads: [Upload], run name: String?, picture: Bool) async throws(ServerError) -> [FileAnswer<NumberResult>] {
        let entry = try catalog.entry(named: name)
        let pixels = try configuration.budget.check(uploads, perImage: configuration.maxPixels)
        return try FileAnswer.requireOne(try await lanes.pool(forPixels: pixels).run { () throws(ServerError) in
            try readNumbersNow(uploads, entry: entry, picture: picture)
        })
    }

    /// Each upload's number, or why that file holds none; a run that gives no usable answer fails the request.
    private func readNumbersNow(
        _ uploads: [Upload], entry: RunCatalog.Entry, picture: Bool
    ) throws(ServerError) -> [FileAnswer<NumberResult>] {
        let limits = uploadLimits
        let classes = entry.model.record.classNames
        return try uploads.enumerated().map { (index, upload) throws(ServerError) in
            let image: GreyImage, reading: NumberReading
            do {
                image = try ImageDecoder.decode(upload.bytes, file: upload.file, limits: limits)
                reading = try NumberReader().read(image, file: upload.file, classify: entry.model.probabilities(for:))
            } catch let error as ImageError {
                return .failed(FileFailure(file: upload.file, error: ServerError(error, file: upload.file)))
            } catch {
                throw ServerError(modelFailure: error, run: entry.name)
            }
            let names = reading.digits.map { classes.indices.contains($0.digit) ? classes[$0.digit] : "\($0.digit)" }
            var result = NumberResult(
                file: upload.file, number: names.joined(), confidence: reading.confidence,
                digits: zip(reading.digits, names).map { .init(digit: $1, probability: Double($0.probability), box: $0.box.array) },
                run: entry.name, width: image.width, height: image.height, check: reading.checkAdvice(names: names))
            if picture {
                let shown = image.thumbnail(fittingIn: 900)
                let drawing = NumberBoxesPicture(pixels: shown.pixels, width: shown.width, height: shown.height, photoWidth: image.width,
                                                 photoHeight: image.height, boxes: zip(reading.digits,
                    names).map { digit, name in
                    .init(x: digit.box.x, y: digit.box.y, width: digit.box.width, height: digit.box.height, reading: name,
                          probability: Double(digit.probability),
                          doubtful: NumberReading.isDoubtful(digit))
                }, number: result.number)
                result.picture = try? drawing.inlineSVG(id: "number\(index + 1)")
                result.pictureDescription = drawing.summary
            }
            return .read(result)
        }
    }
}
