/// The words that open or end places' and clubs' names and never a person's, and the points
/// of the compass, compared as keys: asked of every name read as a person's.
extension WordKey {
    static let mount = WordKey(packedLowercase: 0x74_6e_75_6f_6d, count: 5)
    static let mt = WordKey(packedLowercase: 0x74_6d, count: 2)
    static let lake = WordKey(packedLowercase: 0x65_6b_61_6c, count: 4)
    static let port = WordKey(packedLowercase: 0x74_72_6f_70, count: 4)
    static let fort = WordKey(packedLowercase: 0x74_72_6f_66, count: 4)
    static let cape = WordKey(packedLowercase: 0x65_70_61_63, count: 4)

    /// Whether a word opens the names of places and never a person's (`Mount Victoria`, `Fort
    /// Pierce`, `Lake Placid`, `Port Talbot`, `Cape Town`, `St Pancras`): compared as keys,
    /// asked of every name read as a person's.
    @inline(__always)
    static func opensPlaceName(_ key: WordKey) -> Bool {
        key == .mount || key == .mt || key == .lake || key == .port || key == .fort || key == .cape || key == .st || key == .saint
    }

    static let springs = WordKey(packedLowercase: 0x73_67_6e_69_72_70_73, count: 7)
    static let falls = WordKey(packedLowercase: 0x73_6c_6c_61_66, count: 5)
    static let heights = WordKey(packedLowercase: 0x73_74_68_67_69_65_68, count: 7)
    static let county = WordKey(packedLowercase: 0x79_74_6e_75_6f_63, count: 6)
    static let city = WordKey(packedLowercase: 0x79_74_69_63, count: 4)
    static let united = WordKey(packedLowercase: 0x64_65_74_69_6e_75, count: 6)
    static let rovers = WordKey(packedLowercase: 0x73_72_65_76_6f_72, count: 6)
    static let wanderers = WordKey(lowercaseFirstEight: 0x72_65_72_65_64_6e_61_77, rest: 0x73, count: 9)
    static let athletic = WordKey(packedLowercase: 0x63_69_74_65_6c_68_74_61, count: 8)
    static let rangers = WordKey(packedLowercase: 0x73_72_65_67_6e_61_72, count: 7)
    static let albion = WordKey(packedLowercase: 0x6e_6f_69_62_6c_61, count: 6)

    /// Whether a word ends the names of places or of clubs and never a person's (`Colorado
    /// Springs`, `Niagara Falls`, `Washington Heights`, `Orange County`, `Mexico City`,
    /// `Newcastle United`, `Blackburn Rovers`, `Wigan Athletic`), as `opensPlaceName`.
    @inline(__always)
    static func endsPlaceOrClubName(_ key: WordKey) -> Bool {
        key == .springs || key == .falls || key == .heights || key == .county || key == .city || key == .united
            || key == .rovers || key == .wanderers || key == .athletic || key == .rangers || key == .albion
    }

    static let north = WordKey(packedLowercase: 0x68_74_72_6f_6e, count: 5)
    static let south = WordKey(packedLowercase: 0x68_74_75_6f_73, count: 5)
    static let east = WordKey(packedLowercase: 0x74_73_61_65, count: 4)
    static let west = WordKey(packedLowercase: 0x74_73_65_77, count: 4)

    /// Whether a word is a point of the compass (`north`, `south`, `east`, `west`), compared
    /// as keys: a seat's or a district's name ends with one, a place's name follows one.
    @inline(__always)
    var isCompassPoint: Bool { self == .north || self == .south || self == .east || self == .west }
}
