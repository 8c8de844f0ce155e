import XrunCore

/// The AArch64 ops the native tier emits inline: the integer, load/store and branch
/// ops that dominate real programs' profiles (busybox, coreutils, compressors).
/// Everything else is called from the native code as it is.
enum A64NativeTemplates {
    static let all: NativeTemplates = {
        var t = NativeTemplates()
        typealias D = NativeDataProcessing
        typealias S = A64Native.Shift

        t.add(AddSubImmOps.add64, D.addImm(w: true))
        t.add(AddSubImmOps.add32, D.addImm(w: false))
        t.add(AddSubImmOps.mov64, D.addImm(w: true))
        t.add(AddSubImmOps.mov32, D.addImm(w: false))
        t.add(AddSubImmOps.adds64, D.addsImm(sub: false, w: true))
        t.add(AddSubImmOps.adds32, D.addsImm(sub: false, w: false))
        t.add(AddSubImmOps.subs64, D.addsImm(sub: true, w: true))
        t.add(AddSubImmOps.subs32, D.addsImm(sub: true, w: false))

        typealias R = AddSubRegOps
        let addSub: [(OpFn, Bool, Bool, S, Bool)] = [
            (R.addPlain64, false, false, .lsl, true), (R.subPlain64, true, false, .lsl, true),
            (R.addsPlain64, false, true, .lsl, true), (R.subsPlain64, true, true, .lsl, true),
            (R.addLSL64, false, false, .lsl, true), (R.subLSL64, true, false, .lsl, true),
            (R.addsLSL64, false, true, .lsl, true), (R.subsLSL64, true, true, .lsl, true),
            (R.addLSR64, false, false, .lsr, true), (R.subLSR64, true, false, .lsr, true),
            (R.addsLSR64, false, true, .lsr, true), (R.subsLSR64, true, true, .lsr, true),
            (R.addASR64, false, false, .asr, true), (R.subASR64, true, false, .asr, true),
            (R.addsASR64, false, true, .asr, true), (R.subsASR64, true, true, .asr, true),
            (R.addPlain32, false, false, .lsl, false), (R.subPlain32, true, false, .lsl, false),
            (R.addsPlain32, false, true, .lsl, false), (R.subsPlain32, true, true, .lsl, false),
            (R.addLSL32, false, false, .lsl, false), (R.subLSL32, true, false, .lsl, false),
            (R.addsLSL32, false, true, .lsl, false), (R.subsLSL32, true, true, .lsl, false),
            (R.addLSR32, false, false, .lsr, false), (R.subLSR32, true, false, .lsr, false),
            (R.addsLSR32, false, true, .lsr, false), (R.subsLSR32, true, true, .lsr, false),
            (R.addASR32, false, false, .asr, false), (R.subASR32, true, false, .asr, false),
            (R.addsASR32, false, true, .asr, false), (R.subsASR32, true, true, .asr, false),
        ]
        for (fn, sub, flags, shift, w) in addSub {
            t.add(fn, D.addSubReg(sub: sub, flags: flags, shift: shift, w: w))
        }

        // LogicalRegOps: per operation, shifts Plain LSL LSR ASR ROR, 64 then 32 bits.
        typealias L = LogicalRegOps
        let logic: [([OpFn], D.Logic, Bool)] = [
            ([L.andPlain64, L.andLSL64, L.andLSR64, L.andASR64, L.andROR64,
              L.andPlain32, L.andLSL32, L.andLSR32, L.andASR32, L.andROR32], .and, false),
            ([L.bicPlain64, L.bicLSL64, L.bicLSR64, L.bicASR64, L.bicROR64,
              L.bicPlain32, L.bicLSL32, L.bicLSR32, L.bicASR32, L.bicROR32], .bic, false),
            ([L.orrPlain64, L.orrLSL64, L.orrLSR64, L.orrASR64, L.orrROR64,
              L.orrPlain32, L.orrLSL32, L.orrLSR32, L.orrASR32, L.orrROR32], .orr, false),
            ([L.ornPlain64, L.ornLSL64, L.ornLSR64, L.ornASR64, L.ornROR64,
              L.ornPlain32, L.ornLSL32, L.ornLSR32, L.ornASR32, L.ornROR32], .orn, false),
            ([L.eorPlain64, L.eorLSL64, L.eorLSR64, L.eorASR64, L.eorROR64,
              L.eorPlain32, L.eorLSL32, L.eorLSR32, L.eorASR32, L.eorROR32], .eor, false),
            ([L.eonPlain64, L.eonLSL64, L.eonLSR64, L.eonASR64, L.eonROR64,
              L.eonPlain32, L.eonLSL32, L.eonLSR32, L.eonASR32, L.eonROR32], .eon, false),
            ([L.andsPlain64, L.andsLSL64, L.andsLSR64, L.andsASR64, L.andsROR64,
              L.andsPlain32, L.andsLSL32, L.andsLSR32, L.andsASR32, L.andsROR32], .and, true),
            ([L.bicsPlain64, L.bicsLSL64, L.bicsLSR64, L.bicsASR64, L.bicsROR64,
              L.bicsPlain32, L.bicsLSL32, L.bicsLSR32, L.bicsASR32, L.bicsROR32], .bic, true),
        ]
        let shifts: [S] = [.lsl, .lsl, .lsr, .asr, .ror]
        for (fns, kind, flags) in logic {
            for (i, fn) in fns.enumerated() {
                t.add(fn, D.logicReg(kind, flags: flags, shift: shifts[i % 5], w: i < 5))
            }
        }

        typealias I = LogicalImmOps
        t.add(I.and64, D.logicImm(.and, flags: false, w: true))   // also and32
        t.add(I.orr64, D.logicImm(.orr, flags: false, w: true))
        t.add(I.eor64, D.logicImm(.eor, flags: false, w: true))
        t.add(I.orr32, D.logicImm(.orr, flags: false, w: false))
        t.add(I.eor32, D.logicImm(.eor, flags: false, w: false))
        t.add(I.ands64, D.logicImm(.and, flags: true, w: true))
        t.add(I.ands32, D.logicImm(.and, flags: true, w: false))

        typealias B = BitfieldOps
        t.add(B.ubfm64, D.bitfield(left: true, right: .shr, w: true))
        t.add(B.ubfm32, D.bitfield(left: true, right: .shr, w: false))
        t.add(B.sbfm64, D.bitfield(left: true, right: .sar, w: true))
        t.add(B.sbfm32, D.bitfield(left: true, right: .sar, w: false))
        t.add(B.lsl64, D.bitfield(left: true, right: nil, w: true))
        t.add(B.lsl32, D.bitfield(left: true, right: nil, w: false))
        t.add(B.lsr64, D.bitfield(left: false, right: .shr, w: true))
        t.add(B.lsr32, D.bitfield(left: false, right: .shr, w: false))
        t.add(B.asr64, D.bitfield(left: false, right: .sar, w: true))
        t.add(B.asr32, D.bitfield(left: false, right: .sar, w: false))
        t.add(B.sxtb64, D.signExtend(bits: 8, w: true))
        t.add(B.sxth64, D.signExtend(bits: 16, w: true))
        t.add(B.sxtw64, D.signExtend(bits: 32, w: true))
        t.add(B.sxtb32, D.signExtend(bits: 8, w: false))
        t.add(B.sxth32, D.signExtend(bits: 16, w: false))
        t.add(ExtractOps.ror64, D.rotate(w: true))
        t.add(ExtractOps.ror32, D.rotate(w: false))
        t.add(MoveWideOps.setConst, D.setConst)

        typealias T = ThreeSourceOps
        t.add(T.madd64, D.multiplyAdd(sub: false, accumulate: true, w: true))
        t.add(T.msub64, D.multiplyAdd(sub: true, accumulate: true, w: true))
        t.add(T.mul64, D.multiplyAdd(sub: false, accumulate: false, w: true))
        t.add(T.madd32, D.multiplyAdd(sub: false, accumulate: true, w: false))
        t.add(T.msub32, D.multiplyAdd(sub: true, accumulate: true, w: false))
        t.add(T.mul32, D.multiplyAdd(sub: false, accumulate: false, w: false))

        typealias V = TwoSourceOps
        t.add(V.lslv64, D.variableShift(.shl, w: true))
        t.add(V.lsrv64, D.variableShift(.shr, w: true))
        t.add(V.asrv64, D.variableShift(.sar, w: true))
        t.add(V.rorv64, D.variableShift(.ror, w: true))
        t.add(V.lslv32, D.variableShift(.shl, w: false))
        t.add(V.lsrv32, D.variableShift(.shr, w: false))
        t.add(V.asrv32, D.variableShift(.sar, w: false))
        t.add(V.rorv32, D.variableShift(.ror, w: false))
        t.add(OneSourceOps.rev64, D.byteReverse(w: true))
        t.add(OneSourceOps.rev32, D.byteReverse(w: false))

        typealias C = CondSelectOps
        t.add(C.csel64, D.conditionalSelect(.sel, w: true))
        t.add(C.csinc64, D.conditionalSelect(.inc, w: true))
        t.add(C.csinv64, D.conditionalSelect(.inv, w: true))
        t.add(C.csneg64, D.conditionalSelect(.neg, w: true))
        t.add(C.csel32, D.conditionalSelect(.sel, w: false))
        t.add(C.csinc32, D.conditionalSelect(.inc, w: false))
        t.add(C.csinv32, D.conditionalSelect(.inv, w: false))
        t.add(C.csneg32, D.conditionalSelect(.neg, w: false))
        t.add(C.cset, D.conditionalSet(mask: false, w: true))
        t.add(C.csetm64, D.conditionalSet(mask: true, w: true))
        t.add(C.csetm32, D.conditionalSet(mask: true, w: false))

        NativeLoadStore.register(&t)

        typealias N = NativeBranches
        t.add(BranchOps.b, N.b)
        t.add(BranchOps.bl, N.bl)
        t.add(BranchOps.bcond, N.bcond)
        t.add(BranchOps.cbz64, N.compareAndBranch(zero: true, w: true))
        t.add(BranchOps.cbnz64, N.compareAndBranch(zero: false, w: true))
        t.add(BranchOps.cbz32, N.compareAndBranch(zero: true, w: false))
        t.add(BranchOps.cbnz32, N.compareAndBranch(zero: false, w: false))
        t.add(BranchOps.tbz, N.testAndBranch(zero: true))
        t.add(BranchOps.tbnz, N.testAndBranch(zero: false))
        t.add(BranchRegisterOps.br, N.indirect(link: false))
        t.add(BranchRegisterOps.blr, N.indirect(link: true))
        return t
    }()
}

extension A64ISA {
    public var nativeTemplates: NativeTemplates { A64NativeTemplates.all }
}
