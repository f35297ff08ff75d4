import FileIO
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

    /// An image that could not be evaluated: where it is, its class, and why.
    public struct Unread: Sendable, Equatable {
        public let path: String
        public let label: Int
        public let reason: String
    }

    public let items: [Item]
    /// Images that could not be read or held no digit; they do not stop the others.
    public let unread: [Unread]
    /// What was passed over on purpose: top-level files that are not class folders (a README, a manifest).
    public let notes: [String]

    /// Reads every image under `directory` whose subfolder names one of `classNames`. An image that cannot be read is
    /// listed in `unread` with its reason; a subfolder that is not a class or cannot be listed is an error, all such
    /// problems reported at once, since its images would silently be missing from the figures.
    public init(directory: String, classNames: [String]) throws(EvaluationError) {
        // The one rule for a user's folder: links that lead out of it, hidden files, pipes and devices are not read.
        let root = ContainedFolder(directory)
        let top: (visible: [ContainedFolder.Entry], refused: [(name: String, reason: String)])
        do { top = try root.entries() } catch {
            throw EvaluationError(directory, [error.kind == .notFound ? "the image folder does not exist" : error.detail])
        }
        var problems: [String] = [], notes: [String] = [], items: [Item] = [], unread: [Unread] = []
        notes += top.refused.map { "\($0.name): \($0.reason), skipped" }
        for folder in top.visible {
            guard folder.kind == .folder else {
                notes.append("\(folder.name): a file beside the class folders, skipped")
                continue
            }
            guard let label = classNames.firstIndex(of: folder.name) else {
                problems.append("\(folder.name)/: not a class (expected one of \(classNames.joined(separator: ", ")))")
                continue
            }
            let files: (visible: [ContainedFolder.Entry], refused: [(name: String, reason: String)])
            do { files = try root.entries(folder.name) } catch {
                problems.append("\(folder.name)/: the class folder cannot be listed (permissions?), so its images would be missing")
                continue
            }
            for refused in files.refused {
                unread.append(Unread(path: (directory as NSString).appendingPathComponent(folder.name + "/" + refused.name), label: label,
                                     reason: refused.reason))
            }
            for file in files.visible {
                let imagePath = (directory as NSString).appendingPathComponent(folder.name + "/" + file.name)
                guard file.kind == .file else {
                    unread.append(Unread(path: imagePath, label: label, reason: "is a folder, not an image"))
                    continue
                }
                do {
                    items.append(Item(path: imagePath, label: label, digit: try DigitPreprocessor().digit(inFile: file.path).digit))
                } catch {
                    unread.append(Unread(path: imagePath, label: label, reason: error.detail))
                }
            }
        }
        if items.isEmpty && problems.isEmpty {
            problems.append(unread.isEmpty ? "no images in class folders \(classNames.joined(separator: ", "))" : "no image could be read")
            problems += unread.map { "\(($0.path as NSString).lastPathComponent): \($0.reason)" }
        }
        guard problems.isEmpty else { throw EvaluationError(directory, problems) }
        self.items = items
        self.unread = unread
        self.notes = notes
    }

    /// A file name for an item's saved input that no other item of the folder shares: its class folder, its whole
    /// file name (extension included; names are unique within a class folder) and the class it was read as.
    public func inputName(of item: Item, predicted: String, classNames: [String]) -> String {
        "\(classNames[item.label])-\((item.path as NSString).lastPathComponent)-as-\(predicted).png"
    }
}
