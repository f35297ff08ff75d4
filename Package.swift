// swift-tools-version: 6.1
import PackageDescription

/// A system library found through pkg-config, with the Debian package that provides it.
func systemLibrary(_ name: String, pkgConfig: String, apt: String) -> Target {
    .systemLibrary(name: name, pkgConfig: pkgConfig, providers: [.apt([apt])])
}

let package = Package(
    name: "Digitbook",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "digitbook", targets: ["digitbook"]),
        .library(name: "DigitbookCommands", targets: ["DigitbookCommands"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // Without the ConfigurationSupport trait: the server takes its settings from our own options, and swift-configuration
        // would add a module to every build for nothing.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: ["FullFoundation"]),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        systemLibrary("CZlibSystem", pkgConfig: "zlib", apt: "zlib1g-dev"),
        systemLibrary("COpenSSL", pkgConfig: "libcrypto", apt: "libssl-dev"),
        systemLibrary("CPNG", pkgConfig: "libpng", apt: "libpng-dev"),
        systemLibrary("CTurboJPEG", pkgConfig: "libturbojpeg", apt: "libturbojpeg0-dev"),
        systemLibrary("CCairo", pkgConfig: "cairo", apt: "libcairo2-dev"),
        systemLibrary("COpenBLAS", pkgConfig: "openblas", apt: "libopenblas-dev"),
        systemLibrary("CCmarkGFM", pkgConfig: "libcmark-gfm", apt: "libcmark-gfm-extensions-dev"),
        systemLibrary("CHDF5", pkgConfig: "hdf5", apt: "libhdf5-dev"),
        .systemLibrary(name: "CMalloc"),  // glibc's <malloc.h>, for mallopt

        .target(name: "Randomness"),
        .target(name: "Gzip", dependencies: ["CZlibSystem"]),
        .target(name: "FileIO"),
        .target(name: "NumberFormats"),
        .target(name: "IDX", dependencies: ["Gzip", "FileIO", "NumberFormats"]),
        .target(
            name: "DatasetCatalog",
            dependencies: ["IDX", "FileIO", "NumberFormats", "COpenSSL"],
            resources: [.embedInCode("Manifests/mnist.json"), .embedInCode("Manifests/fashion-mnist.json")]
        ),
        .target(name: "Tensors", dependencies: ["COpenBLAS", "CMalloc"]),
        .target(name: "NeuralNetwork", dependencies: ["Tensors", "Randomness", "NumberFormats"]),
        .target(name: "Runs", dependencies: ["NeuralNetwork", "Tensors", "Randomness", "IDX", "FileIO", "DatasetCatalog"]),
        .target(name: "Training", dependencies: ["Runs", "NeuralNetwork", "Tensors", "Randomness", "IDX", "DatasetCatalog"]),
        .target(name: "ClassifierMetrics", dependencies: ["Randomness", "NumberFormats"]),
        .target(name: "Charts", dependencies: ["CCairo", "CPango", "Localization"]),
        // The language catalogues (Sources/Localization/Catalogues/TAG.json), compiled in by a build plugin.
        .plugin(name: "EmbedCatalogues", capability: .buildTool(), path: "Sources/EmbedCatalogues"),
        .target(name: "Localization", exclude: ["Catalogues"], plugins: ["EmbedCatalogues"]),
        systemLibrary("CPango", pkgConfig: "pangocairo", apt: "libpango1.0-dev"),
        systemLibrary("CRsvg", pkgConfig: "librsvg-2.0", apt: "librsvg2-dev"),
        .target(name: "PrintedPages", dependencies: ["Pages", "CPango", "CRsvg", "Localization"]),
        .target(
            name: "LiterateReport",
            dependencies: [
                "Training", "Runs", "Evaluation", "ClassifierMetrics", "Charts", "DatasetCatalog", "UserImages", "NeuralNetwork",
                "Tensors", "IDX", "FileIO", "Randomness", "Pages", "NumberFormats", "YAMLDiagnostics", "CCmarkGFM", "ModelImport",
                "Executors", "Readings", "Localization",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(name: "Pages"),
        .target(name: "Readings", dependencies: ["Runs", "UserImages", "Charts", "IDX", "NumberFormats", "Localization"]),
        .target(name: "Executors"),
        .target(name: "NumberBenchmark", dependencies: ["UserImages", "Runs", "Readings", "IDX", "Randomness"]),
        .target(
            name: "ReadingBenchmark",
            dependencies: ["UserImages", "IDX", "Randomness", "FileIO", "CTurboJPEG", "CZlibSystem"]
        ),
        .target(name: "YAMLDiagnostics", dependencies: [.product(name: "Yams", package: "Yams")]),
        .target(
            name: "Grading",
            dependencies: [
                "FileIO", "ClassifierMetrics", "Evaluation", "IDX", "Runs", "Randomness", "YAMLDiagnostics", "Pages", "Charts",
                "NumberFormats", "DatasetCatalog", "PrintedPages", "Localization", .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(
            name: "Evaluation",
            dependencies: ["ClassifierMetrics", "Charts", "FileIO", "Randomness", "UserImages", "Runs", "DatasetCatalog", "IDX"]
        ),
        .target(name: "UserImages", dependencies: ["CPNG", "CTurboJPEG", "FileIO"]),
        .target(
            name: "ModelImport",
            dependencies: [
                "CHDF5", "NeuralNetwork", "Tensors", "Runs", "FileIO", "DatasetCatalog", "IDX", "Randomness", "NumberFormats",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .target(
            name: "Server",
            dependencies: [
                "Runs", "UserImages", "Charts", "IDX", "FileIO", "Pages", "Readings", "Localization",
                .product(name: "Hummingbird", package: "hummingbird"), .product(name: "HummingbirdCore", package: "hummingbird"),
            ],
            resources: [.embedInCode("Assets/app.js"), .embedInCode("Assets/app.css"), .embedInCode("Assets/openapi.yaml"),
                        .embedInCode("Assets/examples")]
        ),
        .target(
            name: "Preview",
            dependencies: [
                "LiterateReport", "Server", "Pages", "FileIO", "NumberFormats", "Training",
                .product(name: "Hummingbird", package: "hummingbird"), .product(name: "HummingbirdCore", package: "hummingbird"),
            ],
            resources: [.embedInCode("Assets/preview.js"), .embedInCode("Assets/preview.css")]
        ),
        .target(
            name: "DigitbookCommands",
            dependencies: [
                "DatasetCatalog", "UserImages", "IDX", "FileIO", "Training", "Runs", "NeuralNetwork", "Tensors", "Evaluation",
                "Randomness",
                "NumberFormats", "Readings",
                "LiterateReport", "Server", "Preview", "PrintedPages", "Grading", "ModelImport", "Executors", "NumberBenchmark",
                "ReadingBenchmark",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "digitbook", dependencies: ["DigitbookCommands"]),
        .target(
            name: "FuzzTargets",
            dependencies: ["IDX", "Gzip", "UserImages", "Evaluation", "LiterateReport", "Runs", "ModelImport", "Grading", "Server"]
        ),
        .executableTarget(name: "digitbook-fuzz", dependencies: ["FuzzTargets"]),

        .target(
            name: "TestSupport", dependencies: ["IDX", "Gzip", "DatasetCatalog", "CTurboJPEG", "CZlibSystem"], path: "Tests/TestSupport"
        ),
        .testTarget(name: "RandomnessTests", dependencies: ["Randomness"]),
        .testTarget(name: "NumberFormatsTests", dependencies: ["NumberFormats"]),
        .testTarget(name: "GzipTests", dependencies: ["Gzip"]),
        .testTarget(name: "FileIOTests", dependencies: ["FileIO", "TestSupport"]),
        .testTarget(name: "IDXTests", dependencies: ["IDX", "Gzip", "TestSupport", "NumberFormats"]),
        .testTarget(name: "DatasetCatalogTests", dependencies: ["DatasetCatalog", "IDX", "Gzip", "TestSupport"]),
        .testTarget(name: "TensorsTests", dependencies: ["Tensors"]),
        .testTarget(name: "NeuralNetworkTests", dependencies: ["NeuralNetwork", "Tensors", "Randomness"], exclude: ["Fixtures"]),
        .testTarget(
            name: "TrainingTests",
            dependencies: [
                "Training", "Runs", "NeuralNetwork", "IDX", "TestSupport", "FileIO", "Tensors", "Randomness", "Readings", "UserImages",
            ]
        ),
        .testTarget(name: "LiterateReportTests", dependencies: ["LiterateReport", "DatasetCatalog", "UserImages", "TestSupport"]),
        .testTarget(name: "EvaluationTests", dependencies: ["Evaluation", "ClassifierMetrics", "TestSupport", "UserImages"]),
        .testTarget(name: "ChartsTests", dependencies: ["Charts", "CCairo", "Localization"]),
        .testTarget(name: "LocalizationTests", dependencies: ["Localization"]),
        .testTarget(
            name: "GradingTests",
            dependencies: [
                "Grading", "ClassifierMetrics", "Pages", "NumberFormats", "IDX", "Gzip", "Training", "Runs", "TestSupport",
                "DatasetCatalog", "PrintedPages",
                "Randomness",
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "ClassifierMetricsTests", dependencies: ["ClassifierMetrics", "Randomness"], exclude: ["Fixtures"]),
        .testTarget(
            name: "ModelImportTests",
            dependencies: ["ModelImport", "TestSupport", "Training", "Runs", "NeuralNetwork", "Tensors", "IDX", "DatasetCatalog", "Gzip"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "UserImagesTests", dependencies: ["UserImages", "TestSupport"]),
        .testTarget(name: "ReadingsTests", dependencies: ["Readings", "UserImages"]),
        .testTarget(name: "PagesTests", dependencies: ["Pages"]),
        .testTarget(name: "PrintedPagesTests", dependencies: ["PrintedPages", "Pages"]),
        .testTarget(
            name: "ServerTests",
            dependencies: ["Server", "UserImages", "TestSupport", .product(name: "HummingbirdTesting", package: "hummingbird")]
        ),
        .testTarget(
            name: "PreviewTests",
            dependencies: [
                "Preview", "LiterateReport", "TestSupport", "UserImages", .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(name: "FuzzTargetsTests", dependencies: ["FuzzTargets"], exclude: ["Corpus", "make_seed_corpus.py"]),
        .testTarget(name: "ExecutorsTests", dependencies: ["Executors", "TestSupport"]),
        .testTarget(name: "ReadingBenchmarkTests", dependencies: ["ReadingBenchmark", "UserImages", "Randomness", "IDX", "TestSupport"],
                    exclude: ["Baselines"]),
        .testTarget(
            name: "DigitbookCommandsTests",
            dependencies: [
                "DigitbookCommands", "UserImages", "IDX", "TestSupport", "Server", "DatasetCatalog", "LiterateReport", "Training",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// One release build serves both README commands: `swift build -c release` compiles every module of ours testable, so
// `swift test -c release --disable-testable-imports` links the tests against that very build instead of compiling
// everything again; the tests themselves are compiled without optimisation, which they do not need.
for target in package.targets {
    switch target.type {
    case .regular, .executable:
        target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags(["-enable-testing"], .when(configuration: .release))]
    case .test:
        target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags(["-Onone"], .when(configuration: .release))]
    default:
        break
    }
}
