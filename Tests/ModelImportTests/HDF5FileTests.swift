import Foundation
import TestSupport
import Testing
@testable import ModelImport

/// Reading a Keras legacy HDF5 file (Fixtures/tiny_keras.h5, made by make_hdf5_fixture.py with Keras 3.15 and read
/// back with h5py into tiny_keras.json) through the HDF5 C library.
@Suite struct HDF5FileTests {
    struct Expected: Decodable {
        let keras_version: String
        let layer_classes: [String]
        let model_weights: [String]
        let conv_weight_names: [String]
        let conv_kernel_shape: [Int]
        let conv_kernel: [Double]
    }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func expected() throws -> Expected {
        try JSONDecoder().decode(Expected.self, from: Data(contentsOf: fixtures.appendingPathComponent("tiny_keras.json")))
    }

    @Test func readsGroupsAttributesAndDatasetsAsH5pyDoes() throws {
        let expected = try Self.expected()
        let file = try HDF5File(path: Self.fixtures.appendingPathComponent("tiny_keras.h5").path)
        #expect(try file.strings(attribute: "keras_version") == [expected.keras_version])
        let config = try #require(try file.strings(attribute: "model_config").first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(config.utf8)) as? [String: Any])
        let layers = try #require((object["config"] as? [String: Any])?["layers"] as? [[String: Any]])
        #expect(layers.compactMap { $0["class_name"] as? String } == expected.layer_classes)
        #expect(try file.children(of: "/model_weights") == expected.model_weights)
        #expect(try file.strings(attribute: "weight_names", of: "/model_weights/conv2d") == expected.conv_weight_names)
        #expect(try file.strings(attribute: "weight_names", of: "/model_weights/flatten") == [])
        let fixed = try file.strings(attribute: "fixed_weight_names", of: "/model_weights/dense")
        #expect(fixed == ["dense/kernel:0", "dense/bias:0"], "\(fixed)")
        let kernel = try file.floats(at: "/model_weights/conv2d/" + expected.conv_weight_names[0])
        #expect(kernel.shape == expected.conv_kernel_shape)
        #expect(kernel.values.map(Double.init) == expected.conv_kernel)
    }

    @Test func whatIsNotThereOrNotHDF5IsAnErrorNamingIt() throws {
        let folder = TemporaryDirectory("hdf5")
        let text = folder.write(Array("not an HDF5 file".utf8), to: "model.h5")
        #expect(throws: HDF5Error(file: text, "cannot be opened as an HDF5 file (a missing file, or not HDF5)")) {
            try HDF5File(path: text)
        }
        let path = Self.fixtures.appendingPathComponent("tiny_keras.h5").path
        let file = try HDF5File(path: path)
        #expect(throws: HDF5Error(file: path, object: "/model_weights/nope", "no such dataset")) {
            try file.floats(at: "/model_weights/nope")
        }
        #expect(throws: HDF5Error(file: path, object: "/model_weights", "is not a dataset")) { try file.floats(at: "/model_weights") }
        #expect(throws: HDF5Error(file: path, object: "/", "has no attribute nope")) { try file.strings(attribute: "nope") }
        #expect(throws: HDF5Error.self) { try file.children(of: "/model_weights/conv2d/sequential/conv2d/kernel") }
    }
}
