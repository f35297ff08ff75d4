import Testing
@testable import Gzip

@Suite struct GzipTests {
    let sample: [UInt8] = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 * 7 / 3) }

    @Test func roundTripsAndIsReproducible() throws {
        let compressed = try Gzip.compress(sample)
        #expect(Gzip.isCompressed(compressed))
        #expect(compressed.count < sample.count / 4)
        #expect(try Gzip.decompress(compressed) == sample)
        #expect(try Gzip.compress(sample) == compressed)
    }

    /// "hello\n" as written by `printf 'hello\n' | gzip -n` (GNU gzip 1.12).
    @Test func readsWhatGnuGzipWrites() throws {
        let fromGzip: [UInt8] = [
            0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xCB, 0x48, 0xCD, 0xC9, 0xC9, 0xE7,
            0x02, 0x00, 0x20, 0x30, 0x3A, 0x36, 0x06, 0x00, 0x00, 0x00,
        ]
        #expect(try Gzip.decompress(fromGzip) == Array("hello\n".utf8))
    }

    @Test func readsConcatenatedMembers() throws {
        let joined = try Gzip.compress(Array("ab".utf8)) + Gzip.compress(Array("cd".utf8))
        #expect(try Gzip.decompress(joined) == Array("abcd".utf8))
    }

    @Test func reportsTruncation() throws {
        let compressed = try Gzip.compress(sample)
        let error = #expect(throws: GzipError.self) { try Gzip.decompress(Array(compressed.prefix(compressed.count / 2))) }
        #expect(error?.kind == .truncated)
    }

    @Test func reportsCorruption() throws {
        var compressed = try Gzip.compress(sample)
        for i in 20..<60 { compressed[i] ^= 0xA5 }
        let error = #expect(throws: GzipError.self) { try Gzip.decompress(compressed) }
        #expect(error?.kind == .corrupt)
    }

    @Test func reportsDataAfterTheStream() throws {
        let compressed = try Gzip.compress(sample) + Array("junk".utf8)
        let error = #expect(throws: GzipError.self) { try Gzip.decompress(compressed) }
        #expect(error?.kind == .trailingData)
    }

    @Test func refusesOutputOverTheLimit() throws {
        let compressed = try Gzip.compress(sample)
        let error = #expect(throws: GzipError.self) { try Gzip.decompress(compressed, limit: 100_000) }
        #expect(error?.kind == .tooLarge)
    }

    @Test func refusesDataThatIsNotGzip() {
        let error = #expect(throws: GzipError.self) { try Gzip.decompress(Array("plain text".utf8)) }
        #expect(error?.kind == .corrupt)
    }
}
