import Testing
@testable import Evaluation

@Suite struct PredictionsFileTests {
    @Test func readsLabelsAndProbabilities() throws {
        let text = "id,label,p0,p1,p2\n1,2,0.1,0.2,0.7\n0,0,0.9,0.05,0.05\n"
        let file = try PredictionsFile(text: text, file: "p.csv", count: 2, classes: 3)
        #expect(file.labels == [0, 2])
        #expect(file.probabilities == [[0.9, 0.05, 0.05], [0.1, 0.2, 0.7]])
        let plain = try PredictionsFile(text: "id,label\r\n0,1\r\n1,1\r\n", file: "p.csv", count: 2, classes: 3)
        #expect(plain.labels == [1, 1] && plain.probabilities == nil)
    }

    @Test func listsEveryProblemWithItsLine() {
        let text = """
            id,label,p0,p1,p2
            0,1,0.1,0.8,0.1
            0,1,0.1,0.8,0.1
            9,1,0.1,0.8,0.1
            x,1,0.1,0.8,0.1
            2,seven,0.1,0.8,0.1
            3,5,0.1,0.8,0.1
            4,1,0.1,0.8
            5,1,0.1,abc,0.1
            6,1,0.5,0.5,0.5
            """
        let error = #expect(throws: EvaluationError.self) { try PredictionsFile(text: text, file: "p.csv", count: 8, classes: 3) }
        let message = error?.description ?? ""
        for expected in ["line 3: id 0 repeats line 2", "line 4: id 9 is outside 0-7", "line 5: id \"x\" is not an integer",
                         "line 6: label \"seven\" is not an integer", "line 7: label 5 is outside 0-2", "line 8: 4 columns, the "
                             + "header has 5",
                         "line 9: p1 \"abc\" is not a probability", "line 10: probabilities sum to 1.5", "missing ids (2 of 8): 1, 7"] {
            #expect(message.contains(expected), "\(expected)")
        }
        #expect(message.hasPrefix("p.csv: 9 problems:"))
    }

    @Test func rejectsAFileWithoutTheHeader() {
        let error = #expect(throws: EvaluationError.self) { try PredictionsFile(text: "0,1\n", file: "p.csv", count: 1, classes: 2) }
        #expect(error?.problems.first?.hasPrefix("line 1: the header must start with id,label") == true)
        #expect(throws: EvaluationError.self) { try PredictionsFile(text: "", file: "p.csv", count: 1, classes: 2) }
        let columns = #expect(throws: EvaluationError.self) { try PredictionsFile(text: "id,label,p0\n0,0,1\n", file: "p.csv", count: 1,
            classes: 2) }
        #expect(columns?.problems.first?.contains("must be p0…p1") == true)
    }
}

/// Files as spreadsheets and other tools write them, and files that contradict themselves.
@Suite struct PredictionsFileFormatTests {
    @Test func acceptsAByteOrderMarkAndQuotedFields() throws {
        let text = "\u{FEFF}\"id\",\"label\",\"p0\",\"p1\"\r\n\"0\",\"1\",\"0.25\",\"0.75\"\r\n1,0,0.5,\"0.5\"\r\n"
        let file = try PredictionsFile(text: text, file: "p.csv", count: 2, classes: 2)
        #expect(file.labels == [1, 0])
        #expect(file.probabilities == [[0.25, 0.75], [0.5, 0.5]])
    }

    @Test func namesTheLineOfAMalformedQuote() {
        let error = #expect(throws: EvaluationError.self) {
            try PredictionsFile(text: "id,label\n0,1\n1,\"0\n", file: "p.csv", count: 2, classes: 2)
        }
        #expect(error?.problems == ["line 3: a quoted field is never closed"])
        let inside = #expect(throws: EvaluationError.self) {
            try PredictionsFile(text: "id,label\n0,1\"\n", file: "p.csv", count: 1, classes: 2)
        }
        #expect(inside?.problems.first?.hasPrefix("line 2: a double quote inside an unquoted field") == true)
    }

    @Test func refusesALabelThatContradictsItsProbabilities() {
        let text = "id,label,p0,p1,p2\n0,2,0.7,0.2,0.1\n1,1,0.1,0.8,0.1\n"
        let error = #expect(throws: EvaluationError.self) { try PredictionsFile(text: text, file: "p.csv", count: 2, classes: 3) }
        #expect(error?.problems == ["line 2: label 2 contradicts the probabilities, which favour p0 (0.7 against p2 = 0.1)"])
    }

    @Test func acceptsALabelAmongTiedProbabilities() throws {
        let file = try PredictionsFile(text: "id,label,p0,p1\n0,1,0.5,0.5\n", file: "p.csv", count: 1, classes: 2)
        #expect(file.labels == [1])
    }
}
