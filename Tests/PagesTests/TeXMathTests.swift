import Testing
@testable import Pages

@Suite("TeX to MathML: the formulas a report on classifiers writes, and refusals for the rest")
struct TeXMathTests {
    static func mathML(_ tex: String, display: Bool = false) throws -> String {
        MathMarkup.html(try TeXMath.parse(tex, display: display), source: tex, display: display)
    }

    @Test func fractionsScriptsAndGreek() throws {
        #expect(try Self.mathML(#"\frac{n_b}{N}"#)
            == #"<math alttext="\frac{n_b}{N}"><mfrac><msub><mi>n</mi><mi>b</mi></msub><mi>N</mi></mfrac></math>"#)
        #expect(try Self.mathML(#"\sigma(z)_k"#).contains(
            #"<mi>σ</mi><mo stretchy="false">(</mo><mi>z</mi><msub><mo stretchy="false">)</mo><mi>k</mi></msub>"#))
        #expect(try Self.mathML("x^2_i").contains("<msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup>"))
        #expect(try Self.mathML("1 - 0.05").contains("<mn>1</mn><mo>−</mo><mn>0.05</mn>"))
    }

    @Test("A sum's limits sit beside it in the text and under and over it in a display formula")
    func limitsFollowTheMode() throws {
        #expect(try Self.mathML(#"\sum_{b=1}^{B} x"#).contains("<msubsup><mo>∑</mo>"))
        #expect(try Self.mathML(#"\sum_{b=1}^{B} x"#, display: true).contains("<munderover><mo>∑</mo>"))
        #expect(try Self.mathML(#"\arg\max_k p_k"#, display: true).contains(#"<munder><mi>max</mi><mi>k</mi></munder>"#))
    }

    @Test func functionsRootsAccentsTextAndAlphabets() throws {
        let markup = try Self.mathML(#"\log p + \sqrt[3]{x} + \hat{y} + \text{acc} + \mathbb{R}^{n} + \left( a \right)"#)
        #expect(markup.contains(#"<mi>log</mi><mspace width="0.1667em"></mspace><mi>p</mi>"#), "a thin space after a function")
        #expect(markup.contains("<mroot><mi>x</mi><mn>3</mn></mroot>"))
        #expect(markup.contains(#"<mover accent="true"><mi>y</mi><mo>^</mo></mover>"#))
        #expect(markup.contains("<mtext>acc</mtext>"))
        #expect(markup.contains("<msup><mi>ℝ</mi><mi>n</mi></msup>"))
        #expect(markup.contains(#"<mo stretchy="true">(</mo>"#))
    }

    @Test func textIsEscaped() throws {
        let markup = try Self.mathML(#"a < b \text{<script>}"#)
        #expect(!markup.contains("<script>") && markup.contains("&lt;script&gt;"))
        #expect(markup.contains("<mo>&lt;</mo>"))
    }

    @Test(arguments: [(#"\frobnicate{x}"#, #"\frobnicate is not in the TeX subset"#), ("{x", "never closed"),
                      ("x}", "closes no group"), (#"\frac{a}"#, #"\frac needs an argument"#),
                      (#"\left( x"#, "never closed with \\right"), ("x^", "^ needs an argument"),
                      (#"\sqrt[3"#, "never closed with ]"), ("@", "is not something")])
    func refusesWhatItCannotWrite(tex: String, expected: String) {
        let problem = #expect(throws: TeXMath.Problem.self) { try TeXMath.parse(tex) }
        #expect(problem?.message.contains(expected) == true, "\(problem?.message ?? "no problem")")
    }

    @Test("Deep nesting and random input are refused or read, never a crash")
    func neverCrashes() {
        let deep = String(repeating: "{", count: 500) + String(repeating: "}", count: 500)
        #expect(throws: TeXMath.Problem.self) { try TeXMath.parse(deep) }
        for chain in [#"\hat"#, #"\frac"#, #"\sqrt"#, #"\mathrm"#] {
            #expect(throws: TeXMath.Problem.self, "\(chain) × 20,000") {
                try TeXMath.parse(String(repeating: chain, count: 20_000) + "x")
            }
        }
        let pieces = [#"\frac"#, "{", "}", "^", "_", "x", "1", #"\left"#, #"\right"#, "(", ")", #"\sqrt"#, "[", "]", " ", #"\"#, "'",
                      #"\text"#, #"\mathbb"#, #"\sum"#, "$", "é", #"\,"#, #"\left."#]
        var state: UInt64 = 7
        for _ in 0..<3_000 {
            var tex = ""
            for _ in 0..<Int(state % 12) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                tex += pieces[Int((state >> 33) % UInt64(pieces.count))]
            }
            _ = try? TeXMath.parse(tex, display: state % 2 == 0)
        }
    }
}
