import Testing
@testable import LiterateReport

/// A percentage typed by hand in a sentence about accuracy is checked against every accuracy the report computed, at
/// the decimals it is written with; quotations and interval levels are left alone.
@Suite struct NumberLintTests {
    /// The values of the hidden-layers report's default render, as far as this test needs them.
    static let lint = NumberLint(file: "r.md", values: [
        "depth": [
            "[model=flatten-dense10,batch_size=32].mean": ReportValue(.proportion, 0.913_1, interval: (0.910_2, 0.916_0)),
            "[model=flatten-dense10,batch_size=32].sd": ReportValue(.proportion, 0.002),
            "runs": ReportValue(.count, 60),
        ],
        "mlp": ["accuracy": ReportValue(.proportion, 0.957_7, interval: (0.953_6, 0.961_5)), "loss": ReportValue(.number, 0.265)],
    ])

    @Test func theHiddenLayersContradictionIsCaughtAtItsLine() {
        let prose = "**The first hidden layer is the only large effect.** Going from the linear model\n"
            + "(about 92.4% at batch 32) to one hidden layer gains close to five points of accuracy.\n"
        let warnings = Self.lint.warnings(in: prose, firstLine: 40)
        #expect(warnings == ["r.md:41: 92.4% is typed by hand in a sentence about accuracy, but no accuracy this report computed "
            + "rounds to it (closest: 91.60%, ${depth[model=flatten-dense10,batch_size=32].mean.high}); name the value instead"])
    }

    @Test func aFigureThatRoundsToAComputedAccuracyPasses() {
        let prose = "The MLP's accuracy was 95.8% (95% interval 95.36–96.15%), about 96%, and the linear model's 91.3%."
        #expect(Self.lint.warnings(in: prose, firstLine: 1).isEmpty)
    }

    @Test func quotationsIntervalLevelsAndOtherSentencesAreLeftAlone() {
        let prose = """
            Accuracy matters when comparing with the original's "about 99.61%" and with “98%”. A 95% interval is wide.
            Half the images, 50%, were dark. The accuracy is ${mlp.accuracy}, not `12%`.

            ```
            accuracy 12.5%
            ```
            """
        #expect(Self.lint.warnings(in: prose, firstLine: 1).isEmpty)
    }

    @Test func sentencesEndAtFullStopsNotDecimalPoints() {
        let sentences = NumberLint.sentences("It reached 92.4% today. Next\nline here! Done", firstLine: 7)
        #expect(sentences.map(\.text) == ["It reached 92.4% today.", "Next line here!", "Done "])
        #expect(sentences[1].line(0) == 7 && sentences[1].line(6) == 8)
    }

    @Test func aReportWithNoAccuraciesIsNotChecked() {
        let lint = NumberLint(file: "r.md", values: ["d": ["test_images": ReportValue(.count, 10_000)]])
        #expect(lint.warnings(in: "Its accuracy is 12%.", firstLine: 1).isEmpty)
    }
}
