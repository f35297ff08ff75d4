import CPango
import Pages

/// Typesets a formula for paper, in the manner of TeX in small: letters in italic serif, functions and numbers upright,
/// fractions stacked on the maths axis, scripts raised and lowered in smaller type, limits over and under large
/// operators in display, roots drawn with their vinculum, fences stretched to what they enclose, and space around
/// relations and binary operators. The glyphs are text, so the formula stays searchable.
struct MathTypesetter {
    let canvas: PDFCanvas
    /// The formula's type size: relations and operators in smaller type (scripts, limits) get no space around them.
    let size: Double

    static let relations: Set<String> = [
        "=", "<", ">", "≤", "≥", "≈", "≠", "→", "←", "↔", "⇒",
        "⇔", "∈", "∉", "⊂", "⊆", "∼", "≡", "∝", "≪", "≫", ":=",
    ]
    static let binaryOperators: Set<String> = ["+", "−", "-", "×", "·", "±", "∓", "÷", "∪", "∩", "∘", "⋅", "*"]
    static let doubleStruck: [Character: String] = ["C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"]

    /// The box of `node` at `size` points; `display` for a formula set on its own line.
    func box(_ node: MathNode, size: Double, display: Bool) -> MathBox {
        switch node {
        case .identifier(let name, let upright):
            return .glyphs(name, canvas: canvas, size: size, italic: !upright && name.count == 1)
        case .number(let digits):
            return .glyphs(digits, canvas: canvas, size: size)
        case .text(let words):
            return .glyphs(words, canvas: canvas, size: size, family: "DejaVu Sans")
        case .styled(let letters, let variant):
            switch variant {
            case "double-struck":
                return .glyphs(String(letters.flatMap { Self.doubleStruck[$0] ?? String($0) }), canvas: canvas, size: size)
            case "bold": return .glyphs(letters, canvas: canvas, size: size, bold: true)
            default: return .glyphs(letters, canvas: canvas, size: size, italic: true)
            }
        case .symbol(let symbol, _, let large):
            let box = MathBox.glyphs(symbol, canvas: canvas, size: large ? size * (display ? 1.45 : 1.15) : size)
            return large ? .row([box, .space(size * 0.1)]) : box
        case .space(let ems):
            return .space(size * ems)
        case .row(let items):
            return row(items, size: size, display: display)
        case .fraction(let top, let bottom, let line):
            return fraction(top, bottom, line: line, size: size, display: display)
        case .root(let base, let index):
            return root(base, index: index, size: size, display: display)
        case .scripts(let base, let sub, let sup):
            return scripts(box(base, size: size, display: display), sub: sub, sup: sup, size: size)
        case .limits(let base, let under, let over):
            let baseBox = box(base, size: size, display: display)
            guard display else { return scripts(baseBox, sub: under, sup: over, size: size) }
            return limits(baseBox, under: under, over: over, size: size)
        case .accent(let base, let mark):
            let baseBox = box(base, size: size, display: display)
            if mark == "¯" || mark == "‾" { return overline(baseBox, size: size) }
            let glyph = ["^": "ˆ", "~": "˜"][mark] ?? mark
            let markBox = MathBox.glyphs(glyph, canvas: canvas, size: size * 0.75)
            let lift = baseBox.ascent - markBox.descent - size * 0.12
            return MathBox(width: baseBox.width, ascent: lift + markBox.ascent, descent: baseBox.descent) { canvas, x, baseline in
                baseBox.draw(canvas, x, baseline)
                markBox.draw(canvas, x + (baseBox.width - markBox.width) / 2, baseline - lift)
            }
        }
    }

    /// Items side by side: space around relations and binary operators (not a leading sign) at the formula's own
    /// size, a thin space after a function's name, fences stretched.
    private func row(_ items: [MathNode], size: Double, display: Bool) -> MathBox {
        var boxes: [MathBox] = []
        var stretchy: [Int] = []
        let spaced = size > self.size * 0.85
        for (index, item) in items.enumerated() {
            var box = box(item, size: size, display: display)
            if case .symbol(let symbol, let stretches, _) = item {
                if stretches { stretchy.append(boxes.count) }
                let gap = Self.relations.contains(symbol) ? 0.28 : (Self.binaryOperators.contains(symbol) && index > 0 ? 0.22 : 0)
                if gap > 0 && spaced { box = .row([.space(size * gap), box, .space(size * gap)]) }
            }
            if Self.isFunction(item), index + 1 < items.count, !Self.isOpening(items[index + 1]) {
                box = .row([box, .space(size * 0.17)])
            }
            boxes.append(box)
        }
        let content = boxes.indices.filter { !stretchy.contains($0) }.map { boxes[$0] }
        let ascent = content.map(\.ascent).max() ?? size * 0.8, descent = content.map(\.descent).max() ?? size * 0.2
        for index in stretchy { boxes[index] = boxes[index].stretched(ascent: ascent, descent: descent) }
        return .row(boxes)
    }

    /// A function's name (`log`, `max`, `\mathrm{acc}`), alone or with limits or scripts.
    static func isFunction(_ node: MathNode) -> Bool {
        switch node {
        case .identifier(let name, let upright): upright && name.count > 1
        case .limits(let base, _, _), .scripts(let base, _, _): isFunction(base)
        default: false
        }
    }

    /// An opening fence or a symbol (which a function's name meets without space).
    static func isOpening(_ node: MathNode) -> Bool {
        if case .symbol = node { return true }
        return false
    }

    private func fraction(_ top: MathNode, _ bottom: MathNode, line: Bool, size: Double, display: Bool) -> MathBox {
        let inner = display ? size : size * 0.75
        let numerator = box(top, size: inner, display: false), denominator = box(bottom, size: inner, display: false)
        let axis = size * 0.27, gap = size * 0.1, rule = max(0.4, size * 0.045), side = size * 0.12
        let width = max(numerator.width, denominator.width) + 2 * side
        let up = axis + rule / 2 + gap + numerator.descent, down = rule / 2 + gap + denominator.ascent - axis
        return MathBox(width: width, ascent: up + numerator.ascent, descent: down + denominator.descent) { canvas, x, baseline in
            numerator.draw(canvas, x + (width - numerator.width) / 2, baseline - up)
            denominator.draw(canvas, x + (width - denominator.width) / 2, baseline + down)
            guard line else { return }
            cairo_set_line_width(canvas.context, rule)
            cairo_move_to(canvas.context, x + side / 2, baseline - axis)
            cairo_line_to(canvas.context, x + width - side / 2, baseline - axis)
            cairo_stroke(canvas.context)
        }
    }

    /// A bar over the box (`\bar`, `\overline`).
    private func overline(_ base: MathBox, size: Double) -> MathBox {
        let rule = max(0.4, size * 0.045), lift = base.ascent + size * 0.02
        return MathBox(width: base.width, ascent: lift + rule, descent: base.descent) { canvas, x, baseline in
            base.draw(canvas, x, baseline)
            cairo_set_line_width(canvas.context, rule)
            cairo_move_to(canvas.context, x + base.width * 0.15, baseline - lift)
            cairo_line_to(canvas.context, x + base.width * 0.95, baseline - lift)
            cairo_stroke(canvas.context)
        }
    }

    private func root(_ base: MathNode, index: MathNode?, size: Double, display: Bool) -> MathBox {
        let radicand = box(base, size: size, display: display)
        let degree = index.map { box($0, size: size * 0.55, display: false) }
        let gap = size * 0.12, rule = max(0.4, size * 0.05), sign = size * 0.55
        let lead = max(0, (degree?.width ?? 0) - sign * 0.4)
        let ascent = radicand.ascent + gap + rule, width = lead + sign + radicand.width + size * 0.08
        return MathBox(width: width, ascent: ascent + rule, descent: radicand.descent) { canvas, x, baseline in
            let top = baseline - ascent, bottom = baseline + radicand.descent, start = x + lead
            let context = canvas.context
            cairo_set_line_width(context, rule)
            cairo_move_to(context, start, baseline - size * 0.25)
            cairo_line_to(context, start + sign * 0.25, baseline - size * 0.33)
            cairo_line_to(context, start + sign * 0.5, bottom)
            cairo_line_to(context, start + sign * 0.92, top)
            cairo_line_to(context, x + width, top)
            cairo_stroke(context)
            radicand.draw(canvas, start + sign, baseline)
            degree?.draw(canvas, x, baseline - size * 0.45)
        }
    }

    private func scripts(_ base: MathBox, sub: MathNode?, sup: MathNode?, size: Double) -> MathBox {
        let lower = sub.map { box($0, size: size * 0.7, display: false) }
        let upper = sup.map { box($0, size: size * 0.7, display: false) }
        let raise = max(size * 0.38, base.ascent - size * 0.35), drop = size * (upper == nil ? 0.18 : 0.26)
        let width = base.width + max(lower?.width ?? 0, upper?.width ?? 0) + size * 0.04
        let ascent = max(base.ascent, (upper?.ascent ?? 0) + (upper == nil ? 0 : raise))
        let descent = max(base.descent, (lower?.descent ?? 0) + (lower == nil ? 0 : drop))
        return MathBox(width: width, ascent: ascent, descent: descent) { canvas, x, baseline in
            base.draw(canvas, x, baseline)
            upper?.draw(canvas, x + base.width, baseline - raise)
            lower?.draw(canvas, x + base.width, baseline + drop)
        }
    }

    private func limits(_ base: MathBox, under: MathNode?, over: MathNode?, size: Double) -> MathBox {
        let below = under.map { box($0, size: size * 0.7, display: false) }
        let above = over.map { box($0, size: size * 0.7, display: false) }
        let gap = size * 0.08
        let width = max(base.width, below?.width ?? 0, above?.width ?? 0)
        let ascent = base.ascent + (above.map { gap + $0.height } ?? 0)
        let descent = base.descent + (below.map { gap + $0.height } ?? 0)
        return MathBox(width: width, ascent: ascent, descent: descent) { canvas, x, baseline in
            base.draw(canvas, x + (width - base.width) / 2, baseline)
            if let above { above.draw(canvas, x + (width - above.width) / 2, baseline - base.ascent - gap - above.descent) }
            if let below { below.draw(canvas, x + (width - below.width) / 2, baseline + base.descent + gap + below.ascent) }
        }
    }
}
