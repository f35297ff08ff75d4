import FileIO

/// Where a preview stands, as the page polls it from `/status`: which page is current, what is being computed, and
/// what went wrong in the last render.
public struct PreviewStatus: Equatable, Sendable {
    /// Counts the pages made; the browser reloads the report when it changes.
    public var generation = 0
    /// Whether a render is under way.
    public var rendering = false
    /// What the render is doing now, such as "cell 3 of 7, train mlp (line 12): epoch 2 of 3, batch 400 of 1,563".
    public var progress = ""
    /// Errors of the last render, each `FILE:LINE: what is wrong`: a source that does not parse (the page shown is
    /// then the last good one), a failed cell or a value the prose names that no cell computed (shown in place too).
    public var errors: [String] = []
    /// Warnings about the prose (the number lint, a reference to no figure), each with its line.
    public var warnings: [String] = []
    /// How the last render went: "7 cells: 6 from the cache, 1 computed, 0 failed in 2.41 s".
    public var summary = ""

    /// The status as the JSON the page reads.
    public var json: String {
        func list(_ items: [String]) -> String { "[" + items.map(JSONText.quoted).joined(separator: ", ") + "]" }
        return "{\"generation\": \(generation), \"rendering\": \(rendering), \"progress\": \(JSONText.quoted(progress)), "
            + "\"errors\": \(list(errors)), \"warnings\": \(list(warnings)), \"summary\": \(JSONText.quoted(summary))}"
    }
}
