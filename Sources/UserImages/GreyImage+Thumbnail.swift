extension GreyImage {
    /// A copy shrunk by area averaging so that neither side exceeds `side` (the image itself when it already fits):
    /// what a page shows of an upload without sending the upload back.
    public func thumbnail(fittingIn side: Int) -> GreyImage {
        let longest = max(width, height)
        guard side > 0, longest > side else { return self }
        let newWidth = max(1, (width * side + longest / 2) / longest)
        let newHeight = max(1, (height * side + longest / 2) / longest)
        let shrunk = AreaResampler.resize(pixels.map(Float.init), width: width, height: height, to: newWidth, newHeight)
        let bytes = shrunk.map { UInt8(max(0, min(255, $0.rounded()))) }
        return GreyImage(width: newWidth, height: newHeight, pixels: bytes) ?? self
    }
}
