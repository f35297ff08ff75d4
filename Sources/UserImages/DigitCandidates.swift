/// Choosing a reading of a picture when the usual one finds no digit: the other polarity of ink, a flat background
/// instead of the local one, and ink at the border kept.
///
/// The usual reading (the polarity the strokes suggest, the local background, ink at the border left out) stands
/// whenever it finds a digit. When it fails, which a digit filling
/// its picture makes it do (a scan cropped tight: the strokes are bolder than any local background window, cover most
/// of the middle and touch the edges), the other readings are tried in order, and the first whose ink looks like a
/// digit is kept: not a solid block about as wide as tall (a sheet of paper taken as ink), not a frame along the
/// picture's edges (a desk around a sheet), not a fragment or a lattice (graph paper's squares). Tried and left out:
/// letting those other readings, or the classifier's surety, overrule a usual reading that succeeded; on
/// `bench reading` that read tight crops better but sheets, form boxes and small digits in large photos worse.
struct DigitCandidates {
    /// One reading, with what its ink looks like.
    struct Candidate {
        let result: DigitPreprocessor.Result
        /// The share of the digit's box its ink covers (a solid block near 1, a stroke much less).
        let fill: Double
        /// The digit's longer side over the picture's shorter side.
        let cover: Double
        /// The digit box's longer side over its shorter side.
        let elongation: Double
        /// How many separate pieces of ink make up the digit.
        let pieces: Int
        /// The share of the picture's border that the digit's ink covers (a frame or a desk most of it, a digit that
        /// touches the edges a little).
        let borderShare: Double
        /// The share of the edge of the digit's own box that its ink covers (a rectangle all of it, strokes a little).
        let edgeShare: Double
    }

    /// Whether a reading's ink is a solid block or a rectangle about as wide as tall, not strokes.
    ///
    /// A sheet of paper taken as ink, the digit a hole in it; a bold 1 is a rectangle too, but a narrow one.
    static func isBlock(_ candidate: Candidate) -> Bool {
        candidate.elongation < 2 && (candidate.fill >= 0.88 || candidate.edgeShare >= 0.9)
    }

    /// Whether `candidate`, a reading made after the usual one failed, looks like a digit.
    static func isPlausible(_ candidate: Candidate) -> Bool {
        !isBlock(candidate) && candidate.borderShare < 0.25 && candidate.cover >= 0.25
            && candidate.pieces <= 2 * DigitPreprocessor.mostPiecesOfOneDigit
    }
}
