import Foundation

/// One harness process under one emulator: input from a file, output to a file (no
/// pipe to drain while feeding), killed after the timeout.
final class EmulatorProcess {
    let command: [String]
    let label: String
    private let process = Process()
    private let outPath: String
    private let errPath: String

    /// `environment`: what the process gets besides a plain PATH and locale (the tier
    /// for xrun).
    init(label: String, command: [String], environment extra: [String: String] = [:], inputPath: String,
         scratch: String) throws {
        self.label = label
        self.command = command
        outPath = scratch + "/\(label).out"
        errPath = scratch + "/\(label).err"
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        process.environment = ["PATH": "/usr/bin:/bin", "LC_ALL": "C"].merging(extra) { $1 }
        guard let input = FileHandle(forReadingAtPath: inputPath),
              let out = FileHandle(forWritingAtPath: outPath),
              let err = FileHandle(forWritingAtPath: errPath) else {
            throw DiffFailure("cannot open the files of \(label) in \(scratch)")
        }
        process.standardInput = input
        process.standardOutput = out
        process.standardError = err
    }

    func start() throws { try process.run() }

    struct Result {
        var stdout: [UInt8]
        var stderr: String
        /// "exit status N" or "signal N"
        var ending: String
        var ok: Bool
    }

    /// Waits for the end (killing the process after `timeout` seconds).
    func finish(timeout: Double) -> Result {
        let deadline = Date().addingTimeInterval(timeout)
        var timedOut = false
        while process.isRunning {
            if Date() > deadline {
                timedOut = true
                process.terminate()
                usleep(200_000)
                if process.isRunning { kill(process.processIdentifier, SIGKILL) }
                break
            }
            usleep(2_000)
        }
        process.waitUntilExit()
        let out = FileManager.default.contents(atPath: outPath).map { [UInt8]($0) } ?? []
        var err = FileManager.default.contents(atPath: errPath).map { String(decoding: $0, as: UTF8.self) } ?? ""
        if err.count > 4000 { err = String(err.prefix(4000)) + "…" }
        let ending: String
        switch process.terminationReason {
        case .exit: ending = "exit status \(process.terminationStatus)"
        case .uncaughtSignal: ending = "signal \(process.terminationStatus)"
        @unknown default: ending = "unknown ending"
        }
        let ok = !timedOut && process.terminationReason == .exit && process.terminationStatus == 0
        return Result(stdout: out, stderr: err, ending: timedOut ? "timed out after \(Int(timeout)) s, killed" : ending, ok: ok)
    }
}
