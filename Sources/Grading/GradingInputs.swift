import FileIO

/// Every file an assignment makes `grade` read, for FileIO's rule that no output may overwrite or sit in an input.
struct GradingInputs {
    let assignment: String
    let loaded: Assignment

    /// The assignment file and the files it names (key, images, roster).
    var list: [InputOutputOverlap.Input] {
        [.init(assignment, role: "the assignment file"), .init(loaded.labels, role: "the answer key (labels)")]
            + [loaded.images.map { .init($0, role: "the key's images (images)") },
               loaded.roster.map { .init($0, role: "the roster (roster)") }].compactMap { $0 }
    }
}
