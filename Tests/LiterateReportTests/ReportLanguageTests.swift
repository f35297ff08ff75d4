import Testing
@testable import LiterateReport

/// A report written in another language (`lang:` in its front matter): the page's `lang` and direction, its own words
/// (contents, figure and table numbers, the appendix) and the cells' generated words (sentences, tables, captions,
/// charts) in that language, with its numbers; a cell's cached result is kept apart per language.
@Suite struct ReportLanguageTests {
    static func source(_ lang: String) -> String {
        """
        ---
        title: Informe
        dataset: tiny
        lang: \(lang)
        ---
        # Los datos

        La @tab-data cuenta las imágenes.

        ```digitbook dataset
        samples: 6
        validation: 20
        label: tab-data
        ```
        """
    }

    @Test func aSpanishReportSpeaksSpanishInItsCellsToo() throws {
        let fixture = try ReportFixture()
        let rendered = try fixture.render(Self.source("es"))
        let html = rendered.html
        #expect(html.contains("<html lang=\"es\">"))
        #expect(html.contains("<nav class=\"contents\" aria-label=\"Contenido\">\n<h2>Contenido</h2>"))
        #expect(html.contains(">Tabla 1</a> cuenta las imágenes"), "a cross-reference in the report's words")
        #expect(html.contains("<span class=\"number\">Tabla 1.</span>"))
        #expect(html.contains(">Procedencia</h2>") && html.contains("<th>Ajuste</th>"))
        #expect(html.contains("class=\"cell cell-dataset\">"), "the cell speaks the page's language: no lang of its own")
        #expect(html.contains("<th>Partición</th>") && html.contains("<td>entrenamiento</td>"), "the cell's table in Spanish")
        #expect(html.contains("particiones: imágenes por clase") || html.contains("Particiones de"), "the caption in Spanish")
        #expect(html.contains("imágenes de entrenamiento se apartan para validación"), "the cell's sentence in Spanish")
        #expect(!html.contains(">Contents<") && !html.contains(">Provenance<") && !html.contains("held out for validation"))
        // The same cell in English is cached apart: its words differ.
        let english = try fixture.render(Self.source("en")).html
        #expect(english.contains("held out for validation") && english.contains("<th>Split</th>"))
    }

    @Test func numbersInProseAreWrittenTheLanguagesWayAndTextStaysAsWritten() throws {
        let source = """
            ---
            title: Informe
            lang: de
            params:
              share: 0.9577
              images: 60000
              name: "v1.2,5"
            ---
            Genauigkeit ${share:.2%} auf ${images:,d} Bildern, Modell ${name}, ${share}.
            """
        let html = try ReportFixture().render(source).html
        #expect(html.contains("Genauigkeit 95,77\u{00A0}% auf 60.000 Bildern, Modell v1.2,5, 0,9577."), "\(html)")
    }

    @Test func anArabicReportRunsRightToLeftAndEnglishIsUnmarked() throws {
        let fixture = try ReportFixture()
        #expect(try fixture.render(Self.source("ar")).html.contains("<html lang=\"ar\" dir=\"rtl\">"))
        let english = try fixture.render(Self.source("en")).html
        #expect(english.contains("<html lang=\"en\">") && english.contains(">Table 1</a>") && !english.contains("cell-dataset\" lang="))
    }

    @Test func aLanguageDigitbookDoesNotSpeakIsAnErrorAtItsLine() {
        let error = #expect(throws: ReportError.self) { try ReportDocument(text: Self.source("xx"), file: "r.md") }
        #expect(error?.description.hasPrefix("r.md:4: lang: Digitbook does not speak xx (it speaks en, ") == true,
                "\(error?.description ?? "")")
    }
}
