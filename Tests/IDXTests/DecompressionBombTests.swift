import Gzip
import Testing
@testable import IDX

/// Gzip IDX data is inflated only as far as its header says the file goes (issue 21): a small file that inflates far
/// beyond what its header announces is refused after those bytes, not after the 2 GiB limit.
@Suite struct DecompressionBombTests {
    @Test func dataBeyondTheAnnouncedSizeIsRefusedAfterIt() throws {
        let header: [UInt8] = [0, 0, 8, 3, 0, 0, 0, 2, 0, 0, 0, 2, 0, 0, 0, 2]
        let bomb = try Gzip.compress(header + [UInt8](repeating: 0, count: 64 << 20))
        #expect(bomb.count < 200_000, "64 MiB of zeros compress to \(bomb.count) bytes")
        let error = #expect(throws: IDXError.self) { try IDXReader.images(from: bomb, file: "bomb.gz") }
        #expect(error?.kind == .trailingData)
        #expect(error?.detail == "the data goes on past the size its header announces", "\(String(describing: error))")
        let exact = try Gzip.compress(header + [UInt8](repeating: 7, count: 8))
        #expect(try IDXReader.images(from: exact, file: "ok.gz").pixels == [UInt8](repeating: 7, count: 8))
    }

    @Test func aGzipFileThatIsNotIDXIsNamedAsSuch() throws {
        let text = try Gzip.compress(Array("hello, this is not an IDX file at all".utf8))
        let error = #expect(throws: IDXError.self) { try IDXReader.images(from: text, file: "notes.gz") }
        #expect(error?.kind == .wrongMagic, "\(String(describing: error))")
    }

    @Test func aPrefixInflatesNoFurtherThanAsked() throws {
        let data = try Gzip.compress([UInt8](0..<200))
        #expect(try Gzip.decompressedPrefix(data, count: 4) == [0, 1, 2, 3])
        #expect(try Gzip.decompressedPrefix(try Gzip.compress([1, 2]), count: 4) == [1, 2])
    }
}
