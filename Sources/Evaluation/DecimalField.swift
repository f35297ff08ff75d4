/// Parses the plain decimals that predictions files are made of (`0.913767`, `1`, `.5`) without the C library:
/// digits, at most one point, no sign or exponent, at most 19 significant digits. When the digits fit in 2^53 and
/// there are at most 22 after the point, the integer divided by an exact power of ten is the correctly rounded value
/// (Clinger's fast path), so the result is the same Double that `Double(text)` gives; anything else goes to it.
enum DecimalField {
    static let powersOfTen: [Double] = (0...22).map { exponent in (0..<exponent).reduce(1.0) { value, _ in value * 10 } }

    static func parse(_ text: String) -> Double? {
        var mantissa: UInt64 = 0, digits = 0, decimals = 0, seenPoint = false
        for byte in text.utf8 {
            if byte == 0x2E {  // "."
                if seenPoint { return Double(text) }
                seenPoint = true
            } else if byte >= 0x30 && byte <= 0x39 {
                guard digits < 19 else { return Double(text) }
                mantissa = mantissa * 10 + UInt64(byte - 0x30)
                if mantissa > 0 { digits += 1 }  // significant digits: leading zeros do not count
                if seenPoint { decimals += 1 }
            } else {
                return Double(text)  // a sign, an exponent, nan, inf or something that is not a number
            }
        }
        guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return Double(text) }
        guard mantissa <= 1 << 53, decimals <= 22 else { return Double(text) }
        return Double(mantissa) / powersOfTen[decimals]
    }
}
