extension DigitPreprocessor {
    /// The digit in the image file at `path`: read as ``ImageDecoder`` reads it, a large JPEG decoded reduced to
    /// the side this preprocessor analyses (what `predict`, report cells and image folders all do).
    public func digit(inFile path: String, limits: ImageLimits = .standard) throws(ImageError) -> Result {
        try digit(from: ImageDecoder.read(path, limits: limits, reducingTo: analysisSide), file: path)
    }
}
