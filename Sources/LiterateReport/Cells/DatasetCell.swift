import Charts
import DatasetCatalog
import IDX
import Localization
import NumberFormats
import Pages
import Randomness

/// `dataset`: the splits with their images per class, and a grid of training images chosen with the report's seed.
struct DatasetCell: CellRunner {
    func run(_ cell: Cell, options: CellOptions, context: ReportContext, output: CellOutputBuilder) throws {
        let samples = try options.integer("samples", default: 24, in: 0...200)
        let validation = try options.integer("validation", default: DatasetSplits.defaultValidationCount, in: 0...10_000_000)
        let dataset = try context.dataset()
        let splits = try DatasetSplits(dataset, validationCount: validation)
        let manifest = dataset.manifest
        let matching = dataset.checks.filter { $0.status == .matches }.count

        let w = context.words
        output.paragraph(w(.cellDatasetSentence, [
            "dataset": manifest.title, "training": w.count(dataset.train.count), "test": w.count(dataset.test.count),
            "size": "\(manifest.imageRows)x\(manifest.imageColumns)", "classes": w.count(manifest.classNames.count),
            "validation": w.count(splits.validation.count), "matching": w.count(matching), "files": w.count(dataset.checks.count),
        ]))
        var table = HTMLTable(header: [w(.cellSplit), w(.cellImages)] + manifest.classNames,
                              numeric: Set(1...(manifest.classNames.count + 1)))
        for (name, split) in [(w(.cellTraining), splits.training), (w(.cellValidation), splits.validation), (w(.cellTest), splits.test)] {
            table.append([name, w.count(split.count)] + split.classCounts.map(w.count))
        }
        output.table(table, caption: w(.cellSplitsCaption, ["dataset": manifest.title]))
        output.headline = "\(dataset.train.count.thousandsSeparated) training, \(dataset.test.count.thousandsSeparated) test images"
        for (name, count) in [("training_images", splits.training.count), ("validation_images", splits.validation.count),
                              ("test_images", splits.test.count), ("classes", manifest.classNames.count)] {
            output.value(name, ReportValue(.count, Double(count)))
        }

        guard samples > 0 else { return }
        var generator = SeededGenerator(seed: context.frontMatter.seed)
        let chosen = seededPermutation(count: splits.training.count, using: &generator).prefix(samples).sorted()
        let images = splits.training.images
        let items = chosen.map { index in
            DigitGrid.Item(pixels: Array(images.image(at: index)), side: images.rows,
                           caption: manifest.classNames[Int(splits.training.labels[index])])
        }
        let title = w(.cellSamplesTitle, ["count": w.count(samples), "seed": "\(context.frontMatter.seed)"])
        try output.figure("samples", DigitGrid(items: items, columns: 12, title: title),
                          caption: w(.cellSamplesCaption, ["dataset": manifest.title]), raster: true)
    }
}
