import YAMLDiagnostics
import Yams

/// A YAML mapping read with the line of each key, YAML's own errors turned into assignment errors at their line.
struct YAMLFields {
    let file: String

    /// The top-level mapping's (key, value, line) triples.
    func mapping(_ text: String) throws(AssignmentError) -> [(String, Node, Int)] {
        do {
            guard let pairs = try YAMLMapping.pairs(in: text) else {
                throw AssignmentError(file: file, line: 1, field: "", "the file is empty; it needs title, labels and rubric")
            }
            return pairs.map { ($0.key, $0.value, $0.line) }
        } catch let problem as YAMLMapping.Problem {
            throw error(problem, field: "")
        } catch let error as AssignmentError {
            throw error
        } catch {
            throw AssignmentError(file: file, line: 1, field: "", "not valid YAML")
        }
    }

    /// The (key, value, line) triples of a mapping node; `field` names it in errors.
    func pairs(of node: Node, field: String) throws(AssignmentError) -> [(String, Node, Int)] {
        do {
            return try YAMLMapping.pairs(of: node).map { ($0.key, $0.value, $0.line) }
        } catch {
            throw self.error(error, field: field)
        }
    }

    /// The assignment error for a problem of the mapping at `field`.
    private func error(_ problem: YAMLMapping.Problem, field: String) -> AssignmentError {
        switch problem.kind {
        case .invalid(let words): AssignmentError(file: file, line: problem.line, field: field, "not valid YAML: \(words)")
        case .notMapping: AssignmentError(file: file, line: problem.line, field: field, "must be a mapping of `name: value` pairs")
        case .keyNotText: AssignmentError(file: file, line: problem.line, field: field, "names must be text")
        case .repeated(let key, let firstLine):
            AssignmentError(file: file, line: problem.line, field: field.isEmpty ? key : "\(field).\(key)",
                            "given twice (first on line \(firstLine))")
        }
    }
}
