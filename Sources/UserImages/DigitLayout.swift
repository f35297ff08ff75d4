import Foundation

/// Turns the groups of a row into digit inputs, deciding for each group how many digits it holds: one, unless it is
/// too wide for one digit; then every way `TouchingDigits` offers to cut it into 2, 3, … parts is read, and the
/// split whose parts the classifier reads most surely (mean log probability, with a mild pull towards the count its
/// width suggests) wins, against reading it whole.
struct DigitLayout {
    /// One digit's input, its probabilities and its ink box in the analysed picture.
    struct Part {
        let input: GreyImage
        let probabilities: [Float]
        let box: (x: Int, y: Int, width: Int, height: Int)
    }

    let map: InkMap
    let pieces: InkComponents
    let groups: [DigitGroups.Group]
    let digitHeight: Int
    /// Which group owns each ink pixel (-1 none): a digit's ink grows into no other digit's.
    private var owner: [Int]
    /// Each group's ink pixels, found once.
    private let pixelsOf: [[Int]]
    /// How many groups were cut into several digits.
    private(set) var split = 0

    init(map: InkMap, pieces: InkComponents, groups: [DigitGroups.Group], digitHeight: Int) {
        self.map = map
        self.pieces = pieces
        self.groups = groups
        self.digitHeight = digitHeight
        var owner = [Int](repeating: -1, count: map.width * map.height)
        var groupOf = [Int: Int]()
        for (index, group) in groups.enumerated() { for piece in group.pieces { groupOf[piece] = index } }
        for (pixel, label) in pieces.labels.enumerated() where label >= 0 { owner[pixel] = groupOf[label] ?? -1 }
        self.owner = owner
        var pixelsOf = [[Int]](repeating: [], count: groups.count)
        for (pixel, group) in owner.enumerated() where group >= 0 { pixelsOf[group].append(pixel) }
        self.pixelsOf = pixelsOf
    }

    /// A single digit's width: the median group's when there are three or more (most are single digits), else 0.7 of
    /// the height.
    var typicalWidth: Double {
        let widths = groups.map(\.width).sorted()
        return widths.count < 3 ? 0.7 * Double(max(1, digitHeight)) : max(Double(widths[widths.count / 2]), 0.5 * Double(digitHeight))
    }

    mutating func bestParts(of index: Int, preprocessor: DigitPreprocessor, file: String,
                            classify: NumberReader.Classifier) throws -> [Part] {
        let group = groups[index]
        let pixels = pixelsOf[index]
        let whole = try parts([pixels], group: index, preprocessor: preprocessor, file: file, classify: classify)
        let expected = Double(group.width) / max(1, typicalWidth), height = Double(max(1, digitHeight))
        // A slanted digit is up to about 1.2 times as wide as tall: only a wider piece may hold several digits. (Cutting
        // narrower pieces, pairs with a 1, whenever the parts read much more surely than the whole lost more strings on
        // the benchmark than it won: the classifier is often sure of half a digit.)
        guard Double(group.width) > 1.3 * height, expected > 1.6 else { return whole }
        let cutter = TouchingDigits(map: map, pixels: pixels, minX: group.minX, minY: group.minY, maxX: group.maxX, maxY: group.maxY)
        func score(_ parts: [Part]) -> Double {
            let surety = parts.reduce(0.0) { $0 + log(Double(max(1e-6, $1.probabilities.max() ?? 0))) } / Double(parts.count)
            return surety - 0.5 * abs(Double(parts.count) - expected)
        }
        // Cutting must read clearly better than reading whole.
        var best = whole, bestScore = score(whole) + 0.25
        let most = min(6, max(2, Int((Double(group.width) / (0.45 * height)).rounded(.up))))
        for count in 2...most {
            for candidate in cutter.splits(into: count) where candidate.allSatisfy({ $0.count >= 3 }) {
                let read = try parts(candidate, group: index, preprocessor: preprocessor, file: file, classify: classify)
                if score(read) > bestScore {
                    best = read
                    bestScore = score(read)
                }
            }
        }
        if best.count > 1 { split += 1 }
        return best
    }

    /// Each pixel list as a digit input (its ink grown into no other part's or group's), classified in one batch.
    private func parts(_ lists: [[Int]], group: Int, preprocessor: DigitPreprocessor, file: String,
                       classify: NumberReader.Classifier) throws -> [Part] {
        var partOf = [Int32](repeating: -1, count: map.width * map.height)
        for (part, list) in lists.enumerated() { for pixel in list { partOf[pixel] = Int32(part) } }
        var inputs: [GreyImage] = [], boxes: [(x: Int, y: Int, width: Int, height: Int)] = []
        for (part, list) in lists.enumerated() {
            let (patch, crop) = try preprocessor.inkPatch(map: map, seeds: list, blocked: { pixel in
                (owner[pixel] != -1 && owner[pixel] != group) || (partOf[pixel] != -1 && partOf[pixel] != Int32(part))
            }, file: file)
            inputs.append(preprocessor.digitImage(patch, crop: crop))
            boxes.append(Self.box(of: list, width: map.width))
        }
        let probabilities = try classify(inputs)
        return inputs.indices.map { Part(input: inputs[$0], probabilities: probabilities.indices.contains($0) ? probabilities[$0] : [],
                                         box: boxes[$0]) }
    }

    static func box(of pixels: [Int], width: Int) -> (x: Int, y: Int, width: Int, height: Int) {
        var (minX, minY, maxX, maxY) = (Int.max, Int.max, -1, -1)
        for pixel in pixels {
            minX = min(minX, pixel % width); maxX = max(maxX, pixel % width)
            minY = min(minY, pixel / width); maxY = max(maxY, pixel / width)
        }
        return maxX < 0 ? (0, 0, 0, 0) : (minX, minY, maxX - minX + 1, maxY - minY + 1)
    }
}
