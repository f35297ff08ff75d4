extension Predictions {
    /// The predictions CSV, `id,label,p0,…` (ids 0-based, `label` the predicted class, each probability the shortest
    /// decimal that reads back as the same float32); `id,label` alone without probabilities. `PredictionsFile` reads it.
    public var csv: String {
        let classes = probabilities?.first?.count ?? 0
        var lines = ["id,label" + (0..<classes).map { ",p\($0)" }.joined()]
        for (id, label) in predicted.enumerated() {
            let row = probabilities.map { $0[id].map { ",\(Float($0))" }.joined() } ?? ""
            lines.append("\(id),\(label)" + row)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The predictions in the CSV file at `path` against `labels`, the true labels of the same examples, of `classes`
    /// classes; every problem of the file is reported at once, each with its line.
    public init(csv path: String, labels: [Int], classes: Int) throws(EvaluationError) {
        let file = try PredictionsFile(path: path, count: labels.count, classes: classes)
        self.init(labels: labels, predicted: file.labels, probabilities: file.probabilities)
    }
}
