import FileIO
import Foundation
import Pages

/// The page's script, stylesheet (the reports' typography, then the page's own rules) and the API's OpenAPI document,
/// read once from the module's resources.
struct Assets: Sendable {
    let script: [UInt8]
    let style: [UInt8]
    let openAPI: [UInt8]

    init() throws(FileError) {
        func load(_ name: String) throws(FileError) -> [UInt8] {
            guard let folder = Bundle.module.resourceURL?.appendingPathComponent("Assets") else {
                throw FileError(path: name, kind: .notFound, detail: "the server's resources are missing from this build")
            }
            return try FileBytes.read(folder.appendingPathComponent(name).path, limit: 1 << 20)
        }
        script = try load("app.js")
        style = Array((Typography.stylesheet + "\n").utf8) + (try load("app.css"))
        openAPI = try load("openapi.yaml")
    }

    /// The OpenAPI document with this server's run names as the values the `run` parameter and form field take
    /// (marked `# run names` in the file), so that a client, or schemathesis, knows which names exist.
    func openAPI(runs: [String]) -> [UInt8] {
        let names = "[" + runs.map(JSONText.quoted).joined(separator: ", ") + "]"
        let text = String(decoding: openAPI, as: UTF8.self)
            .replacingOccurrences(of: "{type: string}  # run names", with: "{type: string, enum: \(names)}")
        return Array(text.utf8)
    }
}
