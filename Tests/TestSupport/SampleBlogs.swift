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
}
