import Foundation

/// Wall-clock timing and peak memory for the benchmark. Figures are compared as ratios within
/// one run, never against fixed times: this machine is shared and noisy.
enum Measure {
    /// Seconds taken by `work`.
    static func seconds(_ work: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        work()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// Seconds of CPU (user and system, every thread of the process) taken by `work`: steadier
    /// than wall time on a machine another tenant keeps busy.
    static func cpuSeconds(_ work: () -> Void) -> Double {
        func now() -> Double {
            var usage = rusage()
            getrusage(RUSAGE_SELF.rawValue, &usage)
            let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            return user + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        }
        let start = now()
        work()
        return now() - start
    }

    /// Median and worst of `runs` timings, in milliseconds.
    static func latency(runs: Int, _ work: (Int) -> Void) -> (median: Double, worst: Double) {
        summary((0..<runs).map { run in seconds { work(run) } * 1000 })
    }

    /// Median and worst of timings; 0 for none.
    static func summary(_ times: some Collection<Double>) -> (median: Double, worst: Double) {
        let sorted = times.sorted()
        return (sorted.isEmpty ? 0 : sorted[sorted.count / 2], sorted.last ?? 0)
    }

    /// The peak resident memory of this process's own image so far, in bytes (`VmHWM`):
    /// unlike `getrusage`, which is the fallback, it does not carry over the peak of a parent
    /// that spawned it.
    static var peakResidentBytes: Int {
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
           let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "") {
            return kilobytes * 1024
        }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024
    }

    /// The output of one run of this executable with `arguments`, or nil when it failed.
    static func runSelf(_ arguments: [String]) -> String? {
        let process = Process()
        process.executableURL = Bundle.main.executableURL
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? String(decoding: output, as: UTF8.self) : nil
    }

    /// The best of three runs of `wc -l` on a file: the floor, one pass over the bytes; nil
    /// when `wc` cannot be run. Spawned directly: Foundation's `Process.waitUntilExit` polls
    /// for the child's end every 50 ms, which hid `wc`'s 20 ms for 100 MB under a floor of
    /// 51 ms (`/bin/true` took as long).
    static func wcSeconds(_ path: String) -> Double? {
        let times = (0..<3).compactMap { _ -> Double? in
            var ran = false
            let time = seconds { ran = ChildProcess.run(["/usr/bin/wc", "-l", path], standardOutput: "/dev/null") == .exited(0) }
            return ran ? time : nil
        }
        return times.min()
    }
}
