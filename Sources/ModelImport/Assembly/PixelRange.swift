/// The pixel values a model was trained on. Digitbook feeds every network pixels divided by 255; a model trained on
/// raw 0-255 values sees the same numbers once its first layer is scaled by 255.
public enum PixelRange: String, Codable, Sendable, CaseIterable, CustomStringConvertible {
    case unit = "0-1"
    case raw = "0-255"

    /// What Digitbook's inputs (pixels / 255) must be multiplied by to give what the model expects.
    public var factor: Float { self == .unit ? 1 : 255 }

    public var description: String { rawValue }
}
