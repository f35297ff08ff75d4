import NumberFormats

/// A number a cell computed that prose can name as `${cell.name}`: the value, what kind of number it is (which decides
/// how it is written unless the reference gives a format) and, for estimates, its 95% interval.
struct ReportValue: Codable, Equatable, Sendable {
    /// What kind of number a value is.
    enum Kind: String, Codable, Sendable {
        /// A share such as an accuracy, written as a percentage: "98.53%".
        case proportion
        /// A count of images, parameters or epochs: "60,000".
        case count
        /// A measurement such as a loss: "0.0452".
        case number
        /// A p-value: "0.0123", or "< 0.0001".
        case pValue = "p_value"
        /// A difference of two shares in percentage points: "1.08" (two decimals).
        case points
    }

    var kind: Kind
    var value: Double
    /// The interval's bounds, when the value is an estimate that has one.
    var lower: Double?
    var upper: Double?

    init(_ kind: Kind, _ value: Double, interval: (lower: Double, upper: Double)? = nil) {
        self.kind = kind
        self.value = value
        lower = interval?.lower
        upper = interval?.upper
    }

    /// The style a value of this kind is written in when the reference names none.
    var ownStyle: ValueFormat.Style {
        switch kind {
        case .proportion: return .percent
        case .count: return .whole
        case .number, .points: return .fixed
        case .pValue: return .pValue
        }
    }

    /// Counts are grouped in thousands unless the format says otherwise.
    func text(_ format: ValueFormat) -> String {
        var format = format
        if kind == .count && format.style == nil { format.grouped = true }
        if kind == .points && format.style == nil && format.decimals == nil { format.decimals = 2 }
        return format.text(value, own: ownStyle)
    }

    /// The values a reference can name beside this one: `NAME.low`, `NAME.high` and `NAME.interval` ("95.36–96.15%")
    /// when it has an interval.
    func derived(_ suffix: String, format: ValueFormat) -> String? {
        guard let lower, let upper else { return nil }
        let bound = { (value: Double) in ReportValue(self.kind, value).text(format) }
        switch suffix {
        case "low": return bound(lower)
        case "high": return bound(upper)
        case "interval":
            guard lower.isFinite, upper.isFinite else { return "–" }
            if (format.style ?? ownStyle) == .percent {
                return NumberText.percentInterval(lower, upper, decimals: format.decimals ?? 2)
            }
            return bound(lower) + "–" + bound(upper)
        default: return nil
        }
    }
}
