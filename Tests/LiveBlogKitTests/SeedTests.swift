import Testing
@testable import LiveBlogKit

/// The seed blog end to end: what the product was made from must read exactly right.
@Suite struct SeedTests {
    let blog = Fixtures.seed

    @Test func structure() {
        #expect(blog.headline == "Junior doctors stage a second stoppage")
        #expect(blog.summary.count == 4)
        #expect(blog.posts.count == 29)
        #expect(blog.posts.first?.time == "3.23pm BST")
        #expect(blog.posts.first?.isEmpty == true)
        #expect(blog.footer == ["Continue reading...", "Show more"])
    }

    @Test func eightHospitalsWithTheirPostCounts() {
        let counts = Dictionary(uniqueKeysWithValues: blog.hospitals.map { ($0.name, $0.posts.count) })
        #expect(counts == [
            "St Mary’s Hospital": 4, "Lewisham Hospital": 1, "King’s College Hospital": 7, "Maudsley": 1,
            "Royal United Hospital": 4, "National Hospital for Neurology": 1,
            "Princess Royal University Hospital": 1, "University College Hospital": 2,
        ])
        #expect(blog.hospital(named: "Royal United Hospital")?.location == "Bath")
        #expect(blog.hospital(named: "National Hospital for Neurology")?.location == "Queen Square")
    }

    @Test func shrutiPatelsQuoteInFull() {
        let post = Fixtures.post(blog, time: "12.53pm BST")
        let quote = post?.quotes.first { $0.text.hasPrefix("This is a good way") }
        #expect(quote?.speaker == "Shruti Patel")
        #expect(quote?.text.hasSuffix("getting our message out to the public.") == true)
        let patel = blog.person(named: "Shruti Patel")
        #expect(patel?.role == "trainee paediatric doctor")
        #expect(patel?.hospital == "Lewisham Hospital")
        #expect(patel.map { $0.description } == "Shruti Patel, trainee paediatric doctor, Lewisham Hospital")
    }

    @Test func speakersResolvedToFullNames() {
        func speaker(_ time: String, _ prefix: String) -> String? {
            Fixtures.post(blog, time: time)?.quotes.first { $0.text.hasPrefix(prefix) }?.speaker
        }
        #expect(speaker("9.25am BST", "My main reason") == "Maddy Wells")
        #expect(speaker("11.40am BST", "I needed a break") == "Namrata Turaga")
        #expect(speaker("12.22pm BST", "The reason") == "Benjamin Robinson")
        #expect(speaker("1.05pm BST", "Regardless") == "Helen Nightingale")
        #expect(speaker("12.02pm BST", "we are trying") == "Maryann Noronha")
        #expect(speaker("11.02am BST", "The situation") == "Bill Morgan")
        #expect(speaker("12.53pm BST", "If the positions") == "Shruti Patel")
    }

    @Test func fragmentsAreNotQuotes() {
        let fragments = blog.posts.flatMap(\.quotes).filter(\.isFragment).map(\.text)
        #expect(fragments.contains("honest broker"))
        #expect(fragments.contains("ridiculous"))
        #expect(fragments.contains("what next"))
    }

    @Test func reporters() {
        #expect(Set(blog.reporters) == ["Damien Gayle", "Aisha Gani", "Alessio Perrone", "Steven Morris", "Sarah Johnson", "Denis Campbell"])
        #expect(Set(blog.reporters).isDisjoint(with: blog.posts.flatMap(\.quotes).compactMap(\.speaker)))
    }

    @Test func treeDump() {
        Snapshot.assert(TreeDump.render(blog), named: "seed.tree")
    }
}
