/// What the reader can be asked to do, whatever key asked.
public enum Action: Hashable, Sendable {
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    case switchFocus, focusDetail, focusTimeline, openHospitalPicker, openPersonPicker, editTextFilter, clearFilters
    case nextNewPost, previousDay, nextDay, openLinks, toggleOrder, reload, toggleFollow, showHelp, quit
}

/// The one table of key bindings (tig's `request.h`): `update` looks keys up here and the help
/// overlay is generated from it, so the two can never drift apart.
public enum KeyBindings {
    public struct Binding: Sendable {
        public var keys: [Key]
        /// How the keys are written in help (`↑ k`).
        public var label: String
        public var action: Action
        public var help: String
    }

    public static let table: [Binding] = [
        Binding(keys: [.up, .character("k")], label: "↑ k", action: .moveUp, help: "previous post (or scroll the detail up)"),
        Binding(keys: [.down, .character("j")], label: "↓ j", action: .moveDown, help: "next post (or scroll the detail down)"),
        Binding(keys: [.pageUp, .control("b")], label: "PgUp ^B", action: .pageUp, help: "page up"),
        Binding(keys: [.pageDown, .control("f"), .character(" ")], label: "PgDn ^F Space", action: .pageDown, help: "page down"),
        Binding(keys: [.home, .character("g")], label: "Home g", action: .top, help: "first post (the headline)"),
        Binding(keys: [.end, .character("G")], label: "End G", action: .bottom, help: "last post"),
        Binding(keys: [.tab, .backTab], label: "Tab", action: .switchFocus, help: "switch focus: timeline / detail"),
        Binding(keys: [.enter, .right, .character("l")], label: "Enter → l", action: .focusDetail, help: "read the selected post in the detail pane"),
        Binding(keys: [.left], label: "←", action: .focusTimeline, help: "back to the timeline"),
        Binding(keys: [.character("[")], label: "[", action: .previousDay, help: "first post of this day, or of the day above"),
        Binding(keys: [.character("]")], label: "]", action: .nextDay, help: "first post of the day below"),
        Binding(keys: [.character("n")], label: "n", action: .nextNewPost, help: "next new post (marked • when R or F brings it, until read)"),
        Binding(keys: [.character("h")], label: "h", action: .openHospitalPicker, help: "filter by hospital (type to narrow, Enter to choose)"),
        Binding(keys: [.character("p")], label: "p", action: .openPersonPicker, help: "filter by person (type a name, a role or a place)"),
        Binding(keys: [.character("/")], label: "/", action: .editTextFilter, help: "filter by text as you type (Enter keeps, Esc cancels)"),
        Binding(keys: [.escape, .character("c")], label: "Esc c", action: .clearFilters, help: "clear all filters"),
        Binding(keys: [.character("o")], label: "o", action: .openLinks, help: "open the post's link in a browser (of several, choose one)"),
        Binding(keys: [.character("O")], label: "O", action: .toggleOrder, help: "newest first / oldest first"),
        Binding(keys: [.character("R")], label: "R", action: .reload, help: "read the file again, keeping your place"),
        Binding(keys: [.character("F")], label: "F", action: .toggleFollow, help: "follow: read the file again whenever it changes"),
        Binding(keys: [.character("?"), .function(1)], label: "? F1", action: .showHelp, help: "this help"),
        Binding(keys: [.character("q"), .control("c")], label: "q", action: .quit, help: "quit"),
    ]

    private static let byKey: [Key: Action] = {
        var map: [Key: Action] = [:]
        for binding in table {
            for key in binding.keys where map[key] == nil { map[key] = binding.action }
        }
        return map
    }()

    public static func action(for key: Key) -> Action? { byKey[key] }
}
