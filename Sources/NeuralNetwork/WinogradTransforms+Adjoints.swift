/// The adjoints of the Winograd transforms, for the backward pass: dd = B dV Bᵀ, dM = A dY Aᵀ, dg = Gᵀ dU G.
/// Generated mechanically, like the forward transforms.
extension WinogradTransforms {
    /// dd += B dV Bᵀ for `count` channels (the adjoint of `input`), into the 16 tile vectors `dd`.
    static func inputAdjoint(_ dv: UnsafePointer<Float>, stride s: Int, count: Int, addingInto dd: UnsafePointer<UnsafeMutablePointer<Float>>) {
        let q0 = dd[0]
        let q1 = dd[1]
        let q2 = dd[2]
        let q3 = dd[3]
        let q4 = dd[4]
        let q5 = dd[5]
        let q6 = dd[6]
        let q7 = dd[7]
        let q8 = dd[8]
        let q9 = dd[9]
        let q10 = dd[10]
        let q11 = dd[11]
        let q12 = dd[12]
        let q13 = dd[13]
        let q14 = dd[14]
        let q15 = dd[15]
        let w0 = dv + 0
        let w1 = dv + s
        let w2 = dv + 2 * s
        let w3 = dv + 3 * s
        let w4 = dv + 4 * s
        let w5 = dv + 5 * s
        let w6 = dv + 6 * s
        let w7 = dv + 7 * s
        let w8 = dv + 8 * s
        let w9 = dv + 9 * s
        let w10 = dv + 10 * s
        let w11 = dv + 11 * s
        let w12 = dv + 12 * s
        let w13 = dv + 13 * s
        let w14 = dv + 14 * s
        let w15 = dv + 15 * s
        var c = 0
        while c + 8 <= count {
            let v00 = load(w0, c)
            let v01 = load(w1, c)
            let v02 = load(w2, c)
            let v03 = load(w3, c)
            let v10 = load(w4, c)
            let v11 = load(w5, c)
            let v12 = load(w6, c)
            let v13 = load(w7, c)
            let v20 = load(w8, c)
            let v21 = load(w9, c)
            let v22 = load(w10, c)
            let v23 = load(w11, c)
            let v30 = load(w12, c)
            let v31 = load(w13, c)
            let v32 = load(w14, c)
            let v33 = load(w15, c)
            let t00 = v00
            let t01 = v01
            let t02 = v02
            let t03 = v03
            let t10 = v10 - v20 + v30
            let t11 = v11 - v21 + v31
            let t12 = v12 - v22 + v32
            let t13 = v13 - v23 + v33
            let t20 = -v00 + v10 + v20
            let t21 = -v01 + v11 + v21
            let t22 = -v02 + v12 + v22
            let t23 = -v03 + v13 + v23
            let t30 = -v30
            let t31 = -v31
            let t32 = -v32
            let t33 = -v33
            store(load(q0, c) + t00, q0, c)
            store(load(q1, c) + t01 - t02 + t03, q1, c)
            store(load(q2, c) + -t00 + t01 + t02, q2, c)
            store(load(q3, c) + -t03, q3, c)
            store(load(q4, c) + t10, q4, c)
            store(load(q5, c) + t11 - t12 + t13, q5, c)
            store(load(q6, c) + -t10 + t11 + t12, q6, c)
            store(load(q7, c) + -t13, q7, c)
            store(load(q8, c) + t20, q8, c)
            store(load(q9, c) + t21 - t22 + t23, q9, c)
            store(load(q10, c) + -t20 + t21 + t22, q10, c)
            store(load(q11, c) + -t23, q11, c)
            store(load(q12, c) + t30, q12, c)
            store(load(q13, c) + t31 - t32 + t33, q13, c)
            store(load(q14, c) + -t30 + t31 + t32, q14, c)
            store(load(q15, c) + -t33, q15, c)
            c += 8
        }
        while c < count {
            let v00 = w0[c]
            let v01 = w1[c]
            let v02 = w2[c]
            let v03 = w3[c]
            let v10 = w4[c]
            let v11 = w5[c]
            let v12 = w6[c]
            let v13 = w7[c]
            let v20 = w8[c]
            let v21 = w9[c]
            let v22 = w10[c]
            let v23 = w11[c]
            let v30 = w12[c]
            let v31 = w13[c]
            let v32 = w14[c]
            let v33 = w15[c]
            let t00 = v00
            let t01 = v01
            let t02 = v02
            let t03 = v03
            let t10 = v10 - v20 + v30
            let t11 = v11 - v21 + v31
            let t12 = v12 - v22 + v32
            let t13 = v13 - v23 + v33
            let t20 = -v00 + v10 + v20
            let t21 = -v01 + v11 + v21
            let t22 = -v02 + v12 + v22
            let t23 = -v03 + v13 + v23
            let t30 = -v30
            let t31 = -v31
            let t32 = -v32
            let t33 = -v33
            q0[c] += t00
            q1[c] += t01 - t02 + t03
            q2[c] += -t00 + t01 + t02
            q3[c] += -t03
            q4[c] += t10
            q5[c] += t11 - t12 + t13
            q6[c] += -t10 + t11 + t12
            q7[c] += -t13
            q8[c] += t20
            q9[c] += t21 - t22 + t23
            q10[c] += -t20 + t21 + t22
            q11[c] += -t23
            q12[c] += t30
            q13[c] += t31 - t32 + t33
            q14[c] += -t30 + t31 + t32
            q15[c] += -t33
            c += 1
        }
    }

    /// (a zero vector for outputs outside the image).
    static func outputAdjoint(_ dy: UnsafePointer<UnsafePointer<Float>>, count: Int, into m: UnsafeMutablePointer<Float>, stride s: Int) {
        let (g0, g1, g2, g3) = (dy[0], dy[1], dy[2], dy[3])
        let o0 = m + 0
        let o1 = m + s
        let o2 = m + 2 * s
        let o3 = m + 3 * s
        let o4 = m + 4 * s
        let o5 = m + 5 * s
        let o6 = m + 6 * s
        let o7 = m + 7 * s
        let o8 = m + 8 * s
        let o9 = m + 9 * s
        let o10 = m + 10 * s
        let o11 = m + 11 * s
        let o12 = m + 12 * s
        let o13 = m + 13 * s
        let o14 = m + 14 * s
        let o15 = m + 15 * s
        var c = 0
        while c + 8 <= count {
            let y00 = load(g0, c)
            let y01 = load(g1, c)
            let y10 = load(g2, c)
            let y11 = load(g3, c)
            let t00 = y00
            let t01 = y01
            let t10 = y00 + y10
            let t11 = y01 + y11
            let t20 = y00 - y10
            let t21 = y01 - y11
            let t30 = -y10
            let t31 = -y11
            store(t00, o0, c)
            store(t00 + t01, o1, c)
            store(t00 - t01, o2, c)
            store(-t01, o3, c)
            store(t10, o4, c)
            store(t10 + t11, o5, c)
            store(t10 - t11, o6, c)
            store(-t11, o7, c)
            store(t20, o8, c)
            store(t20 + t21, o9, c)
            store(t20 - t21, o10, c)
            store(-t21, o11, c)
            store(t30, o12, c)
            store(t30 + t31, o13, c)
            store(t30 - t31, o14, c)
            store(-t31, o15, c)
            c += 8
        }
        while c < count {
            let y00 = g0[c]
            let y01 = g1[c]
            let y10 = g2[c]
            let y11 = g3[c]
            let t00 = y00
            let t01 = y01
            let t10 = y00 + y10
            let t11 = y01 + y11
            let t20 = y00 - y10
            let t21 = y01 - y11
            let t30 = -y10
            let t31 = -y11
            o0[c] = t00
            o1[c] = t00 + t01
            o2[c] = t00 - t01
            o3[c] = -t01
            o4[c] = t10
            o5[c] = t10 + t11
            o6[c] = t10 - t11
            o7[c] = -t11
            o8[c] = t20
            o9[c] = t20 + t21
            o10[c] = t20 - t21
            o11[c] = -t21
            o12[c] = t30
            o13[c] = t30 + t31
            o14[c] = t30 - t31
            o15[c] = -t31
            c += 1
        }
    }

    /// dg += Gᵀ dU G for `count` channel pairs (the adjoint of `kernel`).
    static func kernelAdjoint(_ du: UnsafePointer<Float>, stride s: Int, count: Int, addingInto g: UnsafeMutablePointer<Float>, kernelStride gs: Int) {
        let e0 = du + 0
        let e1 = du + s
        let e2 = du + 2 * s
        let e3 = du + 3 * s
        let e4 = du + 4 * s
        let e5 = du + 5 * s
        let e6 = du + 6 * s
        let e7 = du + 7 * s
        let e8 = du + 8 * s
        let e9 = du + 9 * s
        let e10 = du + 10 * s
        let e11 = du + 11 * s
        let e12 = du + 12 * s
        let e13 = du + 13 * s
        let e14 = du + 14 * s
        let e15 = du + 15 * s
        let h0 = g + 0
        let h1 = g + gs
        let h2 = g + 2 * gs
        let h3 = g + 3 * gs
        let h4 = g + 4 * gs
        let h5 = g + 5 * gs
        let h6 = g + 6 * gs
        let h7 = g + 7 * gs
        let h8 = g + 8 * gs
        var c = 0
        while c + 8 <= count {
            let u00 = load(e0, c)
            let u01 = load(e1, c)
            let u02 = load(e2, c)
            let u03 = load(e3, c)
            let u10 = load(e4, c)
            let u11 = load(e5, c)
            let u12 = load(e6, c)
            let u13 = load(e7, c)
            let u20 = load(e8, c)
            let u21 = load(e9, c)
            let u22 = load(e10, c)
            let u23 = load(e11, c)
            let u30 = load(e12, c)
            let u31 = load(e13, c)
            let u32 = load(e14, c)
            let u33 = load(e15, c)
            let t00 = u00 + 0.5 * u10 + 0.5 * u20
            let t01 = u01 + 0.5 * u11 + 0.5 * u21
            let t02 = u02 + 0.5 * u12 + 0.5 * u22
            let t03 = u03 + 0.5 * u13 + 0.5 * u23
            let t10 = 0.5 * u10 - 0.5 * u20
            let t11 = 0.5 * u11 - 0.5 * u21
            let t12 = 0.5 * u12 - 0.5 * u22
            let t13 = 0.5 * u13 - 0.5 * u23
            let t20 = 0.5 * u10 + 0.5 * u20 + u30
            let t21 = 0.5 * u11 + 0.5 * u21 + u31
            let t22 = 0.5 * u12 + 0.5 * u22 + u32
            let t23 = 0.5 * u13 + 0.5 * u23 + u33
            store(load(h0, c) + t00 + 0.5 * t01 + 0.5 * t02, h0, c)
            store(load(h1, c) + 0.5 * t01 - 0.5 * t02, h1, c)
            store(load(h2, c) + 0.5 * t01 + 0.5 * t02 + t03, h2, c)
            store(load(h3, c) + t10 + 0.5 * t11 + 0.5 * t12, h3, c)
            store(load(h4, c) + 0.5 * t11 - 0.5 * t12, h4, c)
            store(load(h5, c) + 0.5 * t11 + 0.5 * t12 + t13, h5, c)
            store(load(h6, c) + t20 + 0.5 * t21 + 0.5 * t22, h6, c)
            store(load(h7, c) + 0.5 * t21 - 0.5 * t22, h7, c)
            store(load(h8, c) + 0.5 * t21 + 0.5 * t22 + t23, h8, c)
            c += 8
        }
        while c < count {
            let u00 = e0[c]
            let u01 = e1[c]
            let u02 = e2[c]
            let u03 = e3[c]
            let u10 = e4[c]
            let u11 = e5[c]
            let u12 = e6[c]
            let u13 = e7[c]
            let u20 = e8[c]
            let u21 = e9[c]
            let u22 = e10[c]
            let u23 = e11[c]
            let u30 = e12[c]
            let u31 = e13[c]
            let u32 = e14[c]
            let u33 = e15[c]
            let t00 = u00 + 0.5 * u10 + 0.5 * u20
            let t01 = u01 + 0.5 * u11 + 0.5 * u21
            let t02 = u02 + 0.5 * u12 + 0.5 * u22
            let t03 = u03 + 0.5 * u13 + 0.5 * u23
            let t10 = 0.5 * u10 - 0.5 * u20
            let t11 = 0.5 * u11 - 0.5 * u21
            let t12 = 0.5 * u12 - 0.5 * u22
            let t13 = 0.5 * u13 - 0.5 * u23
            let t20 = 0.5 * u10 + 0.5 * u20 + u30
            let t21 = 0.5 * u11 + 0.5 * u21 + u31
            let t22 = 0.5 * u12 + 0.5 * u22 + u32
            let t23 = 0.5 * u13 + 0.5 * u23 + u33
            h0[c] += t00 + 0.5 * t01 + 0.5 * t02
            h1[c] += 0.5 * t01 - 0.5 * t02
            h2[c] += 0.5 * t01 + 0.5 * t02 + t03
            h3[c] += t10 + 0.5 * t11 + 0.5 * t12
            h4[c] += 0.5 * t11 - 0.5 * t12
            h5[c] += 0.5 * t11 + 0.5 * t12 + t13
            h6[c] += t20 + 0.5 * t21 + 0.5 * t22
            h7[c] += 0.5 * t21 - 0.5 * t22
            h8[c] += 0.5 * t21 + 0.5 * t22 + t23
            c += 1
        }
    }
}
