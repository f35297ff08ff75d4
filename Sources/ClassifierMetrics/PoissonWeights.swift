import Foundation
import Randomness

/// Poisson(1) counts for the Poisson bootstrap, four per 64-bit random number: each 16-bit piece is looked up in the
/// inverse of the distribution function (counts above 8 have probability below 1/65536 and are not drawn).
enum PoissonWeights {
    static let table: [Int32] = (0..<65536).map { piece in
        let u = (Double(piece) + 0.5) / 65536
        var k = 0, probability = exp(-1.0), cumulative = probability
        while cumulative < u && k < 16 {
            k += 1
            probability /= Double(k)
            cumulative += probability
        }
        return Int32(k)
    }

    static func fill(_ weights: inout [Int32], generator: inout SeededGenerator) {
        table.withUnsafeBufferPointer { table in
            weights.withUnsafeMutableBufferPointer { weights in
                var index = 0
                while index < weights.count {
                    var bits = generator.next()
                    for _ in 0..<4 where index < weights.count {
                        weights[index] = table[Int(bits & 0xFFFF)]
                        bits >>= 16
                        index += 1
                    }
                }
            }
        }
    }
}
