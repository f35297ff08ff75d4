import Foundation
import TestSupport
import Testing
@testable import FileIO

@Suite struct FileIOTests {
    @Test func readsWhatWasWrittenAtomically() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("out.bin")
        try AtomicFile.write([1, 2, 3], to: path)
        try AtomicFile.write([4, 5], to: path)
        #expect(try FileBytes.read(path) == [4, 5])
        #expect(directory.entries() == ["out.bin"], "no temporary file is left behind")
    }

    @Test func namesTheFileWhenItIsMissing() {
        let error = #expect(throws: FileError.self) { try FileBytes.read("/nonexistent/file.idx") }
        #expect(error?.kind == .notFound)
        #expect(error?.description.contains("/nonexistent/file.idx") == true)
    }

    @Test func refusesDirectoriesAndOversizedFiles() {
        let directory = TemporaryDirectory()
        #expect(throws: FileError.self) { try FileBytes.read(directory.path) }
        let path = directory.write([UInt8](repeating: 0, count: 100), to: "big")
        let error = #expect(throws: FileError.self) { try FileBytes.read(path, limit: 10) }
        #expect(error?.kind == .tooLarge)
    }

    @Test func refusesToWriteIntoAMissingFolder() {
        let error = #expect(throws: FileError.self) { try AtomicFile.write([1], to: "/nonexistent-folder/x.bin") }
        #expect(error?.kind == .unwritable)
    }
}
