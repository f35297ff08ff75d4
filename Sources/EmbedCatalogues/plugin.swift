import Foundation
import PackagePlugin

/// Compiles every catalogue in the target's `Catalogues/` folder into it (as `EmbeddedCatalogues.files`): a language
/// is added by adding its file, and an installed `digitbook` needs no resource folder beside it.
@main
struct EmbedCatalogues: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = target.directoryURL.appending(path: "Catalogues")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path(percentEncoded: false))) ?? []
        let inputs = names.filter { $0.hasSuffix(".json") }.sorted().map { folder.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedCatalogues.swift")
        return [.buildCommand(displayName: "Embedding \(inputs.count) language catalogues",
                              executable: try context.tool(named: "CatalogueEmbedder").url,
                              arguments: [output.path(percentEncoded: false)] + inputs.map { $0.path(percentEncoded: false) },
                              inputFiles: inputs, outputFiles: [output])]
    }
}
