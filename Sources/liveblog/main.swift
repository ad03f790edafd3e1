import LiveBlogKit
import Foundation
let path = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "seeds/000_22f438f6e8b27846.txt"
let data = FileManager.default.contents(atPath: path) ?? Data()
let blog = LiveBlogParser.parse(bytes: data)
for h in blog.hospitals { print(h.name, "|", h.location ?? "-", "|", h.posts.count, "|", h.aliases, h.initialisms) }
print("REPORTERS", blog.reporters)
for p in blog.people { print("PERSON", p.description, p.posts.count) }
for post in blog.posts {
  print("==", post.id, post.time, post.title ?? "", post.hospitals, post.people)
  for q in post.quotes { print("   ", q.isFragment ? "frag" : "FULL", q.isClosed ? "" : "(cut)", q.speaker ?? "?", q.attribution ?? "", "::", q.text.prefix(60)) }
  for t in post.tweets { print("    tweet", t.url, t.hashtags) }
}
print(blog.footer, blog.summary, blog.diagnostics.count)
