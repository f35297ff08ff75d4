import Pages

/// Why the form's upload could not be read, in words, with the way back.
enum ErrorPage {
    static func html(_ message: String) -> String {
        PageShell.html(title: "Digitbook: cannot read this", body: """
            <main>
            <h1>This cannot be read</h1>
            <p class="warning">\(HTMLText.escaped(message))</p>
            <p><a href="/">Try another image</a></p>
            </main>
            """, script: false)
    }
}
