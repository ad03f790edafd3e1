import Testing
@testable import LiveBlogKit

/// Filtering posts by a person: the posts that name them, found from the index, alone or with a
/// hospital and a search; and the person a user means by what they typed.
@Suite struct PersonFilterTests {
    let blog = Fixtures.seed

    @Test func thePostsOfAPersonAreThoseThatNameThem() {
        let index = SearchIndex(blog)
        for person in blog.people {
            let posts = PostFilter(person: person.name).apply(to: blog, index: index)
            #expect(posts.map { blog.posts[$0].id } == person.posts, "\(person.name)")
            #expect(posts.allSatisfy { blog.posts[$0].people.contains(person.name) })
        }
    }

    @Test func aPersonWithAHospitalAndASearch() {
        let index = SearchIndex(blog)
        let hunt = PostFilter(person: "Jeremy Hunt").apply(to: blog, index: index)
        let kings = PostFilter(hospital: "King’s College Hospital").apply(to: blog, index: index)
        let both = PostFilter(hospital: "King’s College Hospital", person: "Jeremy Hunt").apply(to: blog, index: index)
        #expect(both == hunt.filter(kings.contains))
        #expect(!both.isEmpty)
        let searched = PostFilter(person: "Jeremy Hunt", text: "contract").apply(to: blog, index: index)
        #expect(searched == PostFilter(text: "contract").apply(to: blog, index: index).filter(hunt.contains))
        #expect(PostFilter(person: "Nobody Here").apply(to: blog, index: index).isEmpty)
        #expect(PostFilter(person: "Jeremy Hunt", text: "con").narrows(PostFilter(person: "Jeremy Hunt", text: "c")))
        #expect(!PostFilter(person: "Jeremy Hunt", text: "con").narrows(PostFilter(text: "c")))
    }

    @Test(arguments: [
        ("Shruti Patel", "Shruti Patel"), ("shruti patel", "Shruti Patel"), ("patel", "Shruti Patel"),
        ("SHRU", "Shruti Patel"), ("  helen   nightingale ", "Helen Nightingale"), ("corbyn", "Jeremy Corbyn"),
    ])
    func queryByNameOrAStartOfAWord(query: String, expected: String) {
        #expect((try? PersonQuery.match(query, in: blog.people).get())?.name == expected)
    }

    @Test func queriesThatMatchNoneOrSeveral() {
        guard case .failure(let none) = PersonQuery.match("zzz", in: blog.people) else {
            Issue.record("zzz names no one")
            return
        }
        #expect(none.message.hasPrefix("no person matches 'zzz'; known: David Cameron, Jeremy Hunt"))
        #expect(none.message.hasSuffix(" and \(blog.people.count - 12) more"), "a long list is cut")
        guard case .failure(.ambiguous(_, let candidates, _)) = PersonQuery.match("jeremy", in: blog.people) else {
            Issue.record("jeremy names two people")
            return
        }
        #expect(candidates == ["Jeremy Hunt", "Jeremy Corbyn"])
        guard case .failure(let empty) = PersonQuery.match("x", in: []) else { return }
        #expect(empty.message == "no person matches 'x' (this blog names none)")
    }
}
