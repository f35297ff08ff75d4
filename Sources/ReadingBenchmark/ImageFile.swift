import CTurboJPEG
import CZlibSystem
import UserImages

/// The bytes of an image file a condition made, and what kind of file they are.
public struct ImageFile: Sendable, Equatable {
    /// The file's format and layout, as a person's camera or scanner would have stored it.
    public enum Kind: String, Sendable, Equatable {
        case greyPNG, grey16PNG, rgbPNG, rgbaPNG, greyJPEG, rgbJPEG
    }

    public let bytes: [UInt8]
    public let kind: Kind
    /// The EXIF orientation the file carries (JPEG only), or nil for none.
    public let orientation: Int?

    /// The file name extension: "png" or "jpg".
    public var fileExtension: String { [.greyJPEG, .rgbJPEG].contains(kind) ? "jpg" : "png" }
}

/// Why a condition could not store its picture (a library failed; never expected for the benchmark's sizes).
public struct ImageFileError: Error, CustomStringConvertible, Sendable {
    public let description: String
}

/// Stores pictures as PNG (chunks written here, with zlib, so that 16-bit, RGB and RGBA files carry no gamma or colour
/// chunk, as untagged files from scanners and editors do) and JPEG (TurboJPEG, optionally with an EXIF orientation).
enum ImageFileWriter {
    static func greyPNG(_ picture: Picture) throws(ImageFileError) -> ImageFile {
        guard let image = GreyImage(width: picture.width, height: picture.height, pixels: picture.greyBytes) else {
            throw ImageFileError(description: "a \(picture.width)x\(picture.height) picture has no pixels")
        }
        do {
            return ImageFile(bytes: try PNGCodec.encode(image), kind: .greyPNG, orientation: nil)
        } catch {
            throw ImageFileError(description: error.description)
        }
    }

    /// A 16-bit greyscale PNG, each grey level g stored as g·257 rounded.
    static func grey16PNG(_ picture: Picture) throws(ImageFileError) -> ImageFile {
        var rows: [UInt8] = []
        rows.reserveCapacity(picture.height * (1 + 2 * picture.width))
        for y in 0..<picture.height {
            rows.append(0)
            for x in 0..<picture.width {
                let index = 3 * (y * picture.width + x)
                let grey = RGB(picture.samples[index], picture.samples[index + 1], picture.samples[index + 2]).luma
                let value = UInt16(max(0, min(65_535, (grey * 257).rounded())))
                rows += [UInt8(value >> 8), UInt8(value & 0xFF)]
            }
        }
        let bytes = try png(picture.width, picture.height, bitDepth: 16, colourType: 0, rows: rows)
        return ImageFile(bytes: bytes, kind: .grey16PNG, orientation: nil)
    }

    /// An 8-bit RGB PNG, or RGBA when `alpha` gives each pixel's opacity (0…255).
    static func colourPNG(_ picture: Picture, alpha: ((Int, Int) -> UInt8)? = nil) throws(ImageFileError) -> ImageFile {
        let bytes = picture.rgbBytes
        var rows: [UInt8] = []
        for y in 0..<picture.height {
            rows.append(0)
            for x in 0..<picture.width {
                let index = 3 * (y * picture.width + x)
                rows += bytes[index..<(index + 3)]
                if let alpha { rows.append(alpha(x, y)) }
            }
        }
        let kind: ImageFile.Kind = alpha == nil ? .rgbPNG : .rgbaPNG
        return ImageFile(bytes: try png(picture.width, picture.height, bitDepth: 8, colourType: alpha == nil ? 2 : 6, rows: rows),
                         kind: kind, orientation: nil)
    }

    /// A baseline JPEG at `quality`: grey, or colour with 4:2:0 chroma as phones store it; with `orientation`, an EXIF
    /// APP1 segment holding that tag follows the start-of-image marker.
    static func jpeg(_ picture: Picture, colour: Bool, quality: Int, orientation: Int? = nil) throws(ImageFileError) -> ImageFile {
        guard let handle = tjInitCompress() else { throw ImageFileError(description: "TurboJPEG could not start") }
        defer { tjDestroy(handle) }
        let pixels = colour ? picture.rgbBytes : picture.greyBytes
        let format = colour ? TJPF_RGB : TJPF_GRAY, subsampling = colour ? TJSAMP_420 : TJSAMP_GRAY
        var output: UnsafeMutablePointer<UInt8>? = nil
        var size: UInt = 0
        let status = pixels.withUnsafeBufferPointer {
            tjCompress2(handle, $0.baseAddress, Int32(picture.width), 0, Int32(picture.height), Int32(format.rawValue),
                        &output, &size, Int32(subsampling.rawValue), Int32(max(1, min(100, quality))), 0)
        }
        guard status == 0, let output else { throw ImageFileError(description: "TurboJPEG could not encode the picture") }
        defer { tjFree(output) }
        var bytes = Array(UnsafeBufferPointer(start: output, count: Int(size)))
        if let orientation { bytes = Array(bytes.prefix(2)) + exifSegment(orientation: orientation) + Array(bytes.dropFirst(2)) }
        return ImageFile(bytes: bytes, kind: colour ? .rgbJPEG : .greyJPEG, orientation: orientation)
    }

    /// An Exif APP1 segment: a big-endian TIFF header whose IFD0 holds one entry, tag 0x0112 (SHORT) = `orientation`.
    static func exifSegment(orientation: Int) -> [UInt8] {
        let tiff: [UInt8] = [0x4D, 0x4D, 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08, 0x00, 0x01,
                             0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, UInt8(clamping: orientation), 0x00, 0x00,
                             0x00, 0x00, 0x00, 0x00]
        let body = Array("Exif\0\0".utf8) + tiff
        let length = body.count + 2
        return [0xFF, 0xE1, UInt8(length >> 8), UInt8(length & 0xFF)] + body
    }

    private static func png(_ width: Int, _ height: Int, bitDepth: UInt8, colourType: UInt8,
                            rows: [UInt8]) throws(ImageFileError) -> [UInt8] {
        let header = bigEndian(UInt32(width)) + bigEndian(UInt32(height)) + [bitDepth, colourType, 0, 0, 0]
        var compressedSize = compressBound(uLong(rows.count))
        var compressed = [UInt8](repeating: 0, count: Int(compressedSize))
        guard compress(&compressed, &compressedSize, rows, uLong(rows.count)) == Z_OK else {
            throw ImageFileError(description: "zlib could not compress a \(width)x\(height) PNG")
        }
        compressed.removeSubrange(Int(compressedSize)...)
        return PNGCodec.signature + chunk("IHDR", header) + chunk("IDAT", compressed) + chunk("IEND", [])
    }

    private static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let body = Array(type.utf8) + data
        return bigEndian(UInt32(data.count)) + body + bigEndian(UInt32(crc32(0, body, uInt(body.count))))
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] { [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: value >> $0) } }
}
