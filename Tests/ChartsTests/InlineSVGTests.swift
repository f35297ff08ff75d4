import Foundation
import Testing
@testable import Charts
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Charts placed inside HTML pages: well-formed, their own ids, no style attributes, a spoken name.
@Suite struct InlineSVGTests {
    /// Collects each element's attributes, to check ids and references.
    final class Attributes: NSObject, XMLParserDelegate {
        var elements: [(name: String, attributes: [String: String])] = []
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String]) {
            elements.append((name, attributes))
        }
    }

    @Test func anInlineChartIsWellFormedWithPrefixedIdsAndNoStyleAttributes() throws {
        let probabilities = [0.01, 0.01, 0.02, 0.01, 0.05, 0.01, 0.01, 0.8, 0.04, 0.04]
        let chart = ProbabilityChart(classes: (0..<10).map(String.init), probabilities: probabilities, predicted: 7,
                                     title: "a \"quoted\" <title>", summary: "a \"quoted\" <title>")
        let markup = try chart.inlineSVG(id: "card2")
        #expect(markup.hasPrefix("<svg role=\"img\" aria-label=\""))
        #expect(!markup.contains("<?xml"))
        let parser = XMLParser(data: Data(markup.utf8))
        let collected = Attributes()
        parser.delegate = collected
        #expect(parser.parse(), "the markup must be well-formed XML: \(String(describing: parser.parserError))")
        let root = try #require(collected.elements.first)
        #expect(root.attributes["aria-label"] == chart.summary)
        #expect(collected.elements.allSatisfy { $0.attributes["style"] == nil })
        #expect(collected.elements.contains { $0.attributes["fill"] != nil }, "colours survive as presentation attributes")
        let ids = Set(collected.elements.compactMap { $0.attributes["id"] })
        #expect(!ids.isEmpty && ids.allSatisfy { $0.hasPrefix("card2-") })
        let references = collected.elements.compactMap { $0.attributes["xlink:href"] ?? $0.attributes["href"] }
        #expect(!references.isEmpty && references.allSatisfy { $0.hasPrefix("#") && ids.contains(String($0.dropFirst())) })
    }

    /// A chart with images fills shapes with patterns: `url(#…)` references in what were style declarations point
    /// at the prefixed ids too (else the digits of a grid are blank in a page).
    @Test func patternReferencesInStylesArePrefixed() throws {
        let digit = DigitGrid.Item(pixels: [UInt8](repeating: 200, count: 28 * 28), side: 28, caption: "7 → 1")
        let markup = try DigitGrid(items: [digit, digit], title: "Mistakes").inlineSVG(id: "grid")
        let parser = XMLParser(data: Data(markup.utf8))
        let collected = Attributes()
        parser.delegate = collected
        #expect(parser.parse())
        let ids = Set(collected.elements.compactMap { $0.attributes["id"] })
        let fills = collected.elements.compactMap { $0.attributes["fill"] }.filter { $0.hasPrefix("url(#") }
        #expect(fills.count == 2)
        #expect(fills.allSatisfy { ids.contains(String($0.dropFirst(5).dropLast())) }, "\(fills)")
    }

    @Test func styleDeclarationsBecomeAttributes() {
        let text = InlineSVG.presentationAttributes("<path style=\"fill:none;stroke-width:1.5;stroke:rgb(0%,0%,0%);\" d=\"M 0 0\"/>")
        #expect(text == "<path fill=\"none\" stroke-width=\"1.5\" stroke=\"rgb(0%,0%,0%)\" d=\"M 0 0\"/>")
    }
}
