import Foundation
import Testing
@testable import Localization

/// The build compiles each catalogue file in as it is on disk, and again after every edit.
@Suite struct EmbeddedCatalogueTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/Localization/Catalogues")

    @Test func theCompiledInTextIsEachFileAsItIsNow() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".json") }.sorted()
        #expect(EmbeddedCatalogues.files.map(\.name) == names)
        for file in EmbeddedCatalogues.files {
            let onDisk = try String(contentsOf: Self.folder.appendingPathComponent(file.name), encoding: .utf8)
            #expect(file.json == onDisk, "\(file.name) was compiled in from an older version of the file")
        }
    }

    @Test func noCatalogueHoldsTheClosingDelimiterOfItsLiteral() throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.folder.path) {
            let text = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
            #expect(!text.contains("\"\"\"##"), "\(name) would end the raw string it is compiled into")
        }
    }
}
