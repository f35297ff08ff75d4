/// How a number is written in prose: a format spec in the style of Python's format mini-language, so that
/// `.1%` means a percentage with one decimal, `,d` a whole number with thousands separators, `.3f` three decimals and
/// `p` a p-value as papers print it.
///
/// Grammar: `[,][.DIGITS][TYPE][ NOUN[|PLURAL]]`, TYPE one of `%` (percentage), `f` (fixed decimals), `d` (whole
/// number) and `p` (p-value: "< 0.0001" below the smallest printable value, else that many decimals). An empty spec,
/// or one that gives only decimals or separators, keeps the value's own style. A noun after a space counts: `epoch`
/// writes "1 epoch" and "3 epochs", `child|children` names its plural.
public struct ValueFormat: Equatable, Sendable {
    /// The ways a number can be written.
    public enum Style: String, Sendable, CaseIterable {
        case percent = "%", fixed = "f", whole = "d", pValue = "p"
    }

    /// The style asked for; nil keeps the value's own.
    public var style: Style?
    /// Decimals asked for; nil keeps the style's default.
    public var decimals: Int?
    /// Whether the whole part is grouped in thousands ("60,000").
    public var grouped: Bool
    /// The noun the number counts, singular and plural ("epoch", "epochs"), written after it; nil for none.
    public var noun: (singular: String, plural: String)?

    public static func == (lhs: ValueFormat, rhs: ValueFormat) -> Bool {
        lhs.style == rhs.style && lhs.decimals == rhs.decimals && lhs.grouped == rhs.grouped
            && lhs.noun?.singular == rhs.noun?.singular && lhs.noun?.plural == rhs.noun?.plural
    }

    /// The value's own style, with no decimals or separators asked for.
    public static let plain = ValueFormat(style: nil, decimals: nil, grouped: false)

    public init(style: Style?, decimals: Int?, grouped: Bool, noun: (singular: String, plural: String)? = nil) {
        self.style = style
        self.decimals = decimals
        self.grouped = grouped
        self.noun = noun
    }

    /// What is wrong with a format spec, in words for an error message.
    public struct Invalid: Error, Equatable, Sendable {
        public let spec: String
        public let problem: String
    }

    /// Reads `spec` (the part after the colon in `${name:spec}`).
    public init(parsing spec: String) throws(Invalid) {
        var rest = Substring(spec.trimmingCharacters(in: .whitespaces))
        noun = nil
        if let space = rest.firstIndex(of: " ") {  // "d epoch", ",d run"
            noun = try Self.noun(String(rest[rest.index(after: space)...]), spec: spec)
            rest = rest[..<space]
        } else if spec.first == " ", !rest.isEmpty, (try? ValueFormat(parsing: String(rest))) == nil {
            noun = try Self.noun(String(rest), spec: spec)  // " epoch": the value's own style, then the noun; " d" is a format
            rest = ""
        }
        grouped = rest.first == ","
        if grouped { rest = rest.dropFirst() }
        decimals = nil
        if rest.first == "." {
            let digits = rest.dropFirst().prefix { $0.isASCII && $0.isNumber }
            guard let count = Int(digits), count <= 12 else {
                throw Invalid(spec: spec, problem: "a \".\" must be followed by a number of decimals from 0 to 12")
            }
            decimals = count
            rest = rest.dropFirst(1 + digits.count)
        }
        style = nil
        if let type = rest.first {
            guard rest.count == 1, let style = Style(rawValue: String(type)) else {
                throw Invalid(spec: spec, problem: "formats are [,][.DECIMALS][TYPE] with TYPE % (percentage), f (fixed), "
                    + "d (whole number) or p (p-value), such as .1% or ,d, then a space and the noun counted, if any (: epoch)")
            }
            self.style = style
        }
    }

    /// `count` with thousands separators and the noun it counts: "1 epoch", "1,200 runs" (`noun` as a format spec's noun).
    public static func counted(_ count: Int, _ noun: String) -> String {
        let words = (try? Self.noun(noun, spec: noun)) ?? (noun, noun)
        return ValueFormat(style: .whole, decimals: nil, grouped: true, noun: words).text(Double(count), own: .whole)
    }

    /// The noun `words` names: "epoch" (plural "epochs"; "es" after s, x, z, sh and ch, as in "batches", though not
    /// "och"; "ies" for a consonant and y), or "child|children" for any other plural.
    static func noun(_ words: String, spec: String) throws(Invalid) -> (singular: String, plural: String) {
        let parts = words.trimmingCharacters(in: .whitespaces).split(separator: "|", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard (1...2).contains(parts.count), parts.allSatisfy({ $0.first?.isLetter == true && !$0.contains(" ") }),
              let singular = parts.first else {
            throw Invalid(spec: spec, problem: "a noun after the format is one word, or its singular and plural as child|children")
        }
        if parts.count == 2 { return (singular, parts[1]) }
        let lower = singular.lowercased()
        let sibilant = ["s", "x", "z", "sh"].contains { lower.hasSuffix($0) } || (lower.hasSuffix("ch") && !lower.hasSuffix("och"))
        if sibilant { return (singular, singular + "es") }  // batches, passes; but epochs
        if lower.hasSuffix("y"), let before = lower.dropLast().last, !"aeiou".contains(before) {
            return (singular, singular.dropLast() + "ies")
        }
        return (singular, singular + "s")
    }

    /// `value` written in this format, `own` standing for the value's style when the format names none, followed by
    /// the noun it counts (singular only for exactly "1"). A value that is not a finite number is written "–".
    public func text(_ value: Double, own: Style) -> String {
        let number = numberText(value, own: own)
        guard let noun else { return number }
        return number + " " + (number == "1" ? noun.singular : noun.plural)
    }

    private func numberText(_ value: Double, own: Style) -> String {
        guard value.isFinite else { return "–" }
        let style = style ?? own
        switch style {
        case .percent:
            return grouping(NumberText.fixed(100 * value, decimals ?? 2)) + "%"
        case .fixed:
            return grouping(NumberText.fixed(value, decimals ?? 4))
        case .whole:
            return grouping(NumberText.fixed(value.rounded(), 0))
        case .pValue:
            return NumberText.pValue(value, decimals: decimals ?? 4)
        }
    }

    /// `number` ("60000.50") with its whole part grouped in thousands when asked for (as `Int.thousandsSeparated`
    /// does; a whole part too long for an `Int` stays as it is).
    private func grouping(_ number: String) -> String {
        guard grouped else { return number }
        let negative = number.hasPrefix("-")
        let parts = number.dropFirst(negative ? 1 : 0).split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first.flatMap({ Int($0) }) else { return number }
        return (negative ? "-" : "") + whole.thousandsSeparated + (parts.count == 2 ? "." + parts[1] : "")
    }
}
