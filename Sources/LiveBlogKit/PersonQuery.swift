/// Finds the person a user means by what they typed (`shruti patel`, `Patel`, `shru`): their
/// full name in any case, apostrophes folded (`O'Brien` = `O’Brien`), then a unique start of a
/// word of it.
public enum PersonQuery {
    public static func match(_ query: String, in people: [Person]) -> Result<Person, NameQuery.Failure> {
        NameQuery.match(query, forms: [folded(query)], in: people, kind: .person, names: { [folded($0.name)] }, title: \.name)
    }

    /// A name in the search's folding: lowercase, one apostrophe, white space as one space.
    static func folded(_ name: String) -> String {
        String(decoding: TextFolding.fold(name), as: UTF8.self)
    }
}
