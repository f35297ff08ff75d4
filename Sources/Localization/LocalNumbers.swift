import Foundation

/// Numbers as a language writes them in prose and tables: its decimal and group separators, its grouping, its percent
/// pattern and, when asked, its own digits. Files for machines (CSV, JSON) never use this.
public struct LocalNumbers: Sendable {
    public let language: Language
    /// Whether to write the language's own digits (٣, ३, ௩) where it has them.
    public let nativeDigits: Bool

    public init(_ language: Language, nativeDigits: Bool = false) {
        self.language = language
        self.nativeDigits = nativeDigits && language.digits?.count == 10
    }

    /// `value` with `decimals` digits after the separator, grouped (`1,234.5` in English, `1.234,5` in German).
    public func number(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "−∞" : "∞") }
        let plain = String(format: "%.\(max(0, min(decimals, 12)))f", abs(value))
        let parts = plain.split(separator: ".", maxSplits: 1).map(String.init)
        let whole = grouped(parts.first ?? "0")
        let fraction = parts.count > 1 ? decimalSeparator + parts[1] : ""
        let negative = value < 0 && plain.contains(where: { $0 != "0" && $0 != "." })
        return (negative ? "−" : "") + localDigits(whole + fraction)
    }

    /// A whole number, grouped.
    public func integer(_ value: Int) -> String {
        (value < 0 ? "−" : "") + localDigits(grouped(String(value.magnitude)))
    }

    /// `fraction` (0.996) as a percentage with `decimals` digits (`99.6%`, `99,6 %`).
    public func percent(_ fraction: Double, decimals: Int = 1) -> String {
        let pattern = nativeDigits ? language.nativePercent ?? language.percent : language.percent
        return pattern.replacingOccurrences(of: "{n}", with: number(fraction * 100, decimals: decimals))
    }

    /// Each of `digits` (a number read from an image, "90210") in the language's digits, one by one, spaced so that a
    /// screen reader says them one at a time ("9 0 2 1 0").
    public func spelledOut(_ digits: String) -> String {
        digits.map { localDigits(String($0)) }.joined(separator: " ")
    }

    /// `text` with Western digits replaced by the language's own, when those were asked for.
    public func localDigits(_ text: String) -> String {
        guard nativeDigits, let digits = language.digits.map(Array.init) else { return text }
        return String(text.map { character in
            guard let value = character.wholeNumberValue, character.isASCII else { return character }
            return digits[value]
        })
    }

    var decimalSeparator: String { nativeDigits ? language.nativeDecimal ?? language.decimal : language.decimal }
    var groupSeparator: String { nativeDigits ? language.nativeGroup ?? language.group : language.group }

    func grouped(_ digits: String) -> String {
        var characters = Array(digits), groups: [String] = []
        let first = 3
        var size = first
        while characters.count > size {
            groups.insert(String(characters.suffix(size)), at: 0)
            characters.removeLast(size)
            if language.grouping == .indian { size = 2 }
        }
        groups.insert(String(characters), at: 0)
        return groups.joined(separator: groupSeparator)
    }
}
