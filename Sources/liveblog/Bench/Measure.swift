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

    /// Median and worst of `runs` timings, in milliseconds.
    static func latency(runs: Int, _ work: (Int) -> Void) -> (median: Double, worst: Double) {
        var times: [Double] = []
        for run in 0..<runs { times.append(seconds { work(run) } * 1000) }
        times.sort()
        return (times[times.count / 2], times.last ?? 0)
    }

    /// The process's peak resident memory so far, in bytes.
    static var peakResidentBytes: Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024
    }

    /// The best of three runs of `wc -l` on a file: the floor, one pass over the bytes.
    static func wcSeconds(_ path: String) -> Double {
        (0..<3).map { _ in
            seconds {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: "/usr/bin/wc")
                process.arguments = ["-l", path]
                process.standardOutput = FileHandle.nullDevice
                try? process.run()
                process.waitUntilExit()
            }
        }.min() ?? 0
    }
}
