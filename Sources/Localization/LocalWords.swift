import Foundation

/// A catalogue's texts with its language's numbers: what a page, a chart or a report cell says, in one language.
public struct LocalWords: Sendable {
    public let catalogue: Catalogue
    public let numbers: LocalNumbers

    public init(_ catalogue: Catalogue) {
        self.catalogue = catalogue
        numbers = LocalNumbers(catalogue.language)
    }

    /// English, the language every text falls back to.
    public static let english = LocalWords(Catalogues.compiledIn.english)

    /// The words of the language tagged `tag` (`es-MX` gives Spanish), else English.
    public init(language tag: String) {
        let catalogues = Catalogues.compiledIn
        self.init(catalogues.catalogue(tag) ?? catalogues.english)
    }

    /// The text of `phrase`, its placeholders filled.
    public func callAsFunction(_ phrase: Phrase, _ arguments: KeyValuePairs<String, String> = [:]) -> String {
        catalogue.text(phrase, arguments)
    }

    /// `fraction` as a percentage with `decimals` digits (`99.6%`, `99,6 %`).
    public func percent(_ fraction: Double, decimals: Int = 1) -> String { numbers.percent(fraction, decimals: decimals) }

    /// `value` with `decimals` digits after the separator, grouped.
    public func number(_ value: Double, decimals: Int) -> String { numbers.number(value, decimals: decimals) }

    /// A whole number, grouped.
    public func count(_ value: Int) -> String { numbers.integer(value) }

    /// An interval of fractions as percentages (`98.28–98.75%`, `98,28–98,75 %`).
    public func percentInterval(_ lower: Double, _ upper: Double, decimals: Int = 2) -> String {
        catalogue.language.percent.replacingOccurrences(
            of: "{n}", with: number(100 * lower, decimals: decimals) + "–" + number(100 * upper, decimals: decimals))
    }

    /// A difference with its sign (`+1.08`, `−0.17`).
    public func signed(_ value: Double, decimals: Int = 2) -> String {
        let rounded = (value * pow(10, Double(decimals))).rounded()
        return (rounded > 0 ? "+" : "") + number(value, decimals: decimals)
    }

    /// A p-value as papers print it: `< 0.0001` below the smallest value `decimals` decimals show.
    public func pValue(_ p: Double, decimals: Int = 4) -> String {
        let smallest = 1 / pow(10, Double(decimals))
        return p < smallest ? "< " + number(smallest, decimals: decimals) : number(p, decimals: decimals)
    }

    /// The language's tag, as `lang` attributes and the PDF's `/Lang` take it.
    public var tag: String { catalogue.language.tag }
}
