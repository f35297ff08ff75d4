import DatasetCatalog
import FileIO

/// Which build of Digitbook is running: the SHA-256 of its own executable, read once.
///
/// A report cell's cache key holds the version string, and a version number alone stays the same across changes to
/// the code that computes a cell; with the build's digest in it (`0.2.0+3f2a9c1d0b7e4a55`), no build ever takes a
/// result that another build computed from the cache, and a render handed to other processes or a cluster refuses to
/// mix builds.
enum BuildIdentity {
    /// The first 16 hexadecimal digits of the running executable's SHA-256, or "unknown" when it cannot be read.
    static let digest: String = {
        guard let bytes = try? FileBytes.read(RenderCommand.ownExecutable) else { return "unknown" }
        return String(SHA256Digest.hex(of: bytes).prefix(16))
    }()

    /// The version with the build: `0.2.0+3f2a9c1d0b7e4a55`.
    static var version: String { Digitbook.version + "+" + digest }
}
