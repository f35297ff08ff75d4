import YAMLDiagnostics
import Yams

/// A YAML mapping read with the line of each key, YAML's own errors turned into assignment errors at their line.
struct YAMLFields {
    let file: String

    /// The top-level mapping's (key, value, line) triples.
    func mapping(_ text: String) throws(AssignmentError) -> [(String, Node, Int)] {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw AssignmentError(file: file, line: error.line, field: "", "not valid YAML: \(error.problem)")
        } catch {
            throw AssignmentError(file: file, line: 1, field: "", "not valid YAML")
        }
        guard let node else {
            throw AssignmentError(file: file, line: 1, field: "", "the file is empty; it needs title, labels and rubric")
        }
        return try pairs(of: node, field: "")
    }

    /// The (key, value, line) triples of a mapping node; `field` names it in errors.
    func pairs(of node: Node, field: String) throws(AssignmentError) -> [(String, Node, Int)] {
        guard let mapping = node.mapping else {
            throw AssignmentError(file: file, line: node.mark?.line ?? 1, field: field, "must be a mapping of `name: value` pairs")
        }
        var seen: Set<String> = []
        return try mapping.map { pair throws(AssignmentError) in
            let line = pair.key.mark?.line ?? 1
            guard let key = pair.key.string else { throw AssignmentError(file: file, line: line, field: field, "names must be text") }
            guard seen.insert(key).inserted else {
                throw AssignmentError(file: file, line: line, field: field.isEmpty ? key : "\(field).\(key)", "given twice")
            }
            return (key, pair.value, line)
        }
    }
}
