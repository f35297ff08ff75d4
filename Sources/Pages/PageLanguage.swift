/// The language a page is written in: its BCP 47 tag for the `lang` attribute (screen readers pick their voice by it),
/// and whether its lines run right to left (`dir="rtl"`, which mirrors the layout).
public struct PageLanguage: Equatable, Sendable {
    public let tag: String
    public let rightToLeft: Bool

    public init(tag: String, rightToLeft: Bool = false) {
        self.tag = tag
        self.rightToLeft = rightToLeft
    }

    public static let english = PageLanguage(tag: "en")

    /// The `<html>` element's attributes.
    var attributes: [HTMLAttribute] { [HTMLAttribute("lang", tag)] + (rightToLeft ? [HTMLAttribute("dir", "rtl")] : []) }
}
