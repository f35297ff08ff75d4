import Foundation
import Hummingbird

/// Spoken results for browsers without a voice in the page's language: espeak-ng (Debian's `espeak-ng`), when it is
/// installed, turns a short text into a WAV. The text goes to its standard input (never its arguments, so no text is
/// read as an option); at most two run at once, each for at most 10 s and 8 MB of sound.
public struct SpeechSynthesizer: Sendable {
    public let executable: String
    /// The most characters one request may have spoken, and the most bytes they may take in UTF-8 (a character can
    /// hold any number of combining marks).
    public static let maximumCharacters = 400
    static let maximumTextBytes = 2_000
    static let maximumBytes = 8 << 20
    /// espeak-ng's voice for each catalogue's tag.
    static let voices = ["en": "en", "es": "es", "fr": "fr", "de": "de", "hi": "hi", "ta": "ta", "zh-Hans": "cmn", "ar": "ar"]
    private let slots = SpeechSlots(count: 2)

    public init(executable: String) { self.executable = executable }

    /// espeak-ng from `PATH`, if it is installed.
    public static func installed(environment: [String: String] = ProcessInfo.processInfo.environment) -> SpeechSynthesizer? {
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/espeak-ng" }.first { FileManager.default.isExecutableFile(atPath: $0) }
            .map(SpeechSynthesizer.init)
    }

    /// The WAV of `text` spoken in the language tagged `language` (English when espeak-ng has no voice for it).
    func wav(_ text: String, language: String) async throws(ServerError) -> [UInt8] {
        let words = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !words.isEmpty else { throw ServerError(.badRequest, "text: give the text to speak (?text=…)") }
        // Not valid UTF-8 (read as U+FFFD) or control characters other than line breaks: not text to speak.
        guard !words.unicodeScalars.contains(where: { $0 == "\u{FFFD}" || ($0.properties.generalCategory == .control
                                                                           && $0 != "\n" && $0 != "\t") }) else {
            throw ServerError(.badRequest, "text: must be UTF-8 text without control characters")
        }
        guard words.count <= Self.maximumCharacters, words.utf8.count <= Self.maximumTextBytes else {
            throw ServerError(.badRequest, "text: at most \(Self.maximumCharacters) characters (\(Self.maximumTextBytes) bytes) "
                + "are spoken, got \(words.count) (\(words.utf8.count) bytes)")
        }
        guard slots.take() else {
            throw ServerError(.serviceUnavailable, "speech is busy; try again in a moment", headers: [.retryAfter: "1"])
        }
        defer { slots.give() }
        let voice = Self.voices[language] ?? "en"
        let executable = self.executable
        let result: Result<[UInt8], ServerError> = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(returning: Self.run(executable, voice: voice, text: words))
            }
        }
        return try result.get()
    }

    private static func run(_ executable: String, voice: String, text: String) -> Result<[UInt8], ServerError> {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-v", voice, "--stdout", "--stdin"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return .failure(ServerError(.serviceUnavailable, "speech could not start: \(error.localizedDescription)"))
        }
        let timer = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 10, execute: timer)
        // Written on a thread of its own while the sound is read here, so neither pipe can fill and block the other;
        // a program that exits early makes the write fail (EPIPE, with SIGPIPE ignored), never stops the server.
        signal(SIGPIPE, SIG_IGN)
        let writer = input.fileHandleForWriting
        DispatchQueue.global().async {
            try? writer.write(contentsOf: Data(text.utf8))
            try? writer.close()
        }
        var sound = Data()
        while let chunk = try? output.fileHandleForReading.read(upToCount: 1 << 16), !chunk.isEmpty {
            sound.append(chunk)
            if sound.count > maximumBytes { process.terminate() }
        }
        process.waitUntilExit()
        timer.cancel()
        guard process.terminationStatus == 0, sound.count <= maximumBytes, sound.starts(with: Array("RIFF".utf8)) else {
            return .failure(ServerError(.serviceUnavailable, "speech failed for this text"))
        }
        return .success(Array(sound))
    }
}

/// A count of free places, taken and given back under a lock.
final class SpeechSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var free: Int

    init(count: Int) { free = count }

    func take() -> Bool {
        lock.withLock {
            guard free > 0 else { return false }
            free -= 1
            return true
        }
    }

    func give() { lock.withLock { free += 1 } }
}
