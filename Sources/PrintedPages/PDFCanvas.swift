import CPango
import Foundation
import Localization

/// A PDF being written: the Cairo PDF surface and its context, writing into memory, with Pango for text.
/// Owns both handles and frees them when released.
final class PDFCanvas {
    let surface: OpaquePointer
    let context: OpaquePointer
    let width: Double, height: Double
    private let sink: PDFBytes
    /// The link destinations the document has (learnt by a first pass): a link to anything else is not made.
    var destinations: Set<String> = []
    /// Whether the document's language runs right to left (Arabic): its paragraphs start at the right margin and its
    /// pages are laid out mirrored.
    var rightToLeft = false
    /// The document's language, for the few words the writer adds (footers, "Description:").
    var words = LocalWords.english

    init(width: Double, height: Double, title: String, date: String) throws(PDFError) {
        let sink = PDFBytes()
        let write: cairo_write_func_t = { closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
            let sink = Unmanaged<PDFBytes>.fromOpaque(closure).takeUnretainedValue()
            sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        }
        guard let surface = cairo_pdf_surface_create_for_stream(write, Unmanaged.passUnretained(sink).toOpaque(), width, height)
        else { throw PDFError(message: "Cairo could not make a PDF surface") }
        guard let context = cairo_create(surface) else {
            cairo_surface_destroy(surface)
            throw PDFError(message: "Cairo could not draw on a PDF surface")
        }
        self.surface = surface
        self.context = context
        self.sink = sink
        self.width = width
        self.height = height
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Digitbook")
        // Cairo writes the time of writing unless told a date: a fixed one keeps two renders byte-identical.
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date)
    }

    deinit {
        cairo_destroy(context)
        cairo_surface_destroy(surface)
    }

    /// The attributes of a link to `target` (`#id` of a destination, an http, https or mailto URL, or a PDF beside this
    /// one by a relative path), or nil when it leads nowhere a PDF can follow (an HTML file, a missing destination).
    func linkAttribute(_ target: String) -> String? {
        if target.hasPrefix("#") {
            let name = String(target.dropFirst())
            return destinations.contains(name) ? "dest=" + Self.quoted(name) : nil
        }
        let scheme = target.prefix { $0 != ":" }.lowercased()
        if ["http", "https", "mailto"].contains(scheme) { return "uri=" + Self.quoted(Self.asciiURI(target)) }
        let file = target.removingPercentEncoding ?? target
        let relative = !target.contains(":") && !file.hasPrefix("/") && !file.split(separator: "/").contains("..")
        // A relative URI rather than a GoToR action, whose destination Cairo 1.16 writes malformed.
        return relative && file.lowercased().hasSuffix(".pdf") ? "uri=" + Self.quoted(Self.asciiURI(target)) : nil
    }

    /// The bytes a URI keeps as they are: RFC 3986's unreserved and reserved characters (and `%`), less the
    /// parentheses, which a PDF string would misread.
    static let uriBytes = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'*+,;=%".utf8)

    /// `uri` with every other byte percent-encoded: non-ASCII, controls, spaces, `<>"{}|^\` and the parentheses
    /// (Cairo 1.16 writes the URI into `/URI (…)` as it is).
    static func asciiURI(_ uri: String) -> String {
        var out = ""
        for byte in uri.utf8 {
            out += uriBytes.contains(byte) ? String(UnicodeScalar(byte)) : String(format: "%%%02X", byte)
        }
        return out
    }

    /// `text` as a string value in a Cairo tag's attributes: in single quotes, with quotes and backslashes escaped.
    static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }

    /// Finishes the document and gives its bytes.
    func finish() throws(PDFError) -> [UInt8] {
        cairo_surface_finish(surface)
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            let reason = String(cString: cairo_status_to_string(cairo_surface_status(surface)))
            throw PDFError(message: "Cairo could not finish the PDF: " + reason)
        }
        return sink.bytes
    }
}

/// The bytes Cairo writes, collected.
final class PDFBytes {
    var bytes: [UInt8] = []
}

/// Why a PDF could not be written.
public struct PDFError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public var description: String { message }
}
