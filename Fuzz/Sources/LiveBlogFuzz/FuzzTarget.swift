import Foundation
import LiveBlogKit

/// libFuzzer's entry point: parse the bytes, then check what must hold for any input — every
/// non-blank line is in the model exactly once, in order, reading it in two pieces changes
/// nothing, every quote points inside its post, the hospitals listed are the posts', and
/// decoding other encodings loses nothing (`checkDecoding`). A broken property traps, which libFuzzer reports as a crash with the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let blog = LiveBlogParser.parse(bytes: bytes)
    // Read in two pieces, cut where the input's first byte says, the blog must be the same.
    let cut = size == 0 ? 0 : Int(bytes[0]) * size / 256
    var pieces = [UnsafeBufferPointer(rebasing: bytes[..<cut]), UnsafeBufferPointer(rebasing: bytes[cut...])].makeIterator()
    precondition(LiveBlogParser.parse(chunks: { pieces.next() }) == blog, "chunked reading changed the blog")
    let expected = nonBlankLines(String(decoding: bytes, as: UTF8.self))
    precondition(blog.sourceLines == expected, "lossless property broken")
    // Every hospital listed is some post's, and every post's hospital is listed (a hospital only
    // the header names is known to the posts but listed for none).
    precondition(blog.hospitals.allSatisfy { !$0.posts.isEmpty }, "a hospital listed for no post")
    let listed = Set(blog.hospitals.map(\.name))
    for post in blog.posts {
        for hospital in post.hospitals { precondition(listed.contains(hospital), "a post's hospital not listed") }
        for quote in post.quotes { precondition(quote.paragraphs.upperBound < post.paragraphs.count, "quote outside its post") }
        for tweet in post.tweets {
            precondition(tweet.paragraph < post.paragraphs.count && (tweet.signature ?? 0) < post.paragraphs.count, "tweet outside its post")
        }
    }
    checkDecoding(bytes, cut: cut)
    return 0
}

/// Decoding the input in two pieces never traps, and loses nothing: text read as UTF-8 with
/// its own line ends comes out byte for byte, and Windows-1252 as one scalar a byte.
private func checkDecoding(_ bytes: UnsafeBufferPointer<UInt8>, cut: Int) {
    var decoder = InputDecoder()
    var text = decoder.decode(Data(bytes[..<cut]))
    text += decoder.decode(Data(bytes[cut...]))
    text += decoder.finish() ?? Data()
    guard decoder.endsLinesWithCarriageReturns != true else { return }
    switch decoder.encoding {
    case .utf8?, nil: precondition(text.elementsEqual(bytes), "decoding changed UTF-8")
    case .windows1252?: precondition(String(decoding: text, as: UTF8.self).unicodeScalars.count == bytes.count, "Windows-1252 lost a byte")
    case .utf16?: break
    }
}

/// The input's non-blank lines, computed independently of the parser.
private func nonBlankLines(_ text: String) -> [String] {
    text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).compactMap { bytes in
        var line = Substring(bytes)
        if line.utf8.last == 13 { line = Substring(line.utf8.dropLast()) }
        return line.unicodeScalars.allSatisfy(\.properties.isWhitespace) ? nil : String(line)
    }
}
