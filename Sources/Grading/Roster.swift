/// The class list: each student's id and the details Canvas's gradebook wants, in the roster's order.
public struct Roster: Equatable, Sendable {
    public struct Student: Equatable, Sendable {
        public let id: String
        public let name: String
        public let sisUserID: String
        public let sisLoginID: String
        public let section: String
    }

    public let students: [Student]

    public var ids: [String] { students.map(\.id) }

    /// Reads a roster CSV with header `id,name,sis_user_id,sis_login_id,section`; ids must be unique.
    public static func read(_ path: String) throws(AssignmentError) -> Roster {
        try Roster(TableFile(path, columns: columns))
    }

    /// Parses a roster's text; `file` names it in errors.
    public static func parse(_ text: String, file: String) throws(AssignmentError) -> Roster {
        try Roster(TableFile(text: text, file: file, columns: columns))
    }

    static let columns = ["id", "name", "sis_user_id", "sis_login_id", "section"]
}

extension Roster {
    /// The roster in `table`, every id checked.
    fileprivate init(_ table: TableFile) throws(AssignmentError) {
        let path = table.file
        var students: [Student] = []
        var seen: [String: Int] = [:]
        for record in table.records {
            let id = try table.studentID(record, 0, named: "id")
            if let earlier = seen[id] {
                throw AssignmentError(file: path, line: record.line, field: "id", "\(id) repeats line \(earlier)")
            }
            if id == "." || id == ".." || id.hasPrefix(".") || id.contains(where: { $0 == "/" || $0 == "\\" || $0 == "\0" }) {
                throw AssignmentError(file: path, line: record.line, field: "id",
                                      "\(id) cannot name a file (feedback/ID.html): no slashes and no leading dot")
            }
            seen[id] = record.line
            func optional(_ column: Int) -> String {
                column < record.fields.count ? record.fields[column].trimmingCharacters(in: .whitespaces) : ""
            }
            students.append(Student(id: id, name: optional(1), sisUserID: optional(2), sisLoginID: optional(3), section: optional(4)))
        }
        self.students = students
    }
}
