/// Reads the TeX that reports write between `$…$` and `$$…$$` into ``MathNode``s: letters, numbers, operators,
/// groups, sub- and superscripts, `\frac`, `\sqrt`, Greek letters, the common relations and arrows, large operators
/// with limits, function names, accents, `\text`, `\mathbb`-style alphabets, `\left … \right` fences and spacing.
/// Anything else is an error naming it, so a formula never shows half-translated.
public struct TeXMath {
    /// Why a formula could not be read.
    public struct Problem: Error, Equatable, Sendable {
        public let message: String
    }

    private let characters: [Character]
    private var position = 0
    private var depth = 0
    private let display: Bool

    /// The formula `tex` as a row of nodes; `display` sets limits under and over large operators.
    public static func parse(_ tex: String, display: Bool = false) throws(Problem) -> MathNode {
        var reader = TeXMath(characters: Array(tex), display: display)
        let row = try reader.row(until: nil)
        return row
    }

    private init(characters: [Character], display: Bool) {
        self.characters = characters
        self.display = display
    }

    /// Atoms up to `closing` (a `}` or `\right`) or the end, with their scripts attached.
    private mutating func row(until closing: String?) throws(Problem) -> MathNode {
        depth += 1
        defer { depth -= 1 }
        guard depth <= 64 else { throw Problem(message: "the formula nests more than 64 groups deep") }
        var items: [MathNode] = []
        while true {
            skipSpaces()
            guard position < characters.count else {
                if let closing { throw Problem(message: "a group is never closed with \(closing)") }
                return items.count == 1 ? items[0] : .row(items)
            }
            let character = characters[position]
            if closing == "}", character == "}" {
                position += 1
                return items.count == 1 ? items[0] : .row(items)
            }
            if character == "}" { throw Problem(message: "a } closes no group") }
            if closing == "\\right", lookingAt("\\right") { return .row(items) }
            if character == "^" || character == "_" {
                position += 1
                let script = try argument(for: String(character))
                let base = items.popLast() ?? .row([])
                items.append(attach(script, to: base, superscript: character == "^"))
                continue
            }
            if character == "'" {
                position += 1
                let base = items.popLast() ?? .row([])
                items.append(attach(.symbol("′"), to: base, superscript: true))
                continue
            }
            items.append(try atom())
            // A function's name is followed by a thin space, as TeX sets it, unless its argument or scripts follow at once.
            if case .identifier(let name, true)? = items.last, TeXCommands.functions.contains(name) || Self.limitNames.contains(name) {
                skipSpaces()
                if position < characters.count, !"(^_'".contains(characters[position]) { items.append(.space(0.1667)) }
            }
        }
    }

    /// `script` added to `base` as a sub- or superscript (limits for a large operator in a display formula).
    private func attach(_ script: MathNode, to base: MathNode, superscript: Bool) -> MathNode {
        switch base {
        case .scripts(let inner, let sub, let sup) where (superscript ? sup : sub) == nil:
            return .scripts(inner, sub: superscript ? sub : script, sup: superscript ? script : sup)
        case .limits(let inner, let under, let over) where (superscript ? over : under) == nil:
            return .limits(inner, under: superscript ? under : script, over: superscript ? script : over)
        case .symbol(_, _, true) where display, .identifier(_, true) where display && Self.limitNames.contains(base.plainText):
            return .limits(base, under: superscript ? nil : script, over: superscript ? script : nil)
        default:
            return .scripts(base, sub: superscript ? nil : script, sup: superscript ? script : nil)
        }
    }

    /// One atom: a group, a command, a number, a letter or an operator.
    private mutating func atom() throws(Problem) -> MathNode {
        let character = characters[position]
        if character == "{" {
            position += 1
            return try row(until: "}")
        }
        if character == "\\" { return try command() }
        if character.isNumber {
            var digits = ""
            while position < characters.count, characters[position].isNumber || (characters[position] == "."
                && position + 1 < characters.count && characters[position + 1].isNumber) {
                digits.append(characters[position])
                position += 1
            }
            return .number(digits)
        }
        position += 1
        if character.isLetter { return .identifier(String(character)) }
        if let symbol = Self.operators[character] { return .symbol(symbol) }
        throw Problem(message: "\"\(character)\" is not something this TeX subset writes")
    }

    /// The argument of a command or a script: a group, or one token.
    private mutating func argument(for owner: String) throws(Problem) -> MathNode {
        skipSpaces()
        guard position < characters.count, characters[position] != "}" else {
            throw Problem(message: "\(owner) needs an argument")
        }
        if characters[position] == "{" {
            position += 1
            return try row(until: "}")
        }
        if characters[position] == "\\" { return try self.command() }
        let character = characters[position]
        position += 1
        if character.isNumber { return .number(String(character)) }
        if character.isLetter { return .identifier(String(character)) }
        if let symbol = Self.operators[character] { return .symbol(symbol) }
        throw Problem(message: "\(owner) cannot take \"\(character)\"")
    }

    /// The raw text of a `{…}` argument (for `\text`, `\mathrm`, `\operatorname`).
    private mutating func literalArgument(for command: String) throws(Problem) -> String {
        skipSpaces()
        guard position < characters.count, characters[position] == "{" else { throw Problem(message: "\(command) needs {text}") }
        position += 1
        var text = "", open = 1
        while position < characters.count {
            let character = characters[position]
            position += 1
            if character == "{" { open += 1 }
            if character == "}" { open -= 1 }
            if open == 0 { return text }
            text.append(character)
        }
        throw Problem(message: "\(command){… is never closed with }")
    }

    private mutating func command() throws(Problem) -> MathNode {
        depth += 1  // a command's argument may be a command (\hat\hat x): count it as nesting too
        defer { depth -= 1 }
        guard depth <= 64 else { throw Problem(message: "the formula nests more than 64 groups deep") }
        position += 1  // the backslash
        guard position < characters.count else { throw Problem(message: "a lone \\ ends the formula") }
        var name = ""
        if characters[position].isLetter {
            while position < characters.count, characters[position].isLetter {
                name.append(characters[position])
                position += 1
            }
        } else {
            name = String(characters[position])
            position += 1
        }
        return try TeXCommands.node(for: name, reader: &self)
    }

    mutating func readArgument(for command: String) throws(Problem) -> MathNode { try argument(for: command) }
    mutating func readLiteral(for command: String) throws(Problem) -> String { try literalArgument(for: command) }
    var isDisplay: Bool { display }

    /// An optional `[…]` argument (the index of `\sqrt[3]{x}`).
    mutating func readOptional() throws(Problem) -> MathNode? {
        skipSpaces()
        guard position < characters.count, characters[position] == "[" else { return nil }
        position += 1
        var inner: [Character] = []
        while position < characters.count, characters[position] != "]" {
            inner.append(characters[position])
            position += 1
        }
        guard position < characters.count else { throw Problem(message: "a [ is never closed with ]") }
        position += 1
        return try TeXMath.parse(String(inner), display: display)
    }

    /// `\left X … \right Y`: the row between, fenced by stretchy delimiters.
    mutating func readFenced() throws(Problem) -> MathNode {
        let open = try delimiter()
        let inner = try row(until: "\\right")
        guard lookingAt("\\right") else { throw Problem(message: "\\left is never closed with \\right") }
        position += "\\right".count
        let close = try delimiter()
        return .row([open, inner, close].filter { $0 != .symbol("", stretchy: true) })
    }

    private mutating func delimiter() throws(Problem) -> MathNode {
        skipSpaces()
        guard position < characters.count else { throw Problem(message: "\\left and \\right need a delimiter") }
        let character = characters[position]
        position += 1
        if character == "." { return .symbol("", stretchy: true) }
        if character == "\\" {
            var name = ""
            if position < characters.count, !characters[position].isLetter {
                name = String(characters[position])
                position += 1
            }
            while name.isEmpty || name.last?.isLetter == true, position < characters.count, characters[position].isLetter {
                name.append(characters[position])
                position += 1
            }
            guard let symbol = TeXCommands.delimiters[name] else { throw Problem(message: "\\\(name) is not a delimiter") }
            return .symbol(symbol, stretchy: true)
        }
        guard "()[]|/".contains(character) else { throw Problem(message: "\"\(character)\" is not a delimiter") }
        return .symbol(String(character), stretchy: true)
    }

    private func lookingAt(_ text: String) -> Bool {
        let end = position + text.count
        return end <= characters.count && String(characters[position..<end]) == text
            && (end == characters.count || !characters[end].isLetter)
    }

    private mutating func skipSpaces() {
        while position < characters.count, characters[position].isWhitespace { position += 1 }
    }

    /// Large operators and function names whose scripts go under and over in a display formula.
    static let limitNames: Set<String> = ["lim", "max", "min", "sup", "inf", "argmax", "argmin"]

    /// Characters written as operators.
    static let operators: [Character: String] = [
        "+": "+", "-": "−", "=": "=", "<": "<", ">": ">", "(": "(", ")": ")", "[": "[", "]": "]", "|": "|", ",": ",",
        ".": ".", ";": ";", ":": ":", "!": "!", "/": "/", "*": "∗", "?": "?",
    ]
}
