/// The records the guest harnesses (Tests/Differential/harness-*.c) read and write.
/// Layouts are fixed there (`struct in_case`, `struct out_case`, `struct regs`); this
/// file mirrors them byte for byte.
enum Layout {
    static let windowSize = 1024
    static let maxCode = 256
    static let regsSize = 800
    static let inSize = 2096
    static let outSize = 1872
    static let inMagic: UInt32 = 0x3143_4458   // "XDC1"
    static let outMagic: UInt32 = 0x3152_4458  // "XDR1"

    /// Fixed guest addresses (both harnesses). The stub pages and the harness image
    /// (linked at `imageBase`) sit at addresses no "interesting" register value (powers
    /// of two, masks, small numbers, their sums) comes near, so random loads, stores and
    /// jumps cannot reach the harness's own code and data.
    static let entryPage: UInt64 = 0x2a5c_3000
    static let codePage: UInt64 = 0x2a5c_4000
    static let retPage: UInt64 = 0x2a5c_5000
    static let imageBase: UInt64 = 0x5b3d_0000
    static let dataPage: UInt64 = 0x3000_0000
    static let window: UInt64 = dataPage + 4096 - UInt64(windowSize)   // 0x30000c00
    static let windowEnd: UInt64 = dataPage + 4096                    // guard page from here

    /// Addresses random-word cases must keep away from (with a margin for offsets): the
    /// stub and code pages, the harness image with its heap, and the stacks, which each
    /// emulator places differently (QEMU's guest stack region starts at 2^38, xrun's
    /// stack sits at the top of its 2^40-byte guest space): an access there would find
    /// memory (or a guard mapping) under one emulator and none under the other.
    static func nearHarness(_ a: UInt64) -> Bool {
        let t = a & 0x00ff_ffff_ffff_ffff
        return (t >= entryPage - 0x10000 && t < retPage + 0x11000) || (t >= imageBase - 0x10000 && t < imageBase + 0x100_0000)
            || (t >= 0x40_0000_0000 - 0x10000 && t < 0x40_0100_0000) || (t >= 0xff_0000_0000 && t < 0x100_0001_0000)
    }
}

/// Registers and memory window: a case's input, or what came out of it.
struct MachineState: Equatable {
    /// A64: X0-X30, [31] = SP. RV: [0] = 0, x1-x31 ([4] = tp, reserved, 0).
    var x = [UInt64](repeating: 0, count: 32)
    /// A64 NZCV in PSTATE format; RV unused.
    var nzcv: UInt64 = 0
    /// A64 FPCR; RV fcsr.
    var fpcr: UInt64 = 0
    /// A64 FPSR; RV unused.
    var fpsr: UInt64 = 0
    /// V0-V31 (A64) or f0-f31 (RV, [2i+1] = 0) as (low, high) 64-bit halves.
    var v = [UInt64](repeating: 0, count: 64)
    var mem = [UInt8](repeating: 0, count: Layout.windowSize)
}

struct DiffCase {
    var state = MachineState()
    /// Instruction bytes (little-endian), at most Layout.maxCode.
    var code: [UInt8] = []
}

/// What one emulator made of one case.
struct Outcome: Equatable {
    /// 0: the sequence ran to its end; else the signal raised in it.
    var signo: UInt32 = 0
    var siCode: Int32 = 0
    var faultAddr: UInt64 = 0
    var faultPC: UInt64 = 0
    /// After the sequence, or from the signal frame.
    var state = MachineState()
    /// 0 when the data page below the window is untouched; else a hash of it.
    var fillerHash: UInt64 = 0
}

extension Array where Element == UInt8 {
    mutating func appendLE(_ v: UInt64, _ n: Int = 8) {
        for i in 0..<n { append(UInt8(truncatingIfNeeded: v >> (8 * UInt64(i)))) }
    }
}

extension UnsafeRawBufferPointer {
    func le(_ offset: Int, _ n: Int = 8) -> UInt64 {
        var v: UInt64 = 0
        for i in 0..<n { v |= UInt64(self[offset + i]) << (8 * UInt64(i)) }
        return v
    }
}

enum Codec {
    static func appendRegs(_ s: MachineState, to out: inout [UInt8]) {
        for r in s.x { out.appendLE(r) }
        out.appendLE(s.nzcv); out.appendLE(s.fpcr); out.appendLE(s.fpsr); out.appendLE(0)
        for h in s.v { out.appendLE(h) }
    }

    static func encode(_ c: DiffCase, to out: inout [UInt8]) {
        precondition(c.code.count <= Layout.maxCode && c.state.mem.count == Layout.windowSize)
        let start = out.count
        out.appendLE(UInt64(Layout.inMagic), 4)
        out.appendLE(UInt64(c.code.count), 4)
        out.appendLE(0)
        appendRegs(c.state, to: &out)
        out += c.state.mem
        out += c.code
        out += [UInt8](repeating: 0, count: Layout.maxCode - c.code.count)
        assert(out.count - start == Layout.inSize)
    }

    static func decodeRegs(_ b: UnsafeRawBufferPointer, _ o: Int, into s: inout MachineState) {
        for i in 0..<32 { s.x[i] = b.le(o + 8 * i) }
        s.nzcv = b.le(o + 256); s.fpcr = b.le(o + 264); s.fpsr = b.le(o + 272)
        for i in 0..<64 { s.v[i] = b.le(o + 288 + 8 * i) }
    }

    /// Parses `count` output records; nil if the stream is short or malformed.
    static func decode(_ bytes: [UInt8], count: Int) -> [Outcome]? {
        guard bytes.count == count * Layout.outSize else { return nil }
        return bytes.withUnsafeBytes { b -> [Outcome]? in
            var result: [Outcome] = []
            result.reserveCapacity(count)
            for k in 0..<count {
                let o = k * Layout.outSize
                guard b.le(o, 4) == UInt64(Layout.outMagic) else { return nil }
                var r = Outcome()
                r.signo = UInt32(b.le(o + 4, 4))
                r.siCode = Int32(truncatingIfNeeded: b.le(o + 8, 4))
                r.faultAddr = b.le(o + 16)
                r.faultPC = b.le(o + 24)
                decodeRegs(b, o + 32, into: &r.state)
                r.state.mem = Array(b[(o + 832)..<(o + 832 + Layout.windowSize)])
                r.fillerHash = b.le(o + 1856)
                result.append(r)
            }
            return result
        }
    }
}
