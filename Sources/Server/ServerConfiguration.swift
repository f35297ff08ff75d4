/// How `digitbook serve` runs: where it listens, what it accepts, which runs it serves.
public struct ServerConfiguration: Sendable {
    public var host = "127.0.0.1"
    public var port = 8080
    /// The largest request body accepted; a larger one gets 413.
    public var maxUploadBytes = 10 << 20
    /// The most pixels an uploaded image may declare in its header; more is refused before decoding.
    public var maxPixels = 40_000_000
    /// Where uploads are kept (under random names), or nil to keep none.
    public var keepUploads: String?
    /// The folder of rendered reports served under /reports/, or nil.
    public var reports: String?
    /// Seconds a connection may stay idle before it is closed, against slow clients.
    public var idleTimeoutSeconds: Int64 = 30
    /// The most connections served at once.
    public var maxConnections = 256

    public init() {}
}
