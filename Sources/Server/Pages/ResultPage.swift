import Foundation
import Readings
import Pages

/// The answer to the form without JavaScript: for each image, the upload's size, the preprocessed input enlarged,
/// the digit, the runners-up and the probability chart (alt text from the chart's description).
enum ResultPage {
    /// The page for every file of a request: a table of them all when there are several (a file that could not be read
    /// says why in its row), then each file's card.
    static func html(_ answers: [FileAnswer<Reading>]) -> String {
        let cards = answers.map { answer in
            switch answer {
            case .read(let reading): card(reading)
            case .failed(let failure): failureCard(failure)
            }
        }
        let table = answers.count > 1 ? summaryTable(answers) : ""
        let heading = heading(answers, one: "The digit", several: "digits")
        let body = """
            <main>
            <p><a href="/">Read another</a></p>
            <h1>\(heading)</h1>
            \(table)
            \(cards.joined(separator: "\n"))
            </main>
            """
        return PageShell.html(title: "Digitbook: result", body: body, script: false)
    }

    /// The page's heading: `one` for a single file, "5 `several`" when every file was read, "4 of 5 files read" otherwise.
    static func heading<Value>(_ answers: [FileAnswer<Value>], one: String, several: String) -> String {
        let read = answers.filter { $0.value != nil }.count
        return answers.count == 1 ? one : read == answers.count ? "\(read) \(several)" : "\(read) of \(answers.count) files read"
    }

    /// A file that could not be read: its name and why.
    static func failureCard(_ failure: FileFailure) -> String {
        """
        <article class="reading failed">
        <h2>\(HTMLText.escaped(failure.file))</h2>
        <p class="warning">Not read: \(HTMLText.escaped(failure.error.message)).</p>
        </article>
        """
    }

    static func card(_ reading: Reading) -> String {
        let warnings = reading.warnings.map { "<p class=\"warning\">Note: \(HTMLText.escaped($0)).</p>" }.joined()
        return """
            <article class="reading">
            <h2>\(HTMLText.escaped(reading.file)) <span class="size">\(reading.width)x\(reading.height)</span></h2>
            <div class="pair">
            \(reading.thumbnail.map { "<figure><img class=\"upload\" src=\"\($0)\" alt=\"The uploaded image, reduced, in grey\">"
                + "<figcaption>Your image</figcaption></figure>" } ?? "")
            <figure><img class="input" src="\(reading.inputDataURI)" width="140" height="140"
             alt="The 28x28 input the network reads, enlarged"><figcaption>What the network sees</figcaption></figure>
            <p class="digit" aria-label="Predicted digit">\(HTMLText.escaped(reading.digit))</p>
            </div>
            <p>\(HTMLText.escaped(reading.sentence))</p>
            \(warnings)
            \(reading.drawing.map { "<figure class=\"chart\">\($0)</figure>" } ?? "")
            </article>
            """
    }

    private static func summaryTable(_ answers: [FileAnswer<Reading>]) -> String {
        var table = HTMLTable(header: ["File", "Digit", "Probability", "Not read because"], numeric: [2])
        table.label = "Every file's digit"
        for (index, answer) in answers.enumerated() {
            switch answer {
            case .read(let reading):
                table.rows.append([reading.file, reading.digit, DigitReading.percent(reading.probability), ""])
            case .failed(let failure):
                table.rows.append([failure.file, "", "", failure.error.message])
                table.rowClasses[index] = "failed"
            }
        }
        return table.html
            + "<p><a download=\"digits.csv\" href=\"data:text/csv;charset=utf-8,\(encoded(csv(answers)))\">"
            + "Download the results as CSV</a></p>"
    }

    private static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }

    /// The results as CSV, as the page's script writes them: `file,digit,probability,error`, text fields quoted; a file
    /// that could not be read has no digit or probability and says why.
    static func csv(_ answers: [FileAnswer<Reading>]) -> String {
        func quoted(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        let lines = answers.map { answer in
            switch answer {
            case .read(let reading):
                "\(quoted(reading.file)),\(reading.digit),\(String(format: "%.6f", reading.probability)),"
            case .failed(let failure):
                "\(quoted(failure.file)),,,\(quoted(failure.error.message))"
            }
        }
        return (["file,digit,probability,error"] + lines).joined(separator: "\n") + "\n"
    }
}
