import XrunCore

/// Native templates for the general-register loads and stores (single and pair).
/// They keep the ops' rules (`LSAddress.run`): the PC is recorded before the access,
/// the access uses the untagged address (top byte ignored), the base is written back
/// after the access, so a fault leaves it unchanged and a load into the base loses
/// to the written-back address.
enum NativeLoadStore {
    typealias N = A64Native

    /// What one access does with its register(s), by size and extension.
    enum Access {
        case load(size: Int, signed: Bool, w: Bool)
        case store(size: Int)
        /// SIMD&FP B/H/S/D/Q: a = Vt. A load zeroes the rest of the vector register.
        case loadVector(size: Int)
        case storeVector(size: Int)
    }

    static func vector(_ t: UInt8, _ offset: Int32 = 0) -> X86Mem {
        X86Mem(.rbx, Int32(A64Layout.v + 16 * Int(t)) + offset)
    }

    /// Moves one SIMD&FP register's `size` bytes between Vt and guest memory at `m`
    /// (through xmm0, and rcx for B and H). A load writes all 16 bytes of Vt with one
    /// store: the vector templates read Vt with one 16-byte load, which the CPU can
    /// forward only from a store that covers it (two 8-byte stores cost a
    /// store-forwarding stall each time).
    static func transferVector(_ ctx: inout NativeContext, _ t: UInt8, _ m: X86Mem, size: Int, load: Bool) {
        if load {
            // movss/movsd zero the rest of xmm0, as does movq from rcx.
            switch size {
            case 16: ctx.asm.load128(.xmm0, m)
            case 4, 8: ctx.asm.loadScalar(.xmm0, m, double: size == 8)
            default:
                ctx.asm.loadZeroExtended(.rcx, m, size: size)
                ctx.asm.movToXMM(.xmm0, .reg(.rcx))
            }
            ctx.asm.store128(vector(t), .xmm0)
        } else {
            // A Q store stays two 8-byte stores, low half first: one that crosses into an
            // unmapped page writes its first half before the fault, as the op (and qemu)
            // do; a 16-byte movups would write nothing.
            var high = m
            high.disp += 8
            ctx.asm.loadZeroExtended(.rcx, vector(t), size: min(size, 8))
            ctx.asm.store(m, .rcx, size: min(size, 8))
            if size == 16 {
                ctx.asm.load(.rsi, vector(t, 8))
                ctx.asm.store(high, .rsi)
            }
        }
    }

    /// rdx = the untagged address the access uses, checked and PC recorded; for the
    /// writing-back modes (pre, post) rax = the address before untagging.
    /// `checked`: false leaves the range check (`beginAccess`) to the caller, which must
    /// make it before the access (LDAR checks alignment first, as the Arm ARM's
    /// AArch64.CheckAlignment comes before the translation fault).
    static func address(_ ctx: inout NativeContext, _ o: Op, _ mode: LSMode, checked: Bool = true) {
        switch mode {
        case .pre, .post, .postReg:
            N.load(&ctx, .rax, o.b, w: true)
            if case .pre = mode { ctx.asm.aluConstant(.add, .rax, o.imm, scratch: .rcx) }
            ctx.asm.mov(.rdx, .rax)
        case .offset:
            let base = register(&ctx, o.b, into: .rax)
            if let imm = Int32(exactly: Int64(bitPattern: o.imm)) {
                ctx.asm.lea(.rdx, X86Mem(base, imm))
            } else {
                ctx.asm.movImm(.rdx, o.imm)
                ctx.asm.alu(.add, .rdx, base)
            }
        case .regX, .regUXTW, .regSXTW:
            let base = register(&ctx, o.b, into: .rax)
            let index: X86Reg
            switch mode {
            case .regX: index = register(&ctx, o.c, into: .rcx)
            case .regUXTW: N.load(&ctx, .rcx, o.c, w: false); index = .rcx
            default:   // through the cache: the register may be written only there
                N.load(&ctx, .rcx, o.c, w: true)
                ctx.asm.signExtend(.rcx, .rcx, fromBits: 32)
                index = .rcx
            }
            if o.d <= 3 {
                ctx.asm.lea(.rdx, X86Mem(base, 0, index: index, scale: o.d))
            } else {
                if index != .rcx { ctx.asm.mov(.rcx, index) }
                ctx.asm.shift(.shl, .rcx, o.d)
                ctx.asm.lea(.rdx, X86Mem(base, 0, index: .rcx))
            }
        }
        if checked { ctx.beginAccess(pc: o.pc, addr: .rdx, scratch: .rcx, untagTopByte: true) }
    }

    /// Xr in a host register: its cached copy, else loaded into `scratch`.
    private static func register(_ ctx: inout NativeContext, _ r: UInt8, into scratch: X86Reg) -> X86Reg {
        if case .reg(let cached) = N.operand(&ctx, r) { return cached }
        N.load(&ctx, scratch, r, w: true)
        return scratch
    }

    static func writeBack(_ ctx: inout NativeContext, _ o: Op, _ mode: LSMode) {
        switch mode {
        case .pre:
            N.store(&ctx, o.b, .rax)
        case .post:
            ctx.asm.aluConstant(.add, .rax, o.imm, scratch: .rcx)
            N.store(&ctx, o.b, .rax)
        case .offset, .postReg, .regX, .regUXTW, .regSXTW:
            break
        }
    }

    /// One register: a = Rt.
    static func single(_ access: Access, _ mode: LSMode) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            if case .postReg = mode { return false }
            address(&ctx, o, mode)
            let m = ctx.guestMemory(.rdx)
            switch access {
            case .load(let size, let signed, let w):
                if signed && size < 8 {
                    ctx.asm.loadSignExtended(.rcx, m, size: size, w: w)
                } else {
                    ctx.asm.loadZeroExtended(.rcx, m, size: size)
                }
                N.store(&ctx, o.a, .rcx)
            case .store(let size):
                N.load(&ctx, .rcx, o.a, w: true)
                ctx.asm.store(m, .rcx, size: size)
            case .loadVector(let size):
                transferVector(&ctx, o.a, m, size: size, load: true)
            case .storeVector(let size):
                transferVector(&ctx, o.a, m, size: size, load: false)
            }
            writeBack(&ctx, o, mode)
            return true
        }
    }

    /// A pair: a = Rt, c = Rt2; both loaded before either is written.
    static func pair(_ access: Access, _ mode: LSMode) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            address(&ctx, o, mode)
            switch access {
            case .load(let size, let signed, let w):
                let m1 = ctx.guestMemory(.rdx), m2 = ctx.guestMemory(.rdx, Int32(size))
                if signed {
                    ctx.asm.loadSignExtended(.rcx, m1, size: size, w: w)
                    ctx.asm.loadSignExtended(.rsi, m2, size: size, w: w)
                } else {
                    ctx.asm.loadZeroExtended(.rcx, m1, size: size)
                    ctx.asm.loadZeroExtended(.rsi, m2, size: size)
                }
                N.store(&ctx, o.a, .rcx)
                N.store(&ctx, o.c, .rsi)
            case .store(let size):
                N.load(&ctx, .rcx, o.a, w: true)
                N.load(&ctx, .rsi, o.c, w: true)
                ctx.asm.store(ctx.guestMemory(.rdx), .rcx, size: size)
                ctx.asm.store(ctx.guestMemory(.rdx, Int32(size)), .rsi, size: size)
            case .loadVector(let size):
                // Both values are read before either register is written (a fault in
                // the second leaves Vt unchanged); movss/movsd zero the rest of the
                // xmm register, so each Vt is one 16-byte store.
                let m1 = ctx.guestMemory(.rdx), m2 = ctx.guestMemory(.rdx, Int32(size))
                if size == 16 {
                    ctx.asm.load128(.xmm0, m1)
                    ctx.asm.load128(.xmm1, m2)
                } else {
                    ctx.asm.loadScalar(.xmm0, m1, double: size == 8)
                    ctx.asm.loadScalar(.xmm1, m2, double: size == 8)
                }
                ctx.asm.store128(vector(o.a), .xmm0)
                ctx.asm.store128(vector(o.c), .xmm1)
            case .storeVector(let size):
                transferVector(&ctx, o.a, ctx.guestMemory(.rdx), size: size, load: false)
                transferVector(&ctx, o.c, ctx.guestMemory(.rdx, Int32(size)), size: size, load: false)
            }
            writeBack(&ctx, o, mode)
            return true
        }
    }
}
