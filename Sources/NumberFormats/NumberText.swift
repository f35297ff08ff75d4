import Foundation

/// Number formats shared by every page: reports, grading pages and their tables and sentences, so that a share reads
/// the same everywhere (a percentage with two decimals unless a place needs fewer).
public enum NumberText {
    /// A difference with its sign and a true minus: `1.084` → "+1.08", `-0.17` → "−0.17".
    public static func signed(_ value: Double, decimals: Int = 2) -> String {
        String(format: "%+.\(decimals)f", value).replacingOccurrences(of: "-", with: "−")
    }

    /// `0.98534` → "98.53%".
    public static func percent(_ value: Double, decimals: Int = 2) -> String { String(format: "%.\(decimals)f%%", 100 * value) }

    /// An interval of fractions as percentages: "98.28–98.75%".
    public static func percentInterval(_ lower: Double, _ upper: Double, decimals: Int = 2) -> String {
        String(format: "%.\(decimals)f–%.\(decimals)f%%", 100 * lower, 100 * upper)
    }

    /// A number with `decimals` decimals.
    public static func fixed(_ value: Double, _ decimals: Int = 4) -> String { String(format: "%.\(decimals)f", value) }

    /// A size in bytes as people read it: "812 bytes", "4.2 kB", "31.6 MB", "1.08 GB" (powers of 1,000).
    public static func bytes(_ count: Int) -> String {
        let units = ["kB", "MB", "GB", "TB"]
        guard count >= 1_000 else { return "\(count) bytes" }
        var value = Double(count) / 1_000, unit = 0
        while value >= 1_000 && unit < units.count - 1 {
            value /= 1_000
            unit += 1
        }
        return String(format: value < 10 ? "%.2f" : "%.1f", value) + " " + units[unit]
    }

    /// A p-value as papers print it: "< 0.0001" when below the smallest value `decimals` decimals show, else with
    /// that many decimals.
    public static func pValue(_ p: Double, decimals: Int = 4) -> String {
        let smallest = 1 / pow(10, Double(decimals))
        return p < smallest ? "< " + fixed(smallest, decimals) : fixed(p, decimals)
    }
}
