import Glibc

/// `-d in_asm,op` (QEMU's spelling): what the translator does, written as each block is
/// translated, to stderr or the `-D` file. Translation happens under the block cache's
/// lock, so the lines of one block are never interleaved with another thread's. Off, it
/// costs one nil test per translated block and nothing while guest code runs.
public final class TranslationLog: @unchecked Sendable {
    /// The log items xrun has, as `-d help` lists them.
    public enum Item: String, CaseIterable, Sendable {
        case inAsm = "in_asm"
        case op
        case strace

        public var help: String {
            switch self {
            case .inAsm: return "show the guest instructions of each translated block"
            case .op: return "show the operations (definitions) each block was translated into"
            case .strace: return "log the guest's system calls (as -strace)"
            }
        }
    }

    public let items: Set<Item>
    private var fd: Int32
    /// -dfilter: only blocks starting in these guest ranges are logged (all when empty).
    public var filter: [ClosedRange<UInt64>] = []

    func covers(_ pc: UInt64) -> Bool { filter.isEmpty || filter.contains { $0.contains(pc) } }

    /// Appends to `fd` (an open file or stderr); the log owns it unless it is 2.
    public init(items: Set<Item>, fd: Int32) {
        self.items = items
        self.fd = fd
    }

    /// A log on xrun's own descriptor (EmulatorDescriptors.openLog): the -D file, or a
    /// copy of stderr that the guest's close(2) or dup2 onto 2 does not take away.
    public convenience init(items: Set<Item>, logFile: String?) {
        self.init(items: items, fd: 2)
        let fd = EmulatorDescriptors.openLog(path: logFile) { [unowned self] in self.fd = $0 }
        if fd >= 0 { self.fd = fd }
    }

    /// Parses QEMU's comma-separated item list; `nil` and the bad item when one is unknown.
    public static func parseItems(_ list: String) -> (items: Set<Item>, unknown: String?) {
        var items = Set<Item>()
        for word in list.split(separator: ",") {
            guard let item = Item(rawValue: String(word)) else { return (items, String(word)) }
            items.insert(item)
        }
        return (items, nil)
    }

    public static var helpText: String {
        "Log items (-d item,...):\n" + Item.allCases.map {
            let name = $0.rawValue
            return name + String(repeating: " ", count: max(1, 10 - name.count)) + $0.help
        }.joined(separator: "\n") + "\n"
    }

    func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            var done = 0
            while done < bytes.count {
                let n = Glibc.write(fd, bytes.baseAddress! + done, bytes.count - done)
                if n <= 0 { if n < 0 && errno == EINTR { continue }; return }
                done += n
            }
        }
    }

    /// One translated block, the way QEMU's `-d in_asm` shows it: a separator, then
    /// per guest instruction its address, its encoding and its disassembly.
    func logBlock(_ block: Block, isa: GuestISA, code: CodeReader) {
        var out = ""
        if items.contains(.inAsm) {
            out += "----------------\nIN: \n"
            var pc = block.pointee.startPC
            while pc < block.pointee.endPC {
                let insn = isa.disassemble(at: pc, code: code)
                out += "0x" + Self.hex(pc, digits: 16) + ":  " + Self.hex(insn.encoding, digits: insn.length * 2)
                    + String(repeating: " ", count: 10 - insn.length * 2) + insn.text + "\n"
                pc += UInt64(max(insn.length, 2))
            }
            out += "\n"
        }
        if items.contains(.op) {
            out += "OP: block 0x" + Self.hex(block.pointee.startPC, digits: 16) + "\n"
            let ops = block.opsPointer, defs = block.definitions
            for i in 0..<block.pointee.count {
                let def = defs[i].takeUnretainedValue()
                out += " 0x" + Self.hex(ops[i].pc, digits: 16) + "  " + def.name
                    + (def.native != nil ? "" : "  (called)") + "\n"
            }
            out += "\n"
        }
        if !out.isEmpty { write(out) }
    }

    static func hex(_ v: UInt64, digits: Int) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: max(0, digits - s.count)) + s
    }
}
