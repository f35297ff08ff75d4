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
}
