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

    @Test func listsEveryBadFileAndFolder() throws {
        let root = TemporaryDirectory("bad-folder")
        for name in ["3", "eleven"] { try FileManager.default.createDirectory(atPath: root.file(name), withIntermediateDirectories: true) }
        root.write(Array("not an image".utf8), to: "3/notes.png")
        root.write(try PNGCodec.encode(GreyImage(width: 8, height: 8, pixels: [UInt8](repeating: 255, count: 64))!), to: "3/blank.png")
        let error = #expect(throws: EvaluationError.self) { try ImageFolder(directory: root.path, classNames: (0..<10).map(String.init)) }
        let text = error?.description ?? ""
        #expect(text.contains("3/notes.png: not a PNG or JPEG image"))
        #expect(text.contains("3/blank.png: no digit found"))
        #expect(text.contains("eleven/: not a class"))
        #expect(throws: EvaluationError.self) { try ImageFolder(directory: "/no/such/folder", classNames: ["0"]) }
    }
}
