import Foundation

extension HTMLText {
    /// The text of the first `<title>` in the start of a page (its `<head>`), with the character references Digitbook
    /// writes (`&amp; &lt; &gt; &quot; &#39;`) read back; nil when there is none or it is empty.
    public static func title(inHead head: String) -> String? {
        guard let open = head.range(of: "<title>"), let close = head.range(of: "</title>", range: open.upperBound..<head.endIndex)
        else { return nil }
        let text = head[open.upperBound..<close.lowerBound].replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }
}
