import Foundation
import XCTest

/// What the test targets that run tools share: where the package is, whether this is
/// CI, finding tools on PATH, running a short one.
public enum TestEnvironment {
    /// The package root, from this file's location (Tests/GuestTestSupport/).
    public static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    public static func path(_ relative: String) -> String { packageRoot + "/" + relative }

    /// `CI` set (other than "false"/"0"): a missing tool or fixture is a failure, never a skip.
    public static var isCI: Bool {
        guard let v = ProcessInfo.processInfo.environment["CI"] else { return false }
        return !v.isEmpty && v != "false" && v != "0"
    }

    /// A tool or fixture is missing: skip with `message` locally, fail under CI.
    public static func missing(_ message: String) throws -> Never {
        if isCI { throw TestFailure(message + " (CI is set, so this is a failure, not a skip)") }
        throw XCTSkip(message)
    }

    /// The absolute path of `name` on PATH (or `name` itself if it contains a slash).
    public static func which(_ name: String) -> String? {
        if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
        for d in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let p = "\(d)/\(name)"
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return nil
    }

    /// `which`, or skip/fail naming the package that provides the tool.
    public static func requireTool(_ name: String, package: String) throws -> String {
        if let p = which(name) { return p }
        try missing("\(name) not found: install \(package) (tools/setup does)")
    }

    /// A data generator run by hand: the input and output files named by two
    /// variables, or a skip saying so (a generator checks nothing, so it never passes).
    public static func byHandFiles(_ input: String, _ output: String) throws -> (input: String, output: String) {
        let env = ProcessInfo.processInfo.environment
        guard let i = env[input], let o = env[output] else {
            throw XCTSkip("data generator, by hand only: set \(input) and \(output)")
        }
        return (i, o)
    }

    /// Writes a by-hand generator's output and ends it as a skip: nothing was checked.
    public static func writeByHand(_ text: String, to path: String) throws -> Never {
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        throw XCTSkip("wrote \(path) for comparison by hand; nothing is checked here")
    }

    /// Where the xrun under test may be, best first: the one built in the same
    /// configuration as this test bundle, then release, then debug.
    public static var xrunCandidates: [String] {
        var candidates: [String] = []
        let bundleDir = URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent().path
        if bundleDir.hasPrefix(path(".build")) { candidates.append(bundleDir + "/xrun") }
        return candidates + [path(".build/release/xrun"), path(".build/debug/xrun")]
    }

    /// Runs a short tool to completion; stdout and stderr together.
    public static func runTool(_ path: String, _ args: [String]) throws -> (status: Int32, output: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = args
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

/// A test failure with a message, thrown from helpers (XCTest reports it with the message).
public struct TestFailure: Error, CustomStringConvertible {
    public let description: String
    public init(_ message: String) { description = message }
}
