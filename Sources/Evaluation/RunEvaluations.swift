import DatasetCatalog
import FileIO
import Foundation
import IDX
import Runs
import UserImages

extension Predictions {
    /// A loaded run's predictions on a labelled set, in one pass: what `predict --out` writes and `evaluate --run`
    /// evaluates.
    public init(of model: InferenceModel, on set: LabelledImages) throws {
        self.init(labels: set.labels.map(Int.init), probabilities: try model.probabilities(for: set.images).map { $0.map(Double.init) })
    }
}

/// What `digitbook evaluate` evaluates, each as one entry point that returns the report (and what else it found), so
/// that the command only parses options and prints.
public enum RunEvaluations {
    /// The run in `runDirectory` on `dataset`'s test set, with its training curves.
    public static func testSet(run runDirectory: String, dataset: LocalDataset, threads: Int) throws -> EvaluationReport {
        let model = try InferenceModel(RunDirectory(runDirectory), threads: threads)
        let record = model.record
        let predictions = try Predictions(of: model, on: dataset.test)
        let history = try? RunDirectory.decode([EpochRecord].self, from: RunDirectory(runDirectory).historyFile)
        return EvaluationReport(
            trueLabels: predictions.labels, predictedLabels: predictions.predicted, probabilities: predictions.probabilities,
            classNames: record.classNames, images: (dataset.test.images.pixels, dataset.test.images.rows),
            history: history.map { epochs in
                (epochs.map(\.loss), epochs.map(\.accuracy),
                 epochs.allSatisfy { $0.valLoss != nil } ? epochs.compactMap(\.valLoss) : nil,
                 epochs.allSatisfy { $0.valAccuracy != nil } ? epochs.compactMap(\.valAccuracy) : nil)
            },
            title: "\(record.configuration.model) on the \(record.dataset) test set")
    }

    /// An evaluation of a folder of labelled images: the report, the folder's notes (files skipped), the images that
    /// could not be read, and the 28x28 input of each misclassified image as PNG, named after its class and file.
    public struct ImageFolderEvaluation {
        public let report: EvaluationReport
        public let notes: [String]
        public let unread: [ImageFolder.Unread]
        public let misclassifiedInputs: [(name: String, png: [UInt8])]
    }

    /// The run in `runDirectory` on the labelled images in `images` (`DIR/0/…` to `DIR/9/…`).
    public static func imageFolder(run runDirectory: String, images: String, threads: Int) throws -> ImageFolderEvaluation {
        let model = try InferenceModel(RunDirectory(runDirectory), threads: threads)
        let record = model.record
        let folder = try ImageFolder(directory: images, classNames: record.classNames)
        let side = record.inputShape.first ?? 28
        let pixels = folder.items.flatMap(\.digit.pixels)
        let set = try ImageSet(count: folder.items.count, rows: side, columns: side, pixels: pixels)
        let predictions = Predictions(labels: folder.items.map(\.label),
                                      probabilities: try model.probabilities(for: set).map { $0.map(Double.init) })
        var inputs: [(name: String, png: [UInt8])] = []
        for (index, item) in folder.items.enumerated() where predictions.predicted[index] != item.label {
            let predicted = record.classNames.indices.contains(predictions.predicted[index])
                ? record.classNames[predictions.predicted[index]] : "\(predictions.predicted[index])"
            let name = folder.inputName(of: item, predicted: predicted, classNames: record.classNames)
            inputs.append((name, try PNGCodec.encode(item.digit)))
        }
        let report = EvaluationReport(trueLabels: predictions.labels, predictedLabels: predictions.predicted,
                                      probabilities: predictions.probabilities, classNames: record.classNames, images: (pixels, side),
                                      title: "\(record.configuration.model) on \((images as NSString).lastPathComponent)")
        return ImageFolderEvaluation(report: report, notes: folder.notes, unread: folder.unread, misclassifiedInputs: inputs)
    }

    /// Predictions made by any tool (a CSV) against the IDX labels in `labels`, with the IDX images in `testImages`
    /// to draw the misclassified ones.
    public static func predictionsFile(_ path: String, labels: String, testImages: String?,
                                       classNames: [String]) throws -> EvaluationReport {
        let truth = try IDXReader.labels(at: labels, classCount: classNames.count)
        let predictions = try Predictions(csv: path, labels: truth.map(Int.init), classes: classNames.count)
        var pixels: (pixels: [UInt8], side: Int)?
        if let testImages {
            let set = try IDXReader.images(at: testImages)
            guard set.count == truth.count, set.rows == set.columns else {
                throw FileError(path: testImages, kind: .unreadable,
                                detail: "has \(set.count) images of \(set.rows)x\(set.columns); \(labels) has \(truth.count) labels")
            }
            pixels = (set.pixels, set.rows)
        }
        return EvaluationReport(trueLabels: predictions.labels, predictedLabels: predictions.predicted,
                                probabilities: predictions.probabilities, classNames: classNames, images: pixels,
                                title: (path as NSString).lastPathComponent)
    }
}
