import Hummingbird
import Readings

/// One file of a request as the API answers it: its reading, or why that file could not be read.
///
/// One bad file never discards the others.
enum FileAnswer<Value: Encodable & Sendable>: Encodable, Sendable {
    case read(Value)
    case failed(FileFailure)

    /// The reading, when the file was read.
    var value: Value? {
        if case .read(let value) = self { value } else { nil }
    }

    func encode(to encoder: any Encoder) throws {
        switch self {
        case .read(let value): try value.encode(to: encoder)
        case .failed(let failure): try failure.encode(to: encoder)
        }
    }

    /// `answers` as they are, or the first failure as the request's own error when no file could be read (a request
    /// of one file answers as it always has: its error and status).
    static func requireOne(_ answers: [FileAnswer]) throws(ServerError) -> [FileAnswer] {
        guard answers.allSatisfy({ $0.value == nil }), let first = answers.first, case .failed(let failure) = first else {
            return answers
        }
        throw failure.error
    }
}

/// Why one file of a request could not be read: its name, the reason in words (naming the file) and the HTTP status the
/// request would have had for this file alone.
struct FileFailure: Encodable, Sendable {
    let file: String
    let error: ServerError

    enum CodingKeys: String, CodingKey { case file, error, status }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        // Said in the language the request asked for, as the readings' sentences are.
        let words = ReadingWords.userInfoKey.flatMap { encoder.userInfo[$0] as? ReadingWords }
        try container.encode(words.map { error.speaking($0.catalogue).message } ?? error.message, forKey: .error)
        try container.encode(Int(error.status.code), forKey: .status)
    }
}
