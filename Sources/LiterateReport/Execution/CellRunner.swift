/// Runs one kind of cell: reads its options, computes its result and adds blocks to the output.
protocol CellRunner {
    /// Inputs besides the options, the runs used and the dataset that decide the result (part of the cache key),
    /// such as an image file's digest.
    func keyInputs(_ cell: Cell, context: ReportContext) throws -> [String]

    /// The cell's options as its cache key takes them, when the runner resolves them itself (defaults filled in, so that
    /// writing out a default is the same entry); nil takes the options as written.
    func keyOptions(_ cell: Cell, context: ReportContext) throws -> [String]?

    func run(_ cell: Cell, options: CellOptions, context: ReportContext, output: CellOutputBuilder) throws
}

extension CellRunner {
    func keyInputs(_ cell: Cell, context: ReportContext) throws -> [String] { [] }

    func keyOptions(_ cell: Cell, context: ReportContext) throws -> [String]? { nil }
}

extension CellKind {
    /// The runner of this kind of cell.
    var runner: any CellRunner {
        switch self {
        case .dataset: return DatasetCell()
        case .train: return TrainCell()
        case .predictions: return PredictionsCell()
        case .model: return ModelCell()
        case .sweep: return SweepCell()
        case .summary: return SummaryCell()
        case .curves: return CurvesCell()
        case .confusion: return ConfusionCell()
        case .report: return ReportCell()
        case .metrics: return MetricsCell()
        case .calibration: return CalibrationCell()
        case .misclassified: return MisclassifiedCell()
        case .compare: return CompareCell()
        case .predict: return PredictCell()
        }
    }
}
