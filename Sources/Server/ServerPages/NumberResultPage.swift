import Foundation
import Readings
import Pages

/// The answer to the form's "whole number" mode without JavaScript: for each image, the number, how sure each digit
/// is, and the image with the digits' boxes.
enum NumberResultPage {
    static func html(_ answers: [FileAnswer<NumberAnswer>], language: ReaderLanguage) -> String {
        let cards = answers.map { answer in
            switch answer {
            case .read(let result): card(result, language: language)
            case .failed(let failure): ResultPage.failureCard(failure, language: language)
            }
        }
        let announcement = answers.compactMap(\.value).map { language.words.announcement($0.value) }.joined(separator: " ")
        return PageShell.html(title: language.text(.numberTitle), body: [
            .element("p", [], [.element("a", ["href": "/" + language.query], text: language.text(.resultAnother))]),
            .element("h1", text: ResultPage.heading(answers, one: .numberTheNumber, several: .numberNumbers, language: language)),
            .element("p", ["class": "announcement"], text: announcement),
        ] + cards, script: false, language: language)
    }

    static func card(_ result: NumberAnswer, language: ReaderLanguage) -> HTMLNode {
        let numbers = language.numbers
        var table = HTMLTable(header: [language.text(.resultDigit), language.text(.resultProbability), language.text(.numberBox)],
                              numeric: [1])
        table.label = language.text(.numberTableLabel, ["file": result.file])
        for digit in result.digits {
            table.append([numbers.localDigits(digit.digit), numbers.percent(digit.probability),
                          digit.box.map { numbers.integer($0) }.joined(separator: language.text(.listSeparator))])
        }
        return .element("article", ["class": "reading"], [
            ResultPage.cardHeading(file: result.file, width: result.width, height: result.height, language: language),
            .element("p", ["class": "digit", "aria-label": language.text(.numberRead), "dir": "ltr"],
                     text: numbers.localDigits(result.number)),
            .element("p", text: language.words.sentence(result.value)),
        ] + (result.check.map { [.element("p", ["class": "warning"], text: $0)] } ?? [])
          + ResultPage.chart(result.drawing) + [.block(.table(table))])
    }
}
