import Foundation
import UserImages

/// Labelled images in the layout of torchvision's ImageFolder and Keras's `image_dataset_from_directory`:
/// one subfolder per class, named as the class (`DIR/0/…` to `DIR/9/…`), holding PNG and JPEG files.
/// Each image goes through the same preprocessing as `digitbook preprocess`.
public struct ImageFolder: Sendable {
    /// One image: where it came from, its class, and its preprocessed 28x28 input (0 background, 255 ink).
    public struct Item: Sendable {
        public let path: String
        public let label: Int
        public let digit: GreyImage
    }

    public let items: [Item]

    /// Reads every image under `directory` whose subfolder names one of `classNames`; every problem (an unknown
    /// subfolder, a file that is not an image, an image with no digit) is reported at once.
    public init(directory: String, classNames: [String]) throws(EvaluationError) {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw EvaluationError(directory, ["the image folder does not exist"])
        }
        let folders = ((try? manager.contentsOfDirectory(atPath: directory)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        var problems: [String] = [], items: [Item] = []
        for folder in folders {
            let path = (directory as NSString).appendingPathComponent(folder)
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                problems.append("\(folder): a file where class folders are expected")
                continue
            }
            guard let label = classNames.firstIndex(of: folder) else {
                problems.append("\(folder)/: not a class (expected one of \(classNames.joined(separator: ", ")))")
                continue
            }
            let files = ((try? manager.contentsOfDirectory(atPath: path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
            for file in files {
                let imagePath = (path as NSString).appendingPathComponent(file)
                do {
                    let picture = try ImageDecoder.read(imagePath)
                    items.append(Item(path: imagePath, label: label, digit: try DigitPreprocessor().digit(from: picture, file: imagePath).digit))
                } catch {
                    problems.append("\(folder)/\(file): \(error.detail)")
                }
            }
        }
        if items.isEmpty && problems.isEmpty { problems.append("no images in class folders \(classNames.joined(separator: ", "))") }
        guard problems.isEmpty else { throw EvaluationError(directory, problems) }
        self.items = items
    }
}
