import Charts
import Runs
import UserImages

/// One image read as a whole number by one run: the answer that `predict --number`, the `predict` cell with
/// `number: true` and the server's `/api/number` all give, and only format.
public struct NumberResult: Sendable {
    /// One digit of the number.
    public struct Digit: Codable, Sendable, Equatable {
        /// The class name read.
        public let digit: String
        public let probability: Double
        /// x, y, width, height in the image's pixels.
        public let box: [Int]
    }

    /// The image's name as the user gave it.
    public private(set) var file: String
    /// The run that read it.
    public let run: String
    /// The reading underneath: boxes, inputs and every class's probability.
    public let reading: NumberReading
    /// The image as decoded, which the boxes refer to.
    public let picture: GreyImage
    /// The probability below which a digit should be checked by hand.
    public let threshold: Double
    /// The digits' readings as class names.
    public let names: [String]

    /// Reads `picture`, the image called `file`, as a row of digits with `model`, the run called `run`.
    public init(reading picture: GreyImage, file: String, with model: InferenceModel, run: String,
                threshold: Double = NumberReading.checkThreshold) throws {
        try self.init(reading: picture, file: file, classify: model.probabilities(for:), classes: model.record.classNames, run: run,
                      threshold: threshold)
    }

    /// Reads `picture` with `classify`, a run's classifier whose classes are `classes`.
    public init(reading picture: GreyImage, file: String, classify: NumberReader.Classifier, classes: [String], run: String,
                threshold: Double = NumberReading.checkThreshold) throws {
        reading = try NumberReader().read(picture, file: file, classify: classify)
        names = reading.digits.map { classes.indices.contains($0.digit) ? classes[$0.digit] : "\($0.digit)" }
        self.picture = picture
        self.file = file
        self.run = run
        self.threshold = threshold
    }

    /// Reads the image file at `path`: the one way a command or a report cell reads a number. The result names the
    /// image `name` (the path when nil); errors name the path.
    public static func read(file path: String, as name: String? = nil, with model: InferenceModel, run: String,
                            threshold: Double = NumberReading.checkThreshold) throws -> NumberResult {
        var result = try NumberResult(reading: ImageDecoder.read(path), file: path, with: model, run: run, threshold: threshold)
        if let name { result.file = name }
        return result
    }

    /// The number as the class names read ("90210").
    public var number: String { names.joined() }

    /// The probability that every digit is right (the product of their probabilities).
    public var confidence: Double { reading.confidence }

    /// The image's size, which the boxes refer to.
    public var width: Int { picture.width }
    public var height: Int { picture.height }

    /// The result in one English sentence: "cnn reads 90210: 5 digits, all of them right with probability 97.3%."
    public var sentence: String { ReadingWords.english.sentence(self) }

    /// The digits, left to right, with their names.
    public var digits: [Digit] {
        zip(reading.digits, names).map { Digit(digit: $1, probability: Double($0.probability), box: $0.box.array) }
    }

    /// The digits below the threshold, in words ("the 4th digit, read as 1 at 57%").
    public var doubts: [String] { reading.doubts(threshold: threshold, names: names) }

    /// What to check by hand before trusting the number, in one sentence; nil when nothing is doubtful.
    public var check: String? { reading.checkAdvice(threshold: threshold, names: names) }

    /// Whether the digit at `index` is below the threshold.
    public func isDoubtful(_ index: Int) -> Bool {
        reading.digits.indices.contains(index) && NumberReading.isDoubtful(reading.digits[index], threshold: threshold)
    }

    /// The image with each digit's box and reading drawn on it, doubtful digits in the warning colour; the photo is
    /// reduced to at most 900 pixels across.
    public var boxesPicture: NumberBoxesPicture {
        let shown = picture.thumbnail(fittingIn: 900)
        let boxes = reading.digits.indices.map { index in
            let box = reading.digits[index].box
            return NumberBoxesPicture.Box(x: box.x, y: box.y, width: box.width, height: box.height, reading: names[index],
                                          probability: Double(reading.digits[index].probability), doubtful: isDoubtful(index))
        }
        return NumberBoxesPicture(pixels: shown.pixels, width: shown.width, height: shown.height, photoWidth: picture.width,
                                  photoHeight: picture.height, boxes: boxes, number: number)
    }

    /// ``boxesPicture`` as PNG bytes, one pixel per chart unit.
    public func boxesPNG() throws -> [UInt8] { try boxesPicture.png(scale: 1) }
}

extension NumberResult: Encodable {
    enum CodingKeys: String, CodingKey {
        case file, number, confidence, digits, run, width, height, check, doubts, warnings, sentence, announcement
    }

    /// The number as `predict --number --json`, the cell and `POST /api/number` give it, with its sentence and its
    /// announcement (digit by digit) in the encoder's `ReadingWords`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(number, forKey: .number)
        try container.encode(confidence, forKey: .confidence)
        try container.encode(digits, forKey: .digits)
        try container.encode(run, forKey: .run)
        try container.encode(width, forKey: .width)
        try container.encode(height, forKey: .height)
        try container.encodeIfPresent(check, forKey: .check)
        try container.encode(doubts, forKey: .doubts)
        try container.encode(reading.warnings, forKey: .warnings)
        let words = ReadingWords.of(encoder)
        try container.encode(words.sentence(self), forKey: .sentence)
        try container.encode(words.announcement(self), forKey: .announcement)
    }
}
