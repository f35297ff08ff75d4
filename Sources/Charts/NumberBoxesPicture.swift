import Localization

/// A photo of a number with each digit's box drawn on it and its reading and probability above the box; boxes whose
/// reading is doubtful are drawn in the warning colour.
public struct NumberBoxesPicture: Chart {
    /// One digit: its box in the photo's pixels, what was read and how surely.
    public struct Box: Sendable {
        public let x: Int, y: Int, width: Int, height: Int
        public let reading: String
        public let probability: Double
        public let doubtful: Bool

        public init(x: Int, y: Int, width: Int, height: Int, reading: String, probability: Double, doubtful: Bool) {
            (self.x, self.y, self.width, self.height) = (x, y, width, height)
            self.reading = reading
            self.probability = probability
            self.doubtful = doubtful
        }
    }

    /// The photo's pixels, possibly a reduced copy of the photo the boxes were found in (so that a large upload is not
    /// embedded at full size).
    public let pixels: [UInt8]
    public let pixelsWidth: Int, pixelsHeight: Int
    /// The size of the photo the boxes' coordinates refer to.
    public let photoWidth: Int, photoHeight: Int
    public let boxes: [Box]
    public let number: String
    /// Photos are drawn at most this wide (chart units).
    public var mostWidth = 900.0
    /// The language of its title and description.
    public var language = LocalWords.english

    public init(pixels: [UInt8], width: Int, height: Int, photoWidth: Int? = nil, photoHeight: Int? = nil, boxes: [Box],
                number: String) {
        self.pixels = pixels
        pixelsWidth = width
        pixelsHeight = height
        self.photoWidth = photoWidth ?? width
        self.photoHeight = photoHeight ?? height
        self.boxes = boxes
        self.number = number
    }

    /// Chart units per photo pixel: photos are drawn at most `mostWidth` wide and at least 300.
    var scale: Double { min(1, mostWidth / Double(max(1, photoWidth))) * max(1, 300 / Double(max(1, photoWidth))) }
    public var width: Double { Double(photoWidth) * scale }
    public var height: Double { Double(photoHeight) * scale + 64 }

    public var summary: String {
        let doubtful = boxes.filter(\.doubtful).count
        let phrase: Phrase = doubtful > 0 ? .chartNumberDoubtful : boxes.count == 1 ? .chartNumberSummaryOne : .chartNumberSummary
        return language(phrase, ["number": number, "count": language.count(boxes.count), "doubtful": language.count(doubtful)])
    }

    static let sure = Color(hex: 0x0072B2), doubtful = Color(hex: 0xD55E00)

    public func draw(_ g: Graphics) {
        let top = 40.0
        g.text(language(.chartReadAs, ["number": number]), 12, 26, size: 16, bold: true)
        g.photo(pixels, width: pixelsWidth, height: pixelsHeight, x: 0, y: top, drawnWidth: width,
                drawnHeight: Double(photoHeight) * scale)
        for box in boxes {
            let color = box.doubtful ? Self.doubtful : Self.sure
            let (x0, y0) = (Double(box.x) * scale, top + Double(box.y) * scale)
            let (x1, y1) = (x0 + Double(box.width) * scale, y0 + Double(box.height) * scale)
            g.stroke([(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)], color, width: 2)
            let label = "\(box.reading) " + String(format: "%.2f", box.probability)
            g.fill(x0, y1 + 2, 9 * Double(label.count) + 6, 18, color)
            g.text(label, x0 + 3, y1 + 15, size: 13, .white, bold: true)
        }
    }
}
