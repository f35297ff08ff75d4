import Foundation
import Pages

/// The answer to the form without JavaScript: for each image, the upload's size, the preprocessed input enlarged,
/// the digit, the runners-up and the probability chart (alt text from the chart's description).
enum ResultPage {
    static func html(_ readings: [Reading]) -> String {
        let cards = readings.map(card).joined(separator: "\n")
        let table = readings.count > 1 ? summaryTable(readings) : ""
        let body = """
            <main>
            <p><a href="/">Read another</a></p>
            <h1>\(readings.count == 1 ? "The digit" : "\(readings.count) digits")</h1>
            \(table)
            \(cards)
            </main>
            """
        return PageShell.html(title: "Digitbook: result", body: body, script: false)
    }

    static func card(_ reading: Reading) -> String {
        let ranked = reading.ranked
        let runners = ranked.dropFirst().prefix(2).map { "\(HTMLText.escaped(reading.classes[$0])) "
            + "(\(percent(reading.probabilities[$0])))" }
        let top = percent(ranked.first.map { reading.probabilities[$0] } ?? 0)
        let warnings = reading.warnings.map { "<p class=\"warning\">Note: \(HTMLText.escaped($0)).</p>" }.joined()
        return """
            <article class="reading">
            <h2>\(HTMLText.escaped(reading.file)) <span class="size">\(reading.width)x\(reading.height)</span></h2>
            <div class="pair">
            \(reading.thumbnail.map { "<figure><img class=\"upload\" src=\"\($0)\" alt=\"The uploaded image, reduced, in grey\">"
                + "<figcaption>Your image</figcaption></figure>" } ?? "")
            <figure><img class="input" src="\(reading.preprocessed)" width="140" height="140"
             alt="The 28x28 input the network reads, enlarged"><figcaption>What the network sees</figcaption></figure>
            <p class="digit" aria-label="Predicted digit">\(HTMLText.escaped(reading.digit))</p>
            </div>
            <p>\(HTMLText.escaped(reading.run)) reads \(HTMLText.escaped(reading.digit)) with probability \(top)\
            \(runners.isEmpty ? "" : "; next: " + runners.joined(separator: ", ")).</p>
            \(warnings)
            \(reading.chart.map { "<figure class=\"chart\">\($0)</figure>" } ?? "")
            </article>
            """
    }

    private static func summaryTable(_ readings: [Reading]) -> String {
        let rows = readings.map { reading in
            "<tr><td>\(HTMLText.escaped(reading.file))</td><td>\(HTMLText.escaped(reading.digit))</td>"
                + "<td>\(percent(reading.ranked.first.map { reading.probabilities[$0] } ?? 0))</td></tr>"
        }
        return "<table><thead><tr><th>File</th><th>Digit</th><th>Probability</th></tr></thead><tbody>\(rows.joined())</tbody></table>"
            + "<p><a download=\"digits.csv\" href=\"data:text/csv;charset=utf-8,\(encoded(csv(readings)))\">"
            + "Download the results as CSV</a></p>"
    }

    private static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }

    /// The results as CSV, as the page's script writes them: `file,digit,probability`, file names quoted.
    static func csv(_ readings: [Reading]) -> String {
        let lines = readings.map { reading in
            let best = reading.probabilities.max() ?? 0
            return "\"\(reading.file.replacingOccurrences(of: "\"", with: "\"\""))\",\(reading.digit),\(String(format: "%.6f", best))"
        }
        return (["file,digit,probability"] + lines).joined(separator: "\n") + "\n"
    }

    static func percent(_ value: Double) -> String {
        String(format: "%.1f%%", value * 100)
    }
}
