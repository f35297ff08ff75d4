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

/// Numbers that a format wrote the English way, rewritten in a language (a report's `${…}` values).
@Suite struct NumberRewritingTests {
    let catalogues = Catalogues.compiledIn

    func numbers(_ tag: String, native: Bool = false) throws -> LocalNumbers {
        LocalNumbers(try #require(catalogues.catalogue(tag)).language, nativeDigits: native)
    }

    @Test func separatorsGroupingPercentAndNounsFollowTheLanguage() throws {
        #expect(try numbers("de").rewriting("60,000.5") == "60.000,5")
        #expect(try numbers("fr").rewriting("95.77%") == "95,77\u{202F}%")
        #expect(try numbers("hi").rewriting("1,234,567 images") == "12,34,567 images", "Indian grouping; the noun kept")
        #expect(try numbers("es").rewriting("60000.5") == "60000,5", "ungrouped stays ungrouped")
        #expect(try numbers("de").rewriting("< 0.0001") == "< 0,0001")
        #expect(try numbers("de").rewriting("−0.17") == "−0,17")
        #expect(try numbers("ar", native: true).rewriting("99.6%") == "٩٩٫٦٪")
        #expect(try numbers("fr").rewriting("95.36–96.15%") == "95,36–96,15\u{202F}%", "an interval, one percent sign")
        #expect(try numbers("de").rewriting("-1.23–-0.45") == "-1,23–-0,45", "an interval's negative upper bound too")
        #expect(try numbers("de").rewriting("128,64") == "128,64" && numbers("de").rewriting("3,5,7") == "3,5,7",
                "commas that are not thousands separators: not a number written the English way")
        for text in ["mlp", "v1.2.3", "3x3", "", "–", ".5"] {
            #expect(try numbers("de").rewriting(text) == text, "not a number at its start: kept as it is")
        }
    }
}
