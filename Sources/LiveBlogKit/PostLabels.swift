extension Post {
    /// The lines that label a post besides its time, and what is rarely set.
    struct Labels: Equatable, Sendable {
        var secondaryTime: String?
        var keyEventLabel: String?
        var title: String?
        /// What stands between the time and a title printed on the time line (` ` in `10.05am
        /// Pickets at St Thomas'`), when the title shares that line.
        var titleJoiner: String?
        /// A date alone on the line above the time line (`Wednesday 15 November`): the page's
        /// heading for the day this post opens.
        var dayHeading: String?
        var byline: String?
        /// The line under a byline that is a name alone: the writer's role (`Health correspondent`).
        var bylineRole: String?
        var updated: String?
        /// Whether the `Updated at` line stands above the post's text (under its time and any
        /// key-event label), as the Guardian's pages of late print it, rather than below.
        var updatedOpensPost = false
        /// Whether the byline stands below the post's text (above any buttons), as ABC's pages
        /// sign a post, rather than above it.
        var bylineClosesPost = false
        /// Whether the byline stands above the post's title (`Denis Campbell`, then the title).
        var bylineAboveTitle = false
        /// Whether the key-event label stands above the time line (`Key Event`, then `5:45pm`),
        /// as ABC's pages print it, rather than under it.
        var keyEventAboveTime = false
        /// The page's buttons printed at the post's foot (`Share`, `Facebook`, `Twitter`), one
        /// a line, as written.
        var furniture: String?
        /// Page furniture between the paragraphs (a newsletter's box, an advertisement's label).
        var inlineFurniture: [InlineFurniture]?
        /// An id not derived from the post's content.
        var otherID: String?
        /// A zone other than the one the time line names (nil: the time line's).
        var otherZone: String??

        var isEmpty: Bool { self == Labels() }
    }
}
