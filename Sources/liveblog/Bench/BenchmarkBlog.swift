import Foundation

/// Writes live blogs of a given size in the seed's shape for the benchmark: the seed's posts
/// repeated with unique times (newest first, a minute apart, across as many days as needed)
/// and a unique number in every paragraph, so that nothing can be cached away.
enum BenchmarkBlog {
    static func write(from seed: String, bytes target: Int, to url: URL) throws -> Int {
        let lines = seed.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.firstIndex(where: { $0.hasSuffix("BST") }),
              let footer = lines.lastIndex(where: { $0.hasPrefix("Continue reading") }) else {
            throw ValidationFailure("the seed has no posts to repeat")
        }
        let header = lines[..<first].joined(separator: "\n") + "\n"
        // The seed's post bodies, without their time lines.
        var bodies: [[Substring]] = []
        for line in lines[first..<footer] {
            if line.hasSuffix("BST"), line.count < 12 { bodies.append([]) } else if !line.isEmpty { bodies[bodies.count - 1].append(line) }
        }
        guard FileManager.default.createFile(atPath: url.path, contents: nil), let handle = try? FileHandle(forWritingTo: url) else {
            throw ValidationFailure("cannot write \(url.path)")
        }
        defer { try? handle.close() }
        var written = 0
        var chunk = header
        var post = 0
        let minutesInDay = 24 * 60
        while written + chunk.utf8.count < target {
            let minute = (minutesInDay - 1) - post % minutesInDay
            let hour = minute / 60 % 12 == 0 ? 12 : minute / 60 % 12
            chunk += "\n\(hour).\(minute % 60 < 10 ? "0" : "")\(minute % 60)\(minute >= 720 ? "pm" : "am") BST\n\n"
            for paragraph in bodies[post % bodies.count] { chunk += paragraph + " (\(post))\n\n" }
            post += 1
            if chunk.utf8.count > 1 << 20 {
                handle.write(Data(chunk.utf8))
                written += chunk.utf8.count
                chunk = ""
            }
        }
        chunk += "Continue reading...\n"
        handle.write(Data(chunk.utf8))
        return post
    }
}

struct ValidationFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
