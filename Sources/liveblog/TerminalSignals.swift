import CTerminalSignals
import Glibc

/// SIGINT, SIGTERM and SIGHUP while the reader runs: recorded by a C handler (the only thing
/// a handler may safely do), then seen by the main loop, which restores the terminal.
enum TerminalSignals {
    static func install() { lb_install_signal_handlers() }

    /// The signal caught since the last call, if any.
    static func take() -> Int32? {
        let caught = lb_take_signal()
        return caught == 0 ? nil : caught
    }

    /// Forgets a SIGINT caught since the last call, keeping any other signal for `take`.
    static func forgetInterrupt() {
        if let caught = take(), caught != SIGINT { raise(caught) }
    }
}
