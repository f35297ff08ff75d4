import COpenBLAS

/// Single-precision matrix multiplication and thread control through OpenBLAS.
public enum BLAS {
    /// Whether a matrix is used as stored or transposed.
    public enum Transpose: Sendable {
        case none, transposed

        var cblas: CBLAS_TRANSPOSE { self == .none ? CblasNoTrans : CblasTrans }
    }

    /// C = alpha · op(A) · op(B) + beta · C, row-major; op(A) is m x k, op(B) is k x n, C is m x n.
    ///
    /// Leading dimensions are the row strides of the matrices as stored. The caller guarantees that the
    /// pointers cover the matrices they describe; every Digitbook layer derives them from tensor shapes.
    public static func gemm(
        _ transposeA: Transpose, _ transposeB: Transpose, m: Int, n: Int, k: Int,
        alpha: Float = 1, a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
        beta: Float = 0, c: UnsafeMutablePointer<Float>, ldc: Int
    ) {
        guard m > 0, n > 0 else { return }
        _ = oneThread
        cblas_sgemm(CblasRowMajor, transposeA.cblas, transposeB.cblas, Int32(m), Int32(n), Int32(k),
                    alpha, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
    }

    /// The number of threads OpenBLAS uses: one, set before the first product, since Digitbook splits the work across
    /// threads of its own (and the bits of a result must not depend on OpenBLAS's choice).
    public static var threads: Int {
        _ = oneThread
        return Int(openblas_get_num_threads())
    }

    /// Sets OpenBLAS to one thread, once, the first time it is needed.
    private static let oneThread: Bool = {
        openblas_set_num_threads(1)
        return true
    }()

    /// Runs `body` with OpenBLAS on `count` threads, then back on one: only for measuring OpenBLAS itself.
    public static func withThreads<Result>(_ count: Int, _ body: () throws -> Result) rethrows -> Result {
        _ = oneThread
        openblas_set_num_threads(Int32(max(1, count)))
        defer { openblas_set_num_threads(1) }
        return try body()
    }

    /// The name of the kernel family OpenBLAS chose for this CPU ("Haswell", "SkylakeX", …).
    public static var coreName: String {
        openblas_get_corename().map { String(cString: $0) } ?? "unknown"
    }
}
