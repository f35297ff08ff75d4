import Foundation
import Runs
import Tensors
import TestSupport
import Testing
@testable import ModelImport

/// What Digitbook cannot import is an error naming the file, the layer or tensor, and what is wrong.
@Suite struct ImportErrorTests {
    static func layers(_ entries: String) -> String {
        #"{"class_name": "Sequential", "config": {"name": "s", "layers": ["# + entries + "]}}"
    }
    static let input = #"{"class_name": "InputLayer", "config": {"name": "in", "batch_shape": [null, 28, 28, 1]}}"#
    static let conv = #"{"class_name": "Conv2D", "config": {"name": "c", "filters": 2, "kernel_size": [3, 3], "activation": "relu"}}"#

    func architectureError(_ json: String) -> String {
        do {
            _ = try KerasArchitecture(json: json, file: "m.keras")
            return "no error"
        } catch {
            return error.description
        }
    }

    @Test func aLayerDigitbookLacksIsNamedWithItsPositionAndTheSupportedList() {
        let pool = #"{"class_name": "AveragePooling2D", "config": {"name": "average_pooling2d", "pool_size": [2, 2]}}"#
        let message = architectureError(Self.layers([Self.input, Self.conv, pool].joined(separator: ",")))
        #expect(message.hasPrefix(
            "m.keras: layer 3 (average_pooling2d, AveragePooling2D): is a layer Digitbook does not have; supported: "))
        #expect(message.contains("MaxPooling2D"))
    }

    @Test func unsupportedSettingsAreNamed() {
        let strided = #"{"class_name": "Conv2D", "config": {"name": "c", "filters": 2, "kernel_size": 3, "strides": [2, 2]}}"#
        #expect(architectureError(Self.layers([Self.input, strided].joined(separator: ",")))
            == "m.keras: layer 2 (c, Conv2D): strides and dilation_rate other than 1 are not supported")
        let tanh = #"{"class_name": "Dense", "config": {"name": "d", "units": 10, "activation": "tanh"}}"#
        let flatten = #"{"class_name": "Flatten", "config": {"name": "f"}}"#
        #expect(architectureError(Self.layers([Self.input, flatten, tanh].joined(separator: ",")))
            == "m.keras: layer 3 (d, Dense): the activation \"tanh\" is not supported (relu, linear, and softmax at the end)")
        let dense = #"{"class_name": "Dense", "config": {"name": "d", "units": 10}}"#
        #expect(architectureError(Self.layers([Self.input, dense].joined(separator: ",")))
            == "m.keras: layer 2 (d, Dense): a Dense layer on an image is not supported; Digitbook needs a Flatten before it")
        #expect(architectureError(#"{"class_name": "Functional", "config": {}}"#)
            == "m.keras: the model is a Functional; Digitbook imports Sequential models (a plain stack of layers)")
        #expect(architectureError("[1, 2") == "m.keras: the model configuration is not a JSON object")
        let huge = #"{"class_name": "InputLayer", "config": {"name": "in", "batch_shape": [null, 9223372036854775807]}}"#
        #expect(architectureError(Self.layers(huge)) == "m.keras: layer 1 (in, InputLayer): field batch_shape must give every axis "
            + "but the batch a size from 1 to 1,048,576, got [9223372036854775807]")
    }

    /// The torch_cnn fixture's tensors, changed by `change`, written to a new file and imported.
    func stateDictError(_ change: (inout [String: Tensor]) -> Void) throws -> String {
        let fixture = ImportedPredictionsTests.fixtures.appendingPathComponent("torch_cnn.safetensors").path
        var tensors = try SafeTensors.readConverting([UInt8](Data(contentsOf: URL(fileURLWithPath: fixture))), file: fixture).tensors
        change(&tensors)
        let folder = TemporaryDirectory("import-errors")
        let path = folder.write(SafeTensors.bytes(of: tensors.keys.sorted().compactMap { name in tensors[name].map { (name, $0) } },
                                                  metadata: [:]), to: "weights.safetensors")
        let spec = "conv3k3same-relu-bn-maxpool-conv4k3-relu-maxpool-flatten-dense12-relu-dropout50-dense10"
        do {
            _ = try StateDictFile.read(path, spec: spec, inputShape: [28, 28, 1], layout: .pytorch)
            return "no error"
        } catch {
            return error.description.replacingOccurrences(of: path, with: "weights.safetensors")
        }
    }

    @Test func aMissingExtraOrMisShapedTensorIsNamedWithBothShapes() throws {
        #expect(try stateDictError { _ in } == "no error")
        #expect(try stateDictError { $0["4.weight"] = Tensor(shape: [4, 3, 5, 5]) }
            == "weights.safetensors: tensor 4.weight: has shape [4, 3, 5, 5]; the spec's conv2d_1 (Conv2D) needs [4, 3, 3, 3] "
            + "(out, in, height, width)")
        #expect(try stateDictError { $0["8.weight"] = nil }
            == "weights.safetensors: group 8: has no 8.weight or 8.kernel, which dense (Dense) needs")
        #expect(try stateDictError { $0["8.scale"] = Tensor(shape: [12]) }
            == "weights.safetensors: tensor 8.scale: is not a weight of dense (Dense), which has kernel, bias")
        let message = try stateDictError { $0["11.weight"] = nil; $0["11.bias"] = nil }
        #expect(message == "weights.safetensors: the spec conv3k3same-relu-bn-maxpool-conv4k3-relu-maxpool-flatten-dense12-relu-"
            + "dropout0.5-dense10 has 5 layers with weights (conv2d (Conv2D), batch_normalization (BatchNormalization), "
            + "conv2d_1 (Conv2D), dense (Dense), dense_1 (Dense)); the file has 4 groups of tensors (0, 2, 4, 8)")
    }

    @Test func aMissingBiasIsZeroAndAFileThatIsNotAModelIsSaidToBeSo() throws {
        #expect(try stateDictError { $0["0.bias"] = nil } == "no error")
        let folder = TemporaryDirectory("import-errors")
        let text = folder.write(Array("hello".utf8), to: "model.h5")
        #expect(throws: ModelImportError(file: text, "is neither a .keras file (a zip) nor an HDF5 .h5 file")) {
            try KerasModelFile.read(text)
        }
        let weightsOnly = ImportedPredictionsTests.fixtures.appendingPathComponent("tiny_keras.weights.h5").path
        #expect(throws: ModelImportError(file: weightsOnly, "has no model_config attribute: a weights-only file (save_weights) has "
            + "no architecture; save the whole model with model.save")) { try KerasModelFile.read(weightsOnly) }
        let whole = ImportedPredictionsTests.fixtures.appendingPathComponent("tiny_keras.h5").path
        #expect(try KerasModelFile.read(whole).spec.description == "conv2k3-relu-flatten-dense3")
    }
}
