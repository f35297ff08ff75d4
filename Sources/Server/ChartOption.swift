/// The `chart` query parameter of `POST /api/predict` (each probability chart) and the `picture` one of
/// `POST /api/number` (the image with the digits' boxes): `svg` adds it as an `<svg>` element.
struct ChartOption {
    let included: Bool

    init(_ value: String?, parameter: String = "chart") throws(ServerError) {
        switch value {
        case nil, "", "none": included = false
        case "svg": included = true
        case let other?:
            throw ServerError(.badRequest, "query parameter \(parameter): \(other.debugDescription) is not one of svg, none")
        }
    }
}
