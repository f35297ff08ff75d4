/// The YAML block at the top of a report: what it is about and the parameters its cells may use.
public struct FrontMatter: Equatable, Sendable {
    public var title: String
    public var authors: [String]
    /// A date to print; no date (and no time stamp) unless the source asks for one.
    public var date: String?
    public var dataset: String
    /// The data folder, when the report names one (the command line's `--data` wins).
    public var data: String?
    public var seed: UInt64
    /// Parameters with their defaults, in source order; `-P name=value` overrides them.
    public var parameters: [(name: String, value: CellValue)]
    /// `provenance: timings` puts each cell's computing time and the processor in the page; by default they go only
    /// to NAME.render.json, so the page does not depend on the cache or the machine's speed.
    public var timingsInPage = false
    /// `format: pdf` or `format: [html, pdf]`: what `render` writes unless `--to` says; empty when not given.
    public var formats: Set<String> = []
    /// `paper: a4` or `paper: letter`, for the PDF (`--paper` wins).
    public var paper: String?
    /// `lang: es`: the language the report is written in (one the catalogues speak), for the page's `lang`, the PDF's
    /// `/Lang` and the report's own words (contents, figure and table numbers, the provenance appendix); English when
    /// not given.
    public var language: String?
    /// Whether the front matter could not be read whole (not YAML, or parameters that could not be declared), so that
    /// the parameters' uses cannot be checked either.
    var incomplete = false

    public static let keys: Set<String> = ["title", "authors", "date", "dataset", "data", "seed", "params", "provenance",
                                           "format", "paper", "lang"]
    /// The formats a report renders to.
    public static let formats: Set<String> = ["html", "pdf"]
    /// The papers a PDF is laid out on.
    public static let papers = ["a4", "letter"]

    public init(title: String, authors: [String] = [], date: String? = nil, dataset: String = "mnist", data: String? = nil,
                seed: UInt64 = 0, parameters: [(name: String, value: CellValue)] = []) {
        self.title = title
        self.authors = authors
        self.date = date
        self.dataset = dataset
        self.data = data
        self.seed = seed
        self.parameters = parameters
    }

    /// The value of parameter `name`, if there is one.
    public func parameter(_ name: String) -> CellValue? {
        parameters.first { $0.name == name }?.value
    }

    public static func == (a: FrontMatter, b: FrontMatter) -> Bool {
        a.title == b.title && a.authors == b.authors && a.date == b.date && a.dataset == b.dataset && a.data == b.data
            && a.seed == b.seed && a.parameters.map(\.name) == b.parameters.map(\.name)
            && a.parameters.map(\.value) == b.parameters.map(\.value) && a.timingsInPage == b.timingsInPage
            && a.formats == b.formats && a.paper == b.paper && a.language == b.language
    }
}
