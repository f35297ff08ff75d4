/// A dense Float32 tensor: a shape and contiguous row-major storage, copied on write.
///
/// Like NIO's `ByteBuffer`, a `Tensor` is a value over private storage: copies are cheap until one of them
/// is mutated, and raw access goes through `withUnsafe…` closures. Image batches are laid out NHWC
/// (batch, height, width, channels), as Keras does, so kernels and weights use Keras's layouts too.
public struct Tensor: Equatable, Sendable {
    public private(set) var shape: [Int]
    private var storage: TensorStorage

    /// A tensor of `shape` filled with `value`.
    public init(shape: [Int], repeating value: Float = 0) {
        precondition(shape.allSatisfy { $0 >= 0 }, "a tensor's dimensions cannot be negative")
        self.shape = shape
        storage = TensorStorage(count: shape.reduce(1, *), repeating: value)
    }

    /// A tensor of `shape` whose elements `fill` writes, every one of them, before anything reads them
    /// (for layer outputs that a kernel writes in full: it saves a zero-filling pass over the memory).
    public init(shape: [Int], writingEveryElement fill: (UnsafeMutablePointer<Float>) -> Void) {
        precondition(shape.allSatisfy { $0 >= 0 }, "a tensor's dimensions cannot be negative")
        self.shape = shape
        storage = TensorStorage(uninitializedCount: shape.reduce(1, *))
        fill(storage.base)
    }

    /// A tensor of `shape` holding `scalars` in row-major order; nil when the counts differ.
    public init?(shape: [Int], scalars: [Float]) {
        guard shape.allSatisfy({ $0 >= 0 }), shape.reduce(1, *) == scalars.count else { return nil }
        self.shape = shape
        storage = TensorStorage(scalars)
    }

    /// The number of elements.
    public var count: Int { storage.count }

    /// The elements in row-major order.
    public var scalars: [Float] { storage.withUnsafeBufferPointer { Array($0) } }

    /// The same elements seen with another shape of the same element count.
    public func reshaped(to newShape: [Int]) -> Tensor {
        precondition(newShape.reduce(1, *) == count, "reshape from \(shape) to \(newShape) changes the element count")
        var copy = self
        copy.shape = newShape
        return copy
    }

    /// Reads the elements through a pointer valid only inside `body`.
    public func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<Float>) throws -> Result) rethrows -> Result {
        try storage.withUnsafeBufferPointer(body)
    }

    /// Writes the elements through a pointer valid only inside `body` (copying first if the storage is shared).
    public mutating func withUnsafeMutableBufferPointer<Result>(
        _ body: (UnsafeMutableBufferPointer<Float>) throws -> Result
    ) rethrows -> Result {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return try storage.withUnsafeMutableBufferPointer(body)
    }

    /// Reads the elements through their base address, valid only inside `body` (never nil, even when empty).
    public func withUnsafePointer<Result>(_ body: (UnsafePointer<Float>) throws -> Result) rethrows -> Result {
        try withExtendedLifetime(storage) { try body(storage.base) }
    }

    /// Writes the elements through their base address, valid only inside `body`.
    public mutating func withUnsafeMutablePointer<Result>(_ body: (UnsafeMutablePointer<Float>) throws -> Result) rethrows -> Result {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return try withExtendedLifetime(storage) { try body(storage.base) }
    }

    /// The element at flat index `index`.
    public subscript(flat index: Int) -> Float {
        get { storage.withUnsafeBufferPointer { $0[index] } }
        set { withUnsafeMutableBufferPointer { $0[index] = newValue } }
    }

    public static func == (a: Tensor, b: Tensor) -> Bool {
        a.shape == b.shape && (a.storage === b.storage || a.scalars == b.scalars)
    }
}

/// The heap buffer behind a `Tensor`; only `Tensor` touches it, and only through copy-on-write.
private final class TensorStorage: @unchecked Sendable {
    let count: Int
    private let pointer: UnsafeMutablePointer<Float>

    /// The first element's address (allocated even for an empty tensor).
    var base: UnsafeMutablePointer<Float> { pointer }

    init(count: Int, repeating value: Float) {
        self.count = count
        pointer = .allocate(capacity: max(count, 1))
        pointer.initialize(repeating: value, count: count)
    }

    init(uninitializedCount count: Int) {
        self.count = count
        pointer = .allocate(capacity: max(count, 1))
    }

    init(_ scalars: [Float]) {
        count = scalars.count
        pointer = .allocate(capacity: max(count, 1))
        scalars.withUnsafeBufferPointer { source in
            if let base = source.baseAddress { pointer.initialize(from: base, count: count) }
        }
    }

    deinit {
        pointer.deinitialize(count: count)
        pointer.deallocate()
    }

    func copy() -> TensorStorage {
        let duplicate = TensorStorage(count: count, repeating: 0)
        duplicate.pointer.update(from: pointer, count: count)
        return duplicate
    }

    func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<Float>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: pointer, count: count))
    }

    func withUnsafeMutableBufferPointer<Result>(_ body: (UnsafeMutableBufferPointer<Float>) throws -> Result) rethrows -> Result {
        try body(UnsafeMutableBufferPointer(start: pointer, count: count))
    }
}
