/// How `digitbook serve` runs: where it listens, what it accepts, which runs it serves.
public struct ServerConfiguration: Sendable {
    public var host = "127.0.0.1"
    public var port = 8080
    /// The largest request body accepted; a larger one gets 413.
    public var maxUploadBytes = 10 << 20
    /// The most pixels an uploaded image may declare in its header; more is refused before decoding.
    public var maxPixels = 40_000_000
    /// What one request may ask to decode (parts, images, pixels together).
    public var budget = UploadBudget()
    /// Threads decoding images in each lane (small and large requests), and how many requests may wait for them.
    public var decodingWorkers = 1
    public var decodingQueue = 64
    /// Where uploads are kept (under random names), or nil to keep none.
    public var keepUploads: String?
    /// The folder of rendered reports served under /reports/, or nil.
    public var reports: String?
    /// espeak-ng, when installed, for `/api/speech` (the page reads results aloud with it where the browser has no
    /// voice in the page's language).
    public var speech: SpeechSynthesizer?
    /// Seconds a connection may stay idle before it is closed, against slow clients.
    public var idleTimeoutSeconds: Int64 = 30
    /// The most connections served at once, and from one client address; beyond them idle connections are closed
    /// (oldest first) to make room, and a new one is refused when none is idle.
    public var maxConnections = 256
    public var maxConnectionsPerClient = 32
    /// Seconds the requests in flight get after Ctrl-C or SIGTERM before their connections are closed.
    public var shutdownSeconds = 5

    public init() {}
}
