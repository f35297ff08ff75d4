/// Images of a batch that could not be read, all reported at once after the others were processed.
struct ImageFailures: Error, CustomStringConvertible {
    let total: Int
    let messages: [String]

    var description: String {
        let listed = messages.map { "  " + $0 }.joined(separator: "\n")
        return "\(messages.count) of \(total) image\(total == 1 ? "" : "s") could not be read:\n" + listed
    }
}
