/// The transforms of Winograd's minimal filtering F(2x2, 3x3) (Lavin and Gray, 2016) and their adjoints,
/// each applied to whole vectors of channels (NHWC keeps them contiguous), eight channels at a time.
///
/// Forward: Y = Aᵀ [(G g Gᵀ) ⊙ (Bᵀ d B)] A for a 4x4 input tile d, a 3x3 kernel g and a 2x2 output tile Y, with
/// Bᵀ = [1 0 -1 0; 0 1 1 0; 0 -1 1 0; 0 1 0 -1], G = [1 0 0; ½ ½ ½; ½ -½ ½; 0 0 1], Aᵀ = [1 1 1 0; 0 1 -1 -1].
/// Backward: dM = A dY Aᵀ, dd = B dV Bᵀ, dg = Gᵀ dU G. Element (i, j) of a 4x4 Winograd-domain tile is
/// ξ = 4i + j and lives at `base + ξ * stride`. Generated from those matrices by
/// Tests/NeuralNetworkTests/Fixtures/make_winograd_transforms.py; edit that script, not this file.
enum WinogradTransforms {
    @inline(__always) static func load(_ pointer: UnsafePointer<Float>, _ offset: Int) -> SIMD8<Float> {
        UnsafeRawPointer(pointer + offset).loadUnaligned(as: SIMD8<Float>.self)
    }

    @inline(__always) static func load(_ pointer: UnsafeMutablePointer<Float>, _ offset: Int) -> SIMD8<Float> {
        UnsafeRawPointer(pointer + offset).loadUnaligned(as: SIMD8<Float>.self)
    }

    @inline(__always) static func store(_ value: SIMD8<Float>, _ pointer: UnsafeMutablePointer<Float>, _ offset: Int) {
        UnsafeMutableRawPointer(pointer + offset).storeBytes(of: value, as: SIMD8<Float>.self)
    }

    /// V = Bᵀ d B for `count` channels; `d` points at the 16 input vectors of the tile (row-major).
    static func input(_ d: UnsafePointer<UnsafePointer<Float>>, count: Int, into v: UnsafeMutablePointer<Float>, stride s: Int) {
        let p00 = d[0]
        let p01 = d[1]
        let p02 = d[2]
        let p03 = d[3]
        let p10 = d[4]
        let p11 = d[5]
        let p12 = d[6]
        let p13 = d[7]
        let p20 = d[8]
        let p21 = d[9]
        let p22 = d[10]
        let p23 = d[11]
        let p30 = d[12]
        let p31 = d[13]
        let p32 = d[14]
        let p33 = d[15]
        let v0 = v + 0
        let v1 = v + s
        let v2 = v + 2 * s
        let v3 = v + 3 * s
        let v4 = v + 4 * s
        let v5 = v + 5 * s
        let v6 = v + 6 * s
        let v7 = v + 7 * s
        let v8 = v + 8 * s
        let v9 = v + 9 * s
        let v10 = v + 10 * s
        let v11 = v + 11 * s
        let v12 = v + 12 * s
        let v13 = v + 13 * s
        let v14 = v + 14 * s
        let v15 = v + 15 * s
        var c = 0
        while c + 8 <= count {
            let d00 = load(p00, c)
            let d01 = load(p01, c)
            let d02 = load(p02, c)
            let d03 = load(p03, c)
            let d10 = load(p10, c)
            let d11 = load(p11, c)
            let d12 = load(p12, c)
            let d13 = load(p13, c)
            let d20 = load(p20, c)
            let d21 = load(p21, c)
            let d22 = load(p22, c)
            let d23 = load(p23, c)
            let d30 = load(p30, c)
            let d31 = load(p31, c)
            let d32 = load(p32, c)
            let d33 = load(p33, c)
            let t00 = d00 - d20
            let t01 = d01 - d21
            let t02 = d02 - d22
            let t03 = d03 - d23
            let t10 = d10 + d20
            let t11 = d11 + d21
            let t12 = d12 + d22
            let t13 = d13 + d23
            let t20 = -d10 + d20
            let t21 = -d11 + d21
            let t22 = -d12 + d22
            let t23 = -d13 + d23
            let t30 = d10 - d30
            let t31 = d11 - d31
            let t32 = d12 - d32
            let t33 = d13 - d33
            store(t00 - t02, v0, c)
            store(t01 + t02, v1, c)
            store(-t01 + t02, v2, c)
            store(t01 - t03, v3, c)
            store(t10 - t12, v4, c)
            store(t11 + t12, v5, c)
            store(-t11 + t12, v6, c)
            store(t11 - t13, v7, c)
            store(t20 - t22, v8, c)
            store(t21 + t22, v9, c)
            store(-t21 + t22, v10, c)
            store(t21 - t23, v11, c)
            store(t30 - t32, v12, c)
            store(t31 + t32, v13, c)
            store(-t31 + t32, v14, c)
            store(t31 - t33, v15, c)
            c += 8
        }
        while c < count {
            let d00 = p00[c]
            let d01 = p01[c]
            let d02 = p02[c]
            let d03 = p03[c]
            let d10 = p10[c]
            let d11 = p11[c]
            let d12 = p12[c]
            let d13 = p13[c]
            let d20 = p20[c]
            let d21 = p21[c]
            let d22 = p22[c]
            let d23 = p23[c]
            let d30 = p30[c]
            let d31 = p31[c]
            let d32 = p32[c]
            let d33 = p33[c]
            let t00 = d00 - d20
            let t01 = d01 - d21
            let t02 = d02 - d22
            let t03 = d03 - d23
            let t10 = d10 + d20
            let t11 = d11 + d21
            let t12 = d12 + d22
            let t13 = d13 + d23
            let t20 = -d10 + d20
            let t21 = -d11 + d21
            let t22 = -d12 + d22
            let t23 = -d13 + d23
            let t30 = d10 - d30
            let t31 = d11 - d31
            let t32 = d12 - d32
            let t33 = d13 - d33
            v0[c] = t00 - t02
            v1[c] = t01 + t02
            v2[c] = -t01 + t02
            v3[c] = t01 - t03
            v4[c] = t10 - t12
            v5[c] = t11 + t12
            v6[c] = -t11 + t12
            v7[c] = t11 - t13
            v8[c] = t20 - t22
            v9[c] = t21 + t22
            v10[c] = -t21 + t22
            v11[c] = t21 - t23
            v12[c] = t30 - t32
            v13[c] = t31 + t32
            v14[c] = -t31 + t32
            v15[c] = t31 - t33
            c += 1
        }
    }

    /// Y = Aᵀ M A + bias for `count` filters; each of the 2x2 outputs is written where `y` points (a scratch
    /// vector for outputs outside the image).
    static func output(_ m: UnsafePointer<Float>, stride s: Int, count: Int, bias: UnsafePointer<Float>,
                       into y: UnsafePointer<UnsafeMutablePointer<Float>>) {
        let (y0, y1, y2, y3) = (y[0], y[1], y[2], y[3])
        let n0 = m + 0
        let n1 = m + s
        let n2 = m + 2 * s
        let n3 = m + 3 * s
        let n4 = m + 4 * s
        let n5 = m + 5 * s
        let n6 = m + 6 * s
        let n7 = m + 7 * s
        let n8 = m + 8 * s
        let n9 = m + 9 * s
        let n10 = m + 10 * s
        let n11 = m + 11 * s
        let n12 = m + 12 * s
        let n13 = m + 13 * s
        let n14 = m + 14 * s
        let n15 = m + 15 * s
        var c = 0
        while c + 8 <= count {
            let m00 = load(n0, c)
            let m01 = load(n1, c)
            let m02 = load(n2, c)
            let m03 = load(n3, c)
            let m10 = load(n4, c)
            let m11 = load(n5, c)
            let m12 = load(n6, c)
            let m13 = load(n7, c)
            let m20 = load(n8, c)
            let m21 = load(n9, c)
            let m22 = load(n10, c)
            let m23 = load(n11, c)
            let m30 = load(n12, c)
            let m31 = load(n13, c)
            let m32 = load(n14, c)
            let m33 = load(n15, c)
            let t00 = m00 + m10 + m20
            let t01 = m01 + m11 + m21
            let t02 = m02 + m12 + m22
            let t03 = m03 + m13 + m23
            let t10 = m10 - m20 - m30
            let t11 = m11 - m21 - m31
            let t12 = m12 - m22 - m32
            let t13 = m13 - m23 - m33
            store(t00 + t01 + t02 + load(bias, c), y0, c)
            store(t01 - t02 - t03 + load(bias, c), y1, c)
            store(t10 + t11 + t12 + load(bias, c), y2, c)
            store(t11 - t12 - t13 + load(bias, c), y3, c)
            c += 8
        }
        while c < count {
            let m00 = n0[c]
            let m01 = n1[c]
            let m02 = n2[c]
            let m03 = n3[c]
            let m10 = n4[c]
            let m11 = n5[c]
            let m12 = n6[c]
            let m13 = n7[c]
            let m20 = n8[c]
            let m21 = n9[c]
            let m22 = n10[c]
            let m23 = n11[c]
            let m30 = n12[c]
            let m31 = n13[c]
            let m32 = n14[c]
            let m33 = n15[c]
            let t00 = m00 + m10 + m20
            let t01 = m01 + m11 + m21
            let t02 = m02 + m12 + m22
            let t03 = m03 + m13 + m23
            let t10 = m10 - m20 - m30
            let t11 = m11 - m21 - m31
            let t12 = m12 - m22 - m32
            let t13 = m13 - m23 - m33
            y0[c] = t00 + t01 + t02 + bias[c]
            y1[c] = t01 - t02 - t03 + bias[c]
            y2[c] = t10 + t11 + t12 + bias[c]
            y3[c] = t11 - t12 - t13 + bias[c]
            c += 1
        }
    }

    /// dM = A dY Aᵀ for `count` filters (the adjoint of `output`); `dy` points at the 2x2 output gradients
    /// U = G g Gᵀ for `count` (input, output) channel pairs; the 3x3 kernel's taps are `kernelStride` apart.
    static func kernel(_ g: UnsafePointer<Float>, kernelStride gs: Int, count: Int, into u: UnsafeMutablePointer<Float>, stride s: Int) {
        let k0 = g + 0
        let k1 = g + gs
        let k2 = g + 2 * gs
        let k3 = g + 3 * gs
        let k4 = g + 4 * gs
        let k5 = g + 5 * gs
        let k6 = g + 6 * gs
        let k7 = g + 7 * gs
        let k8 = g + 8 * gs
        let u0 = u + 0
        let u1 = u + s
        let u2 = u + 2 * s
        let u3 = u + 3 * s
        let u4 = u + 4 * s
        let u5 = u + 5 * s
        let u6 = u + 6 * s
        let u7 = u + 7 * s
        let u8 = u + 8 * s
        let u9 = u + 9 * s
        let u10 = u + 10 * s
        let u11 = u + 11 * s
        let u12 = u + 12 * s
        let u13 = u + 13 * s
        let u14 = u + 14 * s
        let u15 = u + 15 * s
        var c = 0
        while c + 8 <= count {
            let g00 = load(k0, c)
            let g01 = load(k1, c)
            let g02 = load(k2, c)
            let g10 = load(k3, c)
            let g11 = load(k4, c)
            let g12 = load(k5, c)
            let g20 = load(k6, c)
            let g21 = load(k7, c)
            let g22 = load(k8, c)
            let t00 = g00
            let t01 = g01
            let t02 = g02
            let t10 = 0.5 * g00 + 0.5 * g10 + 0.5 * g20
            let t11 = 0.5 * g01 + 0.5 * g11 + 0.5 * g21
            let t12 = 0.5 * g02 + 0.5 * g12 + 0.5 * g22
            let t20 = 0.5 * g00 - 0.5 * g10 + 0.5 * g20
            let t21 = 0.5 * g01 - 0.5 * g11 + 0.5 * g21
            let t22 = 0.5 * g02 - 0.5 * g12 + 0.5 * g22
            let t30 = g20
            let t31 = g21
            let t32 = g22
            store(t00, u0, c)
            store(0.5 * t00 + 0.5 * t01 + 0.5 * t02, u1, c)
            store(0.5 * t00 - 0.5 * t01 + 0.5 * t02, u2, c)
            store(t02, u3, c)
            store(t10, u4, c)
            store(0.5 * t10 + 0.5 * t11 + 0.5 * t12, u5, c)
            store(0.5 * t10 - 0.5 * t11 + 0.5 * t12, u6, c)
            store(t12, u7, c)
            store(t20, u8, c)
            store(0.5 * t20 + 0.5 * t21 + 0.5 * t22, u9, c)
            store(0.5 * t20 - 0.5 * t21 + 0.5 * t22, u10, c)
            store(t22, u11, c)
            store(t30, u12, c)
            store(0.5 * t30 + 0.5 * t31 + 0.5 * t32, u13, c)
            store(0.5 * t30 - 0.5 * t31 + 0.5 * t32, u14, c)
            store(t32, u15, c)
            c += 8
        }
        while c < count {
            let g00 = k0[c]
            let g01 = k1[c]
            let g02 = k2[c]
            let g10 = k3[c]
            let g11 = k4[c]
            let g12 = k5[c]
            let g20 = k6[c]
            let g21 = k7[c]
            let g22 = k8[c]
            let t00 = g00
            let t01 = g01
            let t02 = g02
            let t10 = 0.5 * g00 + 0.5 * g10 + 0.5 * g20
            let t11 = 0.5 * g01 + 0.5 * g11 + 0.5 * g21
            let t12 = 0.5 * g02 + 0.5 * g12 + 0.5 * g22
            let t20 = 0.5 * g00 - 0.5 * g10 + 0.5 * g20
            let t21 = 0.5 * g01 - 0.5 * g11 + 0.5 * g21
            let t22 = 0.5 * g02 - 0.5 * g12 + 0.5 * g22
            let t30 = g20
            let t31 = g21
            let t32 = g22
            u0[c] = t00
            u1[c] = 0.5 * t00 + 0.5 * t01 + 0.5 * t02
            u2[c] = 0.5 * t00 - 0.5 * t01 + 0.5 * t02
            u3[c] = t02
            u4[c] = t10
            u5[c] = 0.5 * t10 + 0.5 * t11 + 0.5 * t12
            u6[c] = 0.5 * t10 - 0.5 * t11 + 0.5 * t12
            u7[c] = t12
            u8[c] = t20
            u9[c] = 0.5 * t20 + 0.5 * t21 + 0.5 * t22
            u10[c] = 0.5 * t20 - 0.5 * t21 + 0.5 * t22
            u11[c] = t22
            u12[c] = t30
            u13[c] = 0.5 * t30 + 0.5 * t31 + 0.5 * t32
            u14[c] = 0.5 * t30 - 0.5 * t31 + 0.5 * t32
            u15[c] = t32
            c += 1
        }
    }
}
