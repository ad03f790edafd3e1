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
              liveblog export --person patel             the posts naming Shruti Patel
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

    @Option(help: "Keep only the posts that name this person (their full name or a start of one of its words: \"shruti patel\", patel).")
    var person: String?

    @Option(help: "Keep only the posts whose text contains all these words.")
    var search: String?

    func run() throws {
        let blog = try input.load()
        let filter = try PostFilterOptions.filter(hospital: hospital, person: person, search: search, in: blog)
        let indices = filter.apply(to: blog, index: SearchIndex(blog))
        switch format {
        case .json:
            try StandardOutput.write(ExportDocument(blog: blog, postIndices: indices, filter: filter).json() + "\n")
        case .text:
            try StandardOutput.write(TextTimeline.render(blog, postIndices: indices, filter: filter))
        case .tree:
            try StandardOutput.write(TreeDump.render(blog))
        }
    }
}

/// Turns `--hospital`, `--person` and `--search` into a `PostFilter`, failing with a usage
/// error when a hospital or person matches none or several of the blog's.
enum PostFilterOptions {
    static func filter(hospital: String?, person: String?, search: String?, in blog: LiveBlog) throws -> PostFilter {
        var filter = PostFilter(text: search ?? "")
        if let hospital { filter.hospital = try chosen(HospitalQuery.match(hospital, in: blog.hospitals)).name }
        if let person { filter.person = try chosen(PersonQuery.match(person, in: blog.people)).name }
        return filter
    }

    /// The one entry a query matched; else its failure said on standard error, and the usage
    /// exit code.
    private static func chosen<Entry>(_ result: Result<Entry, NameQuery.Failure>) throws -> Entry {
        switch result {
        case .success(let match):
            return match
        case .failure(let failure):
            FileHandle.standardError.write(Data(("liveblog: " + failure.message + "\n").utf8))
            throw ExitCode(SysExits.usage)
        }
    }
}
