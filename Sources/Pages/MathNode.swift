/// A formula as MathML's presentation elements, the form browsers draw natively (no script) and screen readers
/// speak; made from TeX by ``TeXMath`` and written by `HTMLWriter`.
public indirect enum MathNode: Codable, Equatable, Sendable {
    /// A variable or a function's name (`mi`); `upright` writes it in roman type (`log`, `max`, `\mathrm{…}`).
    case identifier(String, upright: Bool = false)
    case number(String)
    /// An operator or fence (`mo`); only `stretchy` ones (`\left(` … `\right)`) grow with what they enclose, as in TeX;
    /// `large` for ∑ and ∏.
    case symbol(String, stretchy: Bool = false, large: Bool = false)
    case text(String)
    /// A letter in a special alphabet: double-struck (ℝ), calligraphic, bold.
    case styled(String, variant: String)
    case row([MathNode])
    case fraction(MathNode, MathNode, line: Bool = true)
    case root(MathNode, index: MathNode? = nil)
    case scripts(MathNode, sub: MathNode?, sup: MathNode?)
    /// Limits set under and over (∑ in a display formula, `\lim`).
    case limits(MathNode, under: MathNode?, over: MathNode?)
    /// A mark over its base (`\hat`, `\bar`, `\vec`).
    case accent(MathNode, mark: String)
    /// Space in ems (`\,` is 0.1667).
    case space(Double)

    /// The formula's words for a text layer or a search, roughly as written.
    public var plainText: String {
        switch self {
        case .identifier(let text, _), .number(let text), .symbol(let text, _, _), .text(let text), .styled(let text, _): text
        case .row(let items): items.map(\.plainText).joined()
        case .fraction(let top, let bottom, _): "(\(top.plainText))/(\(bottom.plainText))"
        case .root(let base, let index): (index.map { "root \($0.plainText) of " } ?? "√") + "(\(base.plainText))"
        case .scripts(let base, let sub, let sup):
            base.plainText + (sub.map { "_" + $0.plainText } ?? "") + (sup.map { "^" + $0.plainText } ?? "")
        case .limits(let base, let under, let over):
            base.plainText + (under.map { "_" + $0.plainText } ?? "") + (over.map { "^" + $0.plainText } ?? "")
        case .accent(let base, let mark): base.plainText + mark
        case .space: " "
        }
    }
}
