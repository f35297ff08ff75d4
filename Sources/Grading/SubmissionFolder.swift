import Foundation

/// Finds each student's submission in a folder as learning platforms' bulk downloads give them: `ID.csv`, or a
/// folder `ID/` holding one `.csv` or a Digitbook run folder. Hidden files are skipped; anything else is listed as
/// not gradable with the reason, so that no student disappears silently.
public enum SubmissionFolder {
    /// The submissions in `folder`, sorted by student id.
    public static func list(_ folder: String) throws(SubmissionFolderError) -> [Submission] {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw SubmissionFolderError(folder: folder, message: "not a folder of submissions")
        }
        let names: [String]
        do {
            names = try manager.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix(".") }.sorted()
        } catch {
            throw SubmissionFolderError(folder: folder, message: "cannot be listed: \(error.localizedDescription)")
        }
        var found: [String: [Submission]] = [:]
        for name in names {
            let path = (folder as NSString).appendingPathComponent(name)
            let entry = entry(name: name, path: path)
            found[entry.student, default: []].append(entry)
        }
        return found.keys.sorted().map { student in
            let entries = found[student] ?? []
            guard entries.count == 1, let only = entries.first else {
                let shown = names.filter { studentID(of: $0) == student }.joined(separator: " and ")
                return Submission(student: student, source: .unusable("two submissions (\(shown)); hand in one"))
            }
            return only
        }
    }

    /// The student id an entry's name gives: the name without a `.csv` extension.
    static func studentID(of name: String) -> String {
        name.lowercased().hasSuffix(".csv") ? String(name.dropLast(4)) : name
    }

    static func entry(name: String, path: String) -> Submission {
        let student = studentID(of: name)
        var isFolder: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        guard isFolder.boolValue else {
            return Submission(student: student, source: name.lowercased().hasSuffix(".csv")
                ? .predictions(path) : .unusable("\(name) is not a .csv file of predictions"))
        }
        let inside = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        if inside.contains("model.safetensors") && inside.contains("run.json") {
            return Submission(student: student, source: .run(path))
        }
        let tables = inside.filter { $0.lowercased().hasSuffix(".csv") }
        switch tables.count {
        case 1: return Submission(student: student, source: .predictions((path as NSString).appendingPathComponent(tables[0])))
        case 0: return Submission(student: student, source: .unusable(
            "\(name)/ holds no .csv file and no Digitbook run (model.safetensors and run.json)"))
        default: return Submission(student: student, source: .unusable(
            "\(name)/ holds several .csv files (\(tables.joined(separator: ", "))); hand in one"))
        }
    }
}

/// A submissions folder that cannot be read at all.
public struct SubmissionFolderError: Error, Equatable, CustomStringConvertible {
    public let folder: String
    public let message: String

    public var description: String { "\(folder): \(message)" }
}
