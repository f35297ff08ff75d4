import Pages

/// The frame of every page the server sends: its own stylesheet and script (no inline code, so the
/// Content-Security-Policy can forbid it), a title, and the body.
enum PageShell {
    static func html(title: String, body: String, script: Bool) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLText.escaped(title))</title>
        <link rel="stylesheet" href="/app.css">
        \(script ? "<script src=\"/app.js\" defer></script>\n" : "")</head>
        <body>
        \(body)
        </body>
        </html>

        """
    }
}
