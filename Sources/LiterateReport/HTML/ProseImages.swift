import FileIO
import Foundation

/// Embeds the images that report prose links (`![a seven](images/seven.png)`) as data URIs, so the page stays one
/// self-contained file; an image that cannot be read, or one on the network, is a warning naming the file and line.
struct ProseImages {
    let paths: ReadablePaths
    let file: String

    static let types = ["png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif", "svg": "image/svg+xml",
        "webp": "image/webp"]

    /// `html` is rendered from `markdown`, whose first line is `line` of the file.
    func embed(in html: String, from markdown: String, line: Int, warnings: inout [String]) -> String {
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        func lineOf(_ source: String) -> Int { line + (lines.firstIndex { $0.contains(source) } ?? 0) }
        guard html.contains("<img src=\"") else { return html }
        var result = "", rest = Substring(html)
        while let open = rest.range(of: "<img src=\"") {
            result += rest[..<open.upperBound]
            rest = rest[open.upperBound...]
            guard let close = rest.firstIndex(of: "\"") else { break }
            let source = String(rest[..<close])
            rest = rest[close...]
            if source.hasPrefix("data:") {
                result += source
            } else if source.contains("://") || source.hasPrefix("//") {
                warnings.append("\(file):\(lineOf(source)): the image \(source) would be fetched from the network; the page is "
                    + "self-contained only with local images")
                result += source
            } else {
                let type = Self.types[(source as NSString).pathExtension.lowercased()]
                let path: String
                switch paths.resolve(source) {
                case .success(let allowed): path = allowed
                case .failure(let refusal):
                    warnings.append("\(file):\(lineOf(source)): the image \(refusal.message)")
                    result += source
                    continue
                }
                if let type, let bytes = try? FileBytes.read(path, limit: 32 << 20) {
                    result += "data:\(type);base64," + Data(bytes).base64EncodedString()
                } else {
                    warnings.append("\(file):\(lineOf(source)): the image \(source) cannot be embedded "
                        + "(\(type == nil ? "not a PNG, JPEG, GIF, SVG or WebP file" : "cannot read \(path)"))")
                    result += source
                }
            }
        }
        return result + rest
    }
}
