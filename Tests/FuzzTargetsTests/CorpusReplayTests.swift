import Foundation
import FuzzTargets
import Testing

/// Every committed fuzzing input, seeds and former crashers alike, must still parse to a value or an error.
@Suite struct CorpusReplayTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")

    static func inputs(of target: FuzzTarget) -> [URL] {
        let folder = corpus.appendingPathComponent(target.rawValue)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0) }
    }

    @Test(arguments: FuzzTarget.allCases)
    func everyCommittedInputIsHandled(_ target: FuzzTarget) throws {
        let inputs = Self.inputs(of: target)
        #expect(!inputs.isEmpty, "no seed corpus for \(target.rawValue)")
        for input in inputs {
            target.consume([UInt8](try Data(contentsOf: input)))
        }
    }
}
