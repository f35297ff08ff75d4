import Evaluation
import Foundation

/// NAME.render.json: how one render went, kept out of the page so that the page depends only on what determines its
/// results. Per cell: its id, kind, cache key, whether it came from the cache (`hit`), was computed (`miss`) or
/// failed, and the seconds computing it took (then, for a hit); and the processor and Digitbook version.
enum RenderLog {
    static func json(records: [ReportRenderer.CellRecord], source: String, version: String, machine: Machine) -> String {
        let cells = records.map { record -> OrderedJSON in
            .object([
                ("id", .string(record.cell.id)), ("kind", .string(record.cell.kind.rawValue)),
                ("key", record.key.map(OrderedJSON.string) ?? .null),
                ("cache", .string(record.failed ? "failed" : record.cached ? "hit" : "miss")),
                ("seconds", record.seconds.map { .number(($0 * 1000).rounded() / 1000) } ?? .null),
            ])
        }
        return OrderedJSON.object([
            ("source", .string(source)), ("digitbook", .string(version)),
            ("machine", .object([("processor", .string(machine.processor)), ("cores", .integer(machine.cores))])),
            ("cells", .array(cells)),
        ]).text
    }
}
