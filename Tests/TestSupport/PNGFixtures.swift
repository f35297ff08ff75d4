import CZlibSystem
import Foundation

/// PNG files that Digitbook never writes but users send: 16-bit greyscale (untagged) and RGBA with transparency,
/// assembled chunk by chunk so that nothing (no gamma chunk, no colour profile) is added.
public enum PNGFixtures {
    /// Why a fixture could not be built.
    public struct Failure: Error {}

    /// A 16-bit greyscale PNG with no gamma chunk, each grey level g stored as g * 257.
    public static func greyscale16(_ width: Int, _ height: Int, _ pixels: [UInt8]) throws -> [UInt8] {
        var rows: [UInt8] = []
        for y in 0..<height {
            rows.append(0)
            for x in 0..<width { rows += [pixels[y * width + x], pixels[y * width + x]] }
        }
        return try png(width: width, height: height, bitDepth: 16, colourType: 0, rows: rows)
    }

    /// An 8-bit RGBA PNG: `pixels` as an opaque grey card centred on a transparent margin of black pixels.
    public static func cardOnTransparentMargin(_ width: Int, _ height: Int, _ pixels: [UInt8], margin: Int) throws -> [UInt8] {
        let (outerWidth, outerHeight) = (width + 2 * margin, height + 2 * margin)
        var rows: [UInt8] = []
        for y in 0..<outerHeight {
            rows.append(0)
            for x in 0..<outerWidth {
                let (cx, cy) = (x - margin, y - margin)
                if cx >= 0, cy >= 0, cx < width, cy < height {
                    let grey = pixels[cy * width + cx]
                    rows += [grey, grey, grey, 255]
                } else {
                    rows += [0, 0, 0, 0]
                }
            }
        }
        return try png(width: outerWidth, height: outerHeight, bitDepth: 8, colourType: 6, rows: rows)
    }

    /// A greyscale PNG whose header declares `width` x `height` pixels but which holds almost no data: a pixel flood.
    public static func declaring(width: Int, height: Int) throws -> [UInt8] {
        try png(width: width, height: height, bitDepth: 8, colourType: 0, rows: [0])
    }

    private static func png(width: Int, height: Int, bitDepth: UInt8, colourType: UInt8, rows: [UInt8]) throws -> [UInt8] {
        var header = bigEndian(UInt32(width)) + bigEndian(UInt32(height))
        header += [bitDepth, colourType, 0, 0, 0]
        var compressedSize = compressBound(uLong(rows.count))
        var compressed = [UInt8](repeating: 0, count: Int(compressedSize))
        let status = compress(&compressed, &compressedSize, rows, uLong(rows.count))
        guard status == Z_OK else { throw Failure() }
        compressed.removeSubrange(Int(compressedSize)...)
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + chunk("IHDR", header) + chunk("IDAT", compressed) + chunk("IEND", [])
    }

    private static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let body = Array(type.utf8) + data
        let checksum = UInt32(crc32(0, body, uInt(body.count)))
        return bigEndian(UInt32(data.count)) + body + bigEndian(checksum)
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: value >> $0) }
    }
}
