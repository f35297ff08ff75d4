import Foundation

/// Number formats shared by the cells' tables and sentences.
enum Formatting {
    /// `0.98534` → "98.53%".
    static func percent(_ value: Double, decimals: Int = 2) -> String { String(format: "%.\(decimals)f%%", 100 * value) }

    /// An interval of fractions as percentages: "98.28–98.75%".
    static func percentInterval(_ lower: Double, _ upper: Double, decimals: Int = 2) -> String {
        String(format: "%.\(decimals)f–%.\(decimals)f%%", 100 * lower, 100 * upper)
    }

    /// A number with `decimals` decimals.
    static func fixed(_ value: Double, _ decimals: Int = 4) -> String { String(format: "%.\(decimals)f", value) }

    /// A p-value as papers print it: "< 0.0001" when tiny, else four significant decimals.
    static func pValue(_ p: Double) -> String { p < 0.0001 ? "< 0.0001" : String(format: "%.4f", p) }

    /// Whole numbers with thousands separators: 60,000.
    static func count(_ value: Int) -> String {
        let digits = String(abs(value))
        var grouped = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(character)
        }
        return (value < 0 ? "-" : "") + grouped
    }
}
