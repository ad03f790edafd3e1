import Foundation
import Testing
import TestSupport

/// Compares text with a file under `Snapshots/`; `RECORD_SNAPSHOTS=1` writes it instead.
enum Snapshot {
    static func assert(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots/\(name)")
        if let difference = SnapshotFile.compare(actual, at: url) { Issue.record(Comment(rawValue: difference), sourceLocation: sourceLocation) }
    }
}
