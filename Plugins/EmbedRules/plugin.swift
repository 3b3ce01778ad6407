import Foundation
import PackagePlugin

/// Builds the top-level `extractors/` folder into the `Warta` library as Swift source, so that the `warta`
/// binary carries its rules and works from any directory. Every file of the folder is an input of the build
/// command, so an edited rule rebuilds the library.
@main
struct EmbedRules: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL.appending(path: "extractors")
        var inputs: [URL] = []
        if let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in walker {
                let values = try url.resourceValues(forKeys: [.isRegularFileKey])
                if values.isRegularFile == true { inputs.append(url) }
            }
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedRules.swift")
        return [
            .buildCommand(
                displayName: "Embedding the rule files of extractors/",
                executable: try context.tool(named: "warta-embed").url,
                arguments: [root.path, output.path],
                inputFiles: inputs.sorted { $0.path < $1.path },
                outputFiles: [output])
        ]
    }
}
