import FileIO
import Foundation

/// Finds each student's submission in a folder as learning platforms' bulk downloads give them: `ID.csv`, or a
/// folder `ID/` holding one `.csv` or a Digitbook run folder. The folder is read by FileIO's `ContainedFolder` rule
/// with symbolic links refused: hidden files are skipped, and a link, a device or a name that is not UTF-8 is listed
/// as not gradable with the reason (never read), so that no student disappears silently and nothing outside is read.
public enum SubmissionFolder {
    /// The submissions in `folder`, sorted by student id.
    public static func list(_ folder: String) throws(SubmissionFolderError) -> [Submission] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw SubmissionFolderError(folder: folder, message: "not a folder of submissions")
        }
        let contained = ContainedFolder(folder, links: .refused)
        let listing: (visible: [ContainedFolder.Entry], refused: [(name: String, reason: String)])
        do {
            listing = try contained.entries()
        } catch {
            throw SubmissionFolderError(folder: folder, message: error.detail)
        }
        var found: [String: [(name: String, submission: Submission)]] = [:]
        for entry in listing.visible {
            let submission = self.entry(name: entry.name, path: entry.path, isFolder: entry.kind == .folder)
            found[submission.student, default: []].append((entry.name, submission))
        }
        for (name, reason) in listing.refused {
            let submission = Submission(student: studentID(of: name), source: .unusable(refusal(name, reason)))
            found[submission.student, default: []].append((name, submission))
        }
        return found.keys.sorted().map { student in
            let entries = found[student] ?? []
            guard entries.count == 1, let only = entries.first else {
                return Submission(student: student, source: .unusable(twoSubmissions(entries.map(\.name))))
            }
            return only.submission
        }
    }

    /// A submission given by its own path (Gradescope's single mode): a file as it is, a folder by the same rule.
    static func single(_ path: String) -> Submission {
        let name = (path as NSString).lastPathComponent
        var isFolder: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        return entry(name: name, path: path, isFolder: isFolder.boolValue, student: "submission")
    }

    /// The student id an entry's name gives: the name without a `.csv` extension, in Unicode's composed form (NFC).
    static func studentID(of name: String) -> String {
        StudentID.normalised(name.lowercased().hasSuffix(".csv") ? String(name.dropLast(4)) : name)
    }

    /// The submission in the file or folder `path`, whose name is `name`; a folder's entries by the folder rule.
    static func entry(name: String, path: String, isFolder: Bool, student: String? = nil) -> Submission {
        let student = student ?? studentID(of: name)
        guard isFolder else {
            return Submission(student: student, source: name.lowercased().hasSuffix(".csv")
                ? .predictions(path) : .unusable("\(name) is not a .csv file of predictions"))
        }
        let listing: (visible: [ContainedFolder.Entry], refused: [(name: String, reason: String)])
        do {
            listing = try ContainedFolder(path, links: .refused).entries()
        } catch {
            return Submission(student: student, source: .unusable("\(name)/: \(error.detail)"))
        }
        if !listing.refused.isEmpty {
            let reasons = listing.refused.map { refusal("\(name)/\($0.name)", $0.reason) }
            return Submission(student: student, source: .unusable(reasons.joined(separator: "; ")))
        }
        let files = listing.visible.filter { $0.kind == .file }
        let inside = files.map(\.name)
        if inside.contains("model.safetensors") && inside.contains("run.json") {
            return Submission(student: student, source: .run(path))
        }
        let tables = files.filter { $0.name.lowercased().hasSuffix(".csv") }
        switch tables.count {
        case 1: return Submission(student: student, source: .predictions(tables[0].path))
        case 0: return Submission(student: student, source: .unusable(
            "\(name)/ holds no .csv file and no Digitbook run (model.safetensors and run.json)"))
        default: return Submission(student: student, source: .unusable(
            "\(name)/ holds several .csv files (\(tables.map(\.name).joined(separator: ", "))); hand in one"))
        }
    }

    /// Why an entry the folder rule refused is not read, in words.
    static func refusal(_ name: String, _ reason: String) -> String {
        // Foundation lists a name that is not UTF-8 with U+FFFD for each bad byte; it then names no file.
        guard name.unicodeScalars.contains("\u{FFFD}") else { return "\(name) \(reason); it was not read" }
        return "\(name) (\u{FFFD} marks bytes that are not UTF-8): the file's name is not valid UTF-8 text, so it cannot be "
            + "read; rename it using UTF-8 (a student id in plain letters and digits is safest)"
    }

    /// Several entries for one student id, told apart when they differ only in Unicode form.
    static func twoSubmissions(_ names: [String]) -> String {
        let sorted = names.sorted { Array($0.unicodeScalars.map(\.value)).lexicographicallyPrecedes($1.unicodeScalars.map(\.value)) }
        let composed = Set(sorted.map { Array($0.precomposedStringWithCanonicalMapping.unicodeScalars) })
        let differInForm = composed.count < Set(sorted.map { Array($0.unicodeScalars) }).count
        let shown = sorted.map { name in
            name.unicodeScalars.allSatisfy(\.isASCII) ? name
                : name + " (" + (Array(name.unicodeScalars) == Array(name.precomposedStringWithCanonicalMapping.unicodeScalars)
                    ? "composed, NFC" : "decomposed, NFD") + ")"
        }
        let note = differInForm ? "; the names are spelled the same but stored in two Unicode forms" : ""
        return "\(sorted.count == 2 ? "two" : String(sorted.count)) submissions (\(shown.joined(separator: " and ")))\(note); hand in one"
    }
}

/// A submissions folder that cannot be read at all.
public struct SubmissionFolderError: Error, Equatable, CustomStringConvertible {
    public let folder: String
    public let message: String

    public var description: String { "\(folder): \(message)" }
}
