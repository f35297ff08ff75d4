import Gzip
import NumberFormats
import TestSupport
import Testing
@testable import IDX

@Suite struct IDXTests {
    @Test(arguments: ["images.idx", "images.idx.gz"])
    func roundTripsImagesRawAndCompressed(name: String) throws {
        let directory = TemporaryDirectory()
        let (images, labels) = TinyDataset.make(count: 12)
        try IDXWriter.write(images, to: directory.file(name))
        try IDXWriter.write(labels: labels, to: directory.file("labels-" + name))
        #expect(try IDXReader.images(at: directory.file(name)) == images)
        #expect(try IDXReader.labels(at: directory.file("labels-" + name), classCount: 10) == labels)
    }

    @Test func writesTheStandardHeader() throws {
        let images = try ImageSet(count: 2, rows: 3, columns: 4, pixels: Array(repeating: 9, count: 24))
        let bytes = IDXWriter.bytes(of: images)
        #expect(Array(bytes.prefix(16)) == [0, 0, 8, 3, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, 4])
        #expect(bytes.count == 16 + 24)
        #expect(Array(IDXWriter.bytes(ofLabels: [1, 2]).prefix(8)) == [0, 0, 8, 1, 0, 0, 0, 2])
    }

    @Test func rejectsATruncatedGzipFile() throws {
        let directory = TemporaryDirectory()
        let compressed = try Gzip.compress(IDXWriter.bytes(of: TinyDataset.make(count: 50).images))
        let path = directory.write(Array(compressed.prefix(compressed.count - 40)), to: "cut.gz")
        let error = #expect(throws: IDXError.self) { try IDXReader.images(at: path) }
        #expect(error?.kind == .truncated)
        #expect(error?.description.hasPrefix(path) == true)
    }

    @Test func rejectsRawDataShorterThanTheHeaderSays() throws {
        let bytes = IDXWriter.bytes(of: TinyDataset.make(count: 5).images)
        let error = #expect(throws: IDXError.self) { try IDXReader.images(from: Array(bytes.dropLast(1)), file: "short") }
        #expect(error?.kind == .truncated)
        #expect(error?.detail.contains("5x28x28") == true)
        let headerOnly = #expect(throws: IDXError.self) { try IDXReader.images(from: Array(bytes.prefix(9)), file: "h") }
        #expect(headerOnly?.kind == .truncated)
    }

    @Test func rejectsAnImagesFileWithTheWrongMagic() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("labels-as-images.gz")
        try IDXWriter.write(labels: [1, 2, 3], to: path)
        let error = #expect(throws: IDXError.self) { try IDXReader.images(at: path) }
        #expect(error?.kind == .wrongMagic)
        #expect(error?.detail.contains("0x00000801") == true)
        #expect(error?.detail.contains("0x00000803") == true)
        let text = #expect(throws: IDXError.self) { try IDXReader.images(from: Array("hello world, not idx".utf8), file: "t") }
        #expect(text?.detail.contains("not an IDX file") == true)
    }

    @Test func rejectsExtraBytes() {
        let bytes = IDXWriter.bytes(ofLabels: [1, 2, 3]) + [0]
        let error = #expect(throws: IDXError.self) { try IDXReader.labels(from: bytes, file: "l", classCount: 10) }
        #expect(error?.kind == .trailingData)
    }

    @Test func rejectsALabelOutsideTheClasses() {
        let bytes = IDXWriter.bytes(ofLabels: [1, 2, 10, 3])
        let error = #expect(throws: IDXError.self) { try IDXReader.labels(from: bytes, file: "l", classCount: 10) }
        #expect(error?.kind == .labelOutOfRange)
        #expect(error?.detail == "label 10 at index 2 is outside the classes 0-9")
    }

    @Test func rejectsLabelsThatDoNotMatchTheImageCount() throws {
        let images = TinyDataset.make(count: 10_000, side: 2).images
        let labels = [UInt8](repeating: 3, count: 9_999)
        let error = #expect(throws: IDXError.self) {
            try LabelledImages(images: images, labels: labels, classCount: 10, imagesFile: "imgs.gz", labelsFile: "lbls.gz")
        }
        #expect(error?.kind == .countMismatch)
        #expect(error?.description == "lbls.gz: 9,999 labels, but imgs.gz has 10,000 images")
    }

    @Test func rejectsAFileThatDoesNotExist() {
        let error = #expect(throws: IDXError.self) { try IDXReader.images(at: "/no/such/images.gz") }
        #expect(error?.kind == .unreadable)
        #expect(error?.description == "/no/such/images.gz: no such file")
    }

    @Test func refusesAnImageSetWhosePixelsDoNotFit() {
        #expect(throws: IDXError.self) { try ImageSet(count: 2, rows: 2, columns: 2, pixels: [1, 2, 3]) }
    }

    @Test func countsClassesAndSlices() throws {
        let (images, labels) = TinyDataset.make(count: 25)
        let set = try LabelledImages(images: images, labels: labels, classCount: 10)
        #expect(set.classCounts == [3, 3, 3, 3, 3, 2, 2, 2, 2, 2])
        let tail = set.examples(in: 20..<25)
        #expect(tail.count == 5)
        #expect(tail.labels == [0, 1, 2, 3, 4])
        #expect(tail.images.image(at: 0) == images.image(at: 20))
    }

    @Test func groupsThousands() {
        #expect(60_000.thousandsSeparated == "60,000")
        #expect(203_434.thousandsSeparated == "203,434")
        #expect(999.thousandsSeparated == "999")
        #expect((-1_234_567).thousandsSeparated == "-1,234,567")
    }
}
