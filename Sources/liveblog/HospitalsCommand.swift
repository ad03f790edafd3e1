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
        let blog = try input.load()
        if blog.hospitals.isEmpty {
            print("No hospitals mentioned.")
            return
        }
        let width = String(blog.hospitals.map(\.posts.count).max() ?? 0).count
        for hospital in blog.hospitals {
            let count = String(hospital.posts.count)
            let padded = String(repeating: " ", count: width - count.count) + count
            var line = padded + " " + (hospital.posts.count == 1 ? "post " : "posts") + "  " + hospital.name
            if let location = hospital.location { line += " (" + location + ")" }
            print(DisplayText.sanitize(line))
            let names = hospital.aliases + hospital.initialisms
            if !names.isEmpty {
                print(DisplayText.sanitize(String(repeating: " ", count: width + 8) + "as: " + names.joined(separator: ", ")))
            }
        }
    }
}
