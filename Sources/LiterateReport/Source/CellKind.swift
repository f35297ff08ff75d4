import Runs

/// The kinds of runnable cell, with the options each accepts.
///
/// Result options decide what a cell computes (they make its cache key); display options only change how it is
/// shown: `caption`, `label` (for cross-references such as `@fig-cnn-confusion`), `echo` (show the source) and `output`
/// (`false`: compute, show nothing).
public enum CellKind: String, CaseIterable, Sendable {
    case dataset, train, predictions, model, sweep, summary, curves, confusion, report, metrics, calibration, misclassified, compare
    case predict

    /// Options every cell takes that do not affect its result.
    public static let displayOptions: Set<String> = ["caption", "label", "echo", "output"]

    /// The options that affect this kind's result (besides `id`).
    public var resultOptions: Set<String> {
        switch self {
        case .dataset: return ["samples", "validation"]
        case .train: return Set(TrainingConfiguration.options.map(\.key))
        case .predictions: return ["file"]
        case .model: return ["file", "spec", "layout", "pixels"]
        case .sweep: return ["base", "grid", "seeds", "names"]
        case .summary: return ["model", "run"]
        case .curves: return ["run", "runs"]
        case .confusion: return ["run", "normalize"]
        case .report: return ["run", "digits"]
        case .metrics: return ["run", "metrics", "resamples"]
        case .calibration: return ["run", "bins"]
        case .misclassified: return ["run", "count"]
        case .compare: return ["runs", "resamples"]
        case .predict: return ["run", "image", "number"]
        }
    }

    /// Whether the cell must have an `id` (other cells refer to training runs, imported models, predictions files and a
    /// sweep's runs by it).
    public var needsID: Bool { self == .train || self == .predictions || self == .model || self == .sweep }

    /// Whether the cell itself is a run other cells use (a sweep is not: its runs are, as `ID[name=value,…,seed=N]`).
    public var isRun: Bool { self == .train || self == .predictions || self == .model }
}
