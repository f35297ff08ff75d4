/// A language a catalogue speaks: its BCP 47 tag, its own name for itself, which way it is written, and how it writes
/// numbers (separators, grouping, the percent sign's place, and its own digits where it has them).
public struct Language: Decodable, Equatable, Sendable {
    /// Which way lines run.
    public enum Direction: String, Decodable, Sendable {
        case leftToRight = "ltr"
        case rightToLeft = "rtl"
    }

    /// How digits are grouped: in threes (1,234,567), or as in India (12,34,567).
    public enum Grouping: String, Decodable, Sendable {
        case threes
        case indian
    }

    /// The BCP 47 tag (`en`, `zh-Hans`), as the page's `lang` attribute and the PDF's `/Lang` take it.
    public let tag: String
    /// The language's name in itself (Español, தமிழ்), as the language picker shows it.
    public let name: String
    public let direction: Direction
    /// The decimal separator and the group separator with Western digits.
    public let decimal: String
    public let group: String
    public let grouping: Grouping
    /// Where the number goes in a percentage: `{n}%`, `{n} %` (with a no-break space).
    public let percent: String
    /// The language's own digits 0 to 9 (Arabic-Indic, Devanagari, Tamil), when it has them.
    public let digits: String?
    /// The separators that go with those digits (Arabic writes ٫ and ٬), when they differ.
    public let nativeDecimal: String?
    public let nativeGroup: String?
    /// The percent pattern that goes with those digits (Arabic writes ٪), when it differs.
    public let nativePercent: String?
}
