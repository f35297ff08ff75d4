import Foundation
import Localization
import Testing

/// The catalogues: every language gives every text with the same placeholders, English says what each is for, and a
/// translator's new file is compiled in with nothing else to change.
@Suite struct CatalogueTests {
    let catalogues = Catalogues.compiledIn

    @Test func everyCatalogueReadsAndItsFileIsNamedAfterItsTag() {
        #expect(catalogues.problems.isEmpty, "\(catalogues.problems)")
        #expect(Set(catalogues.all.map(\.language.tag)) == ["en", "es", "fr", "de", "hi", "ta", "zh-Hans", "ar"])
    }

    @Test func everyCatalogueHasEveryKeyAndNoOther() {
        let keys = Set(Phrase.allCases.map(\.rawValue))
        for catalogue in catalogues.all {
            let tag = catalogue.language.tag
            #expect(keys.subtracting(catalogue.keys).isEmpty, "\(tag) lacks \(keys.subtracting(catalogue.keys).sorted())")
            #expect(catalogue.keys.subtracting(keys).isEmpty, "\(tag) has unknown keys \(catalogue.keys.subtracting(keys).sorted())")
        }
        #expect(Set(catalogues.english.notes.keys) == keys, "en.json says what every key is for")
    }

    @Test func everyTranslationKeepsItsPlaceholders() {
        for catalogue in catalogues.all {
            for phrase in Phrase.allCases {
                #expect(catalogue.placeholders(phrase) == catalogues.english.placeholders(phrase),
                        "\(catalogue.language.tag) \(phrase.rawValue)")
            }
        }
    }

    @Test func everyCatalogueFileInTheFolderIsCompiledIn() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/Localization/Catalogues")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
        #expect(Set(files.map { String($0.dropLast(5)) }) == Set(catalogues.all.map(\.language.tag)))
    }

    @Test func theTranslatorsGuideListsEveryKey() throws {
        let guide = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/DigitbookCommands/Digitbook.docc/Languages.md")
        let text = try String(contentsOf: guide, encoding: .utf8)
        for phrase in Phrase.allCases { #expect(text.contains("| `\(phrase.rawValue)` |"), "Languages.md lacks \(phrase.rawValue)") }
    }

    @Test func aValueIsPutInOnceAndNeverFilledAgain() {
        let sentence = catalogues.english.text(.resultSentenceAlone, ["run": "{digit} {probability}", "digit": "7",
                                                                      "probability": "99.0%"])
        #expect(sentence == "{digit} {probability} reads 7 with probability 99.0%.")
        #expect(catalogues.english.text(.resultDigits) == "{count} digits", "a placeholder with no value stays as it is")
    }

    @Test func textsAreFilledInAndArabicRunsRightToLeft() throws {
        let spanish = try #require(catalogues.catalogue("es"))
        #expect(spanish.text(.resultDigits, ["count": "3"]) == "3 dígitos")
        #expect(try #require(catalogues.catalogue("ar")).language.direction == .rightToLeft)
        #expect(catalogues.english.language.direction == .leftToRight)
    }
}
