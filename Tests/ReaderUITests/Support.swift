import Foundation
import Testing
import TestSupport
import LiveBlogKit
@testable import ReaderUI

enum Support {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let seed: LiveBlog = {
        let text = (try? String(contentsOf: packageRoot.appendingPathComponent("seeds/000_22f438f6e8b27846.txt"), encoding: .utf8)) ?? ""
        return LiveBlogParser.parse(text)
    }()

    static func state(_ blog: LiveBlog = seed, width: Int, height: Int) -> AppState {
        AppState(blog: blog, sourceName: "seed", width: width, height: height)
    }

    static func send(_ state: inout AppState, _ keys: Key...) {
        for key in keys { Reader.update(&state, .key(key)) }
    }

    static func type(_ state: inout AppState, _ text: String) {
        for character in text { Reader.update(&state, .key(.character(character))) }
    }

    /// Compares a screen with `Snapshots/<name>.txt`; `RECORD_SNAPSHOTS=1` records it.
    static func assertSnapshot(_ grid: Grid, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots/\(name).txt")
        if let difference = SnapshotFile.compare(grid.plainText + "\n", at: url) {
            Issue.record(Comment(rawValue: difference), sourceLocation: sourceLocation)
        }
    }
}
