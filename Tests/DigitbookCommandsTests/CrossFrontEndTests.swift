import Foundation
import Hummingbird
import HummingbirdTesting
import Server
import TestSupport
import Testing
import UserImages
@testable import DigitbookCommands

/// The same images read through every front-end, `predict --json`, the server's API and a report's `predict` cell,
/// give the same digits, probabilities and JSON keys: one answer, formatted three ways.
@Suite struct CrossFrontEndTests {
    @Test func aDigitAndANumberReadTheSameEverywhere() async throws {
        let tiny = try TinyMNIST()
        let work = TemporaryDirectory("cross-front-end")
        let digit = work.write(try Self.bars(width: 56, height: 56, columns: [26]), to: "digit.png")
        let number = work.write(try Self.bars(width: 240, height: 100, columns: [40, 110, 180]), to: "number.png")
        let source = work.write(Array("""
            ---
            dataset: mnist
            ---
            ```digitbook train
            id: lr
            model: logreg
            epochs: 1
            validation: 20
            ```

            ```digitbook predict
            run: lr
            image: digit.png
            ```

            ```digitbook predict
            run: lr
            image: number.png
            number: true
            ```
            """.utf8), to: "same.md")
        try await runCommand(["render", source, "--out", work.file("site"), "--cache", work.file("cache")] + tiny.arguments)
        let fromReport = try Self.jsonBlocks(String(contentsOfFile: work.file("site/same.html"), encoding: .utf8))
        try #require(fromReport.count == 2, "the report shows each reading's JSON")
        let run = try #require(Self.runFolder(under: work.file("cache")))

        let fromCommand = try await [Self.printed(["predict", "--run", run, "--json", digit]),
                                     Self.printed(["predict", "--run", run, "--number", "--json", number])]
        let server = try DigitbookServer(configuration: ServerConfiguration(), catalog: RunCatalog(runs: [("lr", run)]))
        let bodies = Console.Captured()
        try await Application(router: server.router()).test(.router) { client in
            for (route, file) in [("/api/predict", digit), ("/api/number", number)] {
                let bytes = try Self.fileBytes(file)
                let response = try await client.execute(uri: route, method: .post, headers: [.contentType: Self.formType],
                                                        body: Self.form(name: (file as NSString).lastPathComponent, bytes: bytes))
                #expect(response.status == .ok)
                bodies.append(String(buffer: response.body))
            }
        }
        let fromServer = try bodies.text.split(separator: "\n").map { body in
            try #require((try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [[String: Any]])?.first, "\(body)")
        }
        try #require(fromServer.count == 2)
        for index in 0..<2 {
            let report = fromReport[index], command = fromCommand[index], api = fromServer[index]
            #expect(Set(command.keys) == Set(api.keys) && Set(report.keys) == Set(api.keys), "\(command.keys) \(api.keys) \(report.keys)")
            #expect(try Self.canonical(command) == Self.canonical(api), "predict --json and the API give the same answer")
            #expect(try Self.canonical(report) == Self.canonical(api), "the report and the API give the same answer")
        }
        #expect(fromServer[0]["digit"] as? String == "3", "the bar in column 26 of 56 is the tiny dataset's class 3: \(fromServer[0])")
        #expect((fromServer[1]["digits"] as? [Any])?.count == 3)
    }

    /// What `arguments` printed, as one JSON object.
    static func printed(_ arguments: [String]) async throws -> [String: Any] {
        let captured = Console.Captured()
        try await Console.$capture.withValue(captured) { try await runCommand(arguments) }
        let object = try JSONSerialization.jsonObject(with: Data(captured.text.utf8)) as? [String: Any]
        return try #require(object, "one JSON object: \(captured.text)")
    }

    /// The JSON objects in a page's folded `<pre>` blocks that hold one.
    static func jsonBlocks(_ html: String) throws -> [[String: Any]] {
        html.components(separatedBy: "<pre").dropFirst().compactMap { block in
            let text = String(block.drop { $0 != ">" }.dropFirst().prefix { $0 != "<" }).replacingOccurrences(of: "&quot;", with: "\"")
                .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
            return try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        }
    }

    /// The answer without the fields that name the image and the run (each front-end names them its own way).
    static func canonical(_ object: [String: Any]) throws -> String {
        // The file and run names differ by front-end, and the sentence names the run.
        var kept = object.filter { $0.key != "file" && $0.key != "run" }
        if let run = object["run"] as? String, let sentence = kept["sentence"] as? String {
            kept["sentence"] = sentence.replacingOccurrences(of: run, with: "RUN")
        }
        return String(decoding: try JSONSerialization.data(withJSONObject: kept, options: [.sortedKeys]), as: UTF8.self)
    }

    /// The trained run inside a report's cache.
    static func runFolder(under cache: String) -> String? {
        let files = FileManager.default.enumerator(atPath: cache)?.compactMap { $0 as? String } ?? []
        let record = files.first { $0.hasSuffix("/run/run.json") }
        return record.map { (cache as NSString).appendingPathComponent(($0 as NSString).deletingLastPathComponent) }
    }

    /// Dark vertical bars on light paper, as a PNG: the tiny dataset's class is a bar's column.
    static func bars(width: Int, height: Int, columns: [Int]) throws -> [UInt8] {
        var pixels = [UInt8](repeating: 240, count: width * height)
        for x0 in columns { for y in (height / 5)..<(height * 4 / 5) { for x in x0..<(x0 + 5) { pixels[y * width + x] = 20 } } }
        return try PNGCodec.encode(try #require(GreyImage(width: width, height: height, pixels: pixels)))
    }

    static let formType = "multipart/form-data; boundary=cross-front-end"

    static func form(name: String, bytes: [UInt8]) -> ByteBuffer {
        var body = ByteBuffer()
        body.writeString("--cross-front-end\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"\(name)\"\r\n")
        body.writeString("Content-Type: application/octet-stream\r\n\r\n")
        body.writeBytes(bytes)
        body.writeString("\r\n--cross-front-end--\r\n")
        return body
    }

    static func fileBytes(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }
}
