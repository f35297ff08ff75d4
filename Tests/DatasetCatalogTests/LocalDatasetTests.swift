import Foundation
import Gzip
import IDX
import TestSupport
import Testing
@testable import DatasetCatalog

@Suite struct LocalDatasetTests {
    @Test func loadsAndChecksEveryFile() throws {
        let copy = try TinyCopy()
        let dataset = try LocalDataset(copy.manifest, directory: copy.directory.path)
        #expect(dataset.train.count == 60)
        #expect(dataset.test.count == 20)
        #expect(dataset.checks.map(\.status) == [.matches, .matches, .matches, .matches])
        #expect(dataset.warnings.isEmpty)
        #expect(dataset.test.classCounts == [2, 2, 2, 2, 2, 2, 2, 2, 2, 2])
    }

    @Test func warnsButLoadsWhenADigestDiffers() throws {
        let copy = try TinyCopy()
        let other = TinyDataset.make(count: 20)
        var images = other.images.pixels
        images[500] ^= 1
        try IDXWriter.write(try ImageSet(count: 20, rows: 28, columns: 28, pixels: images),
                            to: copy.directory.file("t10k-images-idx3-ubyte.gz"))
        let dataset = try LocalDataset(copy.manifest, directory: copy.directory.path)
        #expect(dataset.checks.map(\.status) == [.matches, .matches, .differs, .matches])
        #expect(dataset.warnings.count == 1)
        #expect(dataset.warnings[0].contains(copy.manifest.file(.testImages).sha256))
    }

    @Test func acceptsUncompressedCopies() throws {
        let copy = try TinyCopy()
        let path = copy.directory.file("train-labels-idx1-ubyte.gz")
        let raw = try Gzip.decompress(copy.bytes["train-labels-idx1-ubyte.gz"] ?? [])
        try FileManager.default.removeItem(atPath: path)
        copy.directory.write(raw, to: "train-labels-idx1-ubyte")
        let dataset = try LocalDataset(copy.manifest, directory: copy.directory.path)
        #expect(dataset.checks[1].status == .uncompressed)
        #expect(dataset.train.labels.count == 60)
    }

    @Test func refusesAFolderThatDoesNotExist() throws {
        let copy = try TinyCopy()
        let error = #expect(throws: DatasetError.self) { try LocalDataset(copy.manifest, directory: "/no/such/folder") }
        #expect(error?.description == "/no/such/folder: data folder does not exist")
    }

    @Test func namesAMissingFile() throws {
        let copy = try TinyCopy()
        try FileManager.default.removeItem(atPath: copy.directory.file("t10k-labels-idx1-ubyte.gz"))
        let error = #expect(throws: DatasetError.self) { try LocalDataset(copy.manifest, directory: copy.directory.path) }
        #expect(error?.kind == .missingFile)
        #expect(error?.location == copy.directory.file("t10k-labels-idx1-ubyte.gz"))
    }

    @Test func refusesLabelsThatDoNotMatchTheImages() throws {
        let copy = try TinyCopy()
        try IDXWriter.write(labels: [UInt8](repeating: 1, count: 19), to: copy.directory.file("t10k-labels-idx1-ubyte.gz"))
        let error = #expect(throws: DatasetError.self) { try LocalDataset(copy.manifest, directory: copy.directory.path) }
        #expect(error?.kind == .invalidData)
        #expect(error?.detail == "19 labels, but \(copy.directory.file("t10k-images-idx3-ubyte.gz")) has 20 images")
    }

    @Test func refusesImagesOfTheWrongSize() throws {
        let copy = try TinyCopy()
        try IDXWriter.write(TinyDataset.make(count: 20, side: 14).images, to: copy.directory.file("t10k-images-idx3-ubyte.gz"))
        let error = #expect(throws: DatasetError.self) { try LocalDataset(copy.manifest, directory: copy.directory.path) }
        #expect(error?.kind == .wrongShape)
        #expect(error?.detail == "images are 14x14, but tiny images are 28x28")
    }

    @Test func holdsOutTheLastTrainingImagesForValidation() throws {
        let copy = try TinyCopy()
        let dataset = try LocalDataset(copy.manifest, directory: copy.directory.path)
        let splits = try DatasetSplits(dataset, validationCount: 15)
        #expect(splits.training.count == 45)
        #expect(splits.validation.count == 15)
        #expect(splits.validation.labels == Array(dataset.train.labels[45...]))
        #expect(splits.validation.images.image(at: 14) == dataset.train.images.image(at: 59))
        #expect(splits.test.count == 20)
        #expect(try DatasetSplits(dataset, validationCount: 0).validation.count == 0)
        #expect(throws: DatasetError.self) { try DatasetSplits(dataset, validationCount: 60) }
        #expect(throws: DatasetError.self) { try DatasetSplits(dataset, validationCount: -1) }
    }

    /// The real MNIST beside the repository: 60,000 + 10,000 images, three published files and rebuilt training images.
    @Test(.enabled(if: SharedData.mnistDirectory != nil, "needs ../shared/datasets/mnist"))
    func loadsTheRealMNIST() throws {
        let catalog = try Catalog()
        let dataset = try LocalDataset(try catalog.manifest(named: "mnist"), directory: SharedData.mnistDirectory ?? "")
        #expect(dataset.train.count == 60_000)
        #expect(dataset.test.count == 10_000)
        #expect(dataset.train.images.rows == 28 && dataset.train.images.columns == 28)
        #expect(dataset.checks.map(\.status) == [.differs, .matches, .matches, .matches])
        #expect(dataset.train.classCounts == [5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949])
        #expect(dataset.test.classCounts == [980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009])
        let splits = try DatasetSplits(dataset)
        #expect(splits.training.count == 55_000 && splits.validation.count == 5_000)
    }
}
