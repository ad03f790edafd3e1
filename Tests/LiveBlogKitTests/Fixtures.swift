import Foundation
@testable import LiveBlogKit

/// Blogs written for the tests, one per shape DESIGN.md §3 describes, with hospitals and
/// people that do not appear in the seed, so the rules are tested and not the seed's names.
enum Fixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static var seedText: String {
        (try? String(contentsOf: packageRoot.appendingPathComponent("seeds/000_22f438f6e8b27846.txt"), encoding: .utf8)) ?? ""
    }

    static var seed: LiveBlog { LiveBlogParser.parse(seedText) }

    /// Election night: 24-hour times, a no-break space, the two-line time form, empty posts,
    /// shared times, midnight, a key event, a title, a byline, `Updated at`, page furniture.
    static let electionNight = """
        Election night: results as they happen
        Polls have closed across the country
        Key events
        Turnout up in the north
        Exit poll published

        1.15am GMT
        Key event
        Afternoon summary
        Counting continues in Leeds.
        Updated at 1.20am GMT

        00:45
        The second result is in.

        23:50
        By Jane Doe
        The first result is in from Sunderland.

        22.05\u{00A0}GMT

        22.05 GMT
        Polls have closed.

        9.58pm GMT
        21:58
        Ten minutes to go.

        Continue reading...
        Show more
        """

    /// Hospitals named in many ways, and things that are not hospitals.
    static let nursesStrike = """
        Nurses strike: live
        Thousands of nurses walk out

        3.40pm BST
        Back at the LGI the picket is thinning. Nurses at Addenbrooke’s hospital in Cambridge joined later.

        3.20pm BST
        Sarah Okafor, 42, a ward sister at Leeds General Infirmary, said the mood was defiant.

        3.00pm BST
        Staff at St George’s hospital in Tooting marched to St Georges Hospital’s main gate, and a nurse at St George's said the queue was long.

        2.45pm BST
        Parents outside Great Ormond Street Hospital for Children waved. Later at GOSH the crowd grew; Great Ormond Street has seen nothing like it.

        2.30pm BST
        Liam Hart, a staff nurse at Addenbrooke’s, said he had never struck before. A doctor at the Whittington said the same.

        2.10pm BST
        The Whittington hospital in Archway reported a quiet morning. Nurses at St Thomas’ Hospital were out too.

        2.00pm BST
        Nurses at the hospital for tropical diseases were not on strike.

        1.45pm BST
        Nurses in hospitals up and down the country walked out. According to the hospital press office, a local hospital had cover. She is doing a PhD at UCL. Donations went to Leeds food bank. A surgeon at Harvard Medical School sent support.
        """

    /// Quotes and speakers in every form DESIGN.md §3 lists.
    static let speakers = """
        Strike day two

        5.00pm BST
        Tom Baker, 29, a junior doctor at Whittington hospital, tells Priya Shah why he is striking.
        “We have no choice,” he said. “The contract is unsafe.”

        4.40pm BST
        “It is a sad day,” said Anna Lee, a consultant anaesthetist. Lee says the talks must restart.
        “We will be back,” said Lee.

        4.20pm BST
        Grace Moyo, a midwife, spoke outside. She said: “Nobody wants to be here.”
        Grace Moyo, Whittington hospital: "Safe staffing saves lives" #NursesStrike pic.twitter.com/AbCdEf123

        4.00pm BST
        Dan Cole, a paramedic, said the minister was an “honest broker” in name only.
        “The situation is a stalemate. Nobody will move.
        “Unless something changes the strikes will go on.”

        3.40pm BST
        Omar Said has been nursing for ten years.
        “I’ve never seen morale this low. We are exhausted
        He shrugged.

        3.20pm BST
        “Go back to work!” one man shouted. Then a cyclist: “Keep going!” And again: “Keep going!”
        My colleague Ruth Evans is at the picket. Ruth Evans writes:
        It is cold but spirits are high.
        """

    /// Tweets with glued links and hashtags.
    static let tweets = """
        Launch day

        10.00am BST
        Today is launch day. Watch live to find out.#CountdownToMarshttps://t.co/7w3AbCd
        Crowds gather at the gate pic.twitter.com/XyZ123
        Read more at https://example.com/story.
        """

    static let all = [seedText, electionNight, nursesStrike, speakers, tweets]

    static func post(_ blog: LiveBlog, time: String) -> Post? {
        blog.posts.first { $0.time == time }
    }
}
