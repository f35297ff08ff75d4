/// A box in an image's pixels: left, top, width and height.
public struct PixelBox: Equatable, Sendable, Codable {
    public let x: Int, y: Int, width: Int, height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// `[x, y, width, height]`, as the JSON outputs write it.
    public var array: [Int] { [x, y, width, height] }
}

/// A row of handwritten digits read as a number: each digit's box, reading and probability, left to right.
public struct NumberReading: Sendable {
    /// One digit of the number.
    public struct Digit: Sendable {
        /// The predicted class (its index).
        public let digit: Int
        /// The top class probability.
        public let probability: Float
        /// Every class's probability.
        public let probabilities: [Float]
        /// Where the digit's ink is in the input image.
        public let box: PixelBox
        /// The 28x28 MNIST-style input the classifier saw.
        public let input: GreyImage
    }

    public let digits: [Digit]
    /// Whether the ink was dark on a light ground.
    public let inverted: Bool
    /// How many pieces of ink were merged into other digits or dropped as noise, and how many wide pieces were split.
    public let merged: Int, dropped: Int, split: Int
    /// Why the reading rests on a doubtful input (ink covering much of the picture), in words for the user.
    public var warnings: [String] = []

    /// The digits as text ("90210").
    public var number: String { digits.map { String($0.digit) }.joined() }

    /// The probability that every digit is right, taking the digits as independent: the product of their top
    /// probabilities.
    public var confidence: Double { digits.reduce(1.0) { $0 * Double($1.probability) } }

    /// The least sure digit's probability.
    public var weakest: Float { digits.map(\.probability).min() ?? 0 }

    /// Whether a person should check the reading: a digit below `threshold`, or a warning about the input.
    public func needsChecking(threshold: Double) -> Bool { checkAdvice(threshold: threshold) != nil }
}
