/// How an imported run folder came to be: the model file it was made from and the input scale chosen for it.
public struct ImportRecord: Codable, Equatable, Sendable {
    /// The model file as given, and its SHA-256.
    public var source: String
    public var sha256: String
    /// `keras`, `keras-h5` or `safetensors`.
    public var format: String
    /// For weights-only files: the layout the tensors were read in (`pytorch` or `keras`).
    public var layout: String?
    /// The pixel values the model was trained on: `0-1` or `0-255` (folded into the first layer's weights).
    public var pixels: String
    /// `given` (--pixels) or `auto` (the better accuracy on the first training images).
    public var pixelsChosenBy: String
    /// With `auto`: the accuracy each choice had, and on how many training images.
    public var accuracies: [String: Double]?
    public var checkedImages: Int?

    public init(source: String, sha256: String, format: String, layout: String?, pixels: String, pixelsChosenBy: String,
                accuracies: [String: Double]?, checkedImages: Int?) {
        self.source = source
        self.sha256 = sha256
        self.format = format
        self.layout = layout
        self.pixels = pixels
        self.pixelsChosenBy = pixelsChosenBy
        self.accuracies = accuracies
        self.checkedImages = checkedImages
    }

    enum CodingKeys: String, CodingKey {
        case source, sha256, format, layout, pixels, accuracies
        case pixelsChosenBy = "pixels_chosen_by"
        case checkedImages = "checked_images"
    }
}
