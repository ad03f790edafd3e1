/// Where a quote stands in its post: from its opening mark to its closing mark (or to the
/// paragraph where it was cut off), with its quoted words.
struct QuoteSpan: Equatable, Sendable {
    var startParagraph: Int
    /// Index of the opening mark in the start paragraph's tokens.
    var openToken: Int
    var endParagraph: Int
    /// Index of the closing mark in the end paragraph's tokens; nil when cut off.
    var closeToken: Int?
    /// The quoted text of each paragraph so far, while the quote is open.
    var pieces: [Substring]
    /// A line of a transcript (`Hancock: We did everything we could.`): the words after the
    /// colon, with no marks; `openToken` is their first token and `closeToken` their last.
    var isTranscriptLine = false
    /// A paragraph quoted whole without marks under the words that introduce it (`Barclay
    /// said:`, then `We have been clear that …`), as a page's block quote reads as plain text:
    /// the span starts just past the introduction's colon, at the end of the paragraph before
    /// (`openToken` is that paragraph's token count), and holds the whole of `endParagraph`.
    var isBlockQuote = false
    /// A block quote a dispatch's verb introduces after an apposition (`Emma, a junior doctor
    /// at Leeds General Infirmary, writes:`): someone's words unless the one who writes is a
    /// reporter (`Our health editor, Denis Campbell, writes:`), which only the names tell.
    var isWritten = false
    /// A written block quote whose writer is a pronoun (`A reader, Anna Kowalski, has been in
    /// touch. She writes:`): someone's words only when the paragraph names who.
    var isWrittenByPronoun = false
    /// The quoted words, a line per paragraph, once the quote is finished. A quote within one
    /// paragraph is a slice of its text, not a copy.
    private(set) var words: Substring = ""

    /// Sets the words from the pieces and lets the pieces go.
    mutating func finishWords() {
        defer { pieces = [] }
        // Most quotes stand in one paragraph: their words are a slice, with no list made.
        if pieces.count == 1 {
            words = pieces[0].trimmedOfWhitespace()
            return
        }
        let lines = pieces.map { $0.trimmedOfWhitespace() }.filter { !$0.isEmpty }
        words = lines.count == 1 ? lines[0] : lines.joined(separator: "\n")[...]
    }
}

/// Finds quote spans in a post's paragraphs in one pass. A double-quoted passage may run over
/// several paragraphs, each opening with a mark and only the last closing; a quote still open
/// when the next paragraph does not reopen it, or when the post ends, was cut off. Single
/// quotes inside double quotes are quotes within quotes and are not spans of their own.
enum QuoteScanner {
    private enum Mark { case open, close, either }

    static func spans(in paragraphs: [TokenizedParagraph]) -> [QuoteSpan] {
        var spans: [QuoteSpan] = []
        var open: QuoteSpan?
        var openIsDouble = true
        /// The mark the open quote began with when its partner closes it (`„` and `“`); else 0.
        var opener: UInt32 = 0
        var pieceStart: String.Index?

        func finish(_ span: inout QuoteSpan?, closeToken: Int?, paragraph: Int, pieceEnd: String.Index?, in text: Substring) {
            guard var finished = span else { return }
            if let start = pieceStart, let end = pieceEnd, start <= end { finished.pieces.append(text[start..<end]) }
            finished.endParagraph = paragraph
            finished.closeToken = closeToken
            finished.finishWords()
            if !finished.words.isEmpty { spans.append(finished) }
            span = nil
            pieceStart = nil
        }

        for (p, paragraph) in paragraphs.enumerated() {
            let tokens = paragraph.tokens
            var first = 0
            if case .some = open {
                if let mark = tokens.first.flatMap({ classify($0, at: 0, in: tokens) }), mark.double == openIsDouble, mark.role != .close {
                    pieceStart = paragraph.index(tokens[0].end)
                    first = 1
                } else {
                    // Not reopened: the quote was cut off at the end of the paragraph before.
                    pieceStart = nil
                    finish(&open, closeToken: nil, paragraph: p - 1, pieceEnd: nil, in: paragraph.text)
                }
            }
            // A paragraph with no quote mark neither opens nor closes one: its tokens are not read.
            var index = paragraph.contents.contains(.quoteMark) ? first : tokens.count
            while index < tokens.count {
                defer { index += 1 }
                // Words are most tokens, and never quote marks: they skip the call.
                guard tokens[index].kind == .punctuation else { continue }
                var quoteIsOpen = false
                if case .some = open { quoteIsOpen = true }
                let partner = quoteIsOpen && opener != 0 ? closingPartner(tokens[index], of: opener) : nil
                guard let mark = partner ?? classify(tokens[index], at: index, in: tokens) else { continue }
                if !quoteIsOpen {
                    guard mark.role != .close else { continue }
                    open = QuoteSpan(startParagraph: p, openToken: index, endParagraph: p, closeToken: nil, pieces: [])
                    openIsDouble = mark.double
                    opener = Self.hasPartner(tokens[index].mark) ? tokens[index].mark : 0
                    pieceStart = paragraph.index(tokens[index].end)
                } else if mark.double == openIsDouble {
                    if mark.role == .open, let start = pieceStart {
                        if paragraph.text[start..<paragraph.index(tokens[index].start)].contains(where: { !$0.isWhitespace }) {
                            // A new opening mark while one is open: the earlier quote was cut off here.
                            finish(&open, closeToken: nil, paragraph: p, pieceEnd: paragraph.index(tokens[index].start), in: paragraph.text)
                            open = QuoteSpan(startParagraph: p, openToken: index, endParagraph: p, closeToken: nil, pieces: [])
                            opener = Self.hasPartner(tokens[index].mark) ? tokens[index].mark : 0
                        }
                        // Two opening marks with nothing between: the quote starts after the second.
                        pieceStart = paragraph.index(tokens[index].end)
                    } else if mark.role != .open {
                        finish(&open, closeToken: index, paragraph: p, pieceEnd: paragraph.index(tokens[index].start), in: paragraph.text)
                    }
                }
            }
            if case .some = open, let start = pieceStart {
                open?.pieces.append(paragraph.text[start..<paragraph.text.endIndex])
                open?.endParagraph = p
                pieceStart = nil
            } else if case .none = open, spans.last?.endParagraph != p, let line = transcriptLine(paragraph, at: p) {
                spans.append(line)
            } else if case .none = open, spans.last?.endParagraph != p, p >= 1, let block = blockQuote(paragraph, at: p, after: paragraphs[p - 1]) {
                spans.append(block)
            }
        }
        if case .some = open, let last = paragraphs.indices.last {
            finish(&open, closeToken: nil, paragraph: open?.endParagraph ?? last, pieceEnd: nil, in: paragraphs[last].text)
        }
        return spans
    }

    /// A paragraph that holds no quote and opens with a name and a colon (`Hancock: We did
    /// everything we could.`, `Lady Hallett: Mr Hancock, please answer.`), as a live page
    /// writes out a hearing or a press conference: the words after the colon, as a span whose
    /// speaker the name must be (`QuoteAttributor` drops it when no one is named). Nil for
    /// any other paragraph (`Update: …`, `Q: …`).
    private static func transcriptLine(_ paragraph: TokenizedParagraph, at p: Int) -> QuoteSpan? {
        guard let colon = transcriptColon(in: paragraph) else { return nil }
        let tokens = paragraph.tokens
        var span = QuoteSpan(startParagraph: p, openToken: colon + 1, endParagraph: p, closeToken: tokens.count - 1,
                             pieces: [paragraph.text[paragraph.index(tokens[colon].end)...]])
        span.isTranscriptLine = true
        span.finishWords()
        return span
    }

    /// Where the colon stands in a paragraph shaped as a transcript's line: a name of up to
    /// four capitalised words, maybe with a title's stop (`Dr. Smith:`), the colon, then a
    /// capitalised word after a space. Nil for any other paragraph.
    static func transcriptColon(in paragraph: TokenizedParagraph) -> Int? {
        guard paragraph.contents.contains(.colon) else { return nil }
        let tokens = paragraph.tokens
        guard let colon = tokens.prefix(6).firstIndex(where: { $0.isMark(":") }), colon >= 1, colon + 1 < tokens.count,
              tokens[..<colon].allSatisfy({ $0.isWord && $0.isCapitalized || $0.isMark(".") && !$0.spaceBefore }),
              tokens[0].isWord, tokens[colon + 1].spaceBefore, tokens[colon + 1].isCapitalized else { return nil }
        return colon
    }

    /// A paragraph with no quote of its own under one that ends introducing it: a clause with
    /// a speech verb, or `went on`, then a colon (`Barclay said:`, `He went on:`, `The trust
    /// said in a statement:`). Only that paragraph: where a block quote of several ends, plain
    /// text does not say. Nil for any other paragraph (`Here are the main points:`).
    private static func blockQuote(_ paragraph: TokenizedParagraph, at p: Int, after introduction: TokenizedParagraph) -> QuoteSpan? {
        let intro = introduction.tokens, tokens = paragraph.tokens
        guard let colon = intro.indices.last, intro[colon].isMark(":"), !tokens.isEmpty, tokens[0].isCapitalized || tokens[0].kind == .number,
              !paragraph.contents.contains(.link), !paragraph.contents.contains(.hashtag) else { return nil }
        // The verb stands just before the colon, or before where and to whom it was said (`said
        // in a statement:`, `told the BBC’s Today programme:`); `He said there were three
        // problems:` introduces a list, not words.
        func introduces(_ index: Int) -> Bool {
            Vocabulary.speechVerbs.contains(intro[index].lower) || intro[index].lower == .on && index >= 1 && intro[index - 1].lower == .went
        }
        var verb = colon - 1
        while verb >= 0, verb >= colon - 7, !introduces(verb),
              intro[verb].isCapitalized || intro[verb].isPunctuation("’',") || settingWords.contains(intro[verb].lower) {
            verb -= 1
        }
        // `Ruth Evans writes:`, `Damien Gayle reports:`: a reporter's dispatch, the blog's own
        // words; after an apposition, maybe someone else's.
        guard verb >= 0, introduces(verb) else { return nil }
        let isWritten = dispatchVerbs.contains(intro[verb].lower)
        let byPronoun = isWritten && verb >= 1 && introduction.opensSentence(at: verb - 1) && (intro[verb - 1].lower == .he || intro[verb - 1].lower == .she)
        guard !isWritten || byPronoun || verb >= 1 && intro[verb - 1].isMark(",") else { return nil }
        var span = QuoteSpan(startParagraph: p - 1, openToken: intro.count, endParagraph: p, closeToken: tokens.count - 1,
                             pieces: [paragraph.text[...]])
        span.isBlockQuote = true
        span.isWritten = isWritten
        span.isWrittenByPronoun = byPronoun
        span.finishWords()
        return span
    }

    /// Words of where, when and to whom something was said, between a speech verb and the
    /// colon that introduces the words.
    private static let settingWords: WordSet = [
        "in", "on", "at", "to", "a", "an", "the", "his", "her", "their", "its", "statement", "interview", "programme",
        "program", "reporters", "broadcasters", "journalists", "conference", "briefing", "letter", "post", "email",
        "video", "message", "speech", "scene", "evening", "morning", "afternoon", "night", "later", "earlier", "also",
        "then", "simply", "briefly", "today", "tonight", "yesterday", "shortly", "afterwards", "outside", "during",
        "after", "from", "with", "online", "social", "media", "press", "crowd", "crowds", "rally", "mps", "peers", "us",
    ]

    /// Verbs that introduce a reporter's dispatch rather than someone's words.
    private static let dispatchVerbs: WordSet = ["writes", "reports"]

    /// Whether a quote opened by `mark` is closed by a partner of its own (`closingPartner`).
    private static func hasPartner(_ mark: UInt32) -> Bool {
        mark == 0x201E || mark == 0xBB || mark == 0x201A
    }

    /// The mark that closes a quote opened by `opener` where the two differ from English use:
    /// German `„…“` and `‚…‘`, and German books' `»…«`. A close, when `token` is that mark;
    /// else nil.
    private static func closingPartner(_ token: Token, of opener: UInt32) -> (role: Mark, double: Bool)? {
        switch (Unicode.Scalar(opener), Unicode.Scalar(token.mark)) {
        case ("„", "“"), ("»", "«"): return (.close, true)
        case ("‚", "‘"): return (.close, false)
        default: return nil
        }
    }

    /// What a punctuation token does as a quote mark, judged by its neighbours for the
    /// straight marks that open and close alike.
    private static func classify(_ token: Token, at index: Int, in tokens: [Token]) -> (role: Mark, double: Bool)? {
        guard token.kind == .punctuation, let mark = Unicode.Scalar(token.mark) else { return nil }
        // The curly double marks say what they are; other marks need their neighbours read.
        switch mark {
        case "“", "„", "«": return (.open, true)
        case "”": return (.close, true)
        case "‘", "’", "‚", "»", "\"", "'": break
        default: return nil
        }
        let next = index + 1 < tokens.count ? tokens[index + 1] : nil
        let atStart = index == 0 || token.spaceBefore || tokens[index - 1].isPunctuation("([—–:")
        let hugsNext = next.map { !$0.spaceBefore } ?? false
        switch mark {
        case "‘", "‚": return atStart ? (.open, false) : nil
        // `»Wir streiken«`, as German books quote, hugs its words; French `« Oui »` does not.
        case "»": return atStart && hugsNext && next?.kind == .word ? (.open, true) : (.close, true)
        case "’": return (.close, false)
        case "\"":
            if atStart && hugsNext { return (.open, true) }
            if !atStart { return (.close, true) }
            return (.either, true)
        case "'":
            if atStart, hugsNext, next?.kind == .word { return (.open, false) }
            if !atStart, !hugsNext || next?.kind == .punctuation { return (.close, false) }
            return nil
        default:
            return nil
        }
    }
}
