import Glibc
import XCTest
import XrunCore
@testable import LinuxABI

/// What the Linux layer asks of an ISA, as arm64 and riscv64 answer it (their kernel
/// headers: asm/fcntl.h, asm/signal.h).
struct StubLinuxProfile {
    let name: String
    let openFlagBits: LinuxOpenFlagBits
    let minimumSignalStackSize: UInt64
    let sigactionHasRestorer: Bool

    static let aarch64 = StubLinuxProfile(
        name: "aarch64",
        openFlagBits: LinuxOpenFlagBits(directory: 0o040000, noFollow: 0o100000, direct: 0o200000, largeFile: 0o400000),
        minimumSignalStackSize: 5120, sigactionHasRestorer: true)
    static let riscv64 = StubLinuxProfile(name: "riscv64", openFlagBits: .generic, minimumSignalStackSize: 2048,
                                          sigactionHasRestorer: false)
}

/// A guest ISA that only names itself: the Linux layer is called directly, no guest
/// code runs. Its Linux side answers as `profile` says.
final class StubISA: GuestISA, LinuxArch {
    static let machine = GuestMachine(elfMachine: 0xfff1, name: "stub", displayName: "Stub")
    let profile: StubLinuxProfile
    let platform: String
    let hwcap: UInt64 = 0
    let hwcap2: UInt64 = 0
    let stateSize = 64
    /// No guest code runs: arguments in the first registers after the header.
    var callConvention: GuestCallConvention {
        GuestCallConvention(intArgument: CPUHeader.size, fpArgument: CPUHeader.size, fpStride: 8,
                            returnAddress: CPUHeader.size + 56, stackPointer: CPUHeader.size + 48)
    }

    init(_ profile: StubLinuxProfile) {
        self.profile = profile
        platform = profile.name
    }
    convenience init() { self.init(.aarch64) }

    var utsMachine: String { profile.name }
    var openFlagBits: LinuxOpenFlagBits { profile.openFlagBits }
    var minimumSignalStackSize: UInt64 { profile.minimumSignalStackSize }
    var sigactionHasRestorer: Bool { profile.sigactionHasRestorer }

    func checkELF(flags: UInt32) -> String? { nil }
    func decode(at pc: UInt64, code: CodeReader, into block: inout BlockBuilder) -> DecodeResult { .undefined }
    func disassemble(at pc: UInt64, code: CodeReader) -> (encoding: UInt64, length: Int, text: String) { (0, 0, "") }
    func startProcess(cpu: UnsafeMutableRawPointer, entry: UInt64, stack: UInt64) {}
    func syscallNumber(_ cpu: UnsafeMutableRawPointer) -> UInt64 { 0 }
    func syscallArguments(_ cpu: UnsafeMutableRawPointer) -> SyscallArgs { SyscallArgs([]) }
    func setSyscallResult(_ cpu: UnsafeMutableRawPointer, _ value: UInt64) {}
    func stackPointer(_ cpu: UnsafeMutableRawPointer) -> UInt64 { 0 }
    func setStackPointer(_ cpu: UnsafeMutableRawPointer, _ value: UInt64) {}
    func setThreadPointer(_ cpu: UnsafeMutableRawPointer, _ value: UInt64) {}
    func procCPUInfo(cpus: Int) -> String { "processor\t: 0\n" }
    let syscallInstructionLength: UInt64 = 4
    let sigreturnTrampoline: [UInt8] = []
    func pushSignalFrame(_ request: SignalFrameRequest, cpu: UnsafeMutableRawPointer, memory: GuestMemory) -> Bool { false }
    func popSignalFrame(cpu: UnsafeMutableRawPointer, memory: GuestMemory) -> UInt64? { nil }
}

typealias N = Syscall

/// A Kernel over real guest memory with one 64 KiB read-write page range at `data`.
/// Create one per test as a local: each reserves the 1 TiB guest region until freed.
final class LinuxBed {
    static let data: UInt64 = 0x10000
    static let dataSize: UInt64 = 0x10000
    /// Mapped nowhere: inside the region but PROT_NONE on the host.
    static let unmapped: UInt64 = 0x4000_0000
    /// Past the guest region.
    static let outside: UInt64 = 1 << 40
    static let programPath = "/opt/guest/bin/prog"

    let memory: GuestMemory
    let engine: Engine
    let kernel: Kernel
    let thread: GuestThread

    init(_ profile: StubLinuxProfile = .aarch64) throws {
        memory = try GuestMemory()
        let isa = StubISA(profile)
        engine = Engine(isa: isa, memory: memory)
        var config = KernelConfig()
        config.programPath = "prog"
        config.absoluteProgramPath = Self.programPath
        kernel = Kernel(engine: engine, arch: isa, config: config)
        thread = GuestThread(engine: engine, tid: 1)
        let r = memory.map(Self.data, Self.dataSize, prot: [.read, .write], shared: false, fd: -1, offset: 0)
        XCTAssertEqual(r, 0)
    }

    /// Runs guest syscall `call` through the table.
    @discardableResult
    func call(_ call: Syscall, _ args: UInt64...) -> Int {
        kernel.callSyscall(call.number, args, thread: thread)
    }

    /// Runs guest syscall number `nr` (one the table may not have) through the table.
    @discardableResult
    func call(_ nr: Int, _ args: UInt64...) -> Int {
        kernel.callSyscall(nr, args, thread: thread)
    }

    /// Stores a NUL-terminated string at `addr` and returns `addr`.
    @discardableResult
    func put(_ s: String, at addr: UInt64) -> UInt64 {
        memory.writeBytes(addr, Array(s.utf8) + [0])
        return addr
    }

    func bytes(_ addr: UInt64, _ n: Int) -> [UInt8] { memory.readBytes(addr, n) ?? [] }
    func u64(_ addr: UInt64) -> UInt64 { memory.read(addr, as: UInt64.self) ?? 0xdead }
    func u32(_ addr: UInt64) -> UInt32 { memory.read(addr, as: UInt32.self) ?? 0xdead }
    func i32(_ addr: UInt64) -> Int32 { memory.read(addr, as: Int32.self) ?? -12345 }
}

/// Guest flag values from /usr/aarch64-linux-gnu/include/asm/fcntl.h.
enum A64O {
    static let RDONLY: UInt64 = 0, WRONLY: UInt64 = 1, RDWR: UInt64 = 2, CREAT: UInt64 = 0o100
    static let APPEND: UInt64 = 0o2000, NONBLOCK: UInt64 = 0o4000
    static let DIRECTORY: UInt64 = 0o40000, NOFOLLOW: UInt64 = 0o100000
    static let DIRECT: UInt64 = 0o200000, LARGEFILE: UInt64 = 0o400000
    static let CLOEXEC: UInt64 = 0o2000000, PATH: UInt64 = 0o10000000
}

let AT_FDCWD_ARG = UInt64(bitPattern: -100)

func neg(_ e: Int32) -> Int { -Int(e) }

/// A fresh temporary directory on the host.
func makeTempDir() -> String {
    var template = Array("/tmp/xrun-linuxabi-XXXXXX".utf8CString)
    let p = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
    XCTAssertNotNil(p)
    return String(cString: p!)
}

func removeTree(_ path: String) {
    _ = system("rm -rf '\(path)'")
}

func writeHostFile(_ path: String, _ contents: String) {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    XCTAssertGreaterThanOrEqual(fd, 0)
    _ = contents.withCString { write(fd, $0, strlen($0)) }
    close(fd)
}
