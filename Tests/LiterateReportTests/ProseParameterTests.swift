import Testing
@testable import LiterateReport

/// `${name}` in prose follows the cells' rule: a parameter's value, and an error naming the line for a name that is
/// none; code (fenced blocks, inline spans) is left as written, found by the same reading of fences everywhere.
@Suite struct ProseParameterTests {
    static let head = "---\nparams:\n  epochs: 3\n---\n"

    @Test func anUnknownNameInProseIsAnErrorAtItsLine() {
        let error = #expect(throws: ReportError.self) {
            try ReportDocument(text: Self.head + "Trained for ${epochs} epochs.\nAnd ${epoch} more.\n", file: "r.md")
        }
        #expect(error?.description == "r.md:6: ${epoch}: no such parameter (params: epochs) or cell value (${CELL.NAME})")
    }

    @Test func codeIsLeftAsWritten() throws {
        let source = Self.head + "Shell: `echo ${HOME}`.\n\n````sh\n``` python\necho ${PATH}\n````\n\n~~~\n${x}\n~~~\nDone.\n"
        let document = try ReportDocument(text: source, file: "r.md")
        #expect(document.cells.isEmpty)
        var fences = MarkdownFences()
        let code = source.split(separator: "\n", omittingEmptySubsequences: false).map { fences.isCode($0) }
        #expect(code == [false, false, false, false, false, false, true, true, true, true, false, true, true, true, false, false],
                "a line with an info string never closes a fence; tildes close tildes")
        let values = InlineValues(cells: [], frontMatter: document.frontMatter, file: "r.md", values: [:])
        let resolved = CrossReferences(targets: [:], values: values, file: "r.md")
        var warnings: [String] = [], errors: [ReportError] = []
        #expect(resolved.resolve("${epochs} and `${epochs}`, ${epochs:.1f}", firstLine: 1, cellsBefore: 0, warnings: &warnings,
                                 errors: &errors) == "3 and `${epochs}`, 3.0")
        #expect(errors.isEmpty)
    }
}
