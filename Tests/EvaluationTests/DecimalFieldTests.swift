import Foundation
import Randomness
import Testing
@testable import Evaluation

/// The fast decimal reader gives exactly the Double that Swift's own parser gives, or defers to it.
@Suite struct DecimalFieldTests {
    @Test func agreesWithDoubleBitForBit() {
        var generator = SeededGenerator(seed: 12)
        var samples = ["0", "1", "1.0", ".5", "0.913767", "0.000001", "00012.5000", "0.1", "0.3", "123456789012345678",
                       "9007199254740993", "0.12345678901234567890123", "1e-3", "-0.5", "+1", "nan", "inf", "1.2.3", "", ".", "0x1p3",
                       " 1", "１", "1.", "0.", "000000000000000000000000001"]
        for _ in 0..<20_000 {
            let value = generator.uniformDouble() * pow10(Int(generator.uniformInteger(below: 7)))
            samples.append(String(format: "%.\(generator.uniformInteger(below: 12))f", value))
        }
        for text in samples {
            let fast = DecimalField.parse(text), slow = Double(text)
            #expect(fast?.bitPattern == slow?.bitPattern, "\(text): \(String(describing: fast)) vs \(String(describing: slow))")
        }
    }

    func pow10(_ exponent: Int) -> Double { (0..<exponent).reduce(1.0) { value, _ in value * 10 } }
}
