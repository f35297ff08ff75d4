import Foundation
import Gzip
import TestSupport
import Testing
@testable import ModelImport

/// A .keras zip entry is inflated only up to the size it declares (issue 21): one that declares 100 bytes and inflates
/// to megabytes is refused as soon as it passes 100, however large it would become.
@Suite struct ZipBombTests {
    /// A zip holding one deflated member `name` whose headers declare `declared` uncompressed bytes.
    static func zip(name: String, content: [UInt8], declared: UInt32) throws -> [UInt8] {
        let gzip = try Gzip.compress(content)
        let deflated = Array(gzip[10..<(gzip.count - 8)])  // the raw deflate stream inside the gzip wrapper
        func le16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
        func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8(value >> (8 * $0) & 0xFF) } }
        let nameBytes = Array(name.utf8)
        let sizes = le32(0) + le32(UInt32(deflated.count)) + le32(declared)  // CRC-32, compressed, uncompressed
        let local = le32(0x0403_4B50) + le16(20) + le16(0) + le16(8) + le16(0) + le16(0) + sizes + le16(nameBytes.count) + le16(0)
            + nameBytes
        let central = le32(0x0201_4B50) + le16(20) + le16(20) + le16(0) + le16(8) + le16(0) + le16(0) + sizes
            + le16(nameBytes.count) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0) + le32(0) + nameBytes
        let body = local + deflated
        let end = le32(0x0605_4B50) + le16(0) + le16(0) + le16(1) + le16(1) + le32(UInt32(central.count)) + le32(UInt32(body.count))
            + le16(0)
        return body + central + end
    }

    @Test func anEntryThatInflatesPastItsDeclaredSizeIsRefused() throws {
        let folder = TemporaryDirectory("zip-bomb")
        let bomb = folder.write(try Self.zip(name: "config.json", content: [UInt8](repeating: 0x20, count: 16 << 20), declared: 100),
                                to: "model.keras")
        let error = #expect(throws: ModelImportError.self) { try KerasModelFile.read(bomb) }
        #expect(error?.description.contains("config.json inflates to more than the 100 bytes its zip entry declares") == true,
                "\(String(describing: error))")
    }
}
