import ClassifierMetrics
import Yams

/// Reads the rubric: a list of items, each a name, a metric, points, and either `zero`/`full` or `steps`.
struct RubricReader {
    let reader: FieldReader

    static let keys = ["name", "metric", "points", "zero", "full", "steps"]
    /// The most points an item, and the whole rubric, may give: totals stay exact to the cent and printable.
    static let largestPoints = 1_000_000.0
    /// The largest metric value a scale may name (metrics lie in [-1, 1], log loss is rarely above 30).
    static let largestThreshold = 1_000_000.0

    func items(_ node: Node, line: Int) throws(AssignmentError) -> [RubricItem] {
        guard let sequence = node.sequence, !sequence.isEmpty else {
            throw reader.error(line, "rubric", "must be a list of at least one item")
        }
        var items: [RubricItem] = []
        for (index, element) in sequence.enumerated() {
            let item = try self.item(element, field: "rubric[\(index + 1)]", line: element.mark?.line ?? line)
            if items.contains(where: { $0.name == item.name }) {
                throw reader.error(element.mark?.line ?? line, "rubric[\(index + 1)].name", "\(item.name.debugDescription) names two items")
            }
            items.append(item)
        }
        let total = items.reduce(0) { $0 + $1.points }
        guard total <= Self.largestPoints else {
            throw reader.error(line, "rubric", "the items' points add up to \(RubricItem.number(total)); "
                + "the most an assignment may give is \(RubricItem.number(Self.largestPoints))")
        }
        return items
    }

    private func item(_ node: Node, field: String, line: Int) throws(AssignmentError) -> RubricItem {
        let pairs = try YAMLFields(file: reader.file).pairs(of: node, field: field)
        for (key, _, keyLine) in pairs where !Self.keys.contains(key) {
            throw reader.error(keyLine, "\(field).\(key)", "unknown field; an item takes \(Self.keys.joined(separator: ", "))")
        }
        func value(_ key: String) -> (Node, Int)? { pairs.first { $0.0 == key }.map { ($0.1, $0.2) } }
        func required(_ key: String) throws(AssignmentError) -> (Node, Int) {
            guard let found = value(key) else { throw reader.error(line, "\(field).\(key)", "missing; it is required") }
            return found
        }
        let (nameNode, nameLine) = try required("name")
        let (metricNode, metricLine) = try required("metric")
        let (pointsNode, pointsLine) = try required("points")
        let name = try reader.text(nameNode, line: nameLine, field: "\(field).name")
        guard let metric = metricNode.scalar.flatMap({ ClassifierMetric.named( $0.string) }) else {
            let shown = FieldReader.shown(metricNode)
            throw reader.error(metricLine, "\(field).metric", "\(shown) is not a metric; use one of \(ClassifierMetric.names)")
        }
        let points = try reader.number(pointsNode, line: pointsLine, field: "\(field).points")
        guard points > 0, points <= Self.largestPoints else {
            throw reader.error(pointsLine, "\(field).points",
                               "must be more than 0 and at most \(RubricItem.number(Self.largestPoints)), got \(points)")
        }
        let scale: RubricItem.Scale
        switch (value("zero"), value("full"), value("steps")) {
        case let ((zeroNode, zeroLine)?, (fullNode, fullLine)?, nil):
            let zero = try threshold(zeroNode, line: zeroLine, field: "\(field).zero")
            let full = try threshold(fullNode, line: fullLine, field: "\(field).full")
            guard metric.higherIsBetter ? full > zero : full < zero else {
                let order = metric.higherIsBetter
                    ? "higher is better, so full must be above zero" : "lower is better, so full must be below zero"
                throw reader.error(fullLine, "\(field).full", "\(metric.rawValue): \(order) (zero \(zero), full \(full))")
            }
            scale = .linear(zero: zero, full: full)
        case let (nil, nil, (stepsNode, stepsLine)?):
            scale = .steps(try steps(stepsNode, line: stepsLine, field: "\(field).steps", maximum: points))
        default:
            throw reader.error(line, field, "give either zero and full (a linear scale) or steps, not both or neither")
        }
        return RubricItem(name: name, metric: metric, points: points, scale: scale)
    }

    private func steps(_ node: Node, line: Int, field: String, maximum: Double) throws(AssignmentError) -> [RubricItem.Step] {
        guard let sequence = node.sequence, !sequence.isEmpty else {
            throw reader.error(line, field, "must be a list of [threshold, points] pairs")
        }
        return try sequence.enumerated().map { index, pair throws(AssignmentError) in
            let stepLine = pair.mark?.line ?? line
            guard let parts = pair.sequence, parts.count == 2 else {
                throw reader.error(stepLine, "\(field)[\(index + 1)]", "must be a pair [threshold, points]")
            }
            let threshold = try threshold(parts[0], line: stepLine, field: "\(field)[\(index + 1)]")
            let points = try reader.number(parts[1], line: stepLine, field: "\(field)[\(index + 1)]")
            guard points >= 0, points <= maximum else {
                let most = RubricItem.number(maximum)
                throw reader.error(stepLine, "\(field)[\(index + 1)]", "points must be from 0 to the item's \(most), got \(points)")
            }
            return RubricItem.Step(threshold: threshold, points: points)
        }
    }

    /// A metric value a scale names: a number no larger than `largestThreshold` either way.
    private func threshold(_ node: Node, line: Int, field: String) throws(AssignmentError) -> Double {
        let value = try reader.number(node, line: line, field: field)
        guard abs(value) <= Self.largestThreshold else {
            throw reader.error(line, field, "must be from -\(RubricItem.number(Self.largestThreshold)) to "
                + "\(RubricItem.number(Self.largestThreshold)), got \(value)")
        }
        return value
    }
}
