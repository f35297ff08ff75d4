import Pages
import Testing
@testable import LiterateReport

@Suite("Formulas in prose: $…$ and $$…$$ become MathML; money, code and \\$ stay text")
struct MathProseTests {
    @Test func findsFormulasOutsideCodeAndMoney() {
        let spans = MathSpans("""
            Loss $-\\log p_y$ costs $5 and $10 (or $5-$10); `$x_1$` is code, \\$3 a price.
            ```
            $y$ in a fence
            ```
            $$
            \\hat{y} = \\arg\\max_k p_k
            $$
            After: $a_b$ and $$x$$ inline.
            """)
        #expect(spans.formulas.map(\.tex) == ["-\\log p_y", "\n\\hat{y} = \\arg\\max_k p_k\n", "a_b", "x"])
        #expect(spans.formulas.map(\.display) == [false, true, false, true])
        #expect(spans.formulas.map(\.line) == [0, 4, 7, 7])
        #expect(spans.markdown.contains("$5 and $10 (or $5-$10)") && spans.markdown.contains("`$x_1$`"))
        #expect(spans.markdown.contains("$y$ in a fence"))
        #expect(spans.markdown.split(separator: "\n", omittingEmptySubsequences: false).count == 8, "lines keep their numbers")
    }

    @Test("Code cmark finds where the scan saw prose keeps its dollars; a $$ left open stops at its paragraph")
    func codeAndUnclosedDisplays() throws {
        let fixture = try ReportFixture()
        let rendered = try fixture.render("""
            Double ``$a$`` code, a [link](https://example.org/$x$y), and an indented block:

                echo $HOME $x$

            A stray $$ here.

            ```sh
            echo $$
            ```

            Then $b_1$ is a formula again.
            """, cached: false)
        #expect(rendered.html.contains("<code>$a$</code>"))
        #expect(rendered.html.contains("https://example.org/$x$y"))
        #expect(rendered.html.contains("echo $HOME $x$"))
        #expect(rendered.html.contains("A stray $$ here."))
        #expect(rendered.html.contains("echo $$"))
        #expect(rendered.html.contains("<msub><mi>b</mi><mn>1</mn></msub>"), "the fence is still seen as code after the stray $$")
        #expect(!rendered.html.contains("\u{E000}"))
    }

    @Test("A render writes MathML, sets $$…$$ apart, and warns with the line about a formula it cannot write")
    func rendersMathML() throws {
        let fixture = try ReportFixture()
        let rendered = try fixture.render("""
            ---
            title: Formulas
            ---
            The error is $\\frac{1}{N} \\sum_i [\\hat y_i \\ne y_i]$ over the test set:

            $$\\mathrm{ECE} = \\sum_{b} \\frac{n_b}{N} \\left| \\mathrm{acc}(b) - \\mathrm{conf}(b) \\right|$$

            And $\\nosuch{x}$ is left as TeX.
            """, cached: false)
        #expect(rendered.html.contains(#"<math alttext="\frac{1}{N} \sum_i [\hat y_i \ne y_i]"><mrow><mfrac>"#))
        #expect(rendered.html.contains(
            #"<div class="math" tabindex="0"><math display="block" alttext="\mathrm{ECE} = "#))
        #expect(rendered.html.contains("<munder><mo>∑</mo><mi>b</mi></munder>"))
        #expect(rendered.html.contains("<code>$\\nosuch{x}$</code>"))
        let expected = "report.md:8: $\\nosuch{x}$: \\nosuch is not in the TeX subset Digitbook writes as MathML; shown as TeX"
        #expect(rendered.warnings.contains { $0.hasSuffix(expected) }, "\(rendered.warnings)")
        #expect(!rendered.html.contains("<script"))
    }
}
