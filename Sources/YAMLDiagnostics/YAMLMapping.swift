import Yams

/// The one way Digitbook reads a YAML mapping (report front matter and cell options, assignment files): its keys as
/// text with their lines, each key once. Callers turn a ``Problem`` into their own error, naming their file.
public enum YAMLMapping {
    /// One `key: value` of a mapping; `line` is 1-based, within the text read.
    public struct Pair {
        public let key: String
        public let value: Node
        public let line: Int
    }

    /// Why a text or node is not a mapping Digitbook can read, and the 1-based line where that shows.
    public struct Problem: Error, Equatable, Sendable {
        public enum Kind: Equatable, Sendable {
            /// Not YAML at all: YAML's own words.
            case invalid(String)
            /// YAML, but not a mapping of `name: value` pairs.
            case notMapping
            /// A key that is not text (a list, a mapping).
            case keyNotText
            /// A key given a second time; the first was on `firstLine`.
            case repeated(key: String, firstLine: Int)
        }

        public let kind: Kind
        public let line: Int
    }

    /// The top-level pairs of `text`, or nil when it holds nothing but blanks.
    public static func pairs(in text: String) throws(Problem) -> [Pair]? {
        guard !text.allSatisfy({ $0.isWhitespace }) else { return nil }
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let YamlError.duplicatedKeysInMapping(duplicates, context) {
            // Yams refuses a repeated key itself but names only the mapping: find the key's two lines.
            let key = duplicates.sorted().first ?? ""
            let lines = keyLines(key, in: text, column: context.mark.column, from: context.mark.line)
            throw Problem(kind: .repeated(key: key, firstLine: lines.first ?? context.mark.line),
                          line: lines.dropFirst().first ?? context.mark.line)
        } catch let error as YamlError {
            throw Problem(kind: .invalid(error.problem), line: error.line)
        } catch {
            throw Problem(kind: .invalid("\(error)"), line: 1)
        }
        guard let node else { return nil }
        return try pairs(of: node)
    }

    /// The 1-based lines, from `start` on, where a block mapping whose keys stand at `column` (1-based) gives `key`.
    static func keyLines(_ key: String, in text: String, column: Int, from start: Int) -> [Int] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.indices.dropFirst(max(0, start - 1)).filter { index in
            var line = lines[index]
            var indent = line.prefix { $0 == " " }.count
            while line.dropFirst(indent).hasPrefix("- ") {  // a list item's first key stands after its dash
                indent += 2 + line.dropFirst(indent + 2).prefix { $0 == " " }.count
            }
            guard indent == column - 1 else { return false }
            line = line.dropFirst(indent)
            let rest = line
            return rest.hasPrefix(key) && rest.dropFirst(key.count).drop { $0 == " " }.first == ":"
        }.map { $0 + 1 }
    }

    /// The pairs of a mapping node, each key once.
    public static func pairs(of node: Node) throws(Problem) -> [Pair] {
        guard let mapping = node.mapping else { throw Problem(kind: .notMapping, line: node.mark?.line ?? 1) }
        var first: [String: Int] = [:]
        return try mapping.map { entry throws(Problem) in
            let line = entry.key.mark?.line ?? 1
            guard let key = entry.key.string else { throw Problem(kind: .keyNotText, line: line) }
            if let earlier = first[key] { throw Problem(kind: .repeated(key: key, firstLine: earlier), line: line) }
            first[key] = line
            return Pair(key: key, value: entry.value, line: line)
        }
    }
}
