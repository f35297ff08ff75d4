import Foundation
import Readings
import Pages

/// The answer to the form's "whole number" mode without JavaScript: for each image, the number, how sure each digit
/// is, and the image with the digits' boxes.
enum NumberResultPage {
    static func html(_ answers: [FileAnswer<NumberAnswer>]) -> String {
        let cards = answers.map { answer in
            switch answer {
            case .read(let result): card(result)
            case .failed(let failure): ResultPage.failureCard(failure)
            }
        }
        return PageShell.html(title: "Digitbook: number", body: [
            .element("p", [], [.element("a", ["href": "/"], text: "Read another")]),
            .element("h1", text: ResultPage.heading(answers, one: "The number", several: "numbers")),
        ] + cards, script: false)
    }

    static func card(_ result: NumberAnswer) -> HTMLNode {
        var table = HTMLTable(header: ["Digit", "Probability", "Box (x, y, width, height)"], numeric: [1])
        table.label = "The digits of \(result.file)"
        for digit in result.digits {
            table.append([digit.digit, DigitReading.percent(digit.probability), digit.box.map(String.init).joined(separator: ", ")])
        }
        return .element("article", ["class": "reading"], [
            ResultPage.cardHeading(file: result.file, width: result.width, height: result.height),
            .element("p", ["class": "digit", "aria-label": "The number read"], text: result.number),
            .element("p", text: result.sentence),
        ] + (result.check.map { [.element("p", ["class": "warning"], text: $0)] } ?? [])
          + ResultPage.chart(result.drawing) + [.block(.table(table))])
    }
}
