import FileIO
import Foundation
import Pages

/// The page's script, stylesheet (the reports' typography, then the page's own rules) and the API's OpenAPI document,
/// compiled into the program (SwiftPM's `embedInCode`), so a `digitbook` copied anywhere serves them without its build
/// folder.
struct Assets: Sendable {
    let script: [UInt8]
    let style: [UInt8]
    let openAPI: [UInt8]

    init() {
        script = PackageResources.app_js
        style = Array((Typography.stylesheet + "\n").utf8) + PackageResources.app_css
        openAPI = PackageResources.openapi_yaml
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
