import Foundation
import Randomness
import UserImages

/// A photo of a sheet of paper lying on a desk: the sheet covers 20% to 95% of the frame, the digit is anywhere on it,
/// and a soft shadow edge crosses the picture; the desk is darker than the paper, or lighter (a white table under
/// recycled paper).
enum SheetConditions {
    static let all: [ReadingCondition] = [
        ReadingCondition("sheet-dark-desk", "a sheet covering 20-95% of a 400x300 photo on a darker desk, digit anywhere, a shadow edge") {
            digit, generator throws(ImageFileError) in
            try ImageFileWriter.jpeg(sheet(digit, deskDarker: true, generator: &generator), colour: false, quality: 90)
        },
        ReadingCondition("sheet-light-desk", "a grey sheet covering 20-95% of a 400x300 photo on a lighter desk, a shadow edge") {
            digit, generator throws(ImageFileError) in
            try ImageFileWriter.jpeg(sheet(digit, deskDarker: false, generator: &generator), colour: false, quality: 90)
        },
    ]

    static func sheet(_ digit: GreyImage, deskDarker: Bool, generator: inout SeededGenerator) -> Picture {
        let landscape = generator.uniformInteger(in: 0..<2) == 0
        let (width, height) = landscape ? (400, 300) : (300, 400)
        let paper = deskDarker ? generator.float(190...245) : generator.float(150...200)
        let desk = deskDarker ? generator.float(40...(paper - 50)) : generator.float((paper + 30)...255)
        let grain = generator.float(2...10), period = generator.float(6...30), phase = generator.float(0...6.3)
        // The sheet's share of the frame, split between its width and height share.
        let coverage = Double(generator.float(0.2...0.95))
        let widthShare = Double(generator.float(Float(coverage)...1)), heightShare = coverage / widthShare
        let sheetWidth = widthShare * Double(width), sheetHeight = heightShare * Double(height)
        let sheetLeft = Double(generator.float(0...1)) * (Double(width) - sheetWidth)
        let sheetTop = Double(generator.float(0...1)) * (Double(height) - sheetHeight)
        var picture = Picture(width: width, height: height) { x, y in
            // How much of the pixel the sheet covers: its edges are anti-aliased.
            let across = overlap(Double(x), sheetLeft, sheetLeft + sheetWidth), down = overlap(Double(y), sheetTop, sheetTop + sheetHeight)
            let texture = grain * sin(2 * .pi * Float(y) / period + phase)
            return RGB(grey: Float(across * down) * paper + Float(1 - across * down) * (desk + texture))
        }
        // The digit's 28x28 frame, a third to four fifths of the sheet's shorter side (at least 40 pixels), on the sheet.
        let shorter = min(sheetWidth, sheetHeight)
        let frame = Int(max(40, min(shorter * 0.95, shorter * Double(generator.float(0.35...0.8)))))
        let left = Int(sheetLeft + Double(generator.float(0...1)) * max(0, sheetWidth - Double(frame)))
        let top = Int(sheetTop + Double(generator.float(0...1)) * max(0, sheetHeight - Double(frame)))
        picture.draw(InkLayer.enlarged(digit, side: frame), left: left, top: top, pen: RGB(grey: generator.float(15...70)))
        // A soft shadow edge through a point of the sheet, at any angle.
        let angle = generator.float(0...6.3), darkness = generator.float(0.55...0.8), softness = generator.float(10...40)
        let pointX = Float(sheetLeft + Double(generator.float(0...1)) * sheetWidth)
        let pointY = Float(sheetTop + Double(generator.float(0...1)) * sheetHeight)
        picture.light { x, y in
            let distance = (Float(x) - pointX) * cos(angle) + (Float(y) - pointY) * sin(angle)
            let t = max(0, min(1, distance / softness + 0.5))
            return 1 - (1 - darkness) * t * t * (3 - 2 * t)
        }
        picture.addNoise(sigma: generator.float(2...5), generator: &generator)
        return picture
    }

    /// The length of the pixel [`x`, `x`+1) inside [`low`, `high`).
    static func overlap(_ x: Double, _ low: Double, _ high: Double) -> Double {
        max(0, min(x + 1, high) - max(x, low))
    }
}
