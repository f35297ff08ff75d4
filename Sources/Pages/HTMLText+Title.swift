import Foundation

extension HTMLText {
    /// The text of the first `<title>` in the start of a page (its `<head>`), with the character references Digitbook
    /// writes (`&amp; &lt; &gt; &quot; &#39;`) read back; nil when there is none or it is empty.
    /// Only the head counts (an `<svg>`'s own `<title>` in the body does not); tag names in any letter case.
    public static func title(inHead page: String) -> String? {
        let head = page.range(of: "<body", options: .caseInsensitive).map { page[..<$0.lowerBound] } ?? page[...]
        guard let open = head.range(of: "<title>", options: .caseInsensitive),
              let close = head.range(of: "</title>", options: .caseInsensitive, range: open.upperBound..<head.endIndex)
        else { return nil }
        let text = head[open.upperBound..<close.lowerBound].replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }
}
