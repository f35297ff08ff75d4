/// Where a request's images are decoded: small requests (few pixels declared) on their own workers, large ones on
/// others, so that a flood of large uploads delays only large uploads; both off Swift's cooperative pool.
struct DecodingLanes: Sendable {
    let small: WorkerPool
    let large: WorkerPool
    let smallPixels: Int

    init(configuration: ServerConfiguration) {
        small = WorkerPool(name: "decode-small", workers: configuration.decodingWorkers, queueLimit: configuration.decodingQueue)
        large = WorkerPool(name: "decode-large", workers: configuration.decodingWorkers, queueLimit: configuration.decodingQueue)
        smallPixels = configuration.budget.smallRequestPixels
    }

    /// The pool for a request whose images declare `pixels` together.
    func pool(forPixels pixels: Int) -> WorkerPool {
        pixels <= smallPixels ? small : large
    }
}
