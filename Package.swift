// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "liveblog",
    products: [
        .executable(name: "liveblog", targets: ["liveblog"]),
        .library(name: "LiveBlogKit", targets: ["LiveBlogKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // The shared parsing library: Foundation only (and glibc's malloc.h on Linux).
        .target(name: "LiveBlogKit", dependencies: [.target(name: "CMalloc", condition: .when(platforms: [.linux]))]),
        .systemLibrary(name: "CMalloc"),
        // The reader as values: state, update, layout, views rendered into a cell grid.
        .target(name: "ReaderUI", dependencies: ["LiveBlogKit"]),
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // Termination signals recorded for the reader's main loop, in a C file of their own.
        // Its debug information is DWARF 4, as the Swift code's is: valgrind (callgrind, which
        // docs/performance.md's instruction counts come from) gives up on a binary mixing in 5.
        .target(name: "CTerminalSignals", cSettings: [.unsafeFlags(["-gdwarf-4"])]),
        .executableTarget(
            name: "liveblog",
            dependencies: [
                "LiveBlogKit",
                "ReaderUI",
                "CNcursesw",
                "CTerminalSignals",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Helpers the test targets share: a seeded generator and snapshot files.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "LiveBlogKitTests", dependencies: ["LiveBlogKit", "TestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "ReaderUITests", dependencies: ["ReaderUI", "LiveBlogKit", "TestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "EndToEndTests", dependencies: ["LiveBlogKit", "TestSupport"]),
    ]
)
