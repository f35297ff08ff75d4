/// Grey-level reconstruction by dilation: a marker grown under a mask through 8-connected paths (Vincent's hybrid
/// algorithm: a forward and a backward raster scan, then a queue for what the scans could not reach).
///
/// Each pixel ends at the highest level a path from the marker can carry to it: the least of the marker's value where
/// the path starts and the mask's values along it. An opening by reconstruction (the marker an erosion of the mask)
/// keeps every bright region that has some part wider than the erosion, whole, however narrow its other parts: the
/// sharp tip where a shadow's edge meets the edge of a sheet stays background, where a plain opening would cut it off
/// and leave it looking like ink.
enum GreyReconstruction {
    /// The reconstruction of `marker` under `mask` (the marker is first clipped to the mask).
    static func byDilation(marker: [Float], mask: [Float], width: Int, height: Int) -> [Float] {
        var grown = zip(marker, mask).map { min($0, $1) }
        guard width > 0, height > 0, grown.count == width * height else { return grown }
        mask.withUnsafeBufferPointer { mask in
            grown.withUnsafeMutableBufferPointer { grown in
                var queue: [Int] = []
                scan(grown, mask, width: width, height: height, forward: true, queue: &queue)
                scan(grown, mask, width: width, height: height, forward: false, queue: &queue)
                var head = 0
                while head < queue.count {
                    let index = queue[head]
                    head += 1
                    let x = index % width, y = index / width
                    for ny in max(0, y - 1)...min(height - 1, y + 1) {
                        for nx in max(0, x - 1)...min(width - 1, x + 1) {
                            let neighbour = ny * width + nx
                            if grown[neighbour] < grown[index] && grown[neighbour] < mask[neighbour] {
                                grown[neighbour] = min(grown[index], mask[neighbour])
                                queue.append(neighbour)
                            }
                        }
                    }
                }
            }
        }
        return grown
    }

    /// One raster scan: each pixel takes the highest of itself and the four neighbours the scan has passed, clipped
    /// to the mask. The backward scan queues each pixel that could still raise one of the neighbours it has already
    /// passed (the forward scan came to those before this pixel had its final value).
    private static func scan(_ grown: UnsafeMutableBufferPointer<Float>, _ mask: UnsafeBufferPointer<Float>, width: Int,
                             height: Int, forward: Bool, queue: inout [Int]) {
        let sign = forward ? 1 : -1
        // The neighbours already passed, as (dx, dy) for the forward scan; the backward scan uses their opposites.
        let passed = [(-1, -1), (0, -1), (1, -1), (-1, 0)].map { ($0.0 * sign, $0.1 * sign) }
        for step in 0..<height {
            let y = forward ? step : height - 1 - step
            for column in 0..<width {
                let x = forward ? column : width - 1 - column
                let index = y * width + x
                var highest = grown[index]
                for (dx, dy) in passed {
                    let nx = x + dx, ny = y + dy
                    if nx >= 0, ny >= 0, nx < width, ny < height { highest = max(highest, grown[ny * width + nx]) }
                }
                grown[index] = min(highest, mask[index])
                guard !forward else { continue }
                for (dx, dy) in passed {
                    let nx = x + dx, ny = y + dy
                    guard nx >= 0, ny >= 0, nx < width, ny < height else { continue }
                    let neighbour = ny * width + nx
                    if grown[neighbour] < grown[index] && grown[neighbour] < mask[neighbour] {
                        queue.append(index)
                        break
                    }
                }
            }
        }
    }
}
