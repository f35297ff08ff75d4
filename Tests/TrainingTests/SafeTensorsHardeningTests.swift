import FileIO
import Foundation
import TestSupport
import Testing
@testable import Runs
@testable import Training

/// Tampered model files are errors naming the file and the tensor, never a trap or a NaN prediction.
@Suite struct SafeTensorsHardeningTests {
    /// A file with one tensor whose header entry is `entry` (JSON) and `data` bytes after the header.
    func file(entry: String, data: [UInt8] = Array(repeating: 0, count: 24)) -> [UInt8] {
        var header = Array("{\"w\":\(entry)}".utf8)
        while (header.count + 8) % 8 != 0 { header.append(0x20) }
        let length = UInt64(header.count)
        return (0..<8).map { UInt8(truncatingIfNeeded: length >> (8 * $0)) } + header + data
    }

    @Test(arguments: [
        "{\"dtype\":\"F32\",\"shape\":[4294967296,4294967296],\"data_offsets\":[0,0]}",
        "{\"dtype\":\"F32\",\"shape\":[3037000500,3037000500,2],\"data_offsets\":[0,24]}",
        "{\"dtype\":\"F32\",\"shape\":[6],\"data_offsets\":[9223372036854775000,9223372036854775807]}",
        "{\"dtype\":\"F32\",\"shape\":[6],\"data_offsets\":[0.5,24.5]}",
        "{\"dtype\":\"F32\",\"shape\":[-6],\"data_offsets\":[0,24]}",
        "{\"dtype\":\"F32\",\"shape\":[6],\"data_offsets\":[24,0]}",
        "{\"dtype\":\"F32\",\"shape\":[1.5e300],\"data_offsets\":[0,24]}",
    ])
    func refusesHeaderNumbersThatDoNotFit(_ entry: String) {
        do {
            _ = try SafeTensors.read(file(entry: entry), file: "model.safetensors")
            Issue.record("accepted \(entry)")
        } catch {
            #expect(error.description.hasPrefix("model.safetensors: not a valid safetensors file"))
        }
    }

    @Test func readsAnHonestFile() throws {
        let (tensors, _) = try SafeTensors.read(file(entry: "{\"dtype\":\"F32\",\"shape\":[2,3],\"data_offsets\":[0,24]}"), file: "m")
        #expect(tensors["w"]?.shape == [2, 3])
    }

    @Test func refusesNonFiniteWeights() {
        let nan = Float.nan.bitPattern
        let data = (0..<6).flatMap { index -> [UInt8] in
            let bits = index == 4 ? nan : Float(1).bitPattern
            return (0..<4).map { UInt8(truncatingIfNeeded: bits >> (8 * $0)) }
        }
        do {
            _ = try SafeTensors.read(file(entry: "{\"dtype\":\"F32\",\"shape\":[6],\"data_offsets\":[0,24]}", data: data), file: "m")
            Issue.record("accepted a NaN weight")
        } catch {
            #expect(error.description.contains("holds nan at index 4"))
        }
    }
}

/// A run folder whose record was tampered with is an error naming the field, never a huge allocation.
@Suite struct RunRecordHardeningTests {
    @Test func anInputShapeTooLargeForAnyModelIsRefused() throws {
        let folder = TemporaryDirectory()
        let run = RunDirectory(folder.file("run"))
        let record = RunRecord(
            digitbookVersion: "test", configuration: TrainingConfiguration(model: "logreg"), spec: "flatten-dense10",
            inputShape: [1_000_000, 1_000_000, 1], classNames: (0..<10).map(String.init), dataset: "tiny", dataDirectory: "/x",
            dataFiles: [], trainingExamples: 1, validationExamples: 0, threads: 1, blasCore: "x", wallSeconds: 0, finalValidation: nil)
        try FileManager.default.createDirectory(atPath: run.path, withIntermediateDirectories: true)
        try AtomicFile.write(RunDirectory.json(record, file: run.recordFile), to: run.recordFile)
        let error = #expect(throws: FileError.self) { try run.load() }
        let expected = "run.json: field spec: the input shape [1000000, 1000000, 1] must be"
        #expect(error?.description.contains(expected) == true, "\(String(describing: error))")
    }
}
