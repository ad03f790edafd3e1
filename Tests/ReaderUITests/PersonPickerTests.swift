import Testing
import LiveBlogKit
@testable import ReaderUI

/// `p` chooses a person to filter by, as `h` chooses a hospital: typed words narrow the list
/// by name, role or place; Enter keeps the posts that name the person chosen.
@Suite struct PersonPickerTests {
    @Test func choosingAPersonKeepsThePostsThatNameThem() {
        var state = Support.state(width: 80, height: 24)
        Support.send(&state, .character("p"))
        guard case .picker(let picker) = state.mode else {
            Issue.record("p opens the person picker")
            return
        }
        #expect(picker.kind == .person)
        let everyone = picker.matches(in: state.blog)
        #expect(everyone.count == state.blog.people.count)
        #expect(zip(everyone, everyone.dropFirst()).allSatisfy { $0.postCount >= $1.postCount }, "most posts first")
        Support.type(&state, "patel")
        guard case .picker(let narrowed) = state.mode else { return }
        #expect(narrowed.matches(in: state.blog).map(\.name) == ["Shruti Patel"])
        Support.send(&state, .enter)
        #expect(state.filter.person == "Shruti Patel")
        #expect(state.matchCount == 1)
        #expect(Renderer.render(state).plainText.hasPrefix(" person: Shruti Patel ×   1 of 29 posts"))
        Support.send(&state, .character("c"))
        #expect(state.filter.person == nil && state.matchCount == 29)
    }

    @Test func typedWordsMatchARoleOrAPlace() {
        var state = Support.state(width: 80, height: 24)
        Support.send(&state, .character("p"))
        Support.type(&state, "junior doctor st mary")
        guard case .picker(let picker) = state.mode else { return }
        let names = picker.matches(in: state.blog).map(\.label)
        #expect(!names.isEmpty)
        #expect(names.allSatisfy { $0.lowercased().contains("junior doctor") && $0.contains("St Mary") })
        Support.type(&state, "zzz")
        guard case .picker(let none) = state.mode else { return }
        #expect(none.matches(in: state.blog).isEmpty)
        #expect(Renderer.render(state).plainText.contains("No one matches."))
        Support.send(&state, .escape)
        #expect(state.mode == .browse && !state.filter.isActive)
    }

    @Test func aPersonAndAHospitalTogether() {
        var state = Support.state(width: 120, height: 24)
        Support.send(&state, .character("h"))
        Support.type(&state, "kings")
        Support.send(&state, .enter, .character("p"))
        Support.type(&state, "jeremy hunt")
        Support.send(&state, .enter)
        #expect(state.filter == PostFilter(hospital: "King’s College Hospital", person: "Jeremy Hunt"))
        #expect(Renderer.render(state).plainText.hasPrefix(" hospital: King’s College Hospital ×   person: Jeremy Hunt ×   1 of 29 posts"))
        Support.send(&state, .character("p"))
        guard case .picker(let picker) = state.mode else { return }
        #expect(picker.matches(in: state.blog)[picker.selection].name == "Jeremy Hunt", "opens on the person chosen")
    }

    /// With another filter on, each chooser lists and counts only what the posts it keeps
    /// name (a shop's facets), so every choice it offers keeps at least one post.
    @Test func choosersCountWithinTheOtherFilters() {
        var state = Support.state(width: 120, height: 30)
        let allHospitals = EntityPicker(.hospital, state: state).choices
        #expect(EntityPicker(.hospital, state: state).withinPosts == nil)
        Support.send(&state, .character("/"))
        Support.type(&state, "strike")
        Support.send(&state, .enter, .character("h"))
        guard case .picker(let hospitals) = state.mode else {
            Issue.record("h opens the hospital picker")
            return
        }
        #expect(hospitals.withinPosts == state.matchCount)
        #expect(Renderer.render(state).plainText.contains("Hospital · in the \(state.matchCount) posts the other filters keep"))
        #expect(!hospitals.choices.isEmpty && hospitals.choices.count <= allHospitals.count)
        #expect(zip(hospitals.choices, hospitals.choices.dropFirst()).allSatisfy { $0.postCount >= $1.postCount }, "most posts first")
        for choice in hospitals.choices {
            let whole = allHospitals.first { $0.name == choice.name }?.postCount ?? 0
            #expect(choice.postCount > 0 && choice.postCount <= whole, "\(choice.name)")
        }
        // Each count is what choosing it shows.
        let pick = hospitals.choices.count - 1
        let picked = hospitals.choices[pick]
        Support.send(&state, .end, .enter)
        #expect(state.filter.hospital == picked.name && state.filter.text == "strike")
        #expect(state.matchCount == picked.postCount)
        // The person chooser counts within the hospital and the search; the hospital chooser,
        // opened again, within the search alone, on the hospital chosen.
        Support.send(&state, .character("p"))
        guard case .picker(let people) = state.mode else { return }
        #expect(people.withinPosts == picked.postCount)
        #expect(people.choices.allSatisfy { $0.postCount >= 1 && $0.postCount <= picked.postCount })
        Support.send(&state, .escape, .character("h"))
        guard case .picker(let again) = state.mode else { return }
        #expect(again.choices == hospitals.choices)
        #expect(again.choices[again.selection].name == picked.name)
    }

    @Test func personPickerSnapshot() {
        var state = Support.state(width: 80, height: 24)
        Support.send(&state, .character("p"))
        Support.type(&state, "doctor")
        Support.assertSnapshot(Renderer.render(state), named: "person-picker-80x24")
    }
}
