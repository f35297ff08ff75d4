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
        return PageShell.html(title: "Digitbook: result", body: [
            .element("p", [], [.element("a", ["href": "/"], text: "Read another")]),
            .element("h1", text: heading(answers, one: "The digit", several: "digits")),
        ] + (answers.count > 1 ? summaryTable(answers) : []) + cards, script: false)
    }

    /// The page's heading: `one` for a single file, "5 `several`" when every file was read, "4 of 5 files read" otherwise.
    static func heading<Value>(_ answers: [FileAnswer<Value>], one: String, several: String) -> String {
        let read = answers.filter { $0.value != nil }.count
        return answers.count == 1 ? one : read == answers.count ? "\(read) \(several)" : "\(read) of \(answers.count) files read"
    }

    /// A file that could not be read: its name and why.
    static func failureCard(_ failure: FileFailure) -> HTMLNode {
        .element("article", ["class": "reading failed"], [
            .element("h2", text: failure.file),
            .element("p", ["class": "warning"], text: "Not read: \(failure.error.message)."),
        ])
    }

    /// The heading of a file's card: its name and the upload's size.
    static func cardHeading(file: String, width: Int, height: Int) -> HTMLNode {
        .element("h2", [], [.text(file + " "), .element("span", ["class": "size"], text: "\(width)x\(height)")])
    }

    static func card(_ reading: Reading) -> HTMLNode {
        var pair: [HTMLNode] = []
        if let thumbnail = reading.thumbnail {
            pair.append(.element("figure", [], [
                .element("img", ["class": "upload", "src": thumbnail, "alt": "The uploaded image, reduced, in grey"]),
                .element("figcaption", text: "Your image"),
            ]))
        }
        pair += [
            .element("figure", [], [
                .element("img", ["class": "input", "src": reading.inputDataURI, "width": "140", "height": "140",
                                 "alt": "The 28x28 input the network reads, enlarged"]),
                .element("figcaption", text: "What the network sees"),
            ]),
            .element("p", ["class": "digit", "aria-label": "Predicted digit"], text: reading.digit),
        ]
        return .element("article", ["class": "reading"], [
            cardHeading(file: reading.file, width: reading.width, height: reading.height),
            .element("div", ["class": "pair"], pair),
            .element("p", text: reading.sentence),
        ] + reading.warnings.map { .element("p", ["class": "warning"], text: "Note: \($0).") }
          + chart(reading.drawing))
    }

    /// A reading's chart, drawn inline, when it has one.
    static func chart(_ drawing: String?) -> [HTMLNode] {
        drawing.map { [.element("figure", ["class": "chart"], [.svg($0)])] } ?? []
    }

    private static func summaryTable(_ answers: [FileAnswer<Reading>]) -> [HTMLNode] {
        var table = HTMLTable(header: ["File", "Digit", "Probability", "Not read because"], numeric: [2])
        table.label = "Every file's digit"
        for (index, answer) in answers.enumerated() {
            switch answer {
            case .read(let reading):
                table.append([reading.file, reading.digit, DigitReading.percent(reading.probability), ""])
            case .failed(let failure):
                table.append([failure.file, "", "", failure.error.message])
                table.rowClasses[index] = "failed"
            }
        }
        return [.block(.table(table)), .element("p", [], [
            .element("a", ["download": "digits.csv", "href": "data:text/csv;charset=utf-8,\(encoded(csv(answers)))"],
                     text: "Download the results as CSV"),
        ])]
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
