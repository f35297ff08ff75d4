import Foundation

/// The computer a report ran on, for the provenance appendix.
struct Machine: Sendable {
    let processor: String
    let cores: Int

    static var current: Machine {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .flatMap { $0.split(separator: ":", maxSplits: 1).last }
            .map { $0.trimmingCharacters(in: .whitespaces) }
        return Machine(processor: model ?? "unknown processor", cores: ProcessInfo.processInfo.activeProcessorCount)
    }
}
