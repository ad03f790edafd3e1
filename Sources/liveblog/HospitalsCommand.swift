import ArgumentParser
import LiveBlogKit

/// `liveblog hospitals`: each hospital, its post count and every name the blog used for it.
struct HospitalsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hospitals",
        abstract: "List the hospitals the blog mentions, with post counts and aliases."
    )

    @OptionGroup var input: BlogInput

    func run() throws {
        try StandardOutput.write(Self.lines(of: try input.load()).map { $0 + "\n" }.joined())
    }

    /// The list's lines: a hospital's count and name, then the other names it goes by.
    static func lines(of blog: LiveBlog) -> [String] {
        if blog.hospitals.isEmpty { return ["No hospitals mentioned."] }
        let width = String(blog.hospitals.map(\.posts.count).max() ?? 0).count
        var lines: [String] = []
        for hospital in blog.hospitals {
            let count = String(hospital.posts.count)
            let padded = String(repeating: " ", count: width - count.count) + count
            var line = padded + " " + (hospital.posts.count == 1 ? "post " : "posts") + "  " + hospital.name
            if let location = hospital.location { line += " (" + location + ")" }
            lines.append(DisplayText.sanitize(line))
            let names = hospital.aliases + hospital.initialisms
            if !names.isEmpty {
                lines.append(DisplayText.sanitize(String(repeating: " ", count: width + 8) + "as: " + names.joined(separator: ", ")))
            }
        }
        return lines
    }
}
