import Foundation

/// Where added dataset manifests and the data folder are, from options, the environment and defaults.
public enum CatalogLocation {
    /// The environment variable that names the catalog folder.
    public static let catalogVariable = "DIGITBOOK_CATALOG"
    /// The environment variable that names a local data folder, as `--data` does.
    public static let dataVariable = "DIGITBOOK_DATA"

    /// The folder of added manifests: `explicit`, else `$DIGITBOOK_CATALOG`, else none (the compiled-in ones only).
    public static func catalogDirectory(
        explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String? {
        if let explicit { return explicit }
        if let variable = environment[catalogVariable], !variable.isEmpty { return variable }
        return nil
    }

    /// Where `datasets fetch` and a render put a dataset they download: `NAME` in the per-user data folder,
    /// `$XDG_DATA_HOME/digitbook/datasets`, else `~/.local/share/digitbook/datasets` (never the source tree or the
    /// current folder).
    public static func downloadDirectory(
        for name: String, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String {
        let dataHome = environment["XDG_DATA_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? ((environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()) as NSString)
                .appendingPathComponent(".local/share")
        return ((dataHome as NSString).appendingPathComponent("digitbook/datasets") as NSString).appendingPathComponent(name)
    }

    /// The data folder: `explicit`, else `$DIGITBOOK_DATA`, else nil (meaning the catalog's download folder).
    public static func dataDirectory(
        explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String? {
        if let explicit { return explicit }
        if let variable = environment[dataVariable], !variable.isEmpty { return variable }
        return nil
    }
}
