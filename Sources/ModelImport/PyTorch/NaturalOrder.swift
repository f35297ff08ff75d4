/// Orders names as people number things: runs of digits compare as numbers, so `0.weight` < `2.weight` <
/// `10.weight` and `conv2` < `conv10`; other characters compare as text.
enum NaturalOrder {
    static func precedes(_ left: String, _ right: String) -> Bool {
        let (a, b) = (pieces(of: left), pieces(of: right))
        for (x, y) in zip(a, b) where x != y {
            switch (x, y) {
            case (.number(let m), .number(let n)): return m < n
            case (.number, .text): return true
            case (.text, .number): return false
            case (.text(let s), .text(let t)): return s < t
            }
        }
        return a.count < b.count
    }

    private enum Piece: Equatable {
        case number(Int)
        case text(String)
    }

    private static func pieces(of name: String) -> [Piece] {
        var pieces: [Piece] = []
        var current = "", inDigits = false
        func flush() {
            guard !current.isEmpty else { return }
            pieces.append(inDigits ? .number(Int(current.prefix(18)) ?? Int.max) : .text(current))
            current = ""
        }
        for character in name {
            let digit = character.isASCII && character.isNumber
            if digit != inDigits { flush() }
            inDigits = digit
            current.append(character)
        }
        flush()
        return pieces
    }
}
