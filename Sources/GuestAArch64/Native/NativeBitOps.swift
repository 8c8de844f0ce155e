import XrunCore

/// Native templates for CLZ and RBIT (a = Rd, b = Rn; `OneSourceOps`), which glibc's
/// string functions run after every vector compare (the index of the first matching
/// byte, from the syndrome that SHRN/FMOV leave in a general register).
enum NativeBitOps {
    typealias N = A64Native

    /// CLZ: (width − 1) − BSR, and width for zero: BSR leaves ZF set for zero, when a
    /// CMOV puts 2 × width − 1 there instead; XOR with width − 1 is the subtraction
    /// for 0...width − 1 and gives width for 2 × width − 1. (No LZCNT: not every
    /// x86-64 host has it.)
    static func countLeadingZeros(w: Bool) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            let bits: UInt64 = w ? 64 : 32
            N.load(&ctx, .rax, o.b, w: w)
            ctx.asm.movImm(.rcx, 2 * bits - 1)
            ctx.asm.bitScanReverse(.rax, .rax, w: w)
            ctx.asm.cmov(.e, .rax, .rcx, w: w)
            ctx.asm.aluImm(.xor, .reg(.rax), Int32(bits - 1), w: false)
            N.store(&ctx, o.a, .rax)
            return true
        }
    }

    /// RBIT: the bytes reversed (BSWAP), then the nibbles, bit pairs and bits inside
    /// each byte swapped (`OneSourceOps.reverseBits`). 32-bit operations for W, which
    /// keep the upper half zero.
    static func reverseBits(w: Bool) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            N.load(&ctx, .rax, o.b, w: w)
            ctx.asm.bswap(.rax, w: w)
            for (shift, mask) in [(UInt8(4), UInt64(0x0F0F_0F0F_0F0F_0F0F)), (2, 0x3333_3333_3333_3333), (1, 0x5555_5555_5555_5555)] {
                ctx.asm.movImm(.rdx, w ? mask : mask & 0xFFFF_FFFF)
                ctx.asm.mov(.rcx, .rax, w: w)
                ctx.asm.shift(.shr, .rcx, shift, w: w)
                ctx.asm.alu(.and, .rcx, .rdx, w: w)
                ctx.asm.alu(.and, .rax, .rdx, w: w)
                ctx.asm.shift(.shl, .rax, shift, w: w)
                ctx.asm.alu(.or, .rax, .rcx, w: w)
            }
            N.store(&ctx, o.a, .rax)
            return true
        }
    }
}
