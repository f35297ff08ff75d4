import Foundation

/// Paths to the repository and to the shared data beside it, for tests that use real files.
public enum SharedData {
    /// The repository root (the folder holding Package.swift).
    public static let repositoryRoot: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// The real MNIST (`../shared/datasets/mnist` beside the repository), or nil when it is absent.
    public static let mnistDirectory: String? = {
        let path = URL(fileURLWithPath: repositoryRoot).deletingLastPathComponent()
            .appendingPathComponent("shared/datasets/mnist").path
        return FileManager.default.fileExists(atPath: path + "/t10k-labels-idx1-ubyte.gz") ? path : nil
    }()

    /// The repository's dataset catalog folder.
    public static var catalogDirectory: String { repositoryRoot + "/Datasets" }
}
