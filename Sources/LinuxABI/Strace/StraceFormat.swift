import XrunCore

/// How -strace shows a system call, in strace's manner: one kind per argument, and
/// how the result reads. Declared with the call's registration, e.g.
/// `strace: [.int, .data, .unsigned]` for write(fd, buf, count); calls registered
/// without one show six registers, hex or decimal. A plain value (no allocation).
struct StraceFormat: ExpressibleByArrayLiteral {
    /// How one argument is shown.
    enum Arg: UInt32 {
        /// A signed C int: descriptors, pids, and flags strace shows as numbers.
        case int = 1
        /// A directory descriptor: AT_FDCWD (-100) by name.
        case dirfd
        /// A NUL-terminated string (paths, names).
        case string
        /// A buffer the guest hands in, shown as a string (at most 32 bytes); its
        /// length is the next argument.
        case data
        case unsigned
        case hex
        /// Modes: 0 and octal digits.
        case octal
        /// NULL or hex.
        case pointer
        /// A signed C long (msgrcv's message type).
        case long
    }

    enum Result {
        case decimal
        /// An address, in hex (mmap, mremap, brk).
        case address
        /// Shown as `= ?` when the call starts: calls that do not come back (exit,
        /// exit_group, and execve, whose new program traces itself).
        case none
    }

    /// Four bits per argument, first argument lowest.
    private let kinds: UInt32
    /// Number of arguments; nil: six raw registers.
    private let count: Int?
    let result: Result

    init(_ args: [Arg], result: Result = .decimal) {
        precondition(args.count <= 6, "system calls have six arguments")
        kinds = args.enumerated().reduce(0) { $0 | $1.element.rawValue << (4 * UInt32($1.offset)) }
        count = args.count
        self.result = result
    }

    init(arrayLiteral args: Arg...) { self.init(args) }

    private init(registers: ()) { kinds = 0; count = nil; result = .decimal }

    /// Six registers, each decimal below 4096, else hex.
    static let registers = StraceFormat(registers: ())

    /// The argument list text of a call with `args`.
    func arguments(_ args: SyscallArgs, kernel: Kernel) -> String {
        guard let count else { return (0..<6).map { Self.hexOrDecimal(args[$0]) }.joined(separator: ", ") }
        return (0..<count).map { i in
            let v = args[i]
            switch Arg(rawValue: kinds >> (4 * UInt32(i)) & 0xf)! {
            case .int: return String(Int32(truncatingIfNeeded: v))
            case .dirfd: return Int32(truncatingIfNeeded: v) == -100 ? "AT_FDCWD" : String(Int32(truncatingIfNeeded: v))
            case .string: return kernel.guestString(v, max: 4096).map(Self.quoted) ?? Self.pointer(v)
            case .data:
                let n = Int(min(args[i + 1], 32))
                guard let bytes = kernel.memory.readBytes(v, n) else { return Self.pointer(v) }
                return Self.quoted(bytes) + (args[i + 1] > 32 ? "..." : "")
            case .unsigned: return String(v)
            case .hex: return "0x" + String(v, radix: 16)
            case .octal: return "0" + String(v, radix: 8)
            case .pointer: return Self.pointer(v)
            case .long: return String(Int64(bitPattern: v))
            }
        }.joined(separator: ", ")
    }

    static func pointer(_ v: UInt64) -> String { v == 0 ? "NULL" : "0x" + String(v, radix: 16) }
    static func hexOrDecimal(_ v: UInt64) -> String { v < 4096 ? String(v) : "0x" + String(v, radix: 16) }

    static func quoted(_ s: String) -> String { quoted(Array(s.utf8)) }

    /// strace's string escaping: \n \t \" \\ and \ooo for other non-printables.
    static func quoted(_ bytes: [UInt8]) -> String {
        var out = "\""
        for c in bytes {
            switch c {
            case 0x0a: out += "\\n"
            case 0x09: out += "\\t"
            case 0x0d: out += "\\r"
            case 0x22: out += "\\\""
            case 0x5c: out += "\\\\"
            case 0x20...0x7e: out.unicodeScalars.append(Unicode.Scalar(c))
            default: out += "\\" + String(c, radix: 8)
            }
        }
        return out + "\""
    }
}
