import Foundation

/// The JSON form of a blog that `liveblog export --format json` prints: a stable schema for
/// scripts. Posts may be filtered; the blog-wide lists (hospitals, people) never are.
public struct ExportDocument: Codable, Equatable, Sendable {
    public struct ExportQuote: Codable, Equatable, Sendable {
        public var text: String
        public var speaker: String?
        /// Who else said it, when the post names several (`X and Y said`).
        public var coSpeakers: [String]?
        public var attribution: String?
        public var fragment: Bool
        public var closed: Bool
    }

    public struct ExportTweet: Codable, Equatable, Sendable {
        public var text: String
        public var url: String
        public var hashtags: [String]
        public var author: String?
        public var handle: String?
    }

    public struct ExportPost: Codable, Equatable, Sendable {
        public var id: String
        public var time: String
        /// `12:53`, when the time line could be read.
        public var clock: String?
        /// A second line repeating the time (`05:19`, `Posted at 17:10`), as written.
        public var secondaryTime: String?
        public var dayOffset: Int
        /// The date alone the page printed above the time line, heading the post's day
        /// (`Wednesday 15 November`); absent when none.
        public var dayHeading: String?
        public var keyEvent: Bool
        public var title: String?
        public var byline: String?
        /// The writer's role, on the line under a byline that is a name alone.
        public var bylineRole: String?
        public var updated: String?
        /// The page's buttons at the post's foot (`Share`, `Facebook`), one a line; absent when none.
        public var furniture: [String]?
        /// Page furniture between the paragraphs (a newsletter's box, `Advertisement`), each run
        /// with the paragraph it stands before; absent when none.
        public var inlineFurniture: [InlineFurniture]?
        public var paragraphs: [String]
        public var hospitals: [String]
        public var people: [String]
        public var reporters: [String]
        public var quotes: [ExportQuote]
        public var tweets: [ExportTweet]
        public var links: [String]
        public var hashtags: [String]
    }

    public struct ExportHospital: Codable, Equatable, Sendable {
        public var name: String
        public var location: String?
        public var aliases: [String]
        public var initialisms: [String]
        public var posts: [String]
    }

    public struct ExportPerson: Codable, Equatable, Sendable {
        public var name: String
        public var age: Int?
        public var role: String?
        public var hospital: String?
        public var posts: [String]
    }

    public struct ExportFilter: Codable, Equatable, Sendable {
        public var hospital: String?
        public var person: String?
        public var search: String?
        public var matched: Int
        public var total: Int
    }

    public var headline: String?
    /// True when the text puts its oldest post first (`posts` keep the text's order); absent
    /// for the usual newest first.
    public var oldestFirst: Bool?
    /// The header's writers line and dateline, which `summary` leaves out.
    public var writers: String?
    public var dateline: String?
    public var summary: [String]
    public var keyEvents: [String]
    public var posts: [ExportPost]
    public var hospitals: [ExportHospital]
    public var people: [ExportPerson]
    public var reporters: [String]
    public var footer: [String]
    public var filter: ExportFilter?
    public var diagnostics: [Diagnostic]

    public init(blog: LiveBlog, postIndices: [Int]? = nil, filter: PostFilter? = nil) {
        let indices = postIndices ?? Array(blog.posts.indices)
        headline = blog.headline
        oldestFirst = blog.isOldestFirst ? true : nil
        writers = blog.writersLine
        dateline = blog.dateline
        summary = blog.summaryPoints
        keyEvents = blog.keyEvents
        posts = indices.map { Self.export(blog.posts[$0]) }
        hospitals = blog.hospitals.map {
            ExportHospital(name: $0.name, location: $0.location, aliases: $0.aliases, initialisms: $0.initialisms, posts: $0.posts)
        }
        people = blog.people.map { ExportPerson(name: $0.name, age: $0.age, role: $0.role, hospital: $0.hospital, posts: $0.posts) }
        reporters = blog.reporters
        footer = blog.footer
        self.filter = filter.flatMap { filter in
            filter.isActive
                ? ExportFilter(hospital: filter.hospital, person: filter.person, search: filter.text.isEmpty ? nil : filter.text,
                               matched: indices.count, total: blog.posts.count)
                : nil
        }
        diagnostics = blog.diagnostics
    }

    private static func export(_ post: Post) -> ExportPost {
        ExportPost(
            id: post.id, time: post.time, clock: post.timeOfDay?.twentyFourHour, secondaryTime: post.secondaryTime,
            dayOffset: post.dayOffset, dayHeading: post.dayHeading,
            keyEvent: post.isKeyEvent, title: post.title, byline: post.byline, bylineRole: post.bylineRole, updated: post.updated,
            furniture: post.furniture.isEmpty ? nil : post.furniture,
            inlineFurniture: post.inlineFurniture.isEmpty ? nil : post.inlineFurniture,
            paragraphs: post.paragraphs, hospitals: post.hospitals, people: post.people, reporters: post.reporters,
            quotes: post.quotes.map {
                ExportQuote(text: $0.text, speaker: $0.speaker, coSpeakers: $0.coSpeakers.isEmpty ? nil : $0.coSpeakers, attribution: $0.attribution,
                            fragment: $0.isFragment, closed: $0.isClosed)
            },
            tweets: post.tweets.map { ExportTweet(text: $0.text, url: $0.url, hashtags: $0.hashtags, author: $0.author, handle: $0.handle) },
            links: post.links, hashtags: post.hashtags)
    }

    /// Pretty-printed JSON with sorted keys, so output diffs cleanly.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
