/// The labels a broadcaster's page prints around a picture or a video, which a copy of its
/// text holds as lines of their own: `Image source, PA Media`, then `Image caption,` above the
/// caption, or `Media caption,` above a video's. They stay the post's paragraphs (nothing read
/// is dropped); a reader shows them, and the caption under them, apart from the text.
public enum MediaLabels {
    /// Labels the caption's line follows.
    private static let captionLabels: Set<String> = ["image caption,", "media caption,", "video caption,", "image caption", "media caption",
                                                     "video caption"]
    /// What opens a line that credits a picture or a video.
    private static let creditOpenings = ["image source, ", "video source, ", "image credit: ", "image source: "]

    /// Whether a line is such a label: a caption's (`Image caption,`) or a credit (`Image
    /// source, PA Media`).
    public static func isLabel(_ line: some StringProtocol) -> Bool {
        guard line.utf8.count <= 80 else { return false }
        let lowered = line.trimmingWhitespace().lowercased()
        return captionLabels.contains(lowered) || creditOpenings.contains { lowered.hasPrefix($0) }
    }

    /// Whether a line labels the caption on the line below it (`Image caption,`).
    public static func opensCaption(_ line: some StringProtocol) -> Bool {
        line.utf8.count <= 20 && captionLabels.contains(line.trimmingWhitespace().lowercased())
    }
}
