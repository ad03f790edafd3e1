// swift-tools-version:6.0
// The parser's fuzz target, a package of its own so that ordinary builds never link it (it has
// no main: libFuzzer supplies one). Build and run:
//   swift build -c debug --sanitize=fuzzer --package-path Fuzz --scratch-path .build-fuzz --product LiveBlogFuzz
//   .build-fuzz/debug/LiveBlogFuzz -max_total_time=60
import PackageDescription

let package = Package(
    name: "LiveBlogFuzz",
    dependencies: [.package(name: "liveblog", path: "..")],
    targets: [
        .executableTarget(name: "LiveBlogFuzz", dependencies: [.product(name: "LiveBlogKit", package: "liveblog")]),
    ]
)
