import Foundation

/// Makes OpenBLAS use its AVX-512 kernels on CPUs that have them.
///
/// Debian 12's OpenBLAS does not recognise recent CPUs such as AMD Zen 4 and 5 and falls back to its Haswell
/// (AVX2) kernels, about half as fast. It reads `OPENBLAS_CORETYPE` once, when the library loads, which is
/// before `main` runs, so the only way to change it is to set the variable and start the program again.
public enum OpenBLASCoreType {
    /// The variable OpenBLAS reads.
    public static let variable = "OPENBLAS_CORETYPE"
    /// Set on the restarted process, so that it never restarts twice.
    static let marker = "DIGITBOOK_OPENBLAS_REEXEC"

    /// The kernel family to ask for on this CPU, or nil to leave OpenBLAS's own choice.
    public static func preferredCore(cpuFlags: Set<String>, environment: [String: String]) -> String? {
        guard environment[variable] == nil, environment[marker] == nil else { return nil }
        let skylakeX: Set = ["avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl"]
        return skylakeX.isSubset(of: cpuFlags) ? "SkylakeX" : nil
    }

    /// Restarts the current program with `OPENBLAS_CORETYPE` set when that gives faster kernels;
    /// returns (and changes nothing) when the variable is already set, the CPU lacks AVX-512, or exec fails.
    public static func restartWithFastKernelsIfNeeded() {
        let environment = ProcessInfo.processInfo.environment
        guard let core = preferredCore(cpuFlags: cpuFlags(), environment: environment) else { return }
        setenv(variable, core, 1)
        setenv(marker, "1", 1)
        let arguments = CommandLine.arguments
        var pointers = arguments.map { strdup($0) } + [nil]
        execv("/proc/self/exe", &pointers)
        // Only reached when exec failed: carry on with the kernels already loaded.
        for pointer in pointers { free(pointer) }
        unsetenv(variable)
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
