import Foundation
import TestSupport
import Testing
@testable import Evaluation

/// The one predictions type: its CSV and binary forms read back as written, ties and all.
@Suite struct PredictionsTests {
    static let rows: [[Double]] = [[0.7, 0.2, 0.1], [0.25, 0.5, 0.25], [0.4, 0.4, 0.2]].map { $0.map { Double(Float($0)) } }

    @Test func theCSVFormReadsBack() throws {
        let predictions = Predictions(labels: [0, 2, 1], probabilities: Self.rows)
        #expect(predictions.predicted == [0, 1, 0], "the first of equal probabilities, as NumPy's argmax")
        #expect(predictions.csv == "id,label,p0,p1,p2\n0,0,0.7,0.2,0.1\n1,1,0.25,0.5,0.25\n2,0,0.4,0.4,0.2\n")
        let folder = TemporaryDirectory("predictions-csv")
        let path = folder.write(Array(predictions.csv.utf8), to: "p.csv")
        let read = try Predictions(csv: path, labels: [0, 2, 1], classes: 3)
        #expect(read.labels == predictions.labels && read.predicted == predictions.predicted)
        #expect(read.probabilities?.map { $0.map(Float.init) } == predictions.probabilities?.map { $0.map(Float.init) },
                "each probability reads back as the same float32")
        let tie = folder.write(Array("id,label,p0,p1,p2\n0,0,0.7,0.2,0.1\n1,1,0.25,0.5,0.25\n2,1,0.4,0.4,0.2\n".utf8), to: "tie.csv")
        let stated = try Predictions(csv: tie, labels: [0, 2, 1], classes: 3)
        #expect(stated.predicted == [0, 1, 1] && stated.correct == 2, "a file's label among tied classes is kept")
        let labelsOnly = Predictions(labels: [0, 2, 1], predicted: [0, 1, 1])
        #expect(labelsOnly.csv == "id,label\n0,0\n1,1\n2,1\n" && labelsOnly.accuracy == 2.0 / 3)
    }

    @Test func theBinaryFormReadsBack() throws {
        let folder = TemporaryDirectory("predictions-binary")
        for predictions in [Predictions(labels: [0, 2, 1], predicted: [0, 1, 1], probabilities: Self.rows),
                            Predictions(labels: [0, 2, 1], predicted: [2, 2, 1])] {
            try predictions.writeBinary(to: folder.path)
            #expect(try Predictions(binaryIn: folder.path) == predictions)
            try? FileManager.default.removeItem(atPath: folder.file(Predictions.probabilitiesName))
        }
        // An entry written before predicted labels were kept beside probabilities: the rows' most probable classes.
        try Predictions(labels: [0, 2, 1], probabilities: Self.rows).writeBinary(to: folder.path)
        try FileManager.default.removeItem(atPath: folder.file(Predictions.predictedName))
        #expect(try Predictions(binaryIn: folder.path).predicted == [0, 1, 0])
        try FileManager.default.removeItem(atPath: folder.file(Predictions.probabilitiesName))
        #expect(throws: (any Error).self) { try Predictions(binaryIn: folder.path) }
    }
}
