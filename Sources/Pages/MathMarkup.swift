/// MathML for a ``MathNode``: presentation elements only (MathML Core, which Chromium, Firefox and Safari draw), every
/// text escaped, letters in special alphabets as their Unicode mathematical characters.
enum MathMarkup {
    /// `<math>` around `formula`, with `source` (the TeX) as its alternative text.
    static func html(_ formula: MathNode, source: String, display: Bool) -> String {
        "<math" + (display ? " display=\"block\"" : "") + " alttext=\"\(HTMLText.escaped(source))\">" + markup(formula) + "</math>"
    }

    static func markup(_ node: MathNode) -> String {
        switch node {
        case .identifier(let text, let upright):
            return (upright && text.count == 1 ? "<mi mathvariant=\"normal\">" : "<mi>") + HTMLText.escaped(text) + "</mi>"
        case .number(let text): return "<mn>\(HTMLText.escaped(text))</mn>"
        case .symbol(let text, let stretchy, _):
            let fence = "()[]{}|‖⟨⟩⌊⌋⌈⌉/".contains(text)
            return (stretchy ? "<mo stretchy=\"true\">" : fence ? "<mo stretchy=\"false\">" : "<mo>") + HTMLText.escaped(text) + "</mo>"
        case .text(let text): return "<mtext>\(HTMLText.escaped(text))</mtext>"
        case .styled(let text, let variant): return "<mi>\(HTMLText.escaped(String(text.map { styled($0, variant) })))</mi>"
        case .row(let items): return "<mrow>" + items.map(markup).joined() + "</mrow>"
        case .fraction(let top, let bottom, let line):
            return (line ? "<mfrac>" : "<mfrac linethickness=\"0\">") + markup(top) + markup(bottom) + "</mfrac>"
        case .root(let base, let index):
            guard let index else { return "<msqrt>" + markup(base) + "</msqrt>" }
            return "<mroot>" + markup(base) + markup(index) + "</mroot>"
        case .scripts(let base, let sub, let sup):
            return scripted(base, sub, sup, names: ("msub", "msup", "msubsup"))
        case .limits(let base, let under, let over):
            return scripted(base, under, over, names: ("munder", "mover", "munderover"))
        case .accent(let base, let mark):
            return "<mover accent=\"true\">" + markup(base) + "<mo>\(HTMLText.escaped(mark))</mo></mover>"
        case .space(let width):
            return "<mspace width=\"\(format4(width))em\"></mspace>"
        }
    }

    private static func scripted(_ base: MathNode, _ low: MathNode?, _ high: MathNode?, names: (String, String, String)) -> String {
        switch (low, high) {
        case (let low?, let high?): return "<\(names.2)>" + markup(base) + markup(low) + markup(high) + "</\(names.2)>"
        case (let low?, nil): return "<\(names.0)>" + markup(base) + markup(low) + "</\(names.0)>"
        case (nil, let high?): return "<\(names.1)>" + markup(base) + markup(high) + "</\(names.1)>"
        case (nil, nil): return markup(base)
        }
    }

    /// `width` with up to four decimals, as CSS takes it.
    private static func format4(_ width: Double) -> String {
        let scaled = (width * 10_000).rounded() / 10_000
        return scaled == scaled.rounded() ? String(Int(scaled)) : String(scaled)
    }

    /// The Unicode mathematical letter for `character` in `variant` (double-struck, script, bold, italic), or itself.
    static func styled(_ character: Character, _ variant: String) -> Character {
        guard let ascii = character.asciiValue, character.isLetter else { return character }
        let exceptions: [String: [Character: Character]] = [
            "double-struck": ["C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"],
            "script": ["B": "ℬ", "E": "ℰ", "F": "ℱ", "H": "ℋ", "I": "ℐ", "L": "ℒ", "M": "ℳ", "R": "ℛ",
                       "e": "ℯ", "g": "ℊ", "o": "ℴ"],
            "italic": ["h": "ℎ"],
        ]
        if let special = exceptions[variant]?[character] { return special }
        let starts: [String: UInt32] = ["bold": 0x1D400, "italic": 0x1D434, "script": 0x1D49C, "double-struck": 0x1D538]
        guard let start = starts[variant] else { return character }
        let offset = character.isUppercase ? UInt32(ascii - 65) : 26 + UInt32(ascii - 97)
        return Unicode.Scalar(start + offset).map(Character.init) ?? character
    }
}
