/// A vertical value axis with round ticks and light grid lines, shared by the bar charts.
struct ValueAxis {
    let low: Double, high: Double
    let ticks: [Double]
    let top: Double, bottom: Double
    let left: Double, right: Double
    let percent: Bool

    init(low: Double, high: Double, top: Double, bottom: Double, left: Double, right: Double, percent: Bool) {
        let ticks = NiceTicks.ticks(from: low, to: high, count: 5)
        self.ticks = ticks
        self.low = ticks.first ?? low
        self.high = ticks.last ?? high
        self.top = top
        self.bottom = bottom
        self.left = left
        self.right = right
        self.percent = percent
    }

    /// The y coordinate of `value`.
    func y(_ value: Double) -> Double { bottom - (bottom - top) * (value - low) / max(high - low, 1e-12) }

    func draw(_ g: Graphics, title: String) {
        let step = ticks.count > 1 ? ticks[1] - ticks[0] : 1
        for tick in ticks {
            g.stroke([(left, y(tick)), (right, y(tick))], .grid)
            let label = percent ? NiceTicks.label(100 * tick, step: 100 * step) + "%" : NiceTicks.label(tick, step: step)
            g.text(label, left - 6, y(tick) + 4, size: 10, .muted, align: .right)
        }
        g.stroke([(left, bottom), (right, bottom)], .muted)
        g.text(title, 18, (top + bottom) / 2, size: 11, align: .centre, rotated: true)
    }
}
