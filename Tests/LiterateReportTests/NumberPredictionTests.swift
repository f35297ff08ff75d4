import Foundation
import Testing
import UserImages
@testable import LiterateReport

/// A `predict` cell with `number: true` reads a row of digits and draws their boxes.
@Suite struct NumberPredictionTests {
    @Test func readsARowOfDigitsInAReport() throws {
        let fixture = try ReportFixture()
        var pixels = [UInt8](repeating: 245, count: 160 * 80)
        for x0 in [30, 75, 120] { for y in 10..<70 { for x in x0..<(x0 + 5) { pixels[y * 160 + x] = 15 } } }
        fixture.folder.write(try PNGCodec.encode(try #require(GreyImage(width: 160, height: 80, pixels: pixels))), to: "bars.png")
        let source = """
            ---
            dataset: tiny
            ---
            ```digitbook train
            id: lr
            model: logreg
            epochs: 1
            validation: 20
            ```

            ```digitbook predict
            run: lr
            image: bars.png
            number: true
            ```
            """
        let rendered = try fixture.render(source)
        #expect(rendered.failures.isEmpty, "\(rendered.failures.map(\.error.description))")
        let sentence = #"lr reads \d{3}: 3 digits, all of them right with probability"#
        #expect(rendered.html.range(of: sentence, options: .regularExpression) != nil)
        #expect(rendered.html.contains("<td>30, 10, 5, 60</td>") && rendered.html.contains("<td>120, 10, 5, 60</td>"))
        #expect(rendered.files.contains { $0.path.hasSuffix("-number.png") })
        let wrong = source.replacingOccurrences(of: "number: true", with: "number: 3")
        let failed = try fixture.render(wrong)
        #expect(failed.failures.first?.error.description.contains("predict cell option number: must be true or false") == true)
    }
}
