import Foundation

/// Number formats shared by every page: reports, grading pages and their tables and sentences, so that a share reads
/// the same everywhere (a percentage with two decimals unless a place needs fewer).
public enum NumberText {
    /// `0.98534` → "98.53%".
    public static func percent(_ value: Double, decimals: Int = 2) -> String { String(format: "%.\(decimals)f%%", 100 * value) }

    /// An interval of fractions as percentages: "98.28–98.75%".
    public static func percentInterval(_ lower: Double, _ upper: Double, decimals: Int = 2) -> String {
        String(format: "%.\(decimals)f–%.\(decimals)f%%", 100 * lower, 100 * upper)
    }

    /// A number with `decimals` decimals.
    public static func fixed(_ value: Double, _ decimals: Int = 4) -> String { String(format: "%.\(decimals)f", value) }

    /// A p-value as papers print it: "< 0.0001" when below the smallest value `decimals` decimals show, else with
    /// that many decimals.
    public static func pValue(_ p: Double, decimals: Int = 4) -> String {
        let smallest = 1 / pow(10, Double(decimals))
        return p < smallest ? "< " + fixed(smallest, decimals) : fixed(p, decimals)
    }
}
