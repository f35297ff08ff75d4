import Testing
@testable import Tensors

@Suite struct TensorTests {
    @Test func copiesOnWrite() throws {
        let original = try #require(Tensor(shape: [2, 2], scalars: [1, 2, 3, 4]))
        var copy = original
        copy[flat: 0] = 9
        #expect(original.scalars == [1, 2, 3, 4])
        #expect(copy.scalars == [9, 2, 3, 4])
    }

    @Test func reshapesWithoutCopyingValues() throws {
        let tensor = try #require(Tensor(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6]))
        let reshaped = tensor.reshaped(to: [3, 2])
        #expect(reshaped.shape == [3, 2])
        #expect(reshaped.scalars == tensor.scalars)
        #expect(Tensor(shape: [2, 2], scalars: [1, 2, 3]) == nil)
    }

    @Test(arguments: [(BLAS.Transpose.none, BLAS.Transpose.none), (.transposed, .none), (.none, .transposed), (.transposed, .transposed)])
    func gemmMatchesANaiveProduct(transposeA: BLAS.Transpose, transposeB: BLAS.Transpose) {
        let (m, n, k) = (5, 4, 3)
        let a = (0..<(m * k)).map { Float($0 % 7) - 3 }, b = (0..<(k * n)).map { Float($0 % 5) - 2 }
        func elementA(_ row: Int, _ column: Int) -> Float { transposeA == .none ? a[row * k + column] : a[column * m + row] }
        func elementB(_ row: Int, _ column: Int) -> Float { transposeB == .none ? b[row * n + column] : b[column * k + row] }
        var c = [Float](repeating: 1, count: m * n)
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                c.withUnsafeMutableBufferPointer { pc in
                    BLAS.gemm(transposeA, transposeB, m: m, n: n, k: k, alpha: 2, a: pa.baseAddress!, lda: transposeA == .none ? k : m,
                              b: pb.baseAddress!, ldb: transposeB == .none ? n : k, beta: 0.5, c: pc.baseAddress!, ldc: n)
                }
            }
        }
        for row in 0..<m {
            for column in 0..<n {
                let dot = (0..<k).reduce(Float(0)) { $0 + elementA(row, $1) * elementB($1, column) }
                #expect(c[row * n + column] == 2 * dot + 0.5)
            }
        }
    }

    @Test func choosesAVX512KernelsUnlessTheUserSaysOtherwise() {
        let avx512: Set = ["avx2", "avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl"]
        let choose = OpenBLASCoreType.preferredCore
        #expect(choose(avx512, [:]) == "SkylakeX")
        #expect(choose(avx512, ["OPENBLAS_CORETYPE": "Haswell"]) == "SkylakeX", "an inherited machine-wide value is not the user's choice")
        #expect(choose(avx512, ["OPENBLAS_CORETYPE": "SkylakeX"]) == nil, "already right: no restart")
        #expect(choose(avx512, ["DIGITBOOK_BLAS_CORE": "inherit", "OPENBLAS_CORETYPE": "Haswell"]) == nil)
        #expect(choose(avx512, ["DIGITBOOK_BLAS_CORE": "Haswell"]) == "Haswell")
        #expect(choose(["avx2", "fma"], [:]) == nil, "no AVX-512: OpenBLAS's own choice")
        #expect(choose(["avx2", "fma"], ["OPENBLAS_CORETYPE": "Haswell"]) == nil)
        #expect(choose(avx512, ["DIGITBOOK_OPENBLAS_REEXEC": "1"]) == nil, "never restarts twice")
    }

    @Test func runsOnOneThread() {
        #expect(BLAS.threads == 1, "OpenBLAS runs on one thread: Digitbook splits the work itself")
        #expect(!BLAS.coreName.isEmpty)
    }
}

@Suite struct ParallelTests {
    @Test func cutsRangesIntoBalancedChunks() {
        #expect(Parallel.chunks(of: 0..<16, maximum: 7) == [0..<6, 6..<11, 11..<16])
        #expect(Parallel.chunks(of: 10..<14, maximum: 7) == [10..<14])
        #expect(Parallel.chunks(of: 3..<3, maximum: 7).isEmpty)
        #expect(Parallel.part(1, of: 2, count: 5) == 3..<5)
    }
}
