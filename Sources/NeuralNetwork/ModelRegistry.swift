/// The named architectures Digitbook trains, each a `ModelSpec` string.
public enum ModelRegistry {
    /// One registered model.
    public struct Entry: Sendable {
        public let name: String
        public let spec: String
        public let about: String
    }

    public static let entries: [Entry] = [
        Entry(name: "logreg", spec: "flatten-dense10",
              about: "multinomial logistic regression on the 784 pixels"),
        Entry(name: "mlp", spec: "flatten-dense128-relu-dense10",
              about: "one hidden layer of 128 ReLU units (784-128-10)"),
        Entry(name: "seed-cnn", spec: "conv64k3-relu-conv32k3-relu-flatten-dense10",
              about: "the original project's Keras CNN: Conv2D(64, 3x3) → Conv2D(32, 3x3) → Dense(10), 203,434 parameters"),
        Entry(name: "lenet5", spec: "conv6k5same-relu-maxpool-conv16k5-relu-maxpool-flatten-dense120-relu-dense84-relu-dense10",
              about: "LeCun et al.'s LeNet-5 with ReLU and max pooling, as in the Keras anchor"),
        Entry(name: "alexnet-mini", spec: """
            conv32k3-relu-bn-conv32k3-relu-bn-maxpool-dropout25-\
            conv64k3-relu-bn-conv64k3-relu-bn-maxpool-dropout25-\
            flatten-dense256-relu-bn-dropout50-dense10
            """,
              about: "AlexNet's ideas at MNIST scale: two blocks of stacked 3x3 convolutions (32 then 64 filters, 'valid' padding) with batch normalisation, max pooling and dropout, then a 256-unit layer with dropout 0.5"),
    ]

    /// The spec of a registered model, or `name` parsed as a spec string when no model has that name.
    public static func spec(for name: String) throws(ModelError) -> ModelSpec {
        if let entry = entries.first(where: { $0.name == name }) { return try ModelSpec(parsing: entry.spec) }
        do {
            return try ModelSpec(parsing: name)
        } catch {
            let names = entries.map(\.name).joined(separator: ", ")
            throw ModelError("\"\(name)\" is neither a registered model (\(names)) nor a valid spec string: \(error.detail)")
        }
    }
}
