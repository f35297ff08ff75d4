import Localization
import Testing

/// Numbers as each language writes them; its own digits only when asked for.
@Suite struct LocalNumbersTests {
    let catalogues = Catalogues.compiledIn

    func numbers(_ tag: String, native: Bool = false) throws -> LocalNumbers {
        LocalNumbers(try #require(catalogues.catalogue(tag)).language, nativeDigits: native)
    }

    @Test func separatorsGroupingAndPercent() throws {
        #expect(try numbers("en").number(1234567.891, decimals: 2) == "1,234,567.89")
        #expect(try numbers("de").number(1234567.891, decimals: 2) == "1.234.567,89")
        #expect(try numbers("fr").number(1234.5, decimals: 1) == "1\u{202F}234,5")
        #expect(try numbers("hi").integer(1234567) == "12,34,567", "Indian grouping")
        #expect(try numbers("en").percent(0.9962) == "99.6%")
        #expect(try numbers("es").percent(0.9962) == "99,6\u{00A0}%")
        #expect(try numbers("en").number(-0.0001, decimals: 2) == "0.00", "no minus on a zero")
        #expect(try numbers("en").number(-2.5, decimals: 1) == "−2.5")
        #expect(try numbers("en").integer(Int.max) == "9,223,372,036,854,775,807", "whole numbers exactly, past 2^53")
        #expect(try numbers("en").integer(Int.min) == "−9,223,372,036,854,775,808")
        #expect(try numbers("en").number(.nan, decimals: 1) == "NaN" && numbers("en").number(-.infinity, decimals: 1) == "−∞")
    }

    @Test func ownDigitsOnRequest() throws {
        #expect(try numbers("ar").percent(0.996) == "99.6%", "Western digits unless asked")
        #expect(try numbers("ar", native: true).percent(0.996) == "٩٩٫٦٪", "with its own digits, Arabic's own percent sign")
        #expect(try numbers("ar", native: true).integer(12345) == "١٢٬٣٤٥")
        #expect(try numbers("hi", native: true).integer(7) == "७")
        #expect(try numbers("ta", native: true).spelledOut("902") == "௯ ௦ ௨")
        #expect(try numbers("en", native: true).spelledOut("90210") == "9 0 2 1 0", "English has no other digits")
    }
}
