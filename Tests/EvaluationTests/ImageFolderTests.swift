import Foundation
import TestSupport
import Testing
import UserImages
@testable import Evaluation

@Suite struct ImageFolderTests {
    /// A dark bar on light paper, as someone might draw a "1".
    func bar(column: Int) throws -> [UInt8] {
        var pixels = [UInt8](repeating: 245, count: 60 * 60)
        for y in 8..<52 { for x in column..<(column + 6) { pixels[y * 60 + x] = 10 } }
        return try PNGCodec.encode(GreyImage(width: 60, height: 60, pixels: pixels)!)
    }

    @Test func readsClassFoldersInOrderThroughThePreprocessing() throws {
        let root = TemporaryDirectory("folder")
        for name in ["1", "7"] { try FileManager.default.createDirectory(atPath: root.file(name), withIntermediateDirectories: true) }
        root.write(try bar(column: 20), to: "7/b.png")
        root.write(try bar(column: 30), to: "1/a.png")
        root.write(try bar(column: 10), to: "1/.hidden.png")
        let folder = try ImageFolder(directory: root.path, classNames: (0..<10).map(String.init))
        #expect(folder.items.map(\.label) == [1, 7])
        #expect(folder.items.allSatisfy { $0.digit.width == 28 && $0.digit.height == 28 })
    }

    @Test func listsEveryBadFolderAtOnce() throws {
        let root = TemporaryDirectory("bad-folder")
        for name in ["3", "eleven", "twelve"] {
            try FileManager.default.createDirectory(atPath: root.file(name), withIntermediateDirectories: true)
        }
        root.write(try bar(column: 20), to: "3/a.png")
        let error = #expect(throws: EvaluationError.self) { try ImageFolder(directory: root.path, classNames: (0..<10).map(String.init)) }
        #expect(error?.problems == ["eleven/: not a class (expected one of 0, 1, 2, 3, 4, 5, 6, 7, 8, 9)",
                                    "twelve/: not a class (expected one of 0, 1, 2, 3, 4, 5, 6, 7, 8, 9)"])
        #expect(throws: EvaluationError.self) { try ImageFolder(directory: "/no/such/folder", classNames: ["0"]) }
    }

    /// One faint photo must not block four hundred: bad images are listed with their reasons, the rest evaluated.
    @Test func evaluatesEveryReadableImageAndListsTheOthers() throws {
        let root = TemporaryDirectory("mixed-folder")
        for name in ["3", "7"] { try FileManager.default.createDirectory(atPath: root.file(name), withIntermediateDirectories: true) }
        root.write(Array("not an image".utf8), to: "3/notes.png")
        root.write(try PNGCodec.encode(GreyImage(width: 8, height: 8, pixels: [UInt8](repeating: 255, count: 64))!), to: "3/blank.png")
        root.write(try bar(column: 20), to: "3/a.png")
        root.write(try bar(column: 30), to: "7/a.png")
        root.write(Array("# my digits".utf8), to: "README.md")
        let folder = try ImageFolder(directory: root.path, classNames: (0..<10).map(String.init))
        #expect(folder.items.map(\.label) == [3, 7])
        #expect(folder.unread.map { ($0.path as NSString).lastPathComponent } == ["blank.png", "notes.png"])
        #expect(folder.unread.first?.reason.hasPrefix("no digit found") == true)
        #expect(folder.notes == ["README.md: a file beside the class folders, skipped"])
    }

    @Test func linksOutOfTheFolderArePassedOverWithTheirReason() throws {
        let root = TemporaryDirectory("linked-folder")
        let outside = TemporaryDirectory("elsewhere")
        try FileManager.default.createDirectory(atPath: root.file("3"), withIntermediateDirectories: true)
        root.write(try bar(column: 20), to: "3/a.png")
        let elsewhere = outside.write(try bar(column: 30), to: "private.png")
        try FileManager.default.createSymbolicLink(atPath: root.file("3/b.png"), withDestinationPath: elsewhere)
        try FileManager.default.createSymbolicLink(atPath: root.file("7"), withDestinationPath: outside.path)
        let folder = try ImageFolder(directory: root.path, classNames: (0..<10).map(String.init))
        #expect(folder.items.map(\.path) == [root.file("3/a.png")])
        #expect(folder.unread.map(\.path) == [root.file("3/b.png")])
        #expect(folder.unread.first?.reason.contains("outside") == true, "\(folder.unread)")
        #expect(folder.notes.first?.hasPrefix("7: is a link that leads outside") == true, "\(folder.notes)")
    }

    @Test func savedInputNamesNeverCollide() throws {
        let root = TemporaryDirectory("same-stem")
        try FileManager.default.createDirectory(atPath: root.file("4"), withIntermediateDirectories: true)
        root.write(try bar(column: 20), to: "4/scan.png")
        root.write(try bar(column: 30), to: "4/scan.jpeg")
        root.write(try bar(column: 25), to: "4/scan_png")
        let folder = try ImageFolder(directory: root.path, classNames: (0..<10).map(String.init))
        let names = folder.items.map { folder.inputName(of: $0, predicted: "1", classNames: (0..<10).map(String.init)) }
        #expect(names == ["4-scan.jpeg-as-1.png", "4-scan.png-as-1.png", "4-scan_png-as-1.png"])
    }
}
