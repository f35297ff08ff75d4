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
        let heading = ResultPage.heading(answers, one: "The number", several: "numbers")
        let body = """
            <main>
            <p><a href="/">Read another</a></p>
            <h1>\(heading)</h1>
            \(cards.joined(separator: "\n"))
            </main>
            """
        return PageShell.html(title: "Digitbook: number", body: body, script: false)
    }

    static func card(_ result: NumberAnswer) -> String {
        var table = HTMLTable(header: ["Digit", "Probability", "Box (x, y, width, height)"], numeric: [1])
        table.label = "The digits of \(result.file)"
        table.rows = result.digits.map { [$0.digit, DigitReading.percent($0.probability), $0.box.map(String.init).joined(separator: ", ")] }
        return """
            <article class="reading">
            <h2>\(HTMLText.escaped(result.file)) <span class="size">\(result.width)x\(result.height)</span></h2>
            <p class="digit" aria-label="The number read">\(HTMLText.escaped(result.number))</p>
            <p>\(HTMLText.escaped(result.sentence))</p>
            \(result.check.map { "<p class=\"warning\">\(HTMLText.escaped($0))</p>" } ?? "")
            \(result.drawing.map { "<figure class=\"chart\">\($0)</figure>" } ?? "")
            \(table.html)
            </article>
            """
    }
}
