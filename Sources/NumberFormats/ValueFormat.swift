/// How a number is written in prose: a format spec in the style of Python's format mini-language, so that
/// `.1%` means a percentage with one decimal, `,d` a whole number with thousands separators, `.3f` three decimals and
/// `p` a p-value as papers print it.
///
/// Grammar: `[,][.DIGITS][TYPE]`, TYPE one of `%` (percentage), `f` (fixed decimals), `d` (whole number) and `p`
/// (p-value: "< 0.0001" below the smallest printable value, else that many decimals). An empty spec, or one that gives
/// only decimals or separators, keeps the value's own style.
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

    /// The value's own style, with no decimals or separators asked for.
    public static let plain = ValueFormat(style: nil, decimals: nil, grouped: false)

    public init(style: Style?, decimals: Int?, grouped: Bool) {
        self.style = style
        self.decimals = decimals
        self.grouped = grouped
    }

    /// What is wrong with a format spec, in words for an error message.
    public struct Invalid: Error, Equatable, Sendable {
        public let spec: String
        public let problem: String
    }

    /// Reads `spec` (the part after the colon in `${name:spec}`).
    public init(parsing spec: String) throws(Invalid) {
        var rest = Substring(spec.trimmingCharacters(in: .whitespaces))
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
                    + "d (whole number) or p (p-value), such as .1% or ,d")
            }
            self.style = style
        }
    }

    /// `value` written in this format, `own` standing for the value's style when the format names none.
    /// A value that is not a finite number is written "–".
    public func text(_ value: Double, own: Style) -> String {
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
