import Testing
@testable import LiveBlogKit

/// Label lines in the places other pages print them: `Updated at` under the time, and a
/// writer's bare name heading a post.
@Suite struct LabelLinesTests {
    /// The Guardian's pages of late print `Updated at` under the time: it is the post's updated
    /// line, not its title, and the source keeps its place; at the foot it is read as before.
    @Test func anUpdatedLineUnderTheTime() {
        let text = """
            H

            17.31 GMT
            Updated at 17.40 GMT
            A spokesperson for Addenbrooke’s hospital said it had opened an extra ward.

            16.10 GMT
            Key event
            Updated at 16.20 GMT
            Ambulances queued
            Crews waited for hours.

            15.00 GMT
            Crews waited.
            Updated at 15.05 GMT
            """
        let blog = LiveBlogParser.parse(text)
        #expect(blog.posts.map(\.updated) == ["Updated at 17.40 GMT", "Updated at 16.20 GMT", "Updated at 15.05 GMT"])
        #expect(blog.posts.map(\.updatedOpensPost) == [true, true, false])
        #expect(blog.posts.map(\.title) == [nil, "Ambulances queued", nil])
        #expect(blog.posts[0].paragraphs == ["A spokesperson for Addenbrooke’s hospital said it had opened an extra ward."])
        #expect(blog.posts[1].sourceLines == ["16.10 GMT", "Key event", "Updated at 16.20 GMT", "Ambulances queued", "Crews waited for hours."])
        #expect(blog.sourceLines == text.split(separator: "\n").map(String.init).filter { !$0.isEmpty })
    }

    /// A writer's bare name heading a post is its byline when the header names the writer, or
    /// when it heads two posts; one bare name heading one post, unnamed above, stays a title,
    /// as do titles of capitalised words no name has.
    @Test func aWritersNameHeadingPosts() {
        let text = """
            Strike live: walkouts across England
            Tom Ambrose (now) and Helen Livingstone (earlier)

            18.00 GMT
            Helen Livingstone
            Pickets are packing up in Leeds.

            17.00 GMT
            Denis Campbell
            The health secretary has spoken.

            16.00 GMT
            Denis Campbell
            Talks are due tomorrow.

            15.00 GMT
            Jeremy Hunt
            He said nothing new.

            14.00 GMT
            Afternoon Summary
            A quiet hour.

            13.00 GMT
            Afternoon Summary
            Another quiet hour.
            """
        let blog = LiveBlogParser.parse(text)
        #expect(blog.posts.map(\.byline) == ["Helen Livingstone", "Denis Campbell", "Denis Campbell", nil, nil, nil])
        #expect(blog.posts.map(\.title) == [nil, nil, nil, "Jeremy Hunt", "Afternoon Summary", "Afternoon Summary"])
        #expect(blog.posts[0].reporters == ["Helen Livingstone"])
        #expect(blog.posts[1].reporters == ["Denis Campbell"])
        #expect(!blog.people.map(\.name).contains("Denis Campbell"))
        #expect(blog.posts[1].paragraphs == ["The health secretary has spoken."])
        #expect(blog.sourceLines == text.split(separator: "\n").map(String.init).filter { !$0.isEmpty })
        #expect(Set(blog.posts.map(\.id)).count == blog.posts.count)
    }

    /// The New York Times signs a post at its foot with a dash (`— Patricia Mazzei`, `— Jack
    /// Healy and Rick Rojas`): the writers are the post's, not a paragraph; a dash before a
    /// quote's speaker and role (`— Jane Doe, a nurse`) stays a paragraph.
    @Test func aDashSignsThePostAtItsFoot() {
        let text = """
            Live Updates: Hurricane Ian

            Sept. 29, 2022, 11:02 a.m. ET
            Patients are evacuated from a flooded hospital
            "We had to carry patients down the stairs," Dr. Bodine said.
            — Patricia Mazzei

            Sept. 29, 2022, 10:15 a.m. ET
            A hospital system moves 1,000 patients
            Lee Health said it would move patients.
            – Jack Healy and Rick Rojas

            Sept. 29, 2022, 9:00 a.m. ET
            “We are ready.”
            — Jane Doe, a nurse
            """
        let blog = LiveBlogParser.parse(text)
        #expect(blog.posts.map(\.byline) == ["— Patricia Mazzei", "– Jack Healy and Rick Rojas", nil])
        #expect(blog.posts.map(\.reporters) == [["Patricia Mazzei"], ["Jack Healy", "Rick Rojas"], []])
        #expect(blog.posts[0].paragraphs == ["\"We had to carry patients down the stairs,\" Dr. Bodine said."])
        #expect(blog.posts[2].paragraphs.last == "— Jane Doe, a nurse")
        #expect(blog.sourceLines == text.split(separator: "\n").map(String.init))
    }

    /// ABC's pages sign a post at its foot (`By Jessica Riga`, above any buttons): the line is
    /// the post's byline, not its last paragraph, and the source keeps its place; a post of a
    /// byline alone is signed, with no text, as before.
    @Test func aBylineAtThePostsFoot() {
        let text = """
            H

            4h ago
            8 people remain in hospital
            Eight people are being treated in Sydney hospitals, NSW Health says.
            By Bridget Judd
            Share

            5h ago
            Police commissioner speaks
            "We don't have any information," Ms Webb said.
            By Jessica Riga

            6h ago
            By Tom Lowrey
            """
        let blog = LiveBlogParser.parse(text)
        #expect(blog.posts.map(\.byline) == ["By Bridget Judd", "By Jessica Riga", "By Tom Lowrey"])
        #expect(blog.posts.map(\.paragraphs) == [["Eight people are being treated in Sydney hospitals, NSW Health says."],
                                                 ["\"We don't have any information,\" Ms Webb said."], []])
        #expect(blog.posts[0].sourceLines == ["4h ago", "8 people remain in hospital", "Eight people are being treated in Sydney hospitals, NSW Health says.",
                                              "By Bridget Judd", "Share"])
        #expect(Set(blog.reporters) == ["Bridget Judd", "Jessica Riga", "Tom Lowrey"])
        #expect(blog.sourceLines == text.split(separator: "\n").map(String.init).filter { !$0.isEmpty })
    }

    /// A page that stamps a post with a title on its time line and one with no title with its
    /// time alone (`3.15pm Picket at Addenbrooke's` among posts stamped `4.50pm`): the line is a
    /// post's time and title, not the post above's paragraph. Times written otherwise inside a
    /// post (a schedule, `8am Pickets form`) and sentences a time opens stay its paragraphs.
    @Test func aTitleOnATimeLineAmongTimesAlone() {
        let text = """
            Strike live

            4.50pm
            The union will announce further dates.

            3.15pm Picket at Addenbrooke's
            Nurses gathered from 7am. The day's plan:
            8am Pickets form at the main gate
            10am March to the city centre

            1.30pm Health Secretary: 'door is open'
            Steve Barclay insisted he was willing to talk.

            12.05pm
            9.30am is when most nurses walked out.
            """
        let blog = LiveBlogParser.parse(text)
        #expect(blog.posts.map(\.time) == ["4.50pm", "3.15pm", "1.30pm", "12.05pm"])
        #expect(blog.posts.map(\.title) == [nil, "Picket at Addenbrooke's", "Health Secretary: 'door is open'", nil])
        #expect(blog.posts[1].paragraphs.count == 3)
        #expect(blog.posts[3].paragraphs == ["9.30am is when most nurses walked out."])
        #expect(blog.sourceLines == text.split(separator: "\n").map(String.init).filter { !$0.isEmpty })
        // The newest posts, above the first time alone, are taken from the header; a key
        // events list of such lines, with no text under its last, stays the header's.
        let top = "Strike live\nRCN says no choice\n5.30pm Strike to escalate\nThe union said so.\n5.10pm Picket at Guy's\nCrowds.\n4.50pm\nText."
        let topBlog = LiveBlogParser.parse(top)
        #expect(topBlog.posts.map(\.time) == ["5.30pm", "5.10pm", "4.50pm"])
        #expect(topBlog.posts.map(\.title) == ["Strike to escalate", "Picket at Guy's", nil])
        #expect(topBlog.summary == ["RCN says no choice"])
        #expect(topBlog.sourceLines == top.split(separator: "\n").map(String.init))
        let listed = LiveBlogParser.parse("H\nKey events\n10.05am Pickets\n9.30am Strike begins\n\n10.05am\nText.")
        #expect(listed.keyEvents == ["Key events", "10.05am Pickets", "9.30am Strike begins"])
    }
}

