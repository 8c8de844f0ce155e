import XrunCore

/// riscv's own system calls (arch/riscv/include/uapi/asm/unistd.h: __NR_arch_specific_syscall
/// 244 + 14 and + 15).
extension RV64ISA {
    static let riscvHwprobe = 258
    static let riscvFlushIcache = 259

    public func archSyscall(_ number: Int, _ args: SyscallArgs, memory: GuestMemory) -> Int? {
        switch number {
        case Self.riscvHwprobe: return hwprobe(pairs: args[0], count: args[1], flags: args[4], memory: memory)
        // The engine already drops code that the guest rewrites.
        case Self.riscvFlushIcache: return 0
        default: return nil
        }
    }

    /// riscv_hwprobe(pairs, pair_count, cpusetsize, cpus, flags): each pair is
    /// { s64 key; u64 value }; an unknown key is answered with key = -1, value = 0
    /// (arch/riscv/kernel/sys_hwprobe.c). Every emulated hart is the same, so the CPU
    /// set does not matter.
    func hwprobe(pairs: UInt64, count: UInt64, flags: UInt64, memory: GuestMemory) -> Int {
        let EINVAL = 22, EFAULT = 14
        if flags > 1 { return -EINVAL } // 0, or RISCV_HWPROBE_WHICH_CPUS
        guard count < 1 << 20 else { return -EINVAL }
        for i in 0..<count {
            let at = pairs &+ i &* 16
            guard let key = memory.read(at, as: Int64.self) else { return -EFAULT }
            let value = RV64Features.hwprobe(key)
            guard memory.write(at, value == nil ? Int64(-1) : key), memory.write(at + 8, value ?? 0) else {
                return -EFAULT
            }
        }
        return 0
    }
}
