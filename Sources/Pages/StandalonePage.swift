/// A page that stands alone as one file: the shared typography and the page's own rules inline, no scripts, nothing
/// fetched from elsewhere, so it opens the same from a disk, an e-mail or a learning platform.
public struct StandalonePage: Sendable {
    public let title: String
    /// CSS added after the shared typography.
    public let style: String
    /// The body, already HTML.
    public let body: String

    public init(title: String, style: String = "", body: String) {
        self.title = title
        self.style = style
        self.body = body
    }

    public var html: String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="Digitbook">
        <title>\(HTMLText.escaped(title))</title>
        <style>\(Typography.stylesheet)
        \(style)</style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }
}
