import DatasetCatalog
import Foundation

/// Paths to the repository and to the shared data beside it, for tests that use real files.
public enum SharedData {
    /// The repository root (the folder holding Package.swift).
    public static let repositoryRoot: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// The real MNIST, or nil when it is absent: the per-user data folder that `digitbook render` and `datasets fetch`
    /// download into, else a shared copy beside the repository (`../shared/datasets/mnist`, as CI machines have it).
    public static let mnistDirectory: String? = {
        let beside = URL(fileURLWithPath: repositoryRoot).deletingLastPathComponent()
            .appendingPathComponent("shared/datasets/mnist").path
        return [CatalogLocation.downloadDirectory(for: "mnist"), beside]
            .first { FileManager.default.fileExists(atPath: $0 + "/t10k-labels-idx1-ubyte.gz") }
    }()

    /// The folder of the manifests compiled into Digitbook (MNIST, Fashion-MNIST).
    public static var catalogDirectory: String { repositoryRoot + "/Sources/DatasetCatalog/Manifests" }
}
