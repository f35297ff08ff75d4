import Foundation
import TestSupport
import Testing
@testable import DatasetCatalog

@Suite struct DatasetFetcherTests {
    @Test func downloadsFromAFileMirrorAndVerifies() async throws {
        let copy = try TinyCopy()
        let target = TemporaryDirectory("fetch-target")
        let fetcher = DatasetFetcher(manifest: copy.manifest, destination: target.path + "/tiny",
            mirrors: ["file://" + copy.directory.path])
        let outcomes = try await fetcher.fetch()
        #expect(outcomes.count == 4)
        #expect(outcomes["t10k-images-idx3-ubyte.gz"] == .downloaded(from: "file://\(copy.directory.path)/t10k-images-idx3-ubyte.gz"))
        #expect(target.entries(in: "tiny") == copy.directory.entries())
        let dataset = try LocalDataset(copy.manifest, directory: target.path + "/tiny")
        #expect(dataset.checks.allSatisfy { $0.status == .matches })

        let again = try await fetcher.fetch()
        #expect(again.values.allSatisfy { $0 == .alreadyPresent })
    }

    @Test func downloadsOverHTTPTryingMirrorsInOrder() async throws {
        let copy = try TinyCopy()
        let served = Dictionary(uniqueKeysWithValues: copy.bytes.map { ("/good/\($0.key)", $0.value) })
        let server = try #require(LoopbackHTTPServer(files: served))
        let target = TemporaryDirectory("fetch-http")
        let fetcher = DatasetFetcher(manifest: copy.manifest, destination: target.path,
                                     mirrors: [server.baseURL + "/missing/", server.baseURL + "/good"])
        let outcomes = try await fetcher.fetch()
        #expect(outcomes["train-labels-idx1-ubyte.gz"] == .downloaded(from: server.baseURL + "/good/train-labels-idx1-ubyte.gz"))
        #expect(server.requestedPaths.contains("/missing/train-images-idx3-ubyte.gz"))
        #expect(target.entries() == copy.directory.entries(), "only the four verified files, no temporary leftovers")
    }

    @Test func stopsWithBothDigestsOnAMismatchAndKeepsNothing() async throws {
        let copy = try TinyCopy()
        let wrong = "0000000000000000000000000000000000000000000000000000000000000000"
        let manifest = copy.manifest.replacingDigest(of: .trainLabels, with: wrong)
        let target = TemporaryDirectory("fetch-mismatch")
        let fetcher = DatasetFetcher(manifest: manifest, destination: target.path, mirrors: ["file://" + copy.directory.path])
        let error = await #expect(throws: DatasetError.self) { try await fetcher.fetch() }
        #expect(error?.kind == .digestMismatch)
        #expect(error?.detail.contains(wrong) == true)
        #expect(error?.detail.contains(copy.manifest.file(.trainLabels).sha256) == true)
        #expect(target.entries() == ["train-images-idx3-ubyte.gz"], "the verified first file stays; the bad one is not kept")
    }

    @Test func neverDeletesAFileItDidNotCreate() async throws {
        let copy = try TinyCopy()
        let target = TemporaryDirectory("fetch-existing")
        target.write(Array("my own notes".utf8), to: "t10k-labels-idx1-ubyte.gz")
        let fetcher = DatasetFetcher(manifest: copy.manifest, destination: target.path, mirrors: ["file://" + copy.directory.path])
        let error = await #expect(throws: DatasetError.self) { try await fetcher.fetch() }
        #expect(error?.kind == .digestMismatch)
        #expect(error?.detail.contains("left as it is") == true)
        #expect(try String(contentsOfFile: target.file("t10k-labels-idx1-ubyte.gz"), encoding: .utf8) == "my own notes")
    }

    @Test func reportsEveryMirrorWhenAllFail() async throws {
        let copy = try TinyCopy()
        let target = TemporaryDirectory("fetch-fail")
        let fetcher = DatasetFetcher(manifest: copy.manifest, destination: target.path,
                                     mirrors: ["file:///no/such/mirror", "ftp://example.invalid/"])
        let error = await #expect(throws: DatasetError.self) { try await fetcher.fetch() }
        #expect(error?.kind == .downloadFailed)
        #expect(error?.detail.contains("file:///no/such/mirror/train-images-idx3-ubyte.gz") == true)
        #expect(error?.detail.contains("unsupported URL scheme ftp") == true)
        #expect(target.entries().isEmpty)
    }
}

/// A wrong or hostile mirror costs neither memory nor the download: the next mirror is tried.
@Suite struct DatasetFetcherHardeningTests {
    @Test func aMismatchOnOneMirrorTriesTheNext() async throws {
        let copy = try TinyCopy()
        var served = Dictionary(uniqueKeysWithValues: copy.bytes.map { ("/good/\($0.key)", $0.value) })
        for (name, bytes) in copy.bytes { served["/damaged/\(name)"] = bytes.map { $0 ^ 0x5A } }  // right size, wrong bytes
        let server = try #require(LoopbackHTTPServer(files: served))
        let target = TemporaryDirectory("fetch-next")
        let fetcher = DatasetFetcher(manifest: copy.manifest, destination: target.path,
                                     mirrors: [server.baseURL + "/damaged", server.baseURL + "/good"])
        let outcomes = try await fetcher.fetch()
        #expect(outcomes["t10k-labels-idx1-ubyte.gz"] == .downloaded(from: server.baseURL + "/good/t10k-labels-idx1-ubyte.gz"))
        #expect(target.entries() == copy.directory.entries())
    }

    @Test func aDownloadLargerThanTheManifestSaysStopsAtThatSize() async throws {
        let copy = try TinyCopy()
        let huge = [UInt8](repeating: 7, count: 8 << 20)
        let served = Dictionary(uniqueKeysWithValues: copy.bytes.map { ("/big/\($0.key)", huge) })
        let server = try #require(LoopbackHTTPServer(files: served))
        let target = TemporaryDirectory("fetch-big")
        let fetcher = DatasetFetcher(manifest: copy.manifest, destination: target.path + "/tiny", mirrors: [server.baseURL + "/big"])
        let error = await #expect(throws: DatasetError.self) { try await fetcher.fetch() }
        let expected = copy.manifest.file(.trainImages).bytes
        #expect(error?.detail.contains("sent more than the \(expected) bytes expected") == true, "\(String(describing: error))")
        #expect(target.entries().isEmpty, "the folder the fetch created is gone again")
    }
}

extension DatasetManifest {
    func replacingDigest(of role: Role, with digest: String) -> DatasetManifest {
        DatasetManifest(
            name: name, title: title, description: description, homepage: homepage, classNames: classNames,
            imageRows: imageRows, imageColumns: imageColumns, mirrors: mirrors,
            files: files.map { $0.role == role ? File(role: role, name: $0.name, bytes: $0.bytes, count: $0.count, sha256: digest) : $0 })
    }
}
