/// The open connections, by client address, and which are between requests: the rule that keeps room for new clients.
///
/// A new connection is admitted when its client is under `perClient` and all clients under `maximum`. At either limit,
/// the oldest idle connection (of that client, or of anyone) is closed to make room; only when none is idle is the new
/// one refused. So a client that opens hundreds of idle connections closes its own, and cannot lock others out.
struct ConnectionTable<Key: Hashable> {
    struct Connection {
        let client: String
        var busy = 0
        var lastUsed: UInt64
    }

    let maximum: Int
    let perClient: Int
    private(set) var open: [Key: Connection] = [:]
    private var clock: UInt64 = 0

    init(maximum: Int, perClient: Int) {
        self.maximum = max(1, maximum)
        self.perClient = max(1, perClient)
    }

    /// Admits `key` from `client`: whether it may stay, and the idle connections to close to make room.
    mutating func admit(_ key: Key, client: String) -> (admitted: Bool, evicted: [Key]) {
        var evicted: [Key] = []
        if open.values.count(where: { $0.client == client }) >= perClient {
            guard let victim = oldestIdle(of: client) else { return (false, []) }
            open[victim] = nil
            evicted.append(victim)
        }
        if open.count >= maximum {
            guard let victim = oldestIdle(of: nil) else { return (false, evicted) }
            open[victim] = nil
            evicted.append(victim)
        }
        clock += 1
        open[key] = Connection(client: client, lastUsed: clock)
        return (true, evicted)
    }

    /// A request starts (`true`) or ends on `key`.
    mutating func mark(_ key: Key, busy: Bool) {
        guard var connection = open[key] else { return }
        connection.busy = max(0, connection.busy + (busy ? 1 : -1))
        clock += 1
        connection.lastUsed = clock
        open[key] = connection
    }

    mutating func remove(_ key: Key) {
        open[key] = nil
    }

    /// The idle connection unused the longest, of `client` or of anyone.
    private func oldestIdle(of client: String?) -> Key? {
        open.filter { $0.value.busy == 0 && (client == nil || $0.value.client == client) }
            .min { $0.value.lastUsed < $1.value.lastUsed }?.key
    }
}
