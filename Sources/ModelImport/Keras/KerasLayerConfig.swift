import Foundation

/// One layer of a Keras model's JSON configuration, with typed reading of its fields; a missing or mistyped field
/// is an error naming the file, the layer (position, name and class) and the field.
struct KerasLayerConfig {
    let file: String
    /// 1-based position in the model's layer list.
    let position: Int
    let className: String
    let name: String
    let fields: [String: Any]

    init(file: String, position: Int, json: Any) throws(ModelImportError) {
        guard let object = json as? [String: Any], let className = object["class_name"] as? String else {
            throw ModelImportError(file: file, place: "layer \(position)", "is not a Keras layer (an object with class_name)")
        }
        let fields = object["config"] as? [String: Any] ?? [:]
        self.file = file
        self.position = position
        self.className = className
        self.name = fields["name"] as? String ?? "layer \(position)"
        self.fields = fields
    }

    /// "layer 3 (max_pooling2d, MaxPooling2D)".
    var place: String { "layer \(position) (\(name), \(className))" }

    /// The largest size an axis of a shape may have (far above any image; keeps products of sizes from overflowing).
    static let largestSide = 1 << 20

    func failure(_ message: String) -> ModelImportError { ModelImportError(file: file, place: place, message) }

    func has(_ field: String) -> Bool { fields[field].map { !($0 is NSNull) } ?? false }

    func integer(_ field: String) throws(ModelImportError) -> Int {
        guard let value = fields[field] as? Int else { throw failure("field \(field) must be a whole number") }
        return value
    }

    func number(_ field: String, default fallback: Double? = nil) throws(ModelImportError) -> Double {
        if !has(field), let fallback { return fallback }
        guard let value = fields[field] as? Double, value.isFinite else { throw failure("field \(field) must be a number") }
        return value
    }

    func text(_ field: String, default fallback: String? = nil) throws(ModelImportError) -> String {
        if !has(field), let fallback { return fallback }
        guard let value = fields[field] as? String else { throw failure("field \(field) must be text") }
        return value
    }

    func flag(_ field: String, default fallback: Bool) throws(ModelImportError) -> Bool {
        guard has(field) else { return fallback }
        guard let value = fields[field] as? Bool else { throw failure("field \(field) must be true or false") }
        return value
    }

    /// A square size written as `3` or `[3, 3]`; `nil` stays nil when the field is absent or null.
    func side(_ field: String) throws(ModelImportError) -> Int? {
        guard has(field) else { return nil }
        if let value = fields[field] as? Int { return value }
        guard let values = fields[field] as? [Int], let first = values.first, values.allSatisfy({ $0 == first }) else {
            throw failure("field \(field) must be one size or equal sizes per side (Digitbook's layers are square), got "
                + "\(fields[field].map { "\($0)" } ?? "nothing")")
        }
        return first
    }

    /// A batch shape such as `[null, 28, 28, 1]` without its batch axis.
    func shape(_ field: String) throws(ModelImportError) -> [Int]? {
        try shape(of: fields[field], field: field)
    }

    /// The first of `fields` that is present, read as a batch shape.
    func firstShape(_ fields: [String]) throws(ModelImportError) -> [Int]? {
        for field in fields where has(field) { return try shape(field) }
        return nil
    }

    /// `value` read as a batch shape, nil when absent or null.
    func shape(of value: Any?, field: String) throws(ModelImportError) -> [Int]? {
        guard let value, !(value is NSNull) else { return nil }
        guard let values = value as? [Any], values.count >= 2 else { throw failure("field \(field) must be a batch shape") }
        let sizes = values.dropFirst().compactMap { $0 as? Int }
        guard sizes.count == values.count - 1, sizes.allSatisfy({ (1...Self.largestSide).contains($0) }) else {
            throw failure("field \(field) must give every axis but the batch a size from 1 to 1,048,576, got \(values.dropFirst())")
        }
        return sizes
    }
}
