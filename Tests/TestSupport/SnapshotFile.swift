import Foundation

/// Compares text with a snapshot file; with `RECORD_SNAPSHOTS=1` in the environment it writes
/// the file instead. Returns why they differ, or nil when they match. A missing snapshot is a
/// difference, so no test passes by having nothing to compare.
public enum SnapshotFile {
    public static func compare(_ actual: String, at url: URL) -> String? {
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            return nil
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return "no snapshot \(url.lastPathComponent); run with RECORD_SNAPSHOTS=1 to record it"
        }
        guard actual != expected else { return nil }
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let first = Array(zip(actualLines, expectedLines)).firstIndex { $0 != $1 } ?? min(actualLines.count, expectedLines.count)
        return """
            snapshot \(url.lastPathComponent) differs at line \(first + 1):
            expected: \(first < expectedLines.count ? String(expectedLines[first]) : "<end>")
            actual:   \(first < actualLines.count ? String(actualLines[first]) : "<end>")
            the whole screen:
            \(actual)
            """
    }
}
