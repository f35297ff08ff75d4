/// Text placed into HTML: the one escaping rule every page of Digitbook's uses (reports, the web server's pages).
public enum HTMLText {
    /// `text` with the characters HTML gives meaning to escaped, safe in element content and double-quoted attributes.
    ///
    /// Read scalar by scalar, not by grapheme cluster: a quote followed by a combining mark is one Swift `Character`
    /// that equals no quote, yet the HTML parser still sees the quote.
    public static func escaped(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result.append(contentsOf: "&amp;".unicodeScalars)
            case "<": result.append(contentsOf: "&lt;".unicodeScalars)
            case ">": result.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": result.append(contentsOf: "&quot;".unicodeScalars)
            default: result.append(scalar)
            }
        }
        return String(result)
    }
}
