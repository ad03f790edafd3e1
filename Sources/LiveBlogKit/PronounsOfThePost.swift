/// Whom `he` and `she` can mean in a post, as its quotes are read: the last two people it
/// named, and the pronoun each was written with. A pronoun that the one the post was last
/// talking about was never written with (`she said` of Sarah Wollaston, then `he added`) means
/// the person met before them, if it can (Jeremy Hunt). No list of names says who is which:
/// only the post's own pronouns, and the titles it writes names with (`Mr Streeting`, `Dame
/// Sally Davies`).
struct PronounsOfThePost {
    /// A person met, the pronoun they were first written with (`.none` for none yet), and one
    /// the post has shown is someone else's when they spoke (`asked her:`).
    private struct Met {
        var name: String
        var pronoun: WordKey
        var notPronoun: WordKey = .none
    }

    /// The person the post named last, and the one before them: held inline, as every post
    /// with a name reads one of these.
    private var latest: Met?
    private var before: Met?

    /// Notes that the post has just named or quoted `name`.
    mutating func meet(_ name: String?) {
        guard let name, latest?.name != name else { return }
        if before?.name == name {
            swap(&latest, &before)
        } else {
            before = latest
            latest = Met(name: name, pronoun: .none)
        }
    }

    /// Notes that the post wrote `name` with `pronoun` (`Paula Vennells broke down as she …`),
    /// if no pronoun is known for them yet.
    mutating func note(_ name: String, isWrittenWith pronoun: WordKey) {
        if latest?.name == name, latest?.pronoun == WordKey.none { latest?.pronoun = pronoun }
        if before?.name == name, before?.pronoun == WordKey.none { before?.pronoun = pronoun }
    }

    /// Notes that `pronoun` meant someone other than `name` as `name` spoke (`Jason Beer asked
    /// her:`): a `she` that follows means the other person, if one is remembered.
    mutating func note(_ name: String, isNot pronoun: WordKey) {
        if latest?.name == name, latest?.pronoun != pronoun { latest?.notPronoun = pronoun }
        if before?.name == name, before?.pronoun != pronoun { before?.notPronoun = pronoun }
    }

    /// The speaker a quote was read to have, turned to whom its pronoun can mean, and that
    /// pronoun noted for them. `titled` gives the pronoun a person's title says, if any: asked
    /// only where another person is remembered, of one whom no pronoun has told of yet.
    mutating func resolve(_ read: QuoteAttributor.Speaker, titled: (String) -> WordKey?) -> QuoteAttributor.Speaker {
        guard let said = read.pronoun, let name = read.name else { return read }
        meet(name)
        if let other = before, let current = latest {
            if current.pronoun == .none { latest?.pronoun = titled(current.name) ?? .none }
            if other.pronoun == .none, let known = latest?.pronoun, known != .none, known != said { before?.pronoun = titled(other.name) ?? .none }
        }
        var speaker = read
        if let current = latest, current.pronoun != .none && current.pronoun != said || current.notPronoun == said,
           let other = before, other.pronoun == .none || other.pronoun == said, other.notPronoun != said {
            speaker.name = other.name
            swap(&latest, &before)
        }
        if latest?.pronoun == WordKey.none { latest?.pronoun = said }
        return speaker
    }
}
