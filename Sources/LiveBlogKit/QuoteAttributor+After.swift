/// A speaker named after the quote (`,” said Name`, `,” Name said`, `,” he said`, `“…” –
/// Helen, 54, a district nurse`), read for `QuoteAttributor` first, unless a speech verb and a
/// colon introduce the quote (`isIntroduced`).
extension QuoteAttributor {
    /// `,” said Name`, `,” Name said`, `,” he said`, `” one person said`.
    func after(_ span: QuoteSpan, subject: Speaker?) -> Speaker? {
        guard let close = span.closeToken else { return nil }
        let p = span.endParagraph
        let tokens = paragraphs[p].tokens
        var j = close + 1
        // `“…” – Helen, 54, a district nurse in Cumbria`: words signed after a dash.
        if j + 1 < tokens.count, tokens[j].isPunctuation("–—"), tokens[j + 1].isCapitalized {
            return signature(from: j + 1, in: p)
        }
        if j < tokens.count, tokens[j].isMark(",") { j += 1 }
        guard j < tokens.count, tokens[j].isWord else { return nil }
        // A quote ends its statement (`…,” said`) or a comma follows it (`…", he said`);
        // otherwise the words after it continue the sentence it sits in.
        guard endsStatement(span.words) || tokens[close + 1].isMark(",") else { return nil }
        // `», a expliqué Yann Bubien`, `», ha detto`: French and Italian put an auxiliary first.
        if j + 2 < tokens.count, tokens[j].lower.isSpeechAuxiliary, Vocabulary.speechVerbs.contains(tokens[j + 1].lower) {
            j += 1
        }
        let word = tokens[j].lower
        if Vocabulary.speechVerbs.contains(word), j + 1 < tokens.count {
            return speaker(startingAt: j + 1, in: p, subject: subject, verbFirst: true)
        }
        // `,” according to Dr Omar Said`: as a verb before the speaker.
        if j + 2 < tokens.count, tokens[j + 1].lower == .to, word == .according {
            return speaker(startingAt: j + 2, in: p, subject: subject, verbFirst: true)
        }
        return speaker(startingAt: j, in: p, subject: subject, verbFirst: false)
    }

    /// The signature that ends a paragraph after a quote's dash: a person the post names, or
    /// the words as written (`Helen, 54, a district nurse in Cumbria`); nil when more than a
    /// signature's sixteen tokens follow.
    private func signature(from start: Int, in p: Int) -> Speaker? {
        let tokens = paragraphs[p].tokens
        guard tokens.count - start <= 16 else { return nil }
        if let named = mention(startingAt: start, in: p), !named.isReporter { return Speaker(name: named.name) }
        var end = tokens.count
        if tokens[end - 1].isPunctuation(".") { end -= 1 }
        return end > start ? Speaker(description: String(paragraphs[p].surface(start..<end))) : nil
    }

    /// Whether a quote's words end a statement (`.`, `,`, `?`, `!`, `…`), also where they end
    /// inside a quote of their own (`He said, ‘Whatever you need,’`). Read as bytes: it is asked
    /// of most quotes.
    func endsStatement(_ text: Substring) -> Bool {
        var bytes = text.utf8
        while let last = bytes.last {
            // `…` is E2 80 A6 in UTF-8, `’` E2 80 99 and `”` E2 80 9D.
            let afterE280 = bytes.count >= 3 && bytes.dropLast().last == 0x80 && bytes.dropLast(2).last == 0xE2
            if last == UInt8(ascii: "'") || last == UInt8(ascii: "\"") {
                bytes = bytes.dropLast()
            } else if afterE280 && (last == 0x99 || last == 0x9D) {
                bytes = bytes.dropLast(3)
            } else {
                return last == UInt8(ascii: ".") || last == UInt8(ascii: ",") || last == UInt8(ascii: "?") || last == UInt8(ascii: "!")
                    || afterE280 && last == 0xA6
            }
        }
        return false
    }
}
