import Foundation
import Localization

/// A grid of digit images drawn from their pixels, each with a caption such as "4 → 9 (0.97)".
public struct DigitGrid: Chart {
    /// One digit and its caption.
    public struct Item: Sendable {
        public let pixels: [UInt8]
        public let side: Int
        public let caption: String

        /// `pixels` are `side` x `side`, 0 background and 255 ink (MNIST's convention); they are drawn dark on light.
        public init(pixels: [UInt8], side: Int, caption: String) {
            self.pixels = pixels
            self.side = side
            self.caption = caption
        }
    }

    public let items: [Item]
    public let columns: Int
    public let title: String
    /// The language of its axis titles, legend and description.
    public var language = LocalWords.english
    /// The side of each drawn digit, and of the square it sits in with its caption.
    let image: Double, cell: Double

    /// `imageSide` is the drawn size of each digit in chart units (56: twice MNIST's 28 pixels).
    public init(items: [Item], columns: Int = 8, imageSide: Double = 56, title: String) {
        self.items = items
        self.columns = max(1, columns)
        self.title = title
        image = max(8, imageSide)
        cell = image + 28
    }

    var rows: Int { (items.count + columns - 1) / columns }
    /// As wide as the digits, or as the title where a few digits would cut it off (about 9.5 units a character of
    /// bold 15-unit DejaVu Sans).
    public var width: Double { max(16 + cell * Double(min(columns, max(items.count, 1))), 32 + 9.5 * Double(title.count)) }
    public var height: Double { 44 + cell * Double(max(rows, 1)) }

    public var summary: String {
        guard let first = items.first else { return language(.chartNoImages, ["title": title]) }
        return language(items.count == 1 ? .chartGridSummaryOne : .chartGridSummary,
                        ["title": title, "count": language.count(items.count), "caption": first.caption])
    }

    public func draw(_ g: Graphics) {
        g.text(title, 16, 26, size: 15, bold: true)
        for (index, item) in items.enumerated() {
            let x = 16 + Double(index % columns) * cell + (cell - image) / 2 - 8, y = 40 + Double(index / columns) * cell
            g.image(item.pixels.map { 255 - $0 }, width: item.side, height: item.side, x: x, y: y, side: image)
            g.text(item.caption, x + image / 2, y + image + 16, size: 10, align: .centre)
        }
    }
}
