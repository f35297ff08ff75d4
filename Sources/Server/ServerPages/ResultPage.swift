import Foundation
import Localization
import Readings
import Pages

/// The answer to the form without JavaScript: for each image, the upload's size, the preprocessed input enlarged,
/// the digit, the runners-up and the probability chart (alt text from the chart's description).
enum ResultPage {
    /// The page for every file of a request: a table of them all when there are several (a file that could not be read
    /// says why in its row), then each file's card.
    static func html(_ answers: [FileAnswer<Reading>], language: ReaderLanguage) -> String {
        let cards = answers.map { answer in
            switch answer {
            case .read(let reading): card(reading, language: language)
            case .failed(let failure): failureCard(failure, language: language)
            }
        }
        let announcement = answers.compactMap(\.value).map { language.words.announcement($0.value) }.joined(separator: " ")
        return PageShell.html(title: language.text(.resultTitle), body: [
            .element("p", [], [.element("a", ["href": "/" + language.query], text: language.text(.resultAnother))]),
            .element("h1", text: heading(answers, one: .resultTheDigit, several: .resultDigits, language: language)),
            .element("p", ["class": "announcement"], text: announcement),
        ] + (answers.count > 1 ? summaryTable(answers, language: language) : []) + cards, script: false, language: language)
    }

    /// The page's heading: `one` for a single file, "5 digits" (`several`) when every file was read, "4 of 5 files
    /// read" otherwise.
    static func heading<Value>(_ answers: [FileAnswer<Value>], one: Phrase, several: Phrase, language: ReaderLanguage) -> String {
        let read = answers.filter { $0.value != nil }.count
        let numbers = language.numbers
        if answers.count == 1 { return language.text(one) }
        if read == answers.count { return language.text(several, ["count": numbers.integer(read)]) }
        return language.text(.resultFilesRead, ["read": numbers.integer(read), "count": numbers.integer(answers.count)])
    }

    /// A file that could not be read: its name and why.
    static func failureCard(_ failure: FileFailure, language: ReaderLanguage) -> HTMLNode {
        .element("article", ["class": "reading failed"], [
            .element("h2", text: failure.file),
            .element("p", ["class": "warning"],
                     text: language.text(.resultNotRead, ["reason": failure.error.speaking(language.catalogue).message])),
        ])
    }

    /// The heading of a file's card: its name and the upload's size.
    static func cardHeading(file: String, width: Int, height: Int, language: ReaderLanguage) -> HTMLNode {
        let size = language.numbers.localDigits("\(width)x\(height)")
        return .element("h2", [], [.text(file + " "), .element("span", ["class": "size", "dir": "ltr"], text: size)])
    }

    static func card(_ reading: Reading, language: ReaderLanguage) -> HTMLNode {
        var pair: [HTMLNode] = []
        if let thumbnail = reading.thumbnail {
            pair.append(.element("figure", [], [
                .element("img", ["class": "upload", "src": thumbnail, "alt": language.text(.resultUploadAlt)]),
                .element("figcaption", text: language.text(.resultYourImage)),
            ]))
        }
        pair += [
            .element("figure", [], [
                .element("img", ["class": "input", "src": reading.inputDataURI, "width": "140", "height": "140",
                                 "alt": language.text(.resultInputAlt)]),
                .element("figcaption", text: language.text(.resultNetworkSees)),
            ]),
            .element("p", ["class": "digit", "aria-label": language.text(.resultPredictedDigit)],
                     text: language.numbers.localDigits(reading.digit)),
        ]
        return .element("article", ["class": "reading"], [
            cardHeading(file: reading.file, width: reading.width, height: reading.height, language: language),
            .element("div", ["class": "pair"], pair),
            .element("p", text: language.words.sentence(reading.value)),
        ] + reading.warnings.map { .element("p", ["class": "warning"], text: language.text(.resultNote, ["warning": $0])) }
          + chart(reading.drawing))
    }

    /// A reading's chart, drawn inline, when it has one.
    static func chart(_ drawing: String?) -> [HTMLNode] {
        drawing.map { [.element("figure", ["class": "chart"], [.svg($0)])] } ?? []
    }

    private static func summaryTable(_ answers: [FileAnswer<Reading>], language: ReaderLanguage) -> [HTMLNode] {
        let t = language.text
        var table = HTMLTable(header: [t(.resultFile, [:]), t(.resultDigit, [:]), t(.resultProbability, [:]),
                                       t(.resultNotReadBecause, [:])], numeric: [2])
        table.label = t(.resultTableLabel, [:])
        for (index, answer) in answers.enumerated() {
            switch answer {
            case .read(let reading):
                table.append([reading.file, language.numbers.localDigits(reading.digit),
                              language.numbers.percent(reading.probability), ""])
            case .failed(let failure):
                table.append([failure.file, "", "", failure.error.speaking(language.catalogue).message])
                table.rowClasses[index] = "failed"
            }
        }
        return [.block(.table(table)), .element("p", [], [
            .element("a", ["download": "digits.csv", "href": "data:text/csv;charset=utf-8,\(encoded(csv(answers)))"],
                     text: t(.resultDownload, [:])),
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
