import Glibc

/// The `perf` JIT symbol map (linux tools/perf/Documentation/jit-interface.txt):
/// one "START SIZE name" line per block in /tmp/perf-PID.map, plus the code bytes
/// under XRUN_PERF_MAP's directory when it names one (for objdump). Debugging only.
public final class PerfMap {
    /// One of xrun's own descriptors (EmulatorDescriptors): the guest cannot close it,
    /// and a guest dup3 onto its number moves it (so no FILE, whose number is fixed).
    private var fd: Int32
    private let dumpDirectory: String?

    private init(fd: Int32, dumpDirectory: String?) {
        self.fd = fd
        self.dumpDirectory = dumpDirectory
        self.fd = EmulatorDescriptors.adopt(fd) { [unowned self] in self.fd = $0 }
    }

    /// -perfmap (set before the engine starts).
    nonisolated(unsafe) public static var requested = false

    static func fromEnvironment() -> PerfMap? {
        let v = getenv("XRUN_PERF_MAP")
        let setting = v.map { String(cString: $0) } ?? ""
        guard requested || (!setting.isEmpty && setting != "0") else { return nil }
        let fd = open("/tmp/perf-\(getpid()).map", O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return nil }
        return PerfMap(fd: fd, dumpDirectory: setting.hasPrefix("/") ? setting : nil)
    }

    func note(code: UnsafeRawPointer, size: Int, pc: UInt64) {
        let start = String(UInt(bitPattern: code), radix: 16)
        let name = "guest_" + String(pc, radix: 16)
        let line = "\(start) \(String(size, radix: 16)) \(name)\n"
        line.withCString { _ = write(fd, $0, strlen($0)) }
        if let dir = dumpDirectory, let f = fopen("\(dir)/\(name).bin", "w") {
            fwrite(code, 1, size, f)
            fclose(f)
        }
    }
}
