import Foundation
import TestSupport
import Testing
@testable import DatasetCatalog

@Suite struct CatalogTests {
    @Test func knowsTheCompiledInManifestsWithoutAnyFolder() throws {
        let catalog = try Catalog()
        #expect(catalog.manifests.map(\.name) == ["fashion-mnist", "mnist"])
        let mnist = try catalog.manifest(named: "mnist")
        #expect(mnist.classNames.count == 10)
        #expect(mnist.file(.testLabels).sha256 == "f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6")
        #expect(mnist.file(.trainImages).count == 60_000)
        #expect(try catalog.manifest(named: "fashion-mnist").classNames[9] == "Ankle boot")
    }

    @Test func namesTheKnownDatasetsForAnUnknownName() throws {
        let catalog = try Catalog()
        let error = #expect(throws: DatasetError.self) { try catalog.manifest(named: "cifar") }
        #expect(error?.detail.contains("fashion-mnist, mnist") == true)
    }

    @Test func namesTheManifestAndFieldThatIsWrong() throws {
        let directory = TemporaryDirectory()
        let good = try String(contentsOfFile: SharedData.catalogDirectory + "/mnist.json", encoding: .utf8)
        directory.write(Array(good.replacingOccurrences(of: "\"image_rows\": 28,", with: "").utf8), to: "a.json")
        let missing = #expect(throws: DatasetError.self) { try Catalog(directory: directory.path) }
        #expect(missing?.description == directory.file("a.json") + ": missing field image_rows")

        directory.write(Array(good.replacingOccurrences(of: "f7ae60f92e", with: "zz").utf8), to: "a.json")
        let digest = #expect(throws: DatasetError.self) { try Catalog(directory: directory.path) }
        #expect(digest?.detail.hasPrefix("field files[3].sha256:") == true)

        directory.write(Array("{ not json".utf8), to: "a.json")
        let syntax = #expect(throws: DatasetError.self) { try Catalog(directory: directory.path) }
        #expect(syntax?.kind == .badManifest)
    }

    @Test func refusesAFolderWithoutManifests() {
        let directory = TemporaryDirectory()
        let error = #expect(throws: DatasetError.self) { try Catalog(directory: directory.path) }
        #expect(error?.kind == .noCatalog)
    }

    @Test func anAddedFolderAddsManifestsAndMayReplaceACompiledInOne() throws {
        let directory = TemporaryDirectory()
        let good = try String(contentsOfFile: SharedData.catalogDirectory + "/mnist.json", encoding: .utf8)
        directory.write(Array(good.replacingOccurrences(of: "\"name\": \"mnist\"", with: "\"name\": \"digits\"").utf8), to: "d.json")
        directory.write(Array(good.replacingOccurrences(of: "\"MNIST handwritten digits\"", with: "\"My MNIST\"").utf8), to: "m.json")
        let catalog = try Catalog(directory: directory.path)
        #expect(catalog.manifests.map(\.name) == ["digits", "fashion-mnist", "mnist"])
        #expect(try catalog.manifest(named: "mnist").title == "My MNIST" && catalog.directory == directory.path)
    }

    @Test func findsAddedManifestsDataAndDownloadsFromOptionsEnvironmentOrTheUsersDataFolder() throws {
        #expect(CatalogLocation.catalogDirectory(explicit: "/x", environment: [:]) == "/x")
        #expect(CatalogLocation.catalogDirectory(explicit: nil, environment: ["DIGITBOOK_CATALOG": "/y"]) == "/y")
        #expect(CatalogLocation.catalogDirectory(explicit: nil, environment: [:]) == nil)
        #expect(CatalogLocation.downloadDirectory(for: "mnist", environment: ["XDG_DATA_HOME": "/x", "HOME": "/h"])
                == "/x/digitbook/datasets/mnist")
        #expect(CatalogLocation.downloadDirectory(for: "mnist", environment: ["XDG_DATA_HOME": "relative", "HOME": "/h"])
                == "/h/.local/share/digitbook/datasets/mnist", "a relative XDG_DATA_HOME is ignored, as the spec says")
        #expect(CatalogLocation.downloadDirectory(for: "mnist", environment: ["HOME": "/h"]) == "/h/.local/share/digitbook/datasets/mnist")
        #expect(CatalogLocation.dataDirectory(explicit: nil, environment: ["DIGITBOOK_DATA": "/d"]) == "/d")
        #expect(CatalogLocation.dataDirectory(explicit: nil, environment: [:]) == nil)
    }

    @Test func hashesLikeSha256sum() {
        #expect(SHA256Digest.hex(of: Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256Digest.hex(of: []) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        // FIPS 180-2's long example: a million times "a".
        #expect(SHA256Digest.hex(of: [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}
