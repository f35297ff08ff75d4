import Foundation

/// Where the dataset catalog and the data folder are, from options, the environment and defaults.
public enum CatalogLocation {
    /// The environment variable that names the catalog folder.
    public static let catalogVariable = "DIGITBOOK_CATALOG"
    /// The environment variable that names a local data folder, as `--data` does.
    public static let dataVariable = "DIGITBOOK_DATA"

    /// The catalog folder: `explicit`, else `$DIGITBOOK_CATALOG`, else `./Datasets`, else the
    /// `Datasets` folder of the source tree this program was built from.
    public static func catalogDirectory(
        explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(DatasetError) -> String {
        if let explicit { return explicit }
        if let variable = environment[catalogVariable], !variable.isEmpty { return variable }
        let candidates = [
            FileManager.default.currentDirectoryPath + "/Datasets",
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("Datasets").path,
        ]
        for candidate in candidates where hasManifests(candidate) { return candidate }
        throw DatasetError("Datasets", .noCatalog,
                           "no dataset catalog found: run from the repository root, or pass --catalog DIR or set \(catalogVariable)")
    }

    /// The data folder: `explicit`, else `$DIGITBOOK_DATA`, else nil (meaning the catalog's download folder).
    public static func dataDirectory(
        explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String? {
        if let explicit { return explicit }
        if let variable = environment[dataVariable], !variable.isEmpty { return variable }
        return nil
    }

    private static func hasManifests(_ directory: String) -> Bool {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.contains { $0.hasSuffix(".json") }
    }
}
