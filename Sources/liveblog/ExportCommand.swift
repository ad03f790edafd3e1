import ArgumentParser
import Foundation
import LiveBlogKit

/// `liveblog export`: the blog as JSON or as a plain-text timeline, optionally filtered.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print the blog as JSON or as a plain-text timeline.",
        discussion: """
            Examples:
              liveblog export --hospital kings           King’s College posts as JSON
              liveblog export --format text --search cake
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, text, tree
    }

    @OptionGroup var input: BlogInput

    @Option(help: "Output format: json, text, or tree (the parsed model, for debugging).")
    var format: Format = .json

    @Option(help: "Keep only the posts of this hospital (any name the blog uses, case and apostrophes ignored: kings, \"st marys\", RUH).")
    var hospital: String?

    @Option(help: "Keep only the posts whose text contains all these words.")
    var search: String?

    func run() throws {
        let blog = try input.load()
        let filter = try PostFilterOptions.filter(hospital: hospital, search: search, in: blog)
        let indices = filter.apply(to: blog, index: SearchIndex(blog))
        switch format {
        case .json:
            print(ExportDocument(blog: blog, postIndices: indices, filter: filter).json())
        case .text:
            print(TextTimeline.render(blog, postIndices: indices, filter: filter), terminator: "")
        case .tree:
            print(TreeDump.render(blog), terminator: "")
        }
    }
}

/// Turns `--hospital` and `--search` into a `PostFilter`, failing with a usage error when the
/// hospital matches none or several of the blog's hospitals.
enum PostFilterOptions {
    static func filter(hospital: String?, search: String?, in blog: LiveBlog) throws -> PostFilter {
        var filter = PostFilter(text: search ?? "")
        if let hospital {
            switch HospitalQuery.match(hospital, in: blog.hospitals) {
            case .success(let match):
                filter.hospital = match.name
            case .failure(let failure):
                FileHandle.standardError.write(Data(("liveblog: " + failure.message + "\n").utf8))
                throw ExitCode(SysExits.usage)
            }
        }
        return filter
    }
}
