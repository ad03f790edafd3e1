/// Hospitals so well known that blogs name them without the word "hospital"
/// (`a registrar at the Maudsley`). Data, not rules: the rules in `HospitalRecognizer` find
/// every hospital named in the ordinary way; this list only adds the famous short forms.
enum WellKnownHospitals {
    static let names: [String] = [
        "Maudsley", "Moorfields", "Great Ormond Street", "Addenbrooke’s", "Papworth",
        "Royal Marsden", "Royal Brompton", "Royal Free", "Guy’s", "St Thomas’", "Barts",
        "John Radcliffe", "Alder Hey", "Stoke Mandeville", "Northwick Park", "Broadmoor",
        "Rampton", "Harefield", "Royal Papworth", "Walsgrave", "Wythenshawe", "Guy’s and St Thomas’",
    ]

    /// The names in normal form, for lookup.
    static let keys: [String: String] = Dictionary(
        names.map { (HospitalName.normalize($0), $0) }, uniquingKeysWith: { first, _ in first })

    /// Every way the first word of a name may be written (any apostrophe or none, `Saint` for
    /// `St`): a run whose first word is none of these names no famous hospital, and is
    /// rejected before its text is normalised.
    static let firstWords: WordSet = {
        var words: [String] = []
        for name in names {
            guard let first = name.split(separator: " ").first else { continue }
            let bare = first.filter { !"’'‘`".contains($0) }
            words.append(String(bare))
            for apostrophe: Character in ["’", "'", "‘", "`"] { words.append(String(first.map { $0 == "’" ? apostrophe : $0 })) }
            if bare == "St" { words.append("Saint") }
        }
        return WordSet(words)
    }()
}
