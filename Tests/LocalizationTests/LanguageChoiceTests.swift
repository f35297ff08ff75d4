import Localization
import Testing

/// Which catalogue a reader gets: their choice, else their browser's best, else English.
@Suite struct LanguageChoiceTests {
    let catalogues = Catalogues.compiledIn

    func chosen(_ choice: String? = nil, accept: String? = nil) -> String {
        LanguageChoice.choose(from: catalogues, chosen: choice, acceptLanguage: accept).language.tag
    }

    @Test func theBrowsersBestLanguageWins() {
        #expect(chosen(accept: "fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5") == "fr")
        #expect(chosen(accept: "da, en-GB;q=0.8, en;q=0.7") == "en", "Danish is not there: the next best")
        #expect(chosen(accept: "de;q=0.5, ta;q=0.9") == "ta", "by quality, not order")
        #expect(chosen(accept: "zh-CN,zh;q=0.9") == "zh-Hans")
        #expect(chosen(accept: "zh-TW, ar;q=0.3") == "ar", "Traditional Chinese is not Simplified")
        #expect(chosen(accept: "es-MX") == "es")
        #expect(chosen(accept: "hi;q=0, es") == "es", "q=0 means not this one")
    }

    @Test func aChoiceBeatsTheBrowserAndNonsenseGivesEnglish() {
        #expect(chosen("ar", accept: "de") == "ar")
        #expect(chosen("xx", accept: "de") == "de", "an unknown choice is ignored")
        #expect(chosen(accept: "<script>, ;;;, q=2") == "en")
        #expect(chosen() == "en")
    }
}
