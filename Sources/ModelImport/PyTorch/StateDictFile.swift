import FileIO
import NeuralNetwork
import Randomness
import Runs
import Tensors

/// Reads a weights-only file (a PyTorch `state_dict` saved as .safetensors) for an architecture given as a
/// Digitbook spec. Tensors are grouped by module (`features.0.weight` → `features.0`), groups are matched to the
/// spec's layers with weights in the natural order of their names, and every tensor is checked (missing, extra or
/// mis-shaped is an error naming it and both shapes) before it is converted to Digitbook's layout.
public enum StateDictFile {
    public static func read(_ path: String, spec text: String, inputShape: [Int], layout: WeightLayout)
        throws(ModelImportError) -> ImportedModel {
        let stored: [String: Tensor]
        do {
            stored = try SafeTensors.readConverting(FileBytes.read(path, limit: KerasModelFile.largestFile), file: path).tensors
        } catch {
            throw ModelImportError(file: path, error.detail)
        }
        let spec: ModelSpec, network: Sequential
        do {
            spec = try ModelSpec(parsing: text)
            guard case .dense(let classes, _)? = spec.layers.last else { throw ModelError("the model must end in a dense layer") }
            var generator = SeededGenerator(seed: 0)
            network = try spec.build(inputShape: inputShape, classCount: classes, generator: &generator)
        } catch let error as ModelError {
            throw ModelImportError(file: path, place: "--spec \(text)", error.detail)
        } catch {
            throw ModelImportError(file: path, place: "--spec \(text)", "\(error)")
        }
        let groups = Dictionary(grouping: stored.keys) { name in
            name.split(separator: ".").dropLast().joined(separator: ".")
        }
        let order = groups.keys.sorted(by: NaturalOrder.precedes)
        let weighted = network.layers.indices.filter { !network.layers[$0].parameters.isEmpty }
        guard weighted.count == order.count else {
            let layers = weighted.map { "\(network.layers[$0].name) (\(network.layers[$0].kind))" }
            let groupNames = order.map { $0.isEmpty ? "(top level)" : $0 }.joined(separator: ", ")
            throw ModelImportError(file: path, "the spec \(spec) has \(weighted.count) layers with weights "
                + "(\(layers.joined(separator: ", "))); the file has \(order.count) groups of tensors (\(groupNames))")
        }
        var converter = StateDictConversion(file: path, layout: layout, network: network)
        var layers: [ImportedModel.LayerWeights] = []
        for (index, group) in zip(weighted, order) {
            let tensors = (groups[group] ?? []).map { name in (name, stored[name] ?? Tensor(shape: [0])) }
            layers.append(try converter.convert(group: group, tensors: tensors, layer: index))
        }
        return ImportedModel(file: path, format: .safetensors, spec: spec, inputShape: inputShape, layers: layers)
    }
}
