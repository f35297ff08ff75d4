import Testing
@testable import Runs
@testable import Training

/// Files from other tools: F64, F16 and BF16 tensors read as Float, integer tensors left out and named; Digitbook's
/// own reader still takes F32 only.
@Suite struct SafeTensorsConversionTests {
    /// 1.5 and -2.0 in each dtype, then one I64 counter, little-endian.
    static func mixedFile() -> [UInt8] {
        let header = #"{"d":{"dtype":"F64","shape":[2],"data_offsets":[0,16]},"h":{"dtype":"F16","shape":[2],"data_offsets":[16,20]},"#
            + #""b":{"dtype":"BF16","shape":[2],"data_offsets":[20,24]},"n":{"dtype":"I64","shape":[],"data_offsets":[24,32]}}"#
        var bytes = Array(header.utf8)
        while (bytes.count + 8) % 8 != 0 { bytes.append(0x20) }
        let length = UInt64(bytes.count)
        func little(_ value: UInt64, _ size: Int) -> [UInt8] { (0..<size).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }
        let data = little(0x3FF8_0000_0000_0000, 8) + little(0xC000_0000_0000_0000, 8)  // F64
            + little(0x3E00, 2) + little(0xC000, 2)  // F16
            + little(0x3FC0, 2) + little(0xC000, 2)  // BF16
            + little(7, 8)  // I64
        return little(length, 8) + bytes + data
    }

    @Test func convertsRealTypesAndSkipsIntegers() throws {
        let (tensors, _, skipped) = try SafeTensors.readConverting(Self.mixedFile(), file: "m")
        for name in ["d", "h", "b"] { #expect(tensors[name]?.scalars == [1.5, -2], "\(name)") }
        #expect(tensors["n"] == nil && skipped == ["n"])
        #expect(throws: (any Error).self) { try SafeTensors.read(Self.mixedFile(), file: "m") }
    }
}
