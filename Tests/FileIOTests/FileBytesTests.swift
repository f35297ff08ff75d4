import FileIO
import Foundation
import TestSupport
import Testing

/// The one reader every user-named file goes through refuses what is not a regular file and never reads past its limit.
@Suite struct FileBytesTests {
    @Test(arguments: ["/dev/zero", "/dev/urandom", "/dev/null"])
    func refusesDevicesBeforeReading(_ device: String) throws {
        #expect(throws: FileError.self) { try FileBytes.read(device) }
        do {
            _ = try FileBytes.read(device)
        } catch {
            #expect(error.kind == .notRegular)
            #expect(error.description.hasPrefix("\(device): is not a regular file"))
        }
    }

    @Test func refusesAFIFOWithoutWaitingForAWriter() throws {
        let folder = TemporaryDirectory()
        let fifo = folder.file("pipe")
        #expect(mkfifo(fifo, 0o600) == 0)
        do {
            _ = try FileBytes.read(fifo)
            Issue.record("a FIFO was read")
        } catch {
            #expect(error.kind == .notRegular)
        }
    }

    @Test func readsAFileWithinItsLimitAndRefusesOneOverIt() throws {
        let folder = TemporaryDirectory()
        let path = folder.write(Array(repeating: 7, count: 100_000), to: "data")
        #expect(try FileBytes.read(path, limit: 100_000).count == 100_000)
        do {
            _ = try FileBytes.read(path, limit: 99_999)
            Issue.record("a file over the limit was read")
        } catch {
            #expect(error.kind == .tooLarge)
        }
        #expect(try FileBytes.read(folder.write([], to: "empty")).isEmpty)
    }

    @Test func namesAMissingFileAndAFolder() throws {
        let folder = TemporaryDirectory()
        #expect(throws: FileError(path: folder.file("none"), kind: .notFound, detail: "no such file")) {
            try FileBytes.read(folder.file("none"))
        }
        do {
            _ = try FileBytes.read(folder.path)
            Issue.record("a folder was read")
        } catch {
            #expect(error.kind == .isDirectory)
        }
    }
}
