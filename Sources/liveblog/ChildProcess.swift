import Foundation

/// A program run to its end with `posix_spawn` and `waitpid`: no shell between (nothing in its
/// arguments is interpreted) and no polling for its end (Foundation's `Process` waits in steps
/// of 50 ms on Linux).
enum ChildProcess {
    /// How a run ended.
    enum Outcome: Equatable {
        case exited(Int32)
        case signalled(Int32)
        /// It could not be started: the `errno` of `posix_spawn` (`ENOENT`: no such program).
        case notStarted(Int32)
    }

    /// Runs `arguments[0]` (looked up on `PATH` when it has no slash) with the rest as its
    /// arguments, and waits for it. Its standard input and output are the files at these
    /// paths when given, else this process's own.
    static func run(_ arguments: [String], standardInput: String? = nil, standardOutput: String? = nil) -> Outcome {
        guard let program = arguments.first else { return .notStarted(ENOENT) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let standardInput { posix_spawn_file_actions_addopen(&actions, 0, standardInput, O_RDONLY, 0) }
        if let standardOutput { posix_spawn_file_actions_addopen(&actions, 1, standardOutput, O_WRONLY, 0) }
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        let started = posix_spawnp(&child, program, &actions, nil, argv, environ)
        guard started == 0 else { return .notStarted(started) }
        var status: Int32 = 0
        while waitpid(child, &status, 0) == -1 {
            guard errno == EINTR else { return .notStarted(errno) }
        }
        // The low seven bits hold the signal that ended it, if one did; else the exit status
        // is in the next byte.
        return status & 0x7f == 0 ? .exited((status >> 8) & 0xff) : .signalled(status & 0x7f)
    }

    /// Where a program would be found: the name itself when it holds a slash, else the first
    /// executable file of that name in the directories of `path` (`PATH`'s form); nil when none.
    static func locate(_ name: String, path: String?) -> String? {
        guard !name.isEmpty else { return nil }
        if name.contains("/") { return access(name, X_OK) == 0 ? name : nil }
        for directory in (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":", omittingEmptySubsequences: false) {
            let candidate = (directory.isEmpty ? "." : String(directory)) + "/" + name
            var info = stat()
            if access(candidate, X_OK) == 0, stat(candidate, &info) == 0, info.st_mode & S_IFMT != S_IFDIR { return candidate }
        }
        return nil
    }
}
