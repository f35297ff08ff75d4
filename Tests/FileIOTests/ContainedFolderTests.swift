import Foundation
import TestSupport
import Testing
@testable import FileIO

@Suite struct ContainedFolderTests {
    /// A folder with a page, a hidden file, a subfolder, and links leading inside and outside.
    func folder() throws -> (TemporaryDirectory, TemporaryDirectory) {
        let inside = TemporaryDirectory()
        let outside = TemporaryDirectory()
        inside.write(Array("page".utf8), to: "page.html")
        inside.write(Array("secret".utf8), to: ".env")
        try FileManager.default.createDirectory(atPath: inside.file("sub"), withIntermediateDirectories: true)
        inside.write(Array("inner".utf8), to: "sub/inner.png")
        outside.write(Array("root:x:0:0".utf8), to: "passwd")
        try FileManager.default.createSymbolicLink(atPath: inside.file("passwd.csv"), withDestinationPath: outside.file("passwd"))
        try FileManager.default.createSymbolicLink(atPath: inside.file("alias.html"), withDestinationPath: "page.html")
        try FileManager.default.createSymbolicLink(atPath: inside.file("env.txt"), withDestinationPath: ".env")
        return (inside, outside)
    }

    @Test func readsRegularFilesInside() throws {
        let (inside, _) = try folder()
        let folder = ContainedFolder(inside.path)
        #expect(try FileBytes.read(folder.file("page.html")) == Array("page".utf8))
        #expect(try FileBytes.read(folder.file("sub/inner.png")) == Array("inner".utf8))
        #expect(try FileBytes.read(folder.file("alias.html")) == Array("page".utf8), "a link that stays inside is followed")
    }

    @Test func refusesLinksOutHiddenNamesAndNUL() throws {
        let (inside, outside) = try folder()
        defer { withExtendedLifetime(outside) {} }
        let folder = ContainedFolder(inside.path)
        for name in ["passwd.csv", ".env", "env.txt", "sub/../.env", "../x", "page.html\0.txt"] {
            let error = #expect(throws: FileError.self, "\(name)") { try folder.file(name) }
            #expect(error?.kind == .notAllowed, "\(name): \(String(describing: error))")
        }
        #expect(throws: FileError.self) { try folder.file("sub") }
        #expect(throws: FileError.self) { try folder.file("missing.html") }
    }

    @Test func refusesEveryLinkWhenAskedTo() throws {
        let (inside, _) = try folder()
        let folder = ContainedFolder(inside.path, links: .refused)
        let error = #expect(throws: FileError.self) { try folder.file("alias.html") }
        #expect(error?.detail.contains("symbolic link") == true)
        #expect(try folder.file("page.html") == inside.file("page.html"))
    }

    @Test func listsOnlyWhatMayBeRead() throws {
        let (inside, outside) = try folder()
        defer { withExtendedLifetime(outside) {} }
        mkfifo(inside.file("pipe"), 0o600)
        let listing = try ContainedFolder(inside.path).entries()
        #expect(listing.visible.map(\.name) == ["alias.html", "page.html", "sub"])
        #expect(listing.visible.last?.kind == .folder)
        #expect(listing.refused.map(\.name) == ["env.txt", "passwd.csv", "pipe"])
    }
}

@Suite struct OutputFolderTests {
    @Test func acceptsNewEmptyAndItsOwnFolders() throws {
        let directory = TemporaryDirectory()
        let output = OutputFolder(directory.file("out"), owner: "grade", role: "the output folder (--out)")
        try output.check()
        try FileManager.default.createDirectory(atPath: output.path, withIntermediateDirectories: true)
        try output.check()
        try FileManager.default.createDirectory(atPath: output.path + "/feedback", withIntermediateDirectories: true)
        try AtomicFile.write("a", to: output.path + "/grades.csv")
        try AtomicFile.write("b", to: output.path + "/feedback/ada.html")
        try output.seal()
        try output.check()
    }

    @Test func refusesFoldersWithOtherFiles() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("out")
        try FileManager.default.createDirectory(atPath: path + "/feedback", withIntermediateDirectories: true)
        try AtomicFile.write("notes", to: path + "/thesis.txt")
        let output = OutputFolder(path, owner: "grade", role: "the output folder (--out)")
        let foreign = #expect(throws: FileError.self) { try output.check() }
        #expect(foreign?.kind == .conflict)
        #expect(foreign?.detail.contains("thesis.txt") == true)

        try FileManager.default.removeItem(atPath: path + "/thesis.txt")
        try AtomicFile.write("a", to: path + "/grades.csv")
        try output.seal()
        try AtomicFile.write("mine", to: path + "/feedback/notes.txt")
        let added = #expect(throws: FileError.self) { try output.check() }
        #expect(added?.detail.contains("feedback/notes.txt") == true, "\(String(describing: added))")

        let other = OutputFolder(path, owner: "run", role: "the run folder")
        let wrongOwner = #expect(throws: FileError.self) { try other.check() }
        #expect(wrongOwner?.detail.contains("digitbook grade") == true)
    }

    @Test func refusesAFileInPlaceOfTheFolder() {
        let directory = TemporaryDirectory()
        let file = directory.write([1], to: "x")
        #expect(throws: FileError.self) { try OutputFolder(file, owner: "run", role: "the run folder").check() }
    }
}

@Suite struct InputOutputOverlapTests {
    @Test func refusesWritingOverAnInput() throws {
        let directory = TemporaryDirectory()
        let image = directory.write([1], to: "x.png")
        try FileManager.default.createSymbolicLink(atPath: directory.file("link.png"), withDestinationPath: image)
        let inputs = [InputOutputOverlap.Input(image, role: "an input image")]
        for output in [image, directory.file("link.png"), directory.path + "/./x.png", directory.path] {
            let error = #expect(throws: FileError.self, "\(output)") {
                try InputOutputOverlap.check(output: output, role: "--boxes", inputs: inputs)
            }
            #expect(error?.kind == .conflict)
        }
        try InputOutputOverlap.check(output: directory.file("boxes.png"), role: "--boxes", inputs: inputs)
    }

    @Test func refusesWritingInsideAFolderReadWhole() throws {
        let directory = TemporaryDirectory()
        let submissions = directory.file("submissions")
        let inputs = [InputOutputOverlap.Input(submissions, role: "the submissions folder", wholeFolder: true)]
        #expect(throws: FileError.self) { try InputOutputOverlap.check(output: submissions + "/graded", role: "--out", inputs: inputs) }
        #expect(throws: FileError.self) { try InputOutputOverlap.check(output: submissions, role: "--out", inputs: inputs) }
        try InputOutputOverlap.check(output: directory.file("graded"), role: "--out", inputs: inputs)
        let run = [InputOutputOverlap.Input(directory.file("run"), role: "the run folder")]
        try InputOutputOverlap.check(output: directory.file("run/eval"), role: "--out", inputs: run)
    }
}
