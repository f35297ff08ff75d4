/// The `chart` query parameter of `POST /api/predict`: `svg` adds each probability chart as an `<svg>` element.
struct ChartOption {
    let included: Bool

    init(_ value: String?) throws(ServerError) {
        switch value {
        case nil, "", "none": included = false
        case "svg": included = true
        case let other?:
            throw ServerError(.badRequest, "query parameter chart: \(other.debugDescription) is not one of svg, none")
        }
    }
}
