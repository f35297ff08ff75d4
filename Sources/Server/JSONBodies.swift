import Foundation
import Readings
import Runs

/// The readings of one request as the API's JSON array.
enum ReadingsJSON {
    /// The readings (of digits, or of whole numbers) as a JSON array, keys sorted, their sentences in `words`.
    static func text(_ readings: [some Encodable], words: ReadingWords) throws(ServerError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        if let key = ReadingWords.userInfoKey { encoder.userInfo[key] = words }
        do {
            return String(decoding: try encoder.encode(readings), as: UTF8.self) + "\n"
        } catch {
            throw ServerError(.internalServerError, "the readings could not be encoded: \(error)")
        }
    }
}

/// What `GET /api/runs` lists of each run.
struct RunListing {
    struct Item: Encodable {
        let name: String
        let model: String
        let spec: String
        let parameters: Int
        let validationAccuracy: Double?
        let testAccuracy: Double?
        let classes: [String]

        enum CodingKeys: String, CodingKey {
            case name, model, spec, parameters, classes
            case validationAccuracy = "validation_accuracy"
            case testAccuracy = "test_accuracy"
        }
    }

    let items: [Item]

    init(_ catalog: RunCatalog) {
        items = catalog.entries.map { entry in
            let record = entry.model.record
            return Item(name: entry.name, model: record.configuration.model, spec: record.spec, parameters: entry.model.parameterCount,
                        validationAccuracy: record.finalValidation?.accuracy, testAccuracy: record.finalTest?.accuracy,
                        classes: record.classNames)
        }
    }

    var text: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return ((try? encoder.encode(items)).map { String(decoding: $0, as: UTF8.self) } ?? "[]") + "\n"
    }
}
