/// Turns a user's picture of one digit into a 28x28 MNIST-style input, the way MNIST itself was made.
///
/// Steps: find the ink against its local background (`InkMap`: polarity from the strokes, `StrokePairs`, a background
/// that follows shadows and the desk around a sheet of paper, printed lines taken out by `RuledLines`, a threshold
/// clear of the noise), or against one ground level for a clean two-tone scan (`TwoTone`); keep the pieces that
/// form the digit (`InkComponents`: specks, frames and marks at the border left out); refuse ink too small or too
/// faint to be a digit; thicken a fine pen's strokes towards MNIST's width (`StrokeWidth`); crop to the ink; scale it
/// to fit a 20x20 box keeping its aspect ratio (area averaging, so strokes stay anti-aliased); place it in 28x28 so
/// that its centre of mass sits at (14, 14), where MNIST's are.
public struct DigitPreprocessor: Sendable {
    /// The side of the output image.
    public var side = 28
    /// The side of the box the digit is scaled into.
    public var box = 20
    /// The least contrast between background and ink, in grey levels, that counts as a digit.
    public var minimumContrast: Float = 24
    /// Pictures larger than this on their longer side are first shrunk by a whole factor (area averaging).
    public var analysisSide = 1_200

    public init() {}

    /// The result, with what was found on the way.
    public struct Result: Equatable, Sendable {
        /// The `side` x `side` digit: 0 background, 255 full ink, as in MNIST.
        public let digit: GreyImage
        /// Whether the background was light and the image was inverted.
        public let inverted: Bool
        /// The ink's bounding box in the input: x, y, width, height.
        public let inkBox: (x: Int, y: Int, width: Int, height: Int)
        /// Why the input is doubtful (ink covering the frame, a digit cut off by the edge, very low contrast), if it is.
        public let warnings: [String]

        public static func == (a: Result, b: Result) -> Bool {
            a.digit == b.digit && a.inverted == b.inverted && a.inkBox == b.inkBox && a.warnings == b.warnings
        }
    }

    /// Preprocesses `image`; `file` names it in errors (an image with no digit is an error, not a blank digit).
    ///
    /// When the usual reading finds no digit, the other readings of `DigitCandidates` are tried: the other polarity of
    /// ink, the background taken as one level, ink at the border kept.
    public func digit(from image: GreyImage, file: String) throws(ImageError) -> Result {
        let factor = max(1, (max(image.width, image.height) + analysisSide - 1) / analysisSide)
        let work = factor > 1 ? Self.shrunk(image, by: factor) : image
        // A clean two-tone scan is read first against one ground level, the tone that holds less of the edge as ink,
        // unless that ink is a solid block (a sheet of paper on a desk is two tones, but no digit).
        if let darkInk = TwoTone.darkInk(work) {
            let map = InkMap(work, darkInk: darkInk, flatBackground: true)
            for includingBorder in [false, true] {
                if let candidate = try? reading(work, map: map, includingBorder: includingBorder, original: image, factor: factor,
                                                file: file), !DigitCandidates.isBlock(candidate) {
                    return candidate.result
                }
            }
        }
        let preferred = InkMap.inkIsDark(work)
        var usualError: ImageError?
        var position = 0
        // Readings in order, each map made only when needed: the usual one first, which nearly every picture stops at.
        for darkInk in [preferred, !preferred] {
            for flat in [false, true] {
                let map = InkMap(work, darkInk: darkInk, flatBackground: flat)
                for includingBorder in [false, true] {
                    defer { position += 1 }
                    do {
                        let candidate = try reading(work, map: map, includingBorder: includingBorder, original: image, factor: factor,
                                                    file: file)
                        if position == 0 || DigitCandidates.isPlausible(candidate) { return candidate.result }
                    } catch {
                        usualError = usualError ?? error
                    }
                }
            }
        }
        throw usualError ?? ImageError(file: file, kind: .empty, detail: "no digit found: no ink")
    }

    /// One reading of the analysed picture `work` with the ink of `map`.
    private func reading(_ work: GreyImage, map: InkMap, includingBorder: Bool, original image: GreyImage, factor: Int,
                         file: String) throws(ImageError) -> DigitCandidates.Candidate {
        func empty(_ detail: String) -> ImageError { ImageError(file: file, kind: .empty, detail: "no digit found: " + detail) }
        func uniform(_ contrast: Float) -> ImageError {
            map.inkLevel < minimumContrast
                ? empty("the image is almost uniform (ink and background differ by \(Int(contrast)) grey levels)")
                : empty("the digit's ink differs from the paper by only \(Int(contrast)) grey levels")
        }
        let pieces = InkComponents(width: work.width, height: work.height, isInk: map.smoothed.map { $0 >= map.threshold })
        let chosen = pieces.digit(includingBorder: includingBorder)
        guard !chosen.isEmpty else {
            throw map.inkLevel < minimumContrast ? uniform(map.inkLevel) : empty("no ink stands out from the background")
        }
        let extent = pieces.extent(of: chosen)
        var seeds: [Int] = []
        for y in extent.minY...extent.maxY {
            for x in extent.minX...extent.maxX where pieces.labels[y * work.width + x] >= 0 {
                if chosen.contains(pieces.labels[y * work.width + x]) { seeds.append(y * work.width + x) }
            }
        }
        // The digit's own contrast: a desk's texture elsewhere in the picture may hold most of the ink's pixels.
        let contrast = Quantile.of(seeds.map { map.strength[$0] }, at: 0.9)
        guard contrast >= minimumContrast else { throw uniform(contrast) }
        let shorter = min(work.width, work.height)
        guard extent.side >= max(8, shorter * 3 / 100) else {
            throw empty("the only ink is a mark of \(extent.width * factor)x\(extent.height * factor) pixels, too small to be a digit")
        }
        let (patch, crop) = try inkPatch(map: map, seeds: seeds, file: file)
        let inkBox = (crop.x * factor, crop.y * factor, min(image.width - crop.x * factor, crop.width * factor),
                      min(image.height - crop.y * factor, crop.height * factor))
        let result = Result(digit: digitImage(patch, crop: crop), inverted: map.inverted, inkBox: inkBox,
                            warnings: warnings(map: map, contrast: contrast, pieces: pieces, chosen: chosen, extent: extent))
        return DigitCandidates.Candidate(result: result, fill: Double(extent.area) / Double(max(1, extent.width * extent.height)),
                                         cover: Double(extent.side) / Double(max(1, shorter)),
                                         elongation: Double(extent.side) / Double(max(1, min(extent.width, extent.height))),
                                         pieces: chosen.count,
                                         borderShare: pieces.share(of: chosen, onEdgeOf: 0...(work.width - 1), 0...(work.height - 1)),
                                         edgeShare: pieces.share(of: chosen, onEdgeOf: extent.minX...extent.maxX,
                                                                 extent.minY...extent.maxY))
    }

    /// A cropped ink patch scaled into the box (aspect kept, area averaging) and placed by its centre of mass.
    func digitImage(_ patch: [Float], crop: (x: Int, y: Int, width: Int, height: Int)) -> GreyImage {
        let scale = Double(box) / Double(max(crop.width, crop.height))
        let newWidth = max(1, min(box, Int((Double(crop.width) * scale).rounded())))
        let newHeight = max(1, min(box, Int((Double(crop.height) * scale).rounded())))
        let scaled = AreaResampler.resize(patch, width: crop.width, height: crop.height, to: newWidth, newHeight)
        return centred(scaled, width: newWidth, height: newHeight)
    }

    /// A digit's ink amounts (0…1) cropped to its box, with fine strokes thickened; and the crop's place in the
    /// analysed picture. The digit is its `seeds` (pixels of its pieces) grown through every touching pixel with any ink
    /// at all (hysteresis), so that soft, blurred or anti-aliased edges are kept however wide they are, except into
    /// pixels `blocked` says belong to another digit.
    func inkPatch(
        map: InkMap, seeds: [Int], blocked: (Int) -> Bool = { _ in false }, file: String
    ) throws(ImageError) -> ([Float], (x: Int, y: Int, width: Int, height: Int)) {
        let (width, height) = (map.width, map.height)
        guard let first = seeds.first else { throw ImageError(file: file, kind: .empty, detail: "no digit found: no ink") }
        var (minX, minY, maxX, maxY) = (first % width, first / width, first % width, first / width)
        for index in seeds {
            minX = min(minX, index % width); maxX = max(maxX, index % width)
            minY = min(minY, index / width); maxY = max(maxY, index / width)
        }
        let extentWidth = maxX - minX + 1, extentHeight = maxY - minY + 1
        var included = [Bool](repeating: false, count: width * height)
        var mask = [Bool](repeating: false, count: extentWidth * extentHeight)
        for index in seeds {
            mask[(index / width - minY) * extentWidth + index % width - minX] = true
            included[index] = true
        }
        var stack = seeds
        while let index = stack.popLast() {
            let x = index % width, y = index / width
            for dy in -1...1 {
                for dx in -1...1 where dx != 0 || dy != 0 {
                    let nx = x + dx, ny = y + dy
                    guard nx >= 0, ny >= 0, nx < width, ny < height else { continue }
                    let neighbour = ny * width + nx
                    guard !included[neighbour], map.strength[neighbour] > map.floor, !blocked(neighbour) else { continue }
                    included[neighbour] = true
                    stack.append(neighbour)
                    minX = min(minX, nx); maxX = max(maxX, nx); minY = min(minY, ny); maxY = max(maxY, ny)
                }
            }
        }
        let stroke = StrokeWidth.estimate(mask, width: extentWidth, height: extentHeight)
        let side = max(maxX - minX, maxY - minY) + 1
        let radius = min(side / 6, StrokeWidth.thickening(width: stroke, scale: Double(box) / Double(side)))
        let x0 = max(0, minX - radius), y0 = max(0, minY - radius)
        let x1 = min(width - 1, maxX + radius), y1 = min(height - 1, maxY + radius)
        let (cropWidth, cropHeight) = (x1 - x0 + 1, y1 - y0 + 1)
        var values = [Float](repeating: 0, count: cropWidth * cropHeight)
        for y in y0...y1 {
            for x in x0...x1 where included[y * width + x] { values[(y - y0) * cropWidth + x - x0] = map.amount(at: y * width + x) }
        }
        values = StrokeWidth.dilate(values, width: cropWidth, height: cropHeight, radius: radius)
        guard let tight = Self.boundingBox(of: values, width: cropWidth, height: cropHeight) else {
            throw ImageError(file: file, kind: .empty, detail: "no digit found: no ink above the noise")
        }
        var patch = [Float](repeating: 0, count: tight.width * tight.height)
        for y in 0..<tight.height {
            for x in 0..<tight.width { patch[y * tight.width + x] = values[(tight.y + y) * cropWidth + tight.x + x] }
        }
        return (patch, (x0 + tight.x, y0 + tight.y, tight.width, tight.height))
    }

    /// The largest share of a picture that handwritten digits' ink covers; more is warned about (a smudge, a pattern).
    static let mostInkShare = 0.3

    /// The most separate strokes a single handwritten digit is taken to have (a 4 or a 5 drawn in pieces, a broken 8).
    static let mostPiecesOfOneDigit = 4

    /// How many digits the ink seems to hold when it looks like a row of several; nil for one digit.
    ///
    /// A ZIP code read in single-digit mode: the pieces gathered into digits as `NumberReader` gathers them, in one
    /// line, at least two and at most as many as a number may have, each counted one at least half as tall as the row,
    /// and the row wider than tall by a fifth (one digit's ink is taller than wide; a 0 drawn with a fine pen in two
    /// arcs is not two digits). Nil too for ink that is no row of digits.
    static func apparentDigits(_ pieces: InkComponents) -> Int? {
        let row = DigitGroups(pieces)
        guard InkLines.count(row.groups.flatMap { $0.pieces.map { pieces.components[$0] } }) == 1,
              let top = row.groups.map(\.minY).min(), let bottom = row.groups.map(\.maxY).max() else { return nil }
        let height = bottom - top + 1
        let digits = row.groups.filter { $0.height * 2 >= height }
        guard (2...NumberReader().mostDigits).contains(digits.count), let left = digits.map(\.minX).min(),
              let right = digits.map(\.maxX).max(), (right - left + 1) * 5 >= height * 6 else { return nil }
        return digits.count
    }

    /// Why the result rests on a doubtful input, in words for the user.
    /// Ink at the border that is not part of the digit (a desk or a table edge around the paper) does not count.
    private func warnings(map: InkMap, contrast: Float, pieces: InkComponents, chosen: Set<Int>,
                          extent: InkComponents.Component) -> [String] {
        var warnings: [String] = []
        let inkArea = pieces.components.indices.filter { chosen.contains($0) || !pieces.components[$0].touchesBorder }
            .reduce(0) { $0 + pieces.components[$1].area }
        let inkShare = Double(inkArea) / Double(max(1, map.width * map.height))
        if inkShare > Self.mostInkShare {
            warnings.append("ink covers \(Int(inkShare * 100))% of the picture; a digit on plain paper reads best")
        }
        if extent.touchesBorder { warnings.append("the digit touches the edge of the picture and may be cut off") }
        let sizeable = InkLines.sizeable(pieces)
        if let digits = Self.apparentDigits(pieces) {
            warnings.append("this picture seems to hold \(digits) digits: try whole-number mode")
        } else if sizeable.count > Self.mostPiecesOfOneDigit {
            warnings.append("the ink is \(sizeable.count) separate marks, not one digit (a digit is one to \(Self.mostPiecesOfOneDigit) "
                + "strokes); the reading is a guess")
        } else if InkLines.count(sizeable) > 1 {
            warnings.append("the ink lies in \(InkLines.count(sizeable)) lines, not one digit; the reading is a guess")
        }
        if contrast < 48 { warnings.append("very low contrast (ink and paper differ by \(Int(contrast)) grey levels)") }
        return warnings
    }

    /// `image` shrunk by a whole `factor` in both directions, each output pixel the mean of the pixels it covers.
    static func shrunk(_ image: GreyImage, by factor: Int) -> GreyImage {
        let width = max(1, image.width / factor), height = max(1, image.height / factor)
        let resized = AreaResampler.resize(image.pixels.map(Float.init), width: image.width, height: image.height, to: width, height)
        return GreyImage(unchecked: width, height: height, pixels: resized.map { UInt8(max(0, min(255, $0.rounded()))) })
    }

    /// Places the scaled digit in the output so that its centre of mass is at the centre.
    private func centred(_ patch: [Float], width: Int, height: Int) -> GreyImage {
        var mass: Float = 0, sumX: Float = 0, sumY: Float = 0
        for y in 0..<height {
            for x in 0..<width {
                let value = patch[y * width + x]
                mass += value
                sumX += value * Float(x)
                sumY += value * Float(y)
            }
        }
        // MNIST's digits have their centre of mass at (14, 14) in pixel indices (measured over its test set: 14.01, 13.99).
        let centre = Float(side) / 2
        let centreX = mass > 0 ? sumX / mass : Float(width - 1) / 2
        let centreY = mass > 0 ? sumY / mass : Float(height - 1) / 2
        let left = max(0, min(side - width, Int((centre - centreX).rounded())))
        let top = max(0, min(side - height, Int((centre - centreY).rounded())))
        var output = [UInt8](repeating: 0, count: side * side)
        for y in 0..<height {
            for x in 0..<width {
                output[(top + y) * side + left + x] = UInt8(max(0, min(255, (patch[y * width + x] * 255).rounded())))
            }
        }
        return GreyImage(unchecked: side, height: side, pixels: output)
    }

    /// The smallest box holding every non-zero pixel, or nil when there is none.
    private static func boundingBox(of pixels: [Float], width: Int, height: Int) -> (x: Int, y: Int, width: Int, height: Int)? {
        var minX = width, minY = height, maxX = -1, maxY = -1
        for y in 0..<height {
            for x in 0..<width where pixels[y * width + x] > 0 {
                minX = min(minX, x); maxX = max(maxX, x)
                minY = min(minY, y); maxY = max(maxY, y)
            }
        }
        guard maxX >= 0 else { return nil }
        return (minX, minY, maxX - minX + 1, maxY - minY + 1)
    }
}
