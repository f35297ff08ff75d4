"""Generates Sources/NeuralNetwork/WinogradTransforms.swift and WinogradTransforms+Adjoints.swift.

Winograd's F(2x2, 3x3) transforms and their adjoints, written out from the matrices below so that every
coefficient comes from one place. Run from the repository root (any Python 3, no packages):
    python3 Tests/NeuralNetworkTests/Fixtures/make_winograd_transforms.py Sources/NeuralNetwork
The tests (WinogradTests, LayerGradientTests) check the result against finite differences and im2col.
"""
from fractions import Fraction as F
BT=[[1,0,-1,0],[0,1,1,0],[0,-1,1,0],[0,1,0,-1]]
G=[[1,0,0],[F(1,2),F(1,2),F(1,2)],[F(1,2),F(-1,2),F(1,2)],[0,0,1]]
AT=[[1,1,1,0],[0,1,-1,-1]]
def T(m): return [list(r) for r in zip(*m)]
B=T(BT); A=T(AT); GT=T(G)
def lin(terms):
    out=""
    for coef,name in terms:
        if coef==0: continue
        if coef==1: s="+ "+name
        elif coef==-1: s="- "+name
        elif coef==F(1,2): s="+ 0.5 * "+name
        elif coef==F(-1,2): s="- 0.5 * "+name
        else: raise Exception(coef)
        out+=" "+s
    out=out.strip()
    if out.startswith("+ "): out=out[2:]
    elif out.startswith("- "): out="-"+out[2:]
    return out
def at(xi, s="s"):
    return "%d * %s" % (xi, s) if xi>1 else (s if xi==1 else "0")

# Each transform: (signature, doc, prologue lines, loads [(name, ptrexpr)], stage lines, stores [(target ptrexpr, expr, op)])
def body(loads, stages, stores, extra_vec=None):
    """Emit a SIMD8 loop over c in steps of 8, then a scalar tail."""
    lines=[]
    lines.append("        var c = 0")
    lines.append("        while c + 8 <= count {")
    for name, ptr in loads:
        lines.append("            let %s = load(%s, c)" % (name, ptr))
    for l in stages: lines.append("            "+l)
    for target, expr, op in stores:
        if op == "=": lines.append("            store(%s, %s, c)" % (expr, target))
        elif op == "+=": lines.append("            store(load(%s, c) + %s, %s, c)" % (target, expr, target))
        elif op == "out": lines.append("            store(%s + load(bias, c), %s, c)" % (expr, target))
    lines.append("            c += 8")
    lines.append("        }")
    lines.append("        while c < count {")
    for name, ptr in loads:
        lines.append("            let %s = %s[c]" % (name, ptr))
    for l in stages: lines.append("            "+l)
    for target, expr, op in stores:
        if op == "=": lines.append("            %s[c] = %s" % (target, expr))
        elif op == "+=": lines.append("            %s[c] += %s" % (target, expr))
        elif op == "out": lines.append("            %s[c] = %s + bias[c]" % (target, expr))
    lines.append("            c += 1")
    lines.append("        }")
    return lines

out=['''/// The transforms of Winograd's minimal filtering F(2x2, 3x3) (Lavin and Gray, 2016) and their adjoints,
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
''']
# input
loads=[("d%d%d"%(i,j), "p%d%d"%(i,j)) for i in range(4) for j in range(4)]
stages=["let t%d%d = %s" % (i,j, lin([(BT[i][k], "d%d%d" % (k,j)) for k in range(4)])) for i in range(4) for j in range(4)]
stores=[("v%d"%(4*i+j), lin([(B[k][j], "t%d%d" % (i,k)) for k in range(4)]), "=") for i in range(4) for j in range(4)]
out.append('''    /// V = Bᵀ d B for `count` channels; `d` points at the 16 input vectors of the tile (row-major).
    static func input(_ d: UnsafePointer<UnsafePointer<Float>>, count: Int, into v: UnsafeMutablePointer<Float>, stride s: Int) {''')
for i in range(4):
    for j in range(4): out.append("        let p%d%d = d[%d]" % (i,j,4*i+j))
for k in range(16): out.append("        let v%d = v + %s" % (k, at(k)))
out += body(loads, stages, stores)
out.append("    }\n")
# inputAdjoint
loads=[("v%d%d"%(i,j), "w%d"%(4*i+j)) for i in range(4) for j in range(4)]
stages=["let t%d%d = %s" % (i,j, lin([(B[i][k], "v%d%d" % (k,j)) for k in range(4)])) for i in range(4) for j in range(4)]
stores=[("q%d"%(4*i+j), lin([(BT[k][j], "t%d%d" % (i,k)) for k in range(4)]), "+=") for i in range(4) for j in range(4)]
out.append('''    /// dd += B dV Bᵀ for `count` channels (the adjoint of `input`), into the 16 tile vectors `dd`.
    static func inputAdjoint(_ dv: UnsafePointer<Float>, stride s: Int, count: Int, addingInto dd: UnsafePointer<UnsafeMutablePointer<Float>>) {''')
for k in range(16): out.append("        let q%d = dd[%d]" % (k,k))
for k in range(16): out.append("        let w%d = dv + %s" % (k, at(k)))
out += body(loads, stages, stores)
out.append("    }\n")
# output
loads=[("m%d%d"%(i,j), "n%d"%(4*i+j)) for i in range(4) for j in range(4)]
stages=["let t%d%d = %s" % (i,j, lin([(AT[i][k], "m%d%d" % (k,j)) for k in range(4)])) for i in range(2) for j in range(4)]
stores=[("y%d"%(2*i+j), lin([(A[k][j], "t%d%d" % (i,k)) for k in range(4)]), "out") for i in range(2) for j in range(2)]
out.append('''    /// Y = Aᵀ M A + bias for `count` filters; each of the 2x2 outputs is written where `y` points (a scratch
    /// vector for outputs outside the image).
    static func output(_ m: UnsafePointer<Float>, stride s: Int, count: Int, bias: UnsafePointer<Float>,
                       into y: UnsafePointer<UnsafeMutablePointer<Float>>) {
        let (y0, y1, y2, y3) = (y[0], y[1], y[2], y[3])''')
for k in range(16): out.append("        let n%d = m + %s" % (k, at(k)))
out += body(loads, stages, stores)
out.append("    }\n")
# outputAdjoint
loads=[("y%d%d"%(r,q), "g%d"%(2*r+q)) for r in range(2) for q in range(2)]
stages=["let t%d%d = %s" % (i,j, lin([(A[i][k], "y%d%d" % (k,j)) for k in range(2)])) for i in range(4) for j in range(2)]
stores=[("o%d"%(4*i+j), lin([(AT[k][j], "t%d%d" % (i,k)) for k in range(2)]), "=") for i in range(4) for j in range(4)]
out.append('''    /// dM = A dY Aᵀ for `count` filters (the adjoint of `output`); `dy` points at the 2x2 output gradients
    /// (a zero vector for outputs outside the image).
    static func outputAdjoint(_ dy: UnsafePointer<UnsafePointer<Float>>, count: Int, into m: UnsafeMutablePointer<Float>, stride s: Int) {
        let (g0, g1, g2, g3) = (dy[0], dy[1], dy[2], dy[3])''')
for k in range(16): out.append("        let o%d = m + %s" % (k, at(k)))
out += body(loads, stages, stores)
out.append("    }\n")
# kernel
loads=[("g%d%d"%(i,j), "k%d"%(3*i+j)) for i in range(3) for j in range(3)]
stages=["let t%d%d = %s" % (i,j, lin([(G[i][k], "g%d%d" % (k,j)) for k in range(3)])) for i in range(4) for j in range(3)]
stores=[("u%d"%(4*i+j), lin([(GT[k][j], "t%d%d" % (i,k)) for k in range(3)]), "=") for i in range(4) for j in range(4)]
out.append('''    /// U = G g Gᵀ for `count` (input, output) channel pairs; the 3x3 kernel's taps are `kernelStride` apart.
    static func kernel(_ g: UnsafePointer<Float>, kernelStride gs: Int, count: Int, into u: UnsafeMutablePointer<Float>, stride s: Int) {''')
for k in range(9): out.append("        let k%d = g + %s" % (k, at(k,"gs")))
for k in range(16): out.append("        let u%d = u + %s" % (k, at(k)))
out += body(loads, stages, stores)
out.append("    }\n")
# kernelAdjoint
loads=[("u%d%d"%(i,j), "e%d"%(4*i+j)) for i in range(4) for j in range(4)]
stages=["let t%d%d = %s" % (i,j, lin([(GT[i][k], "u%d%d" % (k,j)) for k in range(4)])) for i in range(3) for j in range(4)]
stores=[("h%d"%(3*i+j), lin([(G[q][j], "t%d%d" % (i,q)) for q in range(4)]), "+=") for i in range(3) for j in range(3)]
out.append('''    /// dg += Gᵀ dU G for `count` channel pairs (the adjoint of `kernel`).
    static func kernelAdjoint(_ du: UnsafePointer<Float>, stride s: Int, count: Int, addingInto g: UnsafeMutablePointer<Float>, kernelStride gs: Int) {''')
for k in range(16): out.append("        let e%d = du + %s" % (k, at(k)))
for k in range(9): out.append("        let h%d = g + %s" % (k, at(k,"gs")))
out += body(loads, stages, stores)
out.append("    }\n}")
import re, sys
text = "\n".join(out)
head_end = text.index("    /// V = Bᵀ d B")
head = text[:head_end]
functions = [f for f in re.split(r"(?=    /// )", text[head_end:].rstrip().rstrip("}").rstrip() + "\n") if f.strip()]
forward = [f for f in functions if "Adjoint(" not in f.split("\n")[1]]
adjoints = [f for f in functions if "Adjoint(" in f.split("\n")[1]]
folder = sys.argv[1] if len(sys.argv) > 1 else "."
open(folder + "/WinogradTransforms.swift", "w").write(head + "".join(forward).rstrip() + "\n}\n")
open(folder + "/WinogradTransforms+Adjoints.swift", "w").write(
    "/// The adjoints of the Winograd transforms, for the backward pass: dd = B dV Bᵀ, dM = A dY Aᵀ, dg = Gᵀ dU G.\n"
    "/// Generated by Tests/NeuralNetworkTests/Fixtures/make_winograd_transforms.py, like the forward transforms.\nextension WinogradTransforms {\n" + "".join(adjoints).rstrip() + "\n}\n")
