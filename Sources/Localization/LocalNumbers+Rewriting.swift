extension LocalNumbers {
    /// A number written the English way at the start of `text` ("60,000.5", "95.77%", "−0.17", "< 0.0001", "5 epochs",
    /// "95.36–96.15%"),
    /// as this language writes it: its separators, its grouping (only where the number was grouped), its percent
    /// pattern and, when asked, its digits. Whatever follows the number (a noun) is kept; text that does not start with a
    /// number is returned as it is.
    public func rewriting(_ text: String) -> String {
        var rest = Substring(text), prefix = ""
        if rest.hasPrefix("< ") {
            prefix = "< "
            rest = rest.dropFirst(2)
        }
        var sign = ""
        if let first = rest.first, first == "-" || first == "−" || first == "+" {
            sign = String(first)
            rest = rest.dropFirst()
        }
        let end = rest.firstIndex { !($0.isASCII && ($0.isNumber || $0 == "," || $0 == ".")) } ?? rest.endIndex
        let token = rest[..<end]
        guard let first = token.first, first.isNumber, token.last?.isNumber == true, token.filter({ $0 == "." }).count <= 1
        else { return text }
        var tail = rest[end...]
        let parts = token.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        // Commas are thousands separators only in groups of three ("60,000"); "128,64" is not a number written so.
        let groups = parts[0].split(separator: ",", omittingEmptySubsequences: false)
        guard groups.count == 1 || (groups.dropFirst().allSatisfy { $0.count == 3 } && (1...3).contains(groups[0].count)),
              parts.count == 1 || !parts[1].contains(",") else { return text }
        let whole = parts[0].replacingOccurrences(of: ",", with: "")
        var number = (token.contains(",") ? grouped(whole) : whole) + (parts.count == 2 ? decimalSeparator + parts[1] : "")
        number = localDigits(number)
        // An interval ("95.36–96.15%"): its second bound too, the percent sign written once, after it.
        if tail.hasPrefix("–"), let next = tail.dropFirst().first, next.isASCII && next.isNumber || "-−+".contains(next) {
            return prefix + sign + number + "–" + rewriting(String(tail.dropFirst()))
        }
        if tail.hasPrefix("%") {
            tail = tail.dropFirst()
            let pattern = nativeDigits ? language.nativePercent ?? language.percent : language.percent
            number = pattern.replacingOccurrences(of: "{n}", with: number)
        }
        return prefix + sign + number + tail
    }
}
