import CNcursesw
import Foundation
import ReaderUI

/// The ncurses terminal: start, present a grid, read an event, restore. The only code that
/// talks to ncurses; everything it shows comes from `Renderer` as a grid of sanitised cells.
final class Terminal {
    private var screen: OpaquePointer?
    private var input: UnsafeMutablePointer<FILE>?
    private var theme = Theme(colors: false)
    private var consecutiveErrors = 0
    /// How long `read` waits for input, in milliseconds; nil: until there is some.
    private var waitLimit: Int32?

    /// Starts curses on standard output, reading keys from the terminal even when standard
    /// input is a pipe. Returns nil, with the terminal untouched, when there is none to use.
    init?(colors wantColors: Bool) {
        setlocale(LC_ALL, "")
        if lb_locale_is_utf8() == 0 { setlocale(LC_ALL, "C.UTF-8") }
        if isatty(STDIN_FILENO) == 1 {
            input = fdopen(dup(STDIN_FILENO), "r")
        } else {
            input = fopen("/dev/tty", "r")
        }
        guard let input else { return nil }
        TerminalSignals.install()
        guard let screen = newterm(nil, lb_stdout(), input) else {
            fclose(input)
            return nil
        }
        // TERM=dumb starts, but cannot place a character: the timeline is printed instead,
        // as for a terminal ncurses does not know. Nothing has been drawn yet.
        guard lb_can_address_cursor() != 0 else {
            endwin()
            delscreen(screen)
            fclose(input)
            return nil
        }
        self.screen = screen
        set_term(screen)
        cbreak()
        noecho()
        nonl()
        keypad(lb_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        mousemask(lb_mouse_wanted(), nil)
        mouseinterval(0)
        if wantColors, has_colors() {
            start_color()
            use_default_colors()
            theme = Theme(colors: true)
        }
    }

    var size: (width: Int, height: Int) { (Int(lb_cols()), Int(lb_lines())) }

    /// Draws a grid: ncurses sends only what changed.
    func present(_ grid: Grid) {
        var buffer: [wchar_t] = []
        for y in 0..<grid.height {
            for x in 0..<grid.width {
                let cell = grid[x, y]
                if cell.isContinuation { continue }
                buffer.removeAll(keepingCapacity: true)
                for scalar in cell.text.unicodeScalars.prefix(5) { buffer.append(wchar_t(bitPattern: scalar.value)) }
                if buffer.isEmpty { buffer.append(32) }
                buffer.append(0)
                let look = theme.look(cell.role)
                _ = buffer.withUnsafeBufferPointer { pointer in
                    lb_put_cell(Int32(y), Int32(x), pointer.baseAddress, look.attrs, look.pair)
                }
            }
        }
        refresh()
    }

    enum Read {
        case event(InputEvent)
        case signal(Int32)
        case lost
        case nothing
    }

    /// Makes `read` return `.nothing` after this long without input; nil blocks until input.
    func setWaitLimit(milliseconds: Int32?) {
        waitLimit = milliseconds
        wtimeout(lb_stdscr(), milliseconds ?? -1)
    }

    /// Blocks until a key, a resize, a mouse event or a signal (or the wait limit).
    func read() -> Read {
        var character: wint_t = 0
        // Timed only when a limit is set: telling a wait that ran its course from a failure.
        let started = waitLimit == nil ? 0 : DispatchTime.now().uptimeNanoseconds
        let result = get_wch(&character)
        if let signal = TerminalSignals.take() { return .signal(signal) }
        if result == ERR {
            // A wait that ran its course is no failure. A closed terminal makes every read fail
            // at once, with a wait limit or without: stop rather than spin.
            if let waitLimit, DispatchTime.now().uptimeNanoseconds &- started >= UInt64(max(0, waitLimit)) * 500_000 {
                consecutiveErrors = 0
                return .nothing
            }
            consecutiveErrors += 1
            return consecutiveErrors > 50 ? .lost : .nothing
        }
        consecutiveErrors = 0
        if result == KEY_CODE_YES { return functionKey(Int32(character)) }
        return .event(.key(Self.key(for: UInt32(character))))
    }

    private func functionKey(_ code: Int32) -> Read {
        switch code {
        case KEY_RESIZE: return .event(.resize(width: size.width, height: size.height))
        case KEY_MOUSE:
            var event = MEVENT()
            guard getmouse(&event) == OK else { return .nothing }
            let kind: MouseEvent.Kind
            if event.bstate & lb_mouse_wheel_up() != 0 {
                kind = .wheelUp
            } else if lb_mouse_wheel_down() != 0, event.bstate & lb_mouse_wheel_down() != 0 {
                kind = .wheelDown
            } else if event.bstate & lb_mouse_button1_any() != 0 {
                kind = .click
            } else {
                return .nothing
            }
            return .event(.mouse(MouseEvent(kind: kind, x: Int(event.x), y: Int(event.y))))
        case KEY_UP: return .event(.key(.up))
        case KEY_DOWN: return .event(.key(.down))
        case KEY_LEFT: return .event(.key(.left))
        case KEY_RIGHT: return .event(.key(.right))
        case KEY_PPAGE: return .event(.key(.pageUp))
        case KEY_NPAGE: return .event(.key(.pageDown))
        case KEY_HOME: return .event(.key(.home))
        case KEY_END: return .event(.key(.end))
        case KEY_ENTER: return .event(.key(.enter))
        case KEY_BACKSPACE: return .event(.key(.backspace))
        case KEY_DC: return .event(.key(.delete))
        case KEY_BTAB: return .event(.key(.backTab))
        default:
            let f0 = lb_key_f0()
            if code > f0, code <= f0 + 12 { return .event(.key(.function(Int(code - f0)))) }
            return .nothing
        }
    }

    /// A character from the keyboard as a key: controls by name, the rest as typed.
    static func key(for value: UInt32) -> Key {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(value + 96) ?? "a"))
        default:
            guard let scalar = Unicode.Scalar(value) else { return .character("\u{FFFD}") }
            return .character(Character(scalar))
        }
    }

    /// Hands the terminal to another program for the length of `body` (a text browser draws
    /// on it), then takes it back: every cell is drawn afresh by the next `present`. A Ctrl-C
    /// typed meanwhile was that program's, as `system(3)` has it, and does not end the reader.
    func whileSuspended<Result>(_ body: () -> Result) -> Result {
        guard screen != nil else { return body() }
        endwin()
        let result = body()
        TerminalSignals.forgetInterrupt()
        redrawwin(lb_stdscr())
        return result
    }

    /// Restores the terminal as it was. Safe to call more than once.
    func stop() {
        guard let screen else { return }
        curs_set(1)
        endwin()
        delscreen(screen)
        self.screen = nil
        if let input { fclose(input) }
        input = nil
    }

    deinit { stop() }
}
