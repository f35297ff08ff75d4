import Testing
@testable import Charts

/// Chart text in scripts that need shaping is laid out by Pango; Latin text keeps Cairo's own drawing.
@Suite struct ShapedTextTests {
    @Test func onlyScriptsThatNeedShapingGoThroughPango() {
        #expect(!ShapedText.needsShaping("Accuracy by epoch: 7 → 9 (0.93), é, ß, Ω"))
        for text in ["الدقة", "सटीकता", "துல்லியம்", "准确率"] {
            #expect(ShapedText.needsShaping(text), "\(text)")
        }
    }

    @Test func arabicLettersJoin() {
        // Lam and alef shaped together make one ligature, narrower than the two letters drawn apart (Cairo's own text
        // calls draw them apart: their widths add up exactly).
        let joined = Graphics.width(of: "لا", size: 20)
        let apart = Graphics.width(of: "ل", size: 20) + Graphics.width(of: "ا", size: 20)
        #expect(joined > 0 && joined < apart - 1, "lam-alef \(joined), apart \(apart)")
    }
}
