/// The upload page's example images: the digits 0 to 9 written by hand on paper (made by
/// Reports/images/make_examples.py, not taken from any dataset), compiled in.
enum ExampleDigits {
    static let images: [[UInt8]] = [
        PackageResources.digit_0_png, PackageResources.digit_1_png, PackageResources.digit_2_png, PackageResources.digit_3_png,
        PackageResources.digit_4_png, PackageResources.digit_5_png, PackageResources.digit_6_png, PackageResources.digit_7_png,
        PackageResources.digit_8_png, PackageResources.digit_9_png,
    ]

    /// The example showing `digit` ("0" to "9"), or nil.
    static func image(_ digit: String) -> [UInt8]? {
        guard digit.count == 1, let value = Int(digit), images.indices.contains(value) else { return nil }
        return images[value]
    }
}
