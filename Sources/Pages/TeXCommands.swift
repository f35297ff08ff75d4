/// The commands ``TeXMath`` knows: what each writes.
enum TeXCommands {
    static let greek: [String: String] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ", "varepsilon": "ε", "zeta": "ζ", "eta": "η",
        "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "pi": "π",
        "rho": "ρ", "sigma": "σ", "tau": "τ", "upsilon": "υ", "phi": "ϕ", "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
        "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π", "Sigma": "Σ", "Upsilon": "Υ",
        "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
    ]

    /// Relations, binary operators, arrows and other symbols written as operators.
    static let symbols: [String: String] = [
        "cdot": "⋅", "times": "×", "div": "÷", "pm": "±", "mp": "∓", "le": "≤", "leq": "≤", "ge": "≥", "geq": "≥",
        "neq": "≠", "ne": "≠", "approx": "≈", "sim": "∼", "simeq": "≃", "equiv": "≡", "propto": "∝", "in": "∈",
        "notin": "∉", "subset": "⊂", "subseteq": "⊆", "cup": "∪", "cap": "∩", "to": "→", "rightarrow": "→",
        "leftarrow": "←", "Rightarrow": "⇒", "Leftrightarrow": "⇔", "mapsto": "↦", "mid": "∣", "ldots": "…", "dots": "…",
        "cdots": "⋯", "forall": "∀", "exists": "∃", "neg": "¬", "land": "∧", "lor": "∨", "circ": "∘", "ast": "∗",
        "{": "{", "}": "}", "|": "‖", "lvert": "|", "rvert": "|", "langle": "⟨", "rangle": "⟩", "lfloor": "⌊",
        "rfloor": "⌋", "lceil": "⌈", "rceil": "⌉", "%": "%", "$": "$", "#": "#", "&": "&", "_": "_",
    ]

    /// Symbols that are ordinary identifiers rather than operators.
    static let letters: [String: String] = ["infty": "∞", "partial": "∂", "nabla": "∇", "ell": "ℓ", "emptyset": "∅"]

    /// Large operators.
    static let large: [String: String] = ["sum": "∑", "prod": "∏", "int": "∫", "oint": "∮", "bigcup": "⋃", "bigcap": "⋂"]

    /// Function names written upright.
    static let functions: Set<String> = [
        "log", "ln", "exp", "sin", "cos", "tan", "max", "min", "arg", "det", "lim", "sup", "inf", "Pr", "dim", "ker", "deg",
        "gcd", "sgn",
    ]

    static let accents: [String: String] = ["hat": "^", "bar": "¯", "tilde": "~", "vec": "→", "dot": "˙", "ddot": "¨",
                                            "overline": "‾", "widehat": "^"]

    static let spaces: [String: Double] = [",": 0.1667, ":": 0.2222, ";": 0.2778, " ": 0.25, "quad": 1, "qquad": 2, "!": -0.1667]

    static let delimiters: [String: String] = [
        "{": "{", "}": "}", "|": "‖", "lvert": "|", "rvert": "|", "langle": "⟨", "rangle": "⟩", "lfloor": "⌊", "rfloor": "⌋",
        "lceil": "⌈", "rceil": "⌉",
    ]

    static let alphabets: [String: String] = ["mathbb": "double-struck", "mathcal": "script", "mathbf": "bold", "mathit": "italic",
                                              "boldsymbol": "bold"]

    /// The node for `\name`, reading its arguments from `reader`.
    static func node(for name: String, reader: inout TeXMath) throws(TeXMath.Problem) -> MathNode {
        if let letter = greek[name] { return .identifier(letter) }
        if let symbol = symbols[name] { return .symbol(symbol) }
        if let letter = letters[name] { return .identifier(letter) }
        if let symbol = large[name] { return .symbol(symbol, large: true) }
        if functions.contains(name) { return .identifier(name, upright: true) }
        if let width = spaces[name] { return .space(width) }
        if let mark = accents[name] { return .accent(try reader.readArgument(for: "\\" + name), mark: mark) }
        if let variant = alphabets[name] { return .styled(try reader.readLiteral(for: "\\" + name), variant: variant) }
        switch name {
        case "frac", "dfrac", "tfrac":
            return .fraction(try reader.readArgument(for: "\\" + name), try reader.readArgument(for: "\\" + name))
        case "binom":
            let top = try reader.readArgument(for: "\\binom"), bottom = try reader.readArgument(for: "\\binom")
            return .row([.symbol("(", stretchy: true), .fraction(top, bottom, line: false), .symbol(")", stretchy: true)])
        case "sqrt":
            let index = try reader.readOptional()
            return .root(try reader.readArgument(for: "\\sqrt"), index: index)
        case "text", "textrm", "mbox": return .text(try reader.readLiteral(for: "\\" + name))
        case "mathrm", "operatorname": return .identifier(try reader.readLiteral(for: "\\" + name), upright: true)
        case "argmax", "argmin": return .identifier(name, upright: true)
        case "left": return try reader.readFenced()
        case "right": throw TeXMath.Problem(message: "\\right without \\left")
        default: throw TeXMath.Problem(message: "\\\(name) is not in the TeX subset Digitbook writes as MathML")
        }
    }
}
