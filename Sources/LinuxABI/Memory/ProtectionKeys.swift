import Glibc
import XrunCore

/// Memory protection keys (mm/mprotect.c): riscv64 has none, and the arm64 CPU models xrun
/// offers have no POE (FEAT_S1POE), so the guest's kernel answers as include/linux/pkeys.h
/// does without them: no key can be allocated (ENOSPC, after the argument checks), only
/// key 0 counts as allocated, so pkey_mprotect with -1 or 0 is mprotect and any other key
/// is EINVAL, and pkey_free is EINVAL. (The x86-64 host's own keys would protect xrun's
/// memory, not the guest's view of it.)
enum ProtectionKeys {
    static func register(_ t: inout SyscallTable) {
        t.register(.pkey_alloc, strace: [.hex, .hex]) { k, _, a in
            // PKEY_ACCESS_MASK: DISABLE_ACCESS|DISABLE_WRITE, plus DISABLE_EXECUTE|DISABLE_READ
            // on arm64 (arch/arm64/include/uapi/asm/mman.h).
            let accessMask: UInt64 = k.arch.utsMachine == "aarch64" ? 0xf : 0x3
            if a[0] != 0 || a[1] & ~accessMask != 0 { return -Int(EINVAL) }
            return -Int(ENOSPC)
        }
        t.register(.pkey_free, strace: [.int]) { _, _, _ in -Int(EINVAL) }
        t.register(.pkey_mprotect, strace: [.pointer, .unsigned, .hex, .int]) { k, _, a in
            let key = a.int(3)
            return MemorySyscalls.mprotect(k, a[0], a[1], a[2], keyAllocated: key == -1 || key == 0)
        }
    }
}
