import Glibc
import XrunCore

/// prctl: the options whose arguments are plain values or small buffers and whose
/// effect on the host process is also right for the guest. Everything else is -EINVAL,
/// what the kernel answers for an option it does not have — in particular
/// PR_SET_SECCOMP (a guest filter would judge xrun's host calls) and the arm64-only
/// options (SVE/SME vector length, pointer authentication, tagged addresses, MTE).
/// Option numbers: include/uapi/linux/prctl.h (generic).
enum Prctl {
    static let PR_SET_PDEATHSIG: Int32 = 1, PR_GET_PDEATHSIG: Int32 = 2
    static let PR_GET_DUMPABLE: Int32 = 3, PR_SET_DUMPABLE: Int32 = 4
    static let PR_GET_KEEPCAPS: Int32 = 7, PR_SET_KEEPCAPS: Int32 = 8
    static let PR_SET_NAME: Int32 = 15, PR_GET_NAME: Int32 = 16
    static let PR_GET_SECCOMP: Int32 = 21, PR_CAPBSET_READ: Int32 = 23
    static let PR_SET_TIMERSLACK: Int32 = 29, PR_GET_TIMERSLACK: Int32 = 30
    static let PR_SET_CHILD_SUBREAPER: Int32 = 36, PR_GET_CHILD_SUBREAPER: Int32 = 37
    static let PR_SET_NO_NEW_PRIVS: Int32 = 38, PR_GET_NO_NEW_PRIVS: Int32 = 39
    static let PR_SET_THP_DISABLE: Int32 = 41, PR_GET_THP_DISABLE: Int32 = 42
    static let PR_CAP_AMBIENT: Int32 = 47

    /// TASK_COMM_LEN
    static let commSize = 16

    static func register(_ t: inout SyscallTable) {
        t.register(.prctl, strace: [.int, .hex, .hex, .hex, .hex]) { k, _, a in prctl(k, a) }
    }

    static func prctl(_ k: Kernel, _ a: SyscallArgs) -> Int {
        let option = a.int(0)
        func pass() -> Int { hostSyscall(SYS_prctl, Int(option), a.long(1), a.long(2), a.long(3), a.long(4)) }
        func passOut(_ size: Int) -> Int {
            guard let p = k.hostWritableBuffer(a[1], size) else { return -Int(EFAULT) }
            return hostSyscall(SYS_prctl, Int(option), hostArg(p), a.long(2), a.long(3), a.long(4))
        }
        switch option {
        case PR_SET_PDEATHSIG, PR_GET_DUMPABLE, PR_SET_DUMPABLE, PR_GET_KEEPCAPS, PR_SET_KEEPCAPS,
             PR_GET_SECCOMP, PR_CAPBSET_READ, PR_SET_TIMERSLACK, PR_GET_TIMERSLACK, PR_SET_CHILD_SUBREAPER,
             PR_SET_NO_NEW_PRIVS, PR_GET_NO_NEW_PRIVS, PR_SET_THP_DISABLE, PR_GET_THP_DISABLE, PR_CAP_AMBIENT:
            return pass()
        case PR_GET_PDEATHSIG, PR_GET_CHILD_SUBREAPER:
            return passOut(4)
        case PR_GET_NAME:
            return passOut(commSize)
        case PR_SET_NAME:
            // The kernel copies at most 15 bytes and a NUL; copy them here so the host
            // never reads past what we checked.
            var name = [UInt8](repeating: 0, count: commSize)
            for i in 0..<(commSize - 1) {
                guard let c = k.memory.read(a[1] &+ UInt64(i), as: UInt8.self) else { return -Int(EFAULT) }
                if c == 0 { break }
                name[i] = c
            }
            return name.withUnsafeBytes { hostSyscall(SYS_prctl, Int(option), hostArg($0.baseAddress), 0, 0, 0) }
        default:
            return -Int(EINVAL)
        }
    }
}
