import Foundation

/// Whether a Slurm cluster answers on this machine, and a folder its nodes share for tests.
public enum SlurmCluster {
    /// sbatch is on PATH and sinfo reports a node that is up.
    public static let isUp: Bool = {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        guard let sinfo = folders.map({ $0 + "/sinfo" }).first(where: FileManager.default.isExecutableFile),
              folders.contains(where: { FileManager.default.isExecutableFile(atPath: $0 + "/sbatch") }) else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: sinfo)
        process.arguments = ["-h", "-o", "%T"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return process.terminationStatus == 0 && (output.contains("idle") || output.contains("mix") || output.contains("alloc"))
    }()

    /// A folder outside /tmp (which Digitbook refuses as a Slurm cache): .build/slurm-tests in the repository.
    public static var sharedFolder: String { SharedData.repositoryRoot + "/.build/slurm-tests" }
}
