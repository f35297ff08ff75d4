import FileIO
import Foundation
import Pages

/// Embeds the images that report prose links (`![a seven](images/seven.png)`) as data URIs, so the page stays one
/// self-contained file; an image that cannot be read, or one on the network, is a warning naming the file and line.
struct ProseImages {
    let paths: ReadablePaths
    let file: String

    static let types = ["png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif", "svg": "image/svg+xml",
        "webp": "image/webp"]

    /// `blocks` are parsed from `markdown`, whose first line is `line` of the file.
    func embed(in blocks: [DocumentBlock], from markdown: String, line: Int, warnings: inout [String]) -> [DocumentBlock] {
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        func lineOf(_ source: String) -> Int { line + (lines.firstIndex { $0.contains(source) } ?? 0) }
        return blocks.map { block in
            block.mappingInlines { inline in
                guard case .image(let source, let description) = inline else { return inline }
                return .image(source: embedded(source, line: lineOf(source), warnings: &warnings), description: description)
            }
        }
    }

    /// The image's bytes as a data URI, or `source` as it is with a warning.
    private func embedded(_ source: String, line: Int, warnings: inout [String]) -> String {
        if source.hasPrefix("data:") { return source }
        if source.contains("://") || source.hasPrefix("//") {
            warnings.append("\(file):\(line): the image \(source) is on the network, and a self-contained page fetches "
                + "nothing: its description is shown instead (save the image beside the report)")
            return source
        }
        let type = Self.types[(source as NSString).pathExtension.lowercased()]
        let path: String
        switch paths.resolve(source) {
        case .success(let allowed): path = allowed
        case .failure(let refusal):
            warnings.append("\(file):\(line): the image \(refusal.message)")
            return source
        }
        if let type, let bytes = try? FileBytes.read(path, limit: 32 << 20) {
            return "data:\(type);base64," + Data(bytes).base64EncodedString()
        }
        warnings.append("\(file):\(line): the image \(source) cannot be embedded "
            + "(\(type == nil ? "not a PNG, JPEG, GIF, SVG or WebP file" : "cannot read \(path)"))")
        return source
    }
}
