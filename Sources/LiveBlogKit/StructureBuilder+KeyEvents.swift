/// A `Key events` list above the posts whose entries are stamped with their age, as the
/// Guardian prints it (`Key events`, `1h ago`, `Police say inquiry will widen`, `2h ago`, …):
/// the structure reads each stamp as a post's time line, and the list's entries are told apart
/// once the posts are known.
extension StructureBuilder {
    /// How many of the blog's first posts are entries of the key events list the header ends
    /// with: each stamped with an age and holding one line (the entry's title), with a post of
    /// another shape after them. A page of such posts alone keeps them as posts.
    static func keyEventEntryCount(_ posts: [Post], header: [SourceLine]) -> Int {
        guard let label = header.lastIndex(where: { PageFurniture.isLabel($0.text, in: PageFurniture.keyEventsLabels) }),
              !header[label...].contains(where: { PageFurniture.isLabel($0.text, in: PageFurniture.pinnedLabels) }) else { return 0 }
        let count = posts.prefix { post in
            post.minutesOfDay == nil && RelativeTime.shortForm(post.time) != nil && post.sourceLines.count == 2
        }.count
        return count < posts.count ? count : 0
    }
}
