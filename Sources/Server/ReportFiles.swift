import FileIO
import Foundation
import Pages
import Hummingbird

/// Serves the rendered reports under `/reports/` through FileIO's `ContainedFolder`: only regular files really inside
/// the folder (symbolic links resolved and kept inside, no hidden names, no NUL, no pipes or devices); anything else
/// is 404. `Range` is ignored: every answer is 200 with the whole file (`Accept-Ranges: none`), so a client's range
/// can never make a wrong `Content-Length` or break keep-alive.
struct ReportFiles: Sendable {
    let folder: ContainedFolder
    /// The largest file served.
    static let maximumBytes = 256 << 20

    init(_ path: String) {
        folder = ContainedFolder(path, links: .inside)
    }

    /// The file that `/reports/<rest>` names, with its type taken from the real file's extension.
    func response(forPath requestPath: String) throws(ServerError) -> Response {
        let encoded = requestPath.hasPrefix("/reports/") ? String(requestPath.dropFirst("/reports/".count)) : ""
        let notFound = ServerError(.notFound, "no report at \(requestPath)")
        guard let relative = encoded.removingPercentEncoding, !relative.isEmpty else { throw notFound }
        let real: String
        let bytes: [UInt8]
        do {
            real = try folder.file(relative)
            bytes = try FileBytes.read(real, limit: Self.maximumBytes)
        } catch {
            throw notFound
        }
        let headers: HTTPFields = [
            .contentType: Self.mediaType(of: real), .acceptRanges: "none", .cacheControl: "no-cache",
        ]
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// The names of the pages the index lists: visible `.html` files at the top of the folder, those the rule lets be read.
    func pageNames() -> [String] {
        guard let listing = try? folder.entries() else { return [] }
        return listing.visible.filter { $0.kind == .file && $0.name.lowercased().hasSuffix(".html") }.map(\.name)
    }

    /// Each page's file name and its title (its `<title>`, else its file name), in file-name order: the folder listed
    /// and the start of each page read on a thread of the system's, never the server's event loop.
    func pageTitles() async -> [(name: String, title: String)] {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                let titles = pageNames().sorted().map { name in
                    let handle = (try? folder.file(name)).flatMap { FileHandle(forReadingAtPath: $0) }
                    let head = (try? handle?.read(upToCount: 8192)).flatMap { $0 }.map { String(decoding: $0, as: UTF8.self) }
                    try? handle?.close()
                    return (name: name, title: head.flatMap(HTMLText.title(inHead:)) ?? name)
                }
                continuation.resume(returning: titles)
            }
        }
    }

    /// The media type for a file's extension; text types say UTF-8.
    static func mediaType(of path: String) -> String {
        let ext = (path as NSString).pathExtension.lowercased()
        switch ext {
        case "html", "htm": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "txt", "md": return "text/plain; charset=utf-8"
        case "csv": return "text/csv; charset=utf-8"
        case "json": return "application/json; charset=utf-8"
        case "svg": return "image/svg+xml"
        default: return MediaType.getMediaType(forExtension: ext)?.description ?? "application/octet-stream"
        }
    }
}
