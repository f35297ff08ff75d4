import FileIO
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Downloads a dataset's files into a folder, verifying each against the manifest before it is used.
///
/// A file already present is checked, not downloaded again. A download goes to a temporary name and is renamed
/// into place only once its size and SHA-256 match. On a mismatch the fetcher stops with both digests and removes
/// only what it created itself; it never deletes or replaces a file that was there before.
public struct DatasetFetcher: Sendable {
    /// What happened to one file.
    public enum Outcome: Equatable, Sendable {
        case alreadyPresent
        case downloaded(from: String)
    }

    public let manifest: DatasetManifest
    public let destination: String
    public let mirrors: [Mirror]

    /// A fetcher for `manifest` into `destination`, trying `mirrors` in order (the manifest's when empty).
    public init(manifest: DatasetManifest, destination: String, mirrors: [String] = []) {
        self.manifest = manifest
        self.destination = destination
        self.mirrors = (mirrors.isEmpty ? manifest.mirrors : mirrors).map(Mirror.init)
    }

    /// Fetches every file; `report` hears one line per file as it is done.
    public func fetch(report: @Sendable (String) -> Void = { _ in }) async throws(DatasetError) -> [String: Outcome] {
        let existed = FileManager.default.fileExists(atPath: destination)
        do {
            try FileManager.default.createDirectory(atPath: destination, withIntermediateDirectories: true)
        } catch {
            throw DatasetError(destination, .downloadFailed, "cannot create the folder: \(error.localizedDescription)")
        }
        var outcomes: [String: Outcome] = [:]
        for entry in manifest.files {
            let outcome: Outcome
            do {
                outcome = try await fetch(entry)
            } catch {
                // A folder this fetch created and could not fill is removed again, so a failure leaves nothing behind.
                if !existed, ((try? FileManager.default.contentsOfDirectory(atPath: destination)) ?? []).isEmpty {
                    try? FileManager.default.removeItem(atPath: destination)
                }
                throw error
            }
            outcomes[entry.name] = outcome
            switch outcome {
            case .alreadyPresent: report("\(entry.name): already present, SHA-256 verified")
            case .downloaded(let url): report("\(entry.name): downloaded from \(url), SHA-256 verified")
            }
        }
        return outcomes
    }

    private func fetch(_ entry: DatasetManifest.File) async throws(DatasetError) -> Outcome {
        let target = (destination as NSString).appendingPathComponent(entry.name)
        if FileManager.default.fileExists(atPath: target) {
            let existing: [UInt8]
            do { existing = try FileBytes.read(target) } catch { throw DatasetError(target, .downloadFailed, error.detail) }
            let digest = SHA256Digest.hex(of: existing)
            guard digest == entry.sha256 else {
                throw DatasetError(target, .digestMismatch,
                                   "already exists with SHA-256 \(digest), but the manifest says \(entry.sha256); left as it is "
                                       + "(move it away to download again)")
            }
            return .alreadyPresent
        }
        var failures: [String] = []
        var mismatched = false
        for mirror in mirrors {
            let bytes: [UInt8]
            do {
                bytes = try await mirror.download(entry.name, limit: entry.bytes)
            } catch {
                failures.append(error.description)
                continue
            }
            let digest = SHA256Digest.hex(of: bytes)
            guard digest == entry.sha256, bytes.count == entry.bytes else {
                // A damaged or wrong copy on one mirror: nothing is kept, and the next mirror may have the right one.
                mismatched = true
                failures.append("\(mirror.url(of: entry.name)): downloaded \(bytes.count) bytes with SHA-256 \(digest), "
                                + "but the manifest says " +
                                "\(entry.bytes) bytes with SHA-256 \(entry.sha256); nothing was kept")
                continue
            }
            do {
                try AtomicFile.write(bytes, to: target)
            } catch {
                throw DatasetError(target, .downloadFailed, error.detail)
            }
            return .downloaded(from: mirror.url(of: entry.name))
        }
        throw DatasetError(entry.name, mismatched ? .digestMismatch : .downloadFailed,
                           "no mirror could provide it:\n  " + failures.joined(separator: "\n  "))
    }
}
