import Foundation

/// The built `liveblog` executable and a way to run it to completion.
enum Binary {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `LIVEBLOG_BINARY` when set (relative to the package, or absolute: CI runs the reader's
    /// tests against the release build too); else beside the test bundle (where `swift test`
    /// builds it), else under `.build/debug`; built on demand when neither exists.
    static let path: String = {
        if let chosen = ProcessInfo.processInfo.environment["LIVEBLOG_BINARY"], !chosen.isEmpty {
            return chosen.hasPrefix("/") ? chosen : packageRoot.appendingPathComponent(chosen).path
        }
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("liveblog").path
        let debug = packageRoot.appendingPathComponent(".build/debug/liveblog").path
        for candidate in [besideTests, debug] where FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        _ = run("/usr/bin/env", ["swift", "build", "--product", "liveblog"], in: packageRoot.path)
        return debug
    }()

    static var seed: String { packageRoot.appendingPathComponent("seeds/000_22f438f6e8b27846.txt").path }

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs the binary with arguments and optional standard input; stdout and stderr are pipes.
    static func liveblog(_ arguments: [String], stdin: String? = nil) -> Output {
        run(path, arguments, in: packageRoot.path, stdin: stdin)
    }

    /// Runs a command that leaves a daemon behind (tmux's server) with its output to /dev/null
    /// and waits for it: Foundation's `Process` would wait on a descriptor the daemon inherits.
    @discardableResult
    static func spawnDetached(_ arguments: [String]) -> Int32 {
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor: Int32 in 0...2 {
            posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // The runner's threads block signals; the terminal under test must start with none blocked.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        var pid: pid_t = 0
        guard posix_spawnp(&pid, arguments[0], &actions, &attributes, &argv, environ) == 0 else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return status
    }

    static func run(_ executable: String, _ arguments: [String], in directory: String, stdin: String? = nil) -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        do {
            try process.run()
        } catch {
            return Output(status: -1, stdout: "", stderr: "\(error)")
        }
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try? input.fileHandleForWriting.close()
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
                      stderr: String(decoding: stderrData, as: UTF8.self))
    }
}
