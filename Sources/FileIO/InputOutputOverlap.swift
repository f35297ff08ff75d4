/// The one rule that keeps a command from writing over what it reads: no output path may be an input, hold an input
/// (an output folder around an input file), or lie inside a folder the command reads whole. Paths are compared after
/// resolving `.`, `..` and symbolic links.
public enum InputOutputOverlap {
    /// Something a command reads.
    public struct Input: Sendable {
        public let path: String
        /// What it is, in the user's words ("the submission", "the run folder (--run)").
        public let role: String
        /// Whether everything inside the path is read (a folder of submissions), so nothing may be written there.
        public let wholeFolder: Bool

        public init(_ path: String, role: String, wholeFolder: Bool = false) {
            self.path = path
            self.role = role
            self.wholeFolder = wholeFolder
        }
    }

    /// Throws a `.conflict` naming both paths when `output` (described by `role`) would overwrite or sit in an input.
    public static func check(output: String, role: String, inputs: [Input]) throws(FileError) {
        let target = CanonicalPath.of(output)
        for input in inputs {
            let source = CanonicalPath.of(input.path)
            if target == source {
                throw FileError(path: output, kind: .conflict,
                                detail: "\(role) is \(input.role) (\(input.path)); it would be overwritten; write elsewhere")
            }
            if CanonicalPath.isInside(source, target) {
                throw FileError(path: output, kind: .conflict,
                                detail: "\(role) holds \(input.role) (\(input.path)); it could be overwritten; write elsewhere")
            }
            if input.wholeFolder, CanonicalPath.isInside(target, source) {
                throw FileError(path: output, kind: .conflict,
                                detail: "\(role) is inside \(input.role) (\(input.path)), which is read whole; write elsewhere")
            }
        }
    }
}
