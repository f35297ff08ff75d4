import Pages

/// The page at `/`: upload one or several photos, or draw a digit; the run picker when there are several runs.
/// The form posts to `/predict` and works without JavaScript; with it, app.js posts to the JSON API instead.
enum HomePage {
    static func html(runs: [String], maxUploadMB: Int) -> String {
        let picker = runs.count > 1
            ? """
              <p><label for="run">Model</label>
              <select id="run" name="run">\(runs.map { "<option>\(HTMLText.escaped($0))</option>" }.joined())</select></p>
              """
            : ""
        let body = """
            <main>
            <h1>Read a handwritten digit</h1>
            <p class="lead">Upload a photo of a digit, or draw one. Digitbook preprocesses it the way MNIST's digits were made
            and shows what the network sees.</p>
            <form id="upload" method="post" action="/predict" enctype="multipart/form-data">
            \(picker)
            <p><label for="photo">Photos of digits (PNG or JPEG, up to \(maxUploadMB) MB in all)</label>
            <input id="photo" name="photo" type="file" accept="image/png,image/jpeg" multiple></p>
            <p><label for="camera">Or take a photo (on a phone)</label>
            <input id="camera" name="photo" type="file" accept="image/jpeg,image/png" capture="environment"></p>
            <p><input id="mode" name="mode" type="checkbox" value="number">
            <label for="mode">Read a whole number (a row of digits, such as a ZIP code)</label></p>
            <div id="drop" class="drop" hidden>or drop images here</div>
            <p><button type="submit">Predict</button></p>
            </form>
            <section id="draw" class="draw" hidden aria-labelledby="draw-title">
            <h2 id="draw-title">Or draw a digit</h2>
            <canvas id="canvas" width="280" height="280" role="img" aria-label="Drawing area: draw one digit"></canvas>
            <p><button type="button" id="clear">Clear</button></p>
            </section>
            <section id="results" aria-live="polite"></section>
            </main>
            """
        return PageShell.html(title: "Digitbook: read a digit", body: body, script: true)
    }
}
