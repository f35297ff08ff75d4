import Pages

/// What a cell produced, as stored in the cache beside its figure files: blocks to show, in order.
///
/// Nothing here depends on the cell's display options (caption, label, echo), so editing them reuses the result.
struct CellOutput: Codable, Equatable, Sendable {
    /// One figure, table or passage of text.
    struct Block: Codable, Equatable, Sendable {
        enum Kind: String, Codable, Sendable {
            case figure, table, text
        }

        var kind: Kind
        /// For figures: the file stem of `NAME.png` and `NAME.svg` in the cache entry.
        var name: String = ""
        /// The caption used when the cell gives none (figures and tables).
        var caption: String = ""
        /// For figures: one sentence describing the data, the alt text.
        var alt: String = ""
        /// For tables: the table.
        var table: HTMLTable?
        /// For text: its blocks in the document model (the page's HTML writer marks them up).
        var content: [DocumentBlock] = []
        /// For figures: whether the inline page shows the PNG (pictures of digits) rather than the SVG (charts).
        var raster: Bool = false

        /// The caption with `cell`'s id in place of ``CellOutput/cellID``.
        func caption(for cell: Cell) -> String { caption.replacingOccurrences(of: CellOutput.cellID, with: cell.id) }
    }

    /// Stands for the cell's id in a block's caption: cells with different ids can share one cached result (a train cell
    /// and a sweep's member with the same configuration), so the id is put in when the page is assembled.
    static let cellID = "\u{FFFC}cell-id\u{FFFC}"

    var kind: String
    var id: String
    var key: String
    var digitbookVersion: String
    /// How long computing the result took.
    var seconds: Double
    var blocks: [Block]
    /// A one-line account for the terminal, such as "test accuracy 98.53%".
    var headline: String
    /// The numbers prose can name as `${ID.NAME}`, by name.
    var values: [String: ReportValue] = [:]

    enum CodingKeys: String, CodingKey {
        case kind, id, key, seconds, blocks, headline, values
        case digitbookVersion = "digitbook_version"
    }
}
