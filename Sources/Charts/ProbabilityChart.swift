import Foundation

/// One prediction's class probabilities as bars, the predicted class highlighted (the original app's chart).
public struct ProbabilityChart: Chart {
    public let classes: [String]
    public let probabilities: [Double]
    public let title: String
    public let width: Double = 420
    public let height: Double = 260

    public init(classes: [String], probabilities: [Double], title: String) {
        self.classes = classes
        self.probabilities = probabilities
        self.title = title
    }

    var predicted: Int { probabilities.indices.max { probabilities[$0] < probabilities[$1] } ?? 0 }

    public var summary: String {
        guard !probabilities.isEmpty else { return "\(title): no probabilities." }
        let ranked = probabilities.indices.sorted { probabilities[$0] > probabilities[$1] }
        var text = String(format: "%@: predicts %@ with probability %.1f%%", title, classes[ranked[0]], 100 * probabilities[ranked[0]])
        if ranked.count > 1 { text += String(format: "; next is %@ (%.1f%%)", classes[ranked[1]], 100 * probabilities[ranked[1]]) }
        return text + "."
    }

    public func draw(_ g: Graphics) {
        g.text(title, 16, 26, size: 15, bold: true)
        let axis = ValueAxis(low: 0, high: 1, top: 44, bottom: height - 40, left: 64, right: width - 16, percent: true)
        axis.draw(g, title: "Probability")
        let slot = (axis.right - axis.left) / Double(max(1, classes.count))
        for (index, probability) in probabilities.enumerated() {
            let x = axis.left + slot * Double(index) + slot * 0.15, top = axis.y(probability)
            g.fill(x, top, slot * 0.7, axis.bottom - top, index == predicted ? Color.series[0] : Color(hex: 0xB8C4CE))
            g.text(classes[index], x + slot * 0.35, axis.bottom + 16, size: 11, align: .centre, bold: index == predicted)
        }
        g.text("Class", (axis.left + axis.right) / 2, height - 6, size: 11, align: .centre)
    }
}
