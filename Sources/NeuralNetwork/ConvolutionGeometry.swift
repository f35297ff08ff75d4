/// The sizes of one stride-1 convolution over an NHWC batch, and the im2col copies between images and patches.
struct ConvolutionGeometry {
    let height: Int, width: Int, channels: Int
    let kernelHeight: Int, kernelWidth: Int
    let padTop: Int, padLeft: Int
    let outputHeight: Int, outputWidth: Int

    /// Keras's padding: 'valid' adds none; 'same' pads so the output keeps the input's size
    /// (the extra pixel of an even kernel goes to the bottom and right).
    init(height: Int, width: Int, channels: Int, kernelHeight: Int, kernelWidth: Int, samePadding: Bool) {
        self.height = height
        self.width = width
        self.channels = channels
        self.kernelHeight = kernelHeight
        self.kernelWidth = kernelWidth
        padTop = samePadding ? (kernelHeight - 1) / 2 : 0
        padLeft = samePadding ? (kernelWidth - 1) / 2 : 0
        outputHeight = samePadding ? height : height - kernelHeight + 1
        outputWidth = samePadding ? width : width - kernelWidth + 1
    }

    /// The length of one patch row: kernel height x kernel width x channels.
    var patchSize: Int { kernelHeight * kernelWidth * channels }
    /// Output positions (patch rows) per image.
    var positions: Int { outputHeight * outputWidth }
    var imageSize: Int { height * width * channels }

    /// Copies the patches of `count` images starting at `images` into `patches` (one row per output position).
    func im2col(_ images: UnsafePointer<Float>, count: Int, into patches: UnsafeMutablePointer<Float>) {
        let rowLength = kernelWidth * channels
        for image in 0..<count {
            let source = images + image * imageSize
            for oy in 0..<outputHeight {
                for ox in 0..<outputWidth {
                    var row = patches + ((image * outputHeight + oy) * outputWidth + ox) * patchSize
                    let left = ox - padLeft
                    for ky in 0..<kernelHeight {
                        let iy = oy + ky - padTop
                        if iy < 0 || iy >= height {
                            row.update(repeating: 0, count: rowLength)
                        } else if left >= 0 && left + kernelWidth <= width {
                            row.update(from: source + (iy * width + left) * channels, count: rowLength)
                        } else {
                            for kx in 0..<kernelWidth {
                                let ix = left + kx
                                if ix < 0 || ix >= width {
                                    (row + kx * channels).update(repeating: 0, count: channels)
                                } else {
                                    (row + kx * channels).update(from: source + (iy * width + ix) * channels, count: channels)
                                }
                            }
                        }
                        row += rowLength
                    }
                }
            }
        }
    }

    /// Adds each patch row of `patches` back onto the pixels it came from (the adjoint of `im2col`).
    func col2im(_ patches: UnsafePointer<Float>, count: Int, addingInto images: UnsafeMutablePointer<Float>) {
        for image in 0..<count {
            let target = images + image * imageSize
            for oy in 0..<outputHeight {
                for ox in 0..<outputWidth {
                    var row = patches + ((image * outputHeight + oy) * outputWidth + ox) * patchSize
                    for ky in 0..<kernelHeight {
                        let iy = oy + ky - padTop
                        for kx in 0..<kernelWidth {
                            let ix = ox + kx - padLeft
                            if iy >= 0 && iy < height && ix >= 0 && ix < width {
                                let pixel = target + (iy * width + ix) * channels
                                for channel in 0..<channels { pixel[channel] += row[channel] }
                            }
                            row += channels
                        }
                    }
                }
            }
        }
    }
}

/// A reusable scratch buffer that grows to the largest size asked of it.
final class Workspace: @unchecked Sendable {
    private(set) var pointer = UnsafeMutablePointer<Float>.allocate(capacity: 1)
    private var capacity = 1

    /// A buffer of at least `count` floats (contents undefined).
    func buffer(count: Int) -> UnsafeMutablePointer<Float> {
        if count > capacity {
            pointer.deallocate()
            pointer = .allocate(capacity: count)
            capacity = count
        }
        return pointer
    }

    deinit { pointer.deallocate() }
}
