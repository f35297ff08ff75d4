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

/// A trailer can claim any size; the first buffer must follow the compressed size instead.
@Suite struct GzipBufferTests {
    @Test func aLyingTrailerDoesNotSizeTheBuffer() throws {
        var compressed = try Gzip.compress(Array(repeating: 1, count: 4_000))
        // Claim 1.6 GB in the ISIZE field, as a hostile 4.5 KB file did.
        let claimed = 1_600_000_000
        for index in 0..<4 { compressed[compressed.count - 4 + index] = UInt8(truncatingIfNeeded: claimed >> (8 * index)) }
        #expect(Gzip.initialCapacity(for: compressed) <= max(1 << 16, compressed.count * 8))
        #expect(throws: GzipError.self) { try Gzip.decompress(compressed) }  // zlib checks the length at the end
    }

    @Test func anHonestTrailerStillSizesTheBufferInOneStep() throws {
        var state: UInt64 = 1
        let sample = (0..<300_000).map { _ -> UInt8 in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
        let compressed = try Gzip.compress(sample)
        #expect(Gzip.initialCapacity(for: compressed) == sample.count)
    }
}
