import Foundation

/// What lateness costs: each started day after the due time takes a share of the points earned; later than
/// `maximumDays` scores nothing (the submission is still graded and shown).
public struct LatePolicy: Equatable, Sendable {
    public let percentPerDay: Double
    public let maximumDays: Int

    public init(percentPerDay: Double, maximumDays: Int) {
        self.percentPerDay = percentPerDay
        self.maximumDays = maximumDays
    }

    /// Started days late: 0 on time, 1 for a second to a day late, and so on.
    public static func daysLate(submitted: Date, due: Date) -> Int {
        let days = (submitted.timeIntervalSince(due) / 86_400).rounded(.up)
        // Times come from ISOTime (years 0000-9999), so the count fits; clamped all the same, never a trapping conversion.
        return days > 0 ? Int(min(days, 10_000_000)) : 0
    }

    /// The share of the earned points taken away (0 to 1) for a submission `days` late.
    public func penaltyFraction(daysLate days: Int) -> Double {
        guard days > 0 else { return 0 }
        guard days <= maximumDays else { return 1 }
        return min(1, Double(days) * percentPerDay / 100)
    }
}
