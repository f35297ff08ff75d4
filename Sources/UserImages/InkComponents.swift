/// The connected pieces of ink in a picture, and the choice of those that make up the digit.
///
/// The digit is the piece that is large and near the middle, with the pieces close to it (the detached bar of a 5,
/// a broken stroke); specks of noise, the shadow along the edge of a sheet of paper and marks at the border are left out.
struct InkComponents {
    /// One 8-connected piece of ink.
    struct Component {
        var area = 0
        var minX = Int.max, minY = Int.max, maxX = -1, maxY = -1
        var touchesBorder = false
        /// The squared distance from the picture's centre to the piece's nearest pixel.
        var nearest = Int.max

        var width: Int { maxX - minX + 1 }
        var height: Int { maxY - minY + 1 }
        var side: Int { max(width, height) }
    }

    let width: Int
    let height: Int
    /// Each pixel's component index, or -1 for no ink.
    let labels: [Int]
    let components: [Component]

    /// Labels the pixels where `isInk` holds.
    init(width: Int, height: Int, isInk: [Bool]) {
        self.width = width
        self.height = height
        var labels = [Int](repeating: -1, count: width * height)
        var components: [Component] = []
        var stack: [Int] = []
        let (centreX, centreY) = (width / 2, height / 2)
        for start in labels.indices where isInk[start] && labels[start] < 0 {
            var component = Component()
            let label = components.count
            labels[start] = label
            stack.append(start)
            while let index = stack.popLast() {
                let x = index % width, y = index / width
                component.area += 1
                component.minX = min(component.minX, x); component.maxX = max(component.maxX, x)
                component.minY = min(component.minY, y); component.maxY = max(component.maxY, y)
                if x == 0 || y == 0 || x == width - 1 || y == height - 1 { component.touchesBorder = true }
                component.nearest = min(component.nearest, (x - centreX) * (x - centreX) + (y - centreY) * (y - centreY))
                for dy in -1...1 {
                    for dx in -1...1 where dx != 0 || dy != 0 {
                        let nx = x + dx, ny = y + dy
                        guard nx >= 0, ny >= 0, nx < width, ny < height else { continue }
                        let neighbour = ny * width + nx
                        if isInk[neighbour] && labels[neighbour] < 0 {
                            labels[neighbour] = label
                            stack.append(neighbour)
                        }
                    }
                }
            }
            components.append(component)
        }
        self.labels = labels
        self.components = components
    }

    /// The indices of the pieces that make up the digit; empty when there is no piece worth the name. Pieces at the
    /// border (a desk, a frame) are left out when any ink lies inside, unless `includingBorder` (a digit that fills
    /// its picture touches the edges).
    func digit(includingBorder: Bool = false) -> Set<Int> {
        let shorter = min(width, height)
        let minimumArea = max(3, shorter * shorter / 20_000)
        let candidates = components.indices.filter { components[$0].area >= minimumArea }
        let inside = candidates.filter { !components[$0].touchesBorder }
        let everything = inside.isEmpty || includingBorder ? candidates : inside
        let scale = Double(max(1, shorter / 4))
        func score(_ index: Int) -> Double {
            let distance = Double(components[index].nearest).squareRoot() / scale
            return Double(components[index].area) / (1 + distance * distance)
        }
        // A printed box around the digit is no digit: a frame whose box holds another sizeable piece on every side.
        let pool = everything.filter { index in
            let frame = components[index]
            let holdsAnother = everything.contains { other in
                let piece = components[other]
                return other != index && piece.area * 40 >= frame.area && piece.minX > frame.minX && piece.maxX < frame.maxX
                    && piece.minY > frame.minY && piece.maxY < frame.maxY
            }
            return !(holdsAnother && isFrame(index))  // the cheap test first: isFrame reads the piece's pixels
        }
        guard let main = pool.max(by: { score($0) < score($1) }) else { return [] }
        var chosen: Set<Int> = [main]
        var box = components[main]
        var grew = true
        while grew {
            grew = false
            let margin = box.side / 4 + 1
            for index in pool where !chosen.contains(index) {
                let piece = components[index]
                let near = piece.maxX >= box.minX - margin && piece.minX <= box.maxX + margin
                    && piece.maxY >= box.minY - margin && piece.minY <= box.maxY + margin
                // A piece much larger than the digit so far is a frame or a shadow around it, not part of it; so is a
                // piece whose box holds the digit's on every side (a printed box around the digit).
                let encloses = piece.minX < box.minX && piece.maxX > box.maxX && piece.minY < box.minY && piece.maxY > box.maxY
                guard near, piece.side <= box.side * 3 / 2 + 2, !encloses else { continue }
                chosen.insert(index)
                box.minX = min(box.minX, piece.minX); box.maxX = max(box.maxX, piece.maxX)
                box.minY = min(box.minY, piece.minY); box.maxY = max(box.maxY, piece.maxY)
                box.touchesBorder = box.touchesBorder || piece.touchesBorder
                box.area += piece.area
                grew = true
            }
        }
        return chosen
    }

    /// Whether piece `index` is a printed frame, thin and straight along its box's sides.
    ///
    /// Under a quarter of its box is ink, and nine tenths of its pixels lie within a tenth of the box's side (at least
    /// 2 pixels) of an edge. A digit's loop is round, and touches its box only here and there.
    func isFrame(_ index: Int) -> Bool {
        let piece = components[index]
        guard piece.area * 4 < piece.width * piece.height, piece.width >= 8, piece.height >= 8 else { return false }
        let margin = max(2, min(piece.width, piece.height) / 10)
        var alongEdges = 0
        for y in piece.minY...piece.maxY {
            for x in piece.minX...piece.maxX where labels[y * width + x] == index {
                if x - piece.minX < margin || piece.maxX - x < margin || y - piece.minY < margin || piece.maxY - y < margin {
                    alongEdges += 1
                }
            }
        }
        return alongEdges * 10 >= piece.area * 9
    }

    /// The share of the pixels on the edge of the rectangle `columns` x `rows` that belong to the `chosen` pieces.
    func share(of chosen: Set<Int>, onEdgeOf columns: ClosedRange<Int>, _ rows: ClosedRange<Int>) -> Double {
        var inked = 0, total = 0
        for y in rows {
            let edge = y == rows.lowerBound || y == rows.upperBound ? Array(columns) : Array(Set([columns.lowerBound, columns.upperBound]))
            for x in edge {
                total += 1
                if chosen.contains(labels[y * width + x]) { inked += 1 }
            }
        }
        return Double(inked) / Double(max(1, total))
    }

    /// The bounding box and border contact of `chosen` pieces together.
    func extent(of chosen: Set<Int>) -> Component {
        var box = Component()
        for index in chosen {
            let piece = components[index]
            box.area += piece.area
            box.minX = min(box.minX, piece.minX); box.maxX = max(box.maxX, piece.maxX)
            box.minY = min(box.minY, piece.minY); box.maxY = max(box.maxY, piece.maxY)
            box.touchesBorder = box.touchesBorder || piece.touchesBorder
        }
        return box
    }
}
