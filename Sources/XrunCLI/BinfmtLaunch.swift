import CXrunHost
import Glibc

/// xrun started by the kernel's binfmt_misc for a foreign binary someone exec'd, rather
/// than as `xrun [options] program args...`. fs/binfmt_misc.c builds our argv as
///   [interpreter, path-of-binary, original-argv0, args...]   with the P flag
///   [interpreter, path-of-binary, args...]                   without it
/// (path-of-binary is the path the binary was exec'd by), and with the O flag passes
/// the binary already open as AT_EXECFD. Linux >= 5.12 sets AT_FLAGS bit 0
/// (AT_FLAGS_PRESERVE_ARGV0) when P applied. AT_EXECFN names what was exec'd: the
/// binary, never the interpreter, which tells a binfmt start apart even without P or O.
///
/// Started this way, nothing in argv is xrun's: options come from the environment only
/// (XRUN_LD_PREFIX or QEMU_LD_PREFIX, XRUN_STRACE or QEMU_STRACE, ...).
struct BinfmtLaunch {
    var program: String
    /// The guest's argv[0] and arguments; `argv0` nil while P is unknown (old kernels).
    var argv0: String?
    var arguments: [String]
    /// Arguments after the binary's path, for when P turns out unknown.
    var rest: [String]
    /// AT_EXECFD: the binary, opened by the kernel (O flag).
    var execFD: Int32?

    static let atFlagsPreserveArgv0: UInt = 1

    static func detect(_ argv: [String]) -> BinfmtLaunch? {
        guard argv.count >= 2 else { return nil }
        let flags = getauxval(UInt(AT_FLAGS))
        errno = 0
        let fd = getauxval(UInt(AT_EXECFD))
        let execFD: Int32? = errno == ENOENT ? nil : Int32(truncatingIfNeeded: fd)
        let preserved = flags & atFlagsPreserveArgv0 != 0
        var execfnMatches = false
        if let p = UnsafePointer<CChar>(bitPattern: getauxval(UInt(AT_EXECFN))) {
            execfnMatches = String(cString: p) == argv[1]
        }
        guard preserved || execFD != nil || execfnMatches else { return nil }

        var l = BinfmtLaunch(program: argv[1], argv0: nil, arguments: [], rest: Array(argv.dropFirst(2)), execFD: execFD)
        if preserved {
            l.argv0 = l.rest.first ?? ""
            l.arguments = Array(l.rest.dropFirst())
        } else if kernelAtLeast(5, 12) {
            l.argv0 = l.program
            l.arguments = l.rest
        }
        return l
    }

    /// Before Linux 5.12 P cannot be seen in the auxiliary vector: the registration for
    /// the binary's machine tells — xrun's own, or one written for QEMU (qemu-binfmt-conf.sh
    /// and tonistiigi/binfmt name theirs qemu-<machine>) that starts xrun by a QEMU name.
    mutating func settleArgv0(registrationNames: [String]) {
        guard argv0 == nil else { return }
        if registrationNames.contains(where: { Self.registrationFlags($0).contains("P") }) {
            argv0 = rest.first ?? ""
            arguments = Array(rest.dropFirst())
        } else {
            argv0 = program
            arguments = rest
        }
    }

    /// The "flags: ..." line of /proc/sys/fs/binfmt_misc/<name>, or "".
    static func registrationFlags(_ name: String) -> String {
        let fd = open(Binfmt.directory + "/" + name, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return "" }
        defer { close(fd) }
        var buf = [UInt8](repeating: 0, count: 4096)
        let n = read(fd, &buf, buf.count)
        guard n > 0 else { return "" }
        for line in String(decoding: buf[0..<n], as: UTF8.self).split(separator: "\n") where line.hasPrefix("flags:") {
            return String(line.dropFirst(6))
        }
        return ""
    }

    static func kernelAtLeast(_ major: Int, _ minor: Int) -> Bool {
        var u = utsname()
        uname(&u)
        let release = withUnsafeBytes(of: &u.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        let parts = release.split(whereSeparator: { !$0.isNumber }).prefix(2).compactMap { Int($0) }
        guard parts.count == 2 else { return false }
        return parts[0] > major || (parts[0] == major && parts[1] >= minor)
    }
}
