import Foundation

/// Chooses OpenBLAS's kernel family for Digitbook: AVX-512 kernels on CPUs that have them.
///
/// OpenBLAS reads `OPENBLAS_CORETYPE` once, when the library loads (before `main`), so the only way to change
/// it is to set the variable and start the program again. Machines often preset that variable for every
/// program (these development machines set `Haswell`, AVX2 kernels at half the speed, although OpenBLAS itself
/// detects AVX-512 here), so Digitbook does not read an inherited value as the user's choice. The user chooses
/// with `DIGITBOOK_BLAS_CORE`: `auto` (the default: SkylakeX kernels on AVX-512 CPUs, else OpenBLAS's own
/// choice or the inherited variable), `inherit` (leave `OPENBLAS_CORETYPE` as it is), or a core name.
public enum OpenBLASCoreType {
    /// The variable OpenBLAS reads.
    public static let variable = "OPENBLAS_CORETYPE"
    /// Digitbook's own setting: auto, inherit, or an OpenBLAS core name.
    public static let setting = "DIGITBOOK_BLAS_CORE"
    /// Set on the restarted process, so that it never restarts twice.
    static let marker = "DIGITBOOK_OPENBLAS_REEXEC"
    /// The instructions OpenBLAS's SkylakeX kernels need.
    static let skylakeXFlags: Set = ["avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl"]

    /// The value `OPENBLAS_CORETYPE` should have for Digitbook, or nil when the process may stay as it is.
    public static func preferredCore(cpuFlags: Set<String>, environment: [String: String]) -> String? {
        guard environment[marker] == nil else { return nil }
        let choice = environment[setting].map { $0.isEmpty ? "auto" : $0 } ?? "auto"
        let wanted: String?
        switch choice.lowercased() {
        case "inherit": wanted = nil
        case "auto": wanted = skylakeXFlags.isSubset(of: cpuFlags) ? "SkylakeX" : nil
        default: wanted = choice
        }
        guard let wanted, environment[variable]?.lowercased() != wanted.lowercased() else { return nil }
        return wanted
    }

    /// Restarts the current program with `OPENBLAS_CORETYPE` set when `preferredCore` asks for it;
    /// returns (and changes nothing) otherwise, or when exec fails.
    public static func restartWithPreferredKernelsIfNeeded() {
        let environment = ProcessInfo.processInfo.environment
        guard let core = preferredCore(cpuFlags: cpuFlags(), environment: environment) else { return }
        let previous = environment[variable]
        setenv(variable, core, 1)
        setenv(marker, "1", 1)
        var pointers = CommandLine.arguments.map { strdup($0) } + [nil]
        execv("/proc/self/exe", &pointers)
        // Only reached when exec failed: carry on with the kernels already loaded.
        for pointer in pointers { free(pointer) }
        if let previous { setenv(variable, previous, 1) } else { unsetenv(variable) }
        unsetenv(marker)
    }

    /// The CPU's feature flags from /proc/cpuinfo (empty where there is no such file).
    static func cpuFlags() -> Set<String> {
        guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix("flags") }),
              let colon = line.firstIndex(of: ":") else { return [] }
        return Set(line[line.index(after: colon)...].split(separator: " ").map(String.init))
    }
}
