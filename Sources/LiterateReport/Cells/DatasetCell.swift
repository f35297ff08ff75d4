import NumberFormats
import Pages
import Charts
import DatasetCatalog
import IDX
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

        output.paragraph((
            "\(manifest.title): \(dataset.train.count.thousandsSeparated) training and "
                + "\(dataset.test.count.thousandsSeparated) test images of "
                + "\(manifest.imageRows)x\(manifest.imageColumns) pixels in \(manifest.classNames.count) classes; "
                + "the last \(splits.validation.count.thousandsSeparated) training images are held out for validation. "
                + "\(matching) of \(dataset.checks.count) files match the manifest's SHA-256."))
        var table = HTMLTable(header: ["Split", "Images"] + manifest.classNames, numeric: Set(1...(manifest.classNames.count + 1)))
        for (name, split) in [("training", splits.training), ("validation", splits.validation), ("test", splits.test)] {
            table.append([name, split.count.thousandsSeparated] + split.classCounts.map(\.thousandsSeparated))
        }
        output.table(table, caption: "\(manifest.title) splits: images per class")
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
        let title = "\(samples) training images, chosen with seed \(context.frontMatter.seed)"
        try output.figure("samples", DigitGrid(items: items, columns: 12, title: title),
                          caption: "Training images of \(manifest.title) with their labels", raster: true)
    }
}
