import CXrunHost
import Glibc

/// Auxiliary vector keys (include/uapi/linux/auxvec.h).
public enum AuxKey: UInt64 {
    case null = 0, phdr = 3, phent = 4, phnum = 5, pagesz = 6, base = 7, flags = 8, entry = 9
    case uid = 11, euid = 12, gid = 13, egid = 14, platform = 15, hwcap = 16, clktck = 17
    case secure = 23, random = 25, hwcap2 = 26, execfn = 31, minsigstksz = 51
}

/// Builds the process's initial stack as Linux's create_elf_tables() does
/// (fs/binfmt_elf.c): strings at the top (execfn, envp, argv), platform string,
/// 16 random bytes, then — 16-byte aligned — argc, argv[], NULL, envp[], NULL, auxv.
public struct InitialStack {
    public var argv: [String]
    /// Bytes, not text: an environment value need not be UTF-8 (CPython's test_undecodable_env).
    public var envp: [[UInt8]]
    public var execfn: String
    public var platform: String
    public var hwcap: UInt64
    public var hwcap2: UInt64
    public var minSigStackSize: UInt64 = 0
    /// AT_SECURE: the process runs with credentials it was not started with (setuid
    /// programs under binfmt_misc's C flag); the guest's loader then ignores LD_* variables.
    public var secure = false

    public init(argv: [String], envp: [[UInt8]], execfn: String, platform: String, hwcap: UInt64, hwcap2: UInt64) {
        self.argv = argv; self.envp = envp; self.execfn = execfn; self.platform = platform
        self.hwcap = hwcap; self.hwcap2 = hwcap2
    }

    /// Maps the stack and writes it; returns the initial SP and the auxv copy (for
    /// /proc/self/auxv).
    public func build(in memory: GuestMemory, image: LoadedImage) throws -> (sp: UInt64, auxv: [(UInt64, UInt64)]) {
        let top = GuestMemory.stackTop
        let bottom = top - GuestMemory.stackSize
        var prot: GuestProt = [.read, .write]
        if image.stackExecutable { prot.insert(.exec) }
        let r = memory.map(bottom, GuestMemory.stackSize, prot: prot, shared: false, fd: -1, offset: 0, name: "[stack]")
        if r != 0 { throw XrunError("cannot map the guest stack") }

        var p = top - 8 // an 8-byte end marker of zeros, as Linux leaves
        func push(_ s: [UInt8]) -> UInt64 {
            let bytes = s + [0]
            p -= UInt64(bytes.count)
            memory.writeBytes(p, bytes)
            return p
        }
        func push(_ s: String) -> UInt64 { push(Array(s.utf8)) }
        let execfnAddr = push(execfn)
        let envAddrs = envp.reversed().map { push($0) }.reversed() as [UInt64]
        let argAddrs = argv.reversed().map { push($0) }.reversed() as [UInt64]
        let platformAddr = platform.isEmpty ? 0 : push(platform)
        p &= ~15
        var random = [UInt8](repeating: 0, count: 16)
        _ = random.withUnsafeMutableBytes { GuestRandom.fill($0.baseAddress!, 16) }
        p -= 16
        memory.writeBytes(p, random)
        let randomAddr = p

        var auxv: [(UInt64, UInt64)] = [
            (AuxKey.hwcap.rawValue, hwcap),
            (AuxKey.pagesz.rawValue, GuestMemory.pageSize),
            (AuxKey.clktck.rawValue, 100),
            (AuxKey.phdr.rawValue, image.phdr),
            (AuxKey.phent.rawValue, 56),
            (AuxKey.phnum.rawValue, image.phnum),
            (AuxKey.base.rawValue, image.interpreterBase),
            (AuxKey.flags.rawValue, 0),
            (AuxKey.entry.rawValue, image.programEntry),
            (AuxKey.uid.rawValue, UInt64(getuid())),
            (AuxKey.euid.rawValue, UInt64(geteuid())),
            (AuxKey.gid.rawValue, UInt64(getgid())),
            (AuxKey.egid.rawValue, UInt64(getegid())),
            (AuxKey.secure.rawValue, secure ? 1 : 0),
            (AuxKey.random.rawValue, randomAddr),
            (AuxKey.hwcap2.rawValue, hwcap2),
            (AuxKey.execfn.rawValue, execfnAddr),
        ]
        // Architectures without ELF_PLATFORM (riscv) have no AT_PLATFORM.
        if !platform.isEmpty { auxv.append((AuxKey.platform.rawValue, platformAddr)) }
        if minSigStackSize != 0 { auxv.insert((AuxKey.minsigstksz.rawValue, minSigStackSize), at: 0) }
        auxv.append((AuxKey.null.rawValue, 0))

        let words = 1 + argAddrs.count + 1 + envAddrs.count + 1 + auxv.count * 2
        p -= UInt64(words * 8)
        p &= ~15
        let sp = p
        var w: [UInt64] = [UInt64(argAddrs.count)]
        w += argAddrs; w.append(0)
        w += envAddrs; w.append(0)
        for (k, v) in auxv { w.append(k); w.append(v) }
        for (i, v) in w.enumerated() { memory.write(sp + UInt64(i * 8), v) }
        return (sp, auxv)
    }
}
