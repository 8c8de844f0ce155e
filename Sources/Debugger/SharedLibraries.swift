import Glibc
import XrunCore

/// `qXfer:libraries-svr4:read`: the dynamic loader's list of loaded objects, read from
/// guest memory the way gdbserver's linux-low does (gdb's "Library List Format for
/// SVR4 Targets"). The main program's PT_DYNAMIC (found through AT_PHDR/AT_PHNUM and
/// its PT_PHDR, for PIE programs) holds DT_DEBUG, which the loader points at its
/// `struct r_debug` (glibc elf/link.h): r_version (int), then r_map, the first
/// `struct link_map` {l_addr, l_name, l_ld, l_next, l_prev}, all 64-bit here. gdb 13
/// requires each library's `lmid` (its namespace: the r_debug address, as gdbserver
/// reports it), despite the DTD calling it optional.
extension GdbStub {
    static let atPHDR: UInt64 = 3, atPHENT: UInt64 = 4, atPHNUM: UInt64 = 5
    static let ptDynamic: UInt32 = 2, ptPHDR: UInt32 = 6
    static let dtNull: UInt64 = 0, dtDebug: UInt64 = 21

    /// Under the lock: eight guest bytes, nil when unreadable.
    func guestWord(_ addr: UInt64) -> UInt64? {
        let b = withWatchesLifted(addr, 8) { readGuest(addr, 8) }
        guard b.count == 8 else { return nil }
        return b.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
    }

    func guestCString(_ addr: UInt64, max: Int = 4096) -> String? {
        var out: [UInt8] = []
        var a = addr
        while out.count < max {
            let chunk = withWatchesLifted(a, 64) { readGuest(a, 64) }
            if chunk.isEmpty { return nil }
            if let z = chunk.firstIndex(of: 0) { return String(decoding: out + chunk[..<z], as: UTF8.self) }
            out += chunk
            a &+= UInt64(chunk.count)
        }
        return nil
    }

    /// Under the lock: the address of the loader's r_debug, or nil before the loader
    /// has filled DT_DEBUG in (or for a static program, which has no PT_DYNAMIC).
    func rDebugAddress() -> UInt64? {
        func aux(_ key: UInt64) -> UInt64? { auxv.first { $0.0 == key }?.1 }
        guard let phdr = aux(Self.atPHDR), let phnum = aux(Self.atPHNUM), phnum < 4096 else { return nil }
        let phent = aux(Self.atPHENT) ?? 56
        // Elf64_Phdr: p_type (u32) p_flags (u32) p_offset p_vaddr ... (ELF gABI, "Program Header").
        var bias: UInt64 = 0
        var dynamic: UInt64?
        for i in 0..<phnum {
            let entry = phdr &+ i &* phent
            guard let typeFlags = guestWord(entry), let vaddr = guestWord(entry &+ 16) else { return nil }
            let type = UInt32(truncatingIfNeeded: typeFlags)
            if type == Self.ptPHDR { bias = phdr &- vaddr }
            if type == Self.ptDynamic { dynamic = vaddr }
        }
        guard let dynamic else { return nil }
        var d = dynamic &+ bias
        for _ in 0..<4096 {
            guard let tag = guestWord(d), let value = guestWord(d &+ 8) else { return nil }
            if tag == Self.dtNull { return nil }
            if tag == Self.dtDebug { return value == 0 ? nil : value }
            d &+= 16
        }
        return nil
    }

    /// Under the lock: the XML gdb parses in solib-svr4.c (svr4_parse_libraries).
    func librariesSVR4XML() -> String {
        var xml = "<library-list-svr4 version=\"1.0\""
        guard let rDebug = rDebugAddress(), var lm = guestWord(rDebug &+ 8), lm != 0 else { return xml + "/>" }
        xml += " main-lm=\"0x\(String(lm, radix: 16))\">"
        var first = true
        var seen = 0
        while lm != 0, seen < 4096 {
            guard let lAddr = guestWord(lm), let lName = guestWord(lm &+ 8), let lLd = guestWord(lm &+ 16),
                  let next = guestWord(lm &+ 24) else { break }
            // The first entry is the main program (gdb knows it already), as gdbserver skips it.
            if !first, let name = guestCString(lName), !name.isEmpty {
                xml += "<library name=\"\(TargetDescription.escapeXML(name))\" lm=\"0x\(String(lm, radix: 16))\""
                    + " l_addr=\"0x\(String(lAddr, radix: 16))\" l_ld=\"0x\(String(lLd, radix: 16))\""
                    + " lmid=\"0x\(String(rDebug, radix: 16))\"/>"
            }
            first = false
            lm = next
            seen += 1
        }
        return xml + "</library-list-svr4>"
    }
}
