import Foundation

/// An RGBA colour with components in [0, 1].
public struct Color: Equatable, Sendable {
    public let red: Double, green: Double, blue: Double, alpha: Double

    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }

    public init(hex: UInt32) {
        self.init(red: Double(hex >> 16 & 0xFF) / 255, green: Double(hex >> 8 & 0xFF) / 255, blue: Double(hex & 0xFF) / 255)
    }

    public static let white = Color(hex: 0xFFFFFF)
    public static let ink = Color(hex: 0x222222)
    public static let muted = Color(hex: 0x666666)
    public static let grid = Color(hex: 0xE4E4E4)

    /// Distinct series colours that stay apart for colour-blind readers (Okabe and Ito).
    public static let series: [Color] = [0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7, 0xE69F00, 0x56B4E9, 0xF0E442, 0x000000].map { Color(hex: $0) }

    /// Relative luminance (WCAG), for choosing readable text on top of this colour.
    public var luminance: Double {
        func linear(_ c: Double) -> Double { c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// Black or white text, whichever reads better on this colour.
    public var readableText: Color { luminance > 0.4 ? .ink : .white }
}


