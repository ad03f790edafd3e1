/// The one normal form in which hospital names are compared, by extraction and by a user's
/// query alike: case, apostrophes, a leading `the`, `Saint`/`St.` and a trailing `hospital`
/// do not matter (`King’s College hospital` = `kings college`).
public enum HospitalName {
    public static func normalize<S: StringProtocol>(_ text: S) -> String {
        if let ascii = text.utf8.withContiguousStorageIfAvailable({ asciiNormalized($0) }), let ascii { return ascii }
        return generalNormalized(text)
    }

    /// `normalize` scalar by scalar, for any text.
    static func generalNormalized<S: StringProtocol>(_ text: S) -> String {
        var words: [String] = []
        var word = ""
        for scalar in text.unicodeScalars {
            if scalar.isAlphabeticFast || scalar.isASCIIDigit {
                word.unicodeScalars.append(scalar)
            } else if scalar == "’" || scalar == "'" || scalar == "‘" || scalar == "`" || scalar == "." {
                continue
            } else if !word.isEmpty {
                words.append(word.lowercased())
                word = ""
            }
        }
        if !word.isEmpty { words.append(word.lowercased()) }
        if words.first == "the" { words.removeFirst() }
        // `NHS Nightingale Hospital` is `Nightingale Hospital`, as a later post calls it.
        if words.count > 1, words[0] == "nhs" { words.removeFirst() }
        // `Hôpital Saint-Louis` is `Saint-Louis`: the keyword is written with its accent (text
        // beyond ASCII, which only this reading reads); a name's other words stay.
        if words.count > 1, words[0] == "hôpital" { words.removeFirst() }
        words = words.map { $0 == "saint" ? "st" : $0 }
        if words.count > 1, let last = words.last, Vocabulary.hospitalKeywords.contains(last) {
            words.removeLast()
        } else if words.count > 2, words.suffix(2) == ["medical", "complex"] {
            words.removeLast(2)
        }
        return words.joined(separator: " ")
    }

    /// `normalize` of text that is ASCII but for curly apostrophes, worked out on the bytes
    /// (names are almost always such text); nil for other text, which the general reading
    /// takes. Matches the general reading byte for byte (a randomised test holds it to it).
    static func asciiNormalized(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        withAsciiNormalForm(bytes) { length, write in String(unsafeUninitializedCapacity: length, initializingUTF8With: write) }
    }

    /// The `WordKey` of the first word of a text's normal form (`kings` for `The King’s
    /// College`), read on its bytes: a name can only be a hospital's whose normal form starts
    /// with the same word, and most names are told apart by it without being normalised whole.
    /// Matches the first word of `normalize` (a randomised test holds it to it).
    static func normalFirstWord(_ bytes: UnsafeBufferPointer<UInt8>) -> WordKey {
        let ascii: WordKey? = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 1) { letters in
            var index = 0
            var pastThe = false
            var pastNHS = false
            while true {
                var count = 0
                guard NormalByte.readWord(bytes, from: &index, into: letters, count: &count) else { return nil }
                let word = UnsafeBufferPointer(rebasing: letters[..<count])
                let key = WordKey(word)
                // A leading `the`, then `NHS` before another word, are no part of the normal
                // form; `saint` is written `st`.
                if key == .the, !pastThe, !pastNHS {
                    pastThe = true
                    continue
                }
                if key == .nhs, !pastNHS {
                    pastNHS = true
                    continue
                }
                if pastNHS, count == 0 { return .nhs }
                return key == .saint ? .st : key
            }
        }
        return ascii ?? WordKey(generalNormalized(String(decoding: bytes, as: UTF8.self)).prefix { $0 != " " })
    }

    /// Works out the normal form of ASCII text (curly apostrophes aside) on its bytes and
    /// hands `make` its length and a function that writes it and returns the bytes written;
    /// nil for other text. The words' letters, lowercased and back to back, and where each
    /// word ends are kept in scratch space on the stack: `make` decides what is allocated.
    private static func withAsciiNormalForm<Result>(
        _ bytes: UnsafeBufferPointer<UInt8>,
        _ make: (_ length: Int, _ write: (UnsafeMutableBufferPointer<UInt8>) -> Int) -> Result
    ) -> Result? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 1) { letters in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: bytes.count / 2 + 2) { ends in
                var count = 0
                var words = 0
                var index = 0
                // Closes the word being read, if it has letters.
                func endWord() {
                    guard count > (words == 0 ? 0 : ends[words - 1]) else { return }
                    ends[words] = count
                    words += 1
                }
                while index < bytes.count {
                    guard NormalByte.readWord(bytes, from: &index, into: letters, count: &count) else { return nil }
                    endWord()
                }
                let letters = UnsafeBufferPointer(letters)
                func word(_ number: Int) -> UnsafeBufferPointer<UInt8> {
                    UnsafeBufferPointer(rebasing: letters[(number == 0 ? 0 : ends[number - 1])..<ends[number]])
                }
                func isWord(_ number: Int, _ text: StaticString) -> Bool {
                    let word = word(number)
                    return word.count == text.utf8CodeUnitCount && (0..<word.count).allSatisfy { word[$0] == text.utf8Start[$0] }
                }
                var first = 0
                var last = words
                if words > 0, isWord(0, "the") { first = 1 }
                if words - first > 1, isWord(first, "nhs") { first += 1 }
                if last - first > 1, Vocabulary.hospitalKeywords.contains(WordKey(word(last - 1))) {
                    last -= 1
                } else if last - first > 2, isWord(last - 1, "complex"), isWord(last - 2, "medical") {
                    last -= 2
                }
                var length = max(0, last - first - 1)
                for number in first..<max(first, last) { length += isWord(number, "saint") ? 2 : word(number).count }
                return make(length) { output in
                    var offset = 0
                    for number in first..<max(first, last) {
                        if number > first {
                            output[offset] = UInt8(ascii: " ")
                            offset += 1
                        }
                        let letters = word(number)
                        if isWord(number, "saint") {
                            output[offset] = UInt8(ascii: "s")
                            output[offset + 1] = UInt8(ascii: "t")
                            offset += 2
                        } else {
                            _ = UnsafeMutableBufferPointer(rebasing: output[offset...]).initialize(from: letters)
                            offset += letters.count
                        }
                    }
                    return offset
                }
            }
        }
    }

    /// What the ASCII reading of a normal form makes of the byte at an offset of a text: a
    /// letter or digit of a word (lowercased), a mark it drops (an apostrophe, straight or
    /// curly, a backtick, a dot) or a word's end; nil for a byte beyond ASCII that is no
    /// curly apostrophe, which only the general reading decides.
    private enum NormalByte {
        case letter(UInt8)
        case dropped(length: Int)
        case separator

        @inline(__always)
        init?(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) {
            let byte = bytes[index]
            if byte >= 0x80 {
                // ’ and ‘ are dropped like `'`.
                guard byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
                      bytes[index + 2] == 0x99 || bytes[index + 2] == 0x98 else { return nil }
                self = .dropped(length: 3)
            } else if byte &- 0x41 < 26 {
                self = .letter(byte | 0x20)
            } else if byte &- 0x61 < 26 || AsciiLanes.isDigit(byte) {
                self = .letter(byte)
            } else if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "`") || byte == UInt8(ascii: ".") {
                self = .dropped(length: 1)
            } else {
                self = .separator
            }
        }

        /// The bytes it takes.
        var length: Int {
            if case .dropped(let length) = self { return length }
            return 1
        }

        /// Reads the next word of a text's normal form from `index` (past any separators
        /// before it) into `letters` from `count`, and stops past the separator that ends it;
        /// false for a byte the ASCII reading cannot decide.
        @inline(__always)
        static func readWord(_ bytes: UnsafeBufferPointer<UInt8>, from index: inout Int,
                             into letters: UnsafeMutableBufferPointer<UInt8>, count: inout Int) -> Bool {
            let start = count
            while index < bytes.count {
                guard let read = NormalByte(bytes, at: index) else { return false }
                index += read.length
                switch read {
                case .letter(let letter):
                    letters[count] = letter
                    count += 1
                case .dropped:
                    break
                case .separator:
                    if count > start { return true }
                }
            }
            return true
        }
    }

    /// Every normal form a written name answers to: itself, for `X Hospital for Y` also `X`, for
    /// `X children’s hospital` (the descriptor written in lower case, as a description of the
    /// hospital X names) also `X`, for `Ospedale X`, `University Hospital X` and `X and
    /// Hospital` also `X`; X only when it alone identifies the hospital (`Great Ormond Street`,
    /// `Okhmatdyt`, but not `National`).
    static func keys<S: StringProtocol>(for written: S) -> [String] {
        let primary = normalize(written)
        let words = primary.split(separator: " ").map(String.init)
        let name: ArraySlice<String>
        if let keyword = words.firstIndex(where: { Vocabulary.hospitalKeywords.contains($0) }), keyword > 0, keyword < words.count - 1 {
            // `University Hospital Hairmyres`, as Scotland names them: general words before the
            // keyword, the name after it (not `University Hospital of Wales`).
            let before = words[..<keyword]
            let after = words[(keyword + 1)...]
            let generalBefore = before.allSatisfy { Vocabulary.genericHospitalWords.contains($0) || Vocabulary.nonDistinctiveFirstWords.contains($0) }
            name = generalBefore && !Vocabulary.genericHospitalWords.contains(after[after.startIndex]) ? after : before
        } else if words.count >= 2, let descriptor = written.split(separator: " ").dropLast().last,
                  descriptor.first?.isLowercase == true, HospitalRecognizer.descriptors.contains(String(descriptor)) {
            // Past every descriptor (`district general`).
            var end = words.count - 1
            while end > 1, HospitalRecognizer.descriptors.contains(words[end - 1]) { end -= 1 }
            name = words[..<end]
        } else if words.count >= 3, words.last == "and" || words.last == "&" {
            // `Fakir Mohan Medical College and Hospital` (its keyword normalised away) answers to
            // the college's name alone.
            name = words.dropLast()
        } else if words.count >= 2, Vocabulary.leadingHospitalKeywords.contains(words[0]) {
            // `Ospedale San Raffaele` answers to `San Raffaele` (`Hôpital` the normal form drops).
            name = words.dropFirst()
        } else {
            return [primary]
        }
        guard name.contains(where: { !Vocabulary.genericHospitalWords.contains($0) && !Vocabulary.nonDistinctiveFirstWords.contains($0) })
        else { return [primary] }
        return [primary, name.joined(separator: " ")]
    }

    /// Initials of a full name's words, connectors skipped: `Royal United Hospital` → `RUH`.
    static func initialism<S: StringProtocol>(of name: S) -> String {
        var letters = ""
        for word in name.split(whereSeparator: { $0 == " " }) {
            let lower = word.lowercased()
            guard !["of", "for", "and", "the", "&", "at", "in"].contains(lower), let first = word.unicodeScalars.first,
                  first.properties.isAlphabetic else { continue }
            letters += String(first).uppercased()
        }
        return letters
    }

    /// The display form of a name as written: `hospital` capitalised, a lowercase name
    /// title-cased (`national hospital for neurology` → `National Hospital for Neurology`).
    static func display<S: StringProtocol>(_ written: S) -> String {
        let words = written.split(whereSeparator: { $0 == " " })
        // No capital anywhere: a capital inside a word names it too (`al-Shifa hospital`).
        let lowercaseName = words.allSatisfy { word in !word.unicodeScalars.contains { $0.properties.isUppercase } }
        let endsInMedicalComplex = words.count > 2 && words.suffix(2).map { $0.lowercased() } == ["medical", "complex"]
        // The descriptors before a final keyword, shown capitalised as it is (`District General Hospital`).
        var descriptorsStart = words.count - 1
        if words.last.map({ Vocabulary.hospitalKeywords.contains($0.lowercased()) }) == true {
            while descriptorsStart > 0, descriptorsStart > words.count - 3,
                  HospitalRecognizer.descriptors.contains(words[descriptorsStart - 1].lowercased()) {
                descriptorsStart -= 1
            }
        }
        return words.enumerated().map { index, word -> String in
            let lower = word.lowercased()
            let isKeyword = Vocabulary.hospitalKeywords.contains(lower) || endsInMedicalComplex && index >= words.count - 2
                || index >= descriptorsStart && index < words.count - 1
            let isConnector = ["for", "of", "and", "the", "at"].contains(lower) && index > 0
            if isKeyword || (lowercaseName && !isConnector) {
                return word.prefix(1).uppercased() + word.dropFirst()
            }
            return String(word)
        }.joined(separator: " ")
    }

    /// Whether two normalised names differ only by one word whose spellings share their first
    /// three letters (`royal united` ~ `royal university`): a slip, not another hospital.
    static func areNearVariants(_ lhs: String, _ rhs: String) -> Bool {
        let left = lhs.split(separator: " "), right = rhs.split(separator: " ")
        guard left.count == right.count, lhs != rhs else { return false }
        var differences = 0
        for (a, b) in zip(left, right) where a != b {
            differences += 1
            guard a.prefix(3) == b.prefix(3), a.count >= 3, b.count >= 3 else { return false }
        }
        return differences == 1
    }
}
