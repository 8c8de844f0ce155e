import Glibc

/// The `perf` JIT symbol map (linux tools/perf/Documentation/jit-interface.txt):
/// one "START SIZE name" line per block in /tmp/perf-PID.map, plus the code bytes
/// under XRUN_PERF_MAP's directory when it names one (for objdump). Debugging only.
public final class PerfMap {
    private let file: UnsafeMutablePointer<FILE>
    private let dumpDirectory: String?

    private init(file: UnsafeMutablePointer<FILE>, dumpDirectory: String?) {
        self.file = file
        self.dumpDirectory = dumpDirectory
    }

    /// -perfmap (set before the engine starts).
    nonisolated(unsafe) public static var requested = false

    static func fromEnvironment() -> PerfMap? {
        let v = getenv("XRUN_PERF_MAP")
        let setting = v.map { String(cString: $0) } ?? ""
        guard requested || (!setting.isEmpty && setting != "0") else { return nil }
        guard let f = fopen("/tmp/perf-\(getpid()).map", "a") else { return nil }
        return PerfMap(file: f, dumpDirectory: setting.hasPrefix("/") ? setting : nil)
    }

    func note(code: UnsafeRawPointer, size: Int, pc: UInt64) {
        let start = String(UInt(bitPattern: code), radix: 16)
        let name = "guest_" + String(pc, radix: 16)
        fputs("\(start) \(String(size, radix: 16)) \(name)\n", file)
        fflush(file)
        if let dir = dumpDirectory, let f = fopen("\(dir)/\(name).bin", "w") {
            fwrite(code, 1, size, f)
            fclose(f)
        }
    }
}
