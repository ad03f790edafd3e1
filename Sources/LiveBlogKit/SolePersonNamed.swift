/// The one person (not a reporter) a post names outside quotes before a point in it, read as
/// its quotes are, paragraph after paragraph: nil where it names no one or several (`Karin
/// Smyth and Jacqui Smith met`). Each paragraph's names are read once, however many quotes it
/// holds: asking before each of a paragraph's quotes costs no reading of all its names.
struct SolePersonNamed {
    /// Who the paragraphs before `paragraph` name.
    private var before = Named.none
    /// The paragraph read last (-1 for none yet).
    private var paragraph = -1
    /// Its first person, and where they are named first.
    private var first: (name: String, token: Int)?
    /// Where it first names a second person (`Int.max` where it names only one).
    private var secondToken = Int.max

    private enum Named: Equatable {
        case none, one(String), several
    }

    /// The one person named before token `token` of paragraph `p`, whose paragraphs' mentions
    /// are `mentions`. `p` never goes back from one call to the next.
    mutating func person(before token: Int, in p: Int, mentions: [[NamedMention]]) -> String? {
        while paragraph < p {
            if paragraph >= 0 { before = named(through: Int.max) }
            paragraph += 1
            read(paragraph < mentions.count ? mentions[paragraph] : [])
        }
        if case .one(let name) = named(through: token) { return name }
        return nil
    }

    /// Who the post names before token `token` of the paragraph read last (`Int.max`: all of it).
    private func named(through token: Int) -> Named {
        guard let first, first.token < token else { return before }
        return secondToken < token ? .several : Self.adding(first.name, to: before)
    }

    /// Reads a paragraph's first person and where a second is first named.
    private mutating func read(_ list: [NamedMention]) {
        first = nil
        secondToken = Int.max
        for mention in list where !mention.isReporter {
            guard let first else {
                self.first = (mention.name, mention.tokens.lowerBound)
                continue
            }
            if mention.name != first.name {
                secondToken = mention.tokens.lowerBound
                return
            }
        }
    }

    private static func adding(_ name: String, to named: Named) -> Named {
        switch named {
        case .none: return .one(name)
        case .one(let other): return other == name ? named : .several
        case .several: return .several
        }
    }
}
