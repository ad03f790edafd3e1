/// Blogs that tests of more than one target read: the text is the parser's input in one and
/// the reader's in another.
public enum SampleBlogs {
    /// A page over three days, each headed by its date above its newest post's time line; the
    /// first heading ends the header.
    public static let headedDays = """
        Gaza hospitals live

        Thursday 16 November

        09:12
        Troops remained inside the hospital.

        08:30
        Contact with staff was lost.

        Wednesday 15 November

        23:40
        Video was released.

        18:05
        Doctors received dozens of wounded.

        Tuesday 14 November

        22:10
        A hospital ran out of fuel.
        """

    /// A Guardian page's key events list, its entries stamped with their age above their titles,
    /// under the page's dateline, then the posts.
    public static let keyEventsWithAges = """
        Lucy Letby verdict: nurse found guilty – live
        Jury returns final verdicts after 22 days of deliberations
        Fri 18 Aug 2023 12.47 BST
        Key events
        1h ago
        Police say inquiry will widen
        2h ago
        Hospital bosses ‘failed to act’
        Mon 21 Aug 2023
        2.15pm BST
        Families say ‘no sentence will ever be enough’
        The families said the care of babies at the Countess of Chester Hospital must be looked at.
        1.52pm BST
        Sentencing
        The judge passed sentence.
        """
}
