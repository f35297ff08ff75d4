/// What Digitbook knows of one dataset: its files with sizes and digests, classes, image size and mirrors.
///
/// Manifests are JSON files in the catalog folder (`Datasets/` in the repository); see Datasets/README.md.
public struct DatasetManifest: Codable, Equatable, Sendable {
    /// The four files of an IDX dataset.
    public enum Role: String, Codable, CaseIterable, Sendable {
        case trainImages = "train-images"
        case trainLabels = "train-labels"
        case testImages = "test-images"
        case testLabels = "test-labels"
    }

    /// One file of the dataset as published.
    public struct File: Codable, Equatable, Sendable {
        public let role: Role
        public let name: String
        public let bytes: Int
        public let count: Int
        public let sha256: String

        public init(role: Role, name: String, bytes: Int, count: Int, sha256: String) {
            self.role = role
            self.name = name
            self.bytes = bytes
            self.count = count
            self.sha256 = sha256
        }
    }

    public let name: String
    public let title: String
    public let description: String?
    public let homepage: String?
    public let classNames: [String]
    public let imageRows: Int
    public let imageColumns: Int
    public let mirrors: [String]
    public let files: [File]

    public init(
        name: String, title: String, description: String? = nil, homepage: String? = nil, classNames: [String],
        imageRows: Int, imageColumns: Int, mirrors: [String], files: [File]
    ) {
        self.name = name
        self.title = title
        self.description = description
        self.homepage = homepage
        self.classNames = classNames
        self.imageRows = imageRows
        self.imageColumns = imageColumns
        self.mirrors = mirrors
        self.files = files
    }

    enum CodingKeys: String, CodingKey {
        case name, title, description, homepage, mirrors, files
        case classNames = "class_names"
        case imageRows = "image_rows"
        case imageColumns = "image_columns"
    }

    /// The file that plays `role`; a validated manifest has exactly one.
    public func file(_ role: Role) -> File {
        files.first { $0.role == role } ?? files[0]
    }

    /// Throws if a field holds something a dataset cannot have; `source` names the manifest in errors.
    func validate(source: String) throws(DatasetError) {
        func fail(_ field: String, _ problem: String) -> DatasetError {
            DatasetError(source, .badManifest, "field \(field): \(problem)")
        }
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
            throw fail("name", "\"\(name)\" must be letters, digits, '-' or '_'")
        }
        guard (1...256).contains(classNames.count) else { throw fail("class_names", "needs 1 to 256 names") }
        guard imageRows > 0, imageColumns > 0 else { throw fail("image_rows/image_columns", "must be positive") }
        for role in Role.allCases where files.filter({ $0.role == role }).count != 1 {
            throw fail("files", "needs exactly one file with role \"\(role.rawValue)\"")
        }
        for (index, file) in files.enumerated() {
            guard file.sha256.count == 64, file.sha256.allSatisfy(\.isHexDigit) else {
                throw fail("files[\(index)].sha256", "\"\(file.sha256)\" is not 64 hexadecimal digits")
            }
            guard !file.name.isEmpty, !file.name.contains("/") else {
                throw fail("files[\(index)].name", "\"\(file.name)\" must be a plain file name")
            }
            guard file.bytes > 0, file.count >= 0 else { throw fail("files[\(index)]", "bytes and count must be positive") }
        }
    }
}
