import Testing
@testable import ClassifierMetrics

/// Every figure here must equal what scikit-learn or statsmodels computed for the same input.
@Suite struct ScikitLearnAgreementTests {
    @Test func fixturesAreThere() {
        #expect(MetricsFixture.names.count == 8)
    }

    @Test(arguments: MetricsFixture.names)
    func classificationReportTextIsByteForByte(name: String) throws {
        let fixture = try #require(MetricsFixture.named(name))
        let report = try ClassificationReport(trueLabels: fixture.y_true, predictedLabels: fixture.y_pred,
                                              labels: fixture.labels, targetNames: fixture.target_names)
        #expect(report.text(digits: fixture.digits) == fixture.report_text)
    }

    @Test(arguments: MetricsFixture.names)
    func classificationReportDictMatchesTo1e12(name: String) throws {
        let fixture = try #require(MetricsFixture.named(name))
        let report = try ClassificationReport(trueLabels: fixture.y_true, predictedLabels: fixture.y_pred,
                                              labels: fixture.labels, targetNames: fixture.target_names)
        let ours = report.dictionary
        #expect(Set(ours.map(\.key)) == Set(fixture.report_dict.keys))
        for (key, value) in ours {
            switch (value, fixture.report_dict[key]) {
            case (.number(let a), .number(let b)?):
                #expect(abs(a - b) <= 1e-12, "\(key)")
            case (.object(let pairs), .object(let expected)?):
                #expect(Set(pairs.map(\.0)) == Set(expected.keys), "\(key)")
                for (inner, a) in pairs { #expect(abs(a - (expected[inner] ?? .nan)) <= 1e-12, "\(key).\(inner)") }
            default:
                Issue.record("\(key): different kinds of value")
            }
        }
    }

    @Test(arguments: MetricsFixture.names)
    func confusionMatricesAndAgreement(name: String) throws {
        let fixture = try #require(MetricsFixture.named(name))
        let matrix = try ConfusionMatrix(trueLabels: fixture.y_true, predictedLabels: fixture.y_pred, labels: fixture.labels)
        #expect(matrix.counts == fixture.confusion_matrix)
        for (normalization, expected) in [(ConfusionMatrix.Normalization.trueLabels, fixture.confusion_true),
                                          (.predictedLabels, fixture.confusion_pred), (.all, fixture.confusion_all)] {
            let ours = matrix.normalized(normalization)
            #expect(zip(ours.joined(), expected.joined()).allSatisfy { abs($0 - $1) <= 1e-12 }, "\(normalization)")
        }
        #expect(abs(AgreementStatistics.accuracy(trueLabels: fixture.y_true, predictedLabels: fixture.y_pred) - fixture.accuracy) <= 1e-12)
        #expect(abs(try AgreementStatistics.balancedAccuracy(trueLabels: fixture.y_true,
            predictedLabels: fixture.y_pred) - fixture.balanced_accuracy) <= 1e-12)
        #expect(abs(try AgreementStatistics.cohenKappa(trueLabels: fixture.y_true,
            predictedLabels: fixture.y_pred) - fixture.cohen_kappa) <= 1e-12)
        let correct = zip(fixture.y_true, fixture.y_pred).filter { $0 == $1 }.count
        let interval = AgreementStatistics.wilsonInterval(successes: correct, trials: fixture.y_true.count)
        #expect(abs(interval.lower - fixture.wilson_95[0]) <= 1e-12 && abs(interval.upper - fixture.wilson_95[1]) <= 1e-12)
    }

    @Test(arguments: MetricsFixture.names)
    func probabilityMetrics(name: String) throws {
        let fixture = try #require(MetricsFixture.named(name))
        guard let probabilities = fixture.probabilities, let logLoss = fixture.log_loss else { return }
        #expect(abs(try ProbabilityMetrics.logLoss(trueLabels: fixture.y_true, probabilities: probabilities) - logLoss) <= 1e-12)
        if let top2 = fixture.top_2_accuracy, let top3 = fixture.top_3_accuracy {
            #expect(try ProbabilityMetrics.topKAccuracy(trueLabels: fixture.y_true, probabilities: probabilities, k: 2) == top2)
            #expect(try ProbabilityMetrics.topKAccuracy(trueLabels: fixture.y_true, probabilities: probabilities, k: 3) == top3)
        }
    }

    @Test(arguments: MetricsFixture.names)
    func mcnemarMatchesStatsmodels(name: String) throws {
        let fixture = try #require(MetricsFixture.named(name))
        guard let other = fixture.other_pred, let expected = fixture.mcnemar else { return }
        let result = try PairedComparison.mcnemar(trueLabels: fixture.y_true, predictionsA: fixture.y_pred, predictionsB: other)
        #expect(result.table == expected.table)
        #expect(abs(result.exactPValue - expected.exact_p) <= 1e-12)
        #expect(abs(result.chiSquare - expected.chi2_statistic) <= 1e-12)
        #expect(abs(result.chiSquarePValue - expected.chi2_p) <= 1e-12)
    }
}
