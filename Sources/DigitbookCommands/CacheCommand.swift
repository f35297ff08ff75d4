import ArgumentParser
import LiterateReport
import NumberFormats

/// `digitbook cache`: what a report cache holds, and pruning what no render of this build will use.
struct CacheCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cache",
        abstract: "List a report cache's entries by build and report, or prune those no current render uses.",
        subcommands: [List.self, Prune.self],
        defaultSubcommand: List.self
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List a cache's entries by the build that computed them and "
            + "the reports whose latest render used them, with their sizes.")

        @Argument(help: ArgumentHelp("The cache folder (a report's default is _cache beside it).", valueName: "dir"))
        var directory: String

        func run() throws {
            let inventory = try CacheInventory(directory: directory)
            Console.line("\(directory): \(inventory.entries.count) entries, \(NumberText.bytes(inventory.bytes))")
            var table = TextTable(header: ["computed by", "entries", "size"], rightAligned: [1, 2])
            for build in Set(inventory.entries.map(\.build)).sorted() {
                let entries = inventory.entries.filter { $0.build == build }
                table.rows.append([build + (build == BuildIdentity.version ? " (this build)" : ""), "\(entries.count)",
                                   NumberText.bytes(entries.reduce(0) { $0 + $1.bytes })])
            }
            Console.line("\n" + table.rendered)
            var reports = TextTable(header: ["report (latest render)", "entries", "size"], rightAligned: [1, 2])
            for report in inventory.reports {
                let entries = inventory.entries.filter { $0.reports.contains(report.source) }
                reports.rows.append([report.source + (report.exists ? "" : " (gone)"), "\(entries.count)",
                                     NumberText.bytes(entries.reduce(0) { $0 + $1.bytes })])
            }
            let unused = inventory.entries.filter(\.reports.isEmpty)
            reports.rows.append(["used by no current report", "\(unused.count)", NumberText.bytes(unused.reduce(0) { $0 + $1.bytes })])
            Console.line("\n" + reports.rendered)
            let prunable = inventory.prunable(keeping: BuildIdentity.version)
            Console.line("\n`digitbook cache prune \(directory)` would remove \(prunable.count) entries, "
                + NumberText.bytes(prunable.reduce(0) { $0 + $1.entry.bytes }) + ".")
        }
    }

    struct Prune: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove the entries another build computed or no current report's latest render used.",
            discussion: """
                Only cache entries are removed (folders named by a key, holding output.json); anything else in the \
                folder stays. A report's entries count as used once it has been rendered with this cache by a build that \
                records them (this one and later).
                """)

        @Argument(help: ArgumentHelp("The cache folder.", valueName: "dir"))
        var directory: String

        @Flag(name: .long, help: "List what would be removed, and remove nothing.")
        var dryRun = false

        func run() throws {
            let inventory = try CacheInventory(directory: directory)
            let prunable = inventory.prunable(keeping: BuildIdentity.version)
            for (entry, reason) in prunable {
                Console.line("\(dryRun ? "would remove" : "removing") \(entry.key) (\(entry.kind) \(entry.id), "
                    + "\(NumberText.bytes(entry.bytes))): \(reason)")
            }
            let size = NumberText.bytes(prunable.reduce(0) { $0 + $1.entry.bytes })
            guard !dryRun else {
                Console.line("\(prunable.count) entries, \(size), would be removed; nothing was.")
                return
            }
            let failed = inventory.remove(prunable.map(\.entry.key))
            Console.line("removed \(prunable.count - failed.count) entries (\(size)); "
                + "\(inventory.entries.count - prunable.count) kept")
            guard failed.isEmpty else {
                Console.error("error: could not remove \(failed.count) entries from \(directory): \(failed.joined(separator: ", "))")
                throw ExitCode.failure
            }
        }
    }
}
