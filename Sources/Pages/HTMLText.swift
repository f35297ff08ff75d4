/// Text placed into HTML: the one escaping rule every page of Digitbook's uses (reports, the web server's pages).
public enum HTMLText {
    /// `text` with the characters HTML gives meaning to escaped, safe in element content and double-quoted attributes.
    public static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
