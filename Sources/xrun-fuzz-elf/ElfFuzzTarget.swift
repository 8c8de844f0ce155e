import CXrunHost
import GuestAArch64
import GuestRISCV64
import Glibc
import XrunCore

/// One fuzz input taken through what `xrun <file>` does before the guest's first
/// instruction: the ELF checks (ElfFile), the guest ISA's own header checks, the
/// loader (PT_LOAD mapping, ET_DYN placement), the PT_INTERP lookup and load, and the
/// initial stack with its auxiliary vector. In process, so that libFuzzer sees the
/// coverage and runs thousands of inputs a second.
///
/// What must hold for every input (issue 16): no Swift trap, no host fault, no leaked
/// descriptor, and either a loaded image or one `XrunError` whose message is a single
/// line naming a file.
enum ElfFuzzTarget {
    enum Outcome: Equatable {
        case loaded(entry: UInt64)
        case refused(String)
    }

    /// The name the input goes by in messages (as `xrun <path>` would name it).
    static let inputName = "fuzz-input"

    /// The lowest free descriptor number: the same after an input as before, else the
    /// loader leaked one. (Compared per input: libFuzzer itself may keep descriptors,
    /// e.g. its symbolizer's pipes.)
    private static func lowestFreeDescriptor() -> Int32 {
        let fd = dup(2)
        close(fd)
        return fd
    }

    static func run(_ bytes: UnsafeRawBufferPointer) -> Outcome {
        let free = lowestFreeDescriptor()
        defer {
            let after = lowestFreeDescriptor()
            if after != free { fatalError("descriptor leak: the lowest free descriptor was \(free), is \(after)") }
        }
        // memfd_create(2), MFD_CLOEXEC = 1 (include/uapi/linux/memfd.h); Glibc's Swift
        // module does not show the wrapper.
        let fd = "xrun-fuzz-elf".withCString { Int32(xrun_syscall6(Int(SYS_memfd_create), Int(bitPattern: $0), 1, 0, 0, 0, 0)) }
        precondition(fd >= 0, "memfd_create failed: \(errno)")
        var done = 0
        while done < bytes.count {
            let n = write(fd, bytes.baseAddress! + done, bytes.count - done)
            precondition(n > 0, "writing the input to the memfd failed: \(errno)")
            done += n
        }
        let outcome: Outcome
        do {
            outcome = .loaded(entry: try load(fd: fd))
        } catch let e as XrunError {
            outcome = .refused(e.message)
        } catch {
            outcome = .refused("\(error)")
        }
        if case .refused(let message) = outcome {
            if message.isEmpty || message.contains("\n") || !message.contains(": ") {
                fatalError("not one line naming a file: \(message.debugDescription)")
            }
        }
        return outcome
    }

    /// What XrunMain.run does up to the first instruction; takes over `fd`.
    private static func load(fd: Int32) throws -> UInt64 {
        let elf = try ElfFile(path: inputName, fd: fd)
        defer { elf.close() }
        let isaType: (GuestISA & LinuxArch).Type
        if A64ISA.runs(elfMachine: elf.machine) {
            isaType = A64ISA.self
        } else if RV64ISA.runs(elfMachine: elf.machine) {
            isaType = RV64ISA.self
        } else {
            throw XrunError("\(inputName): ELF for \(ElfMachineNames.name(elf.machine))", status: 126)
        }
        let isa = isaType.init()
        if let why = isa.checkELF(flags: elf.flags) { throw XrunError("\(inputName): \(why)", status: 126) }
        // GuestMemory installs xrun's guest-fault handler, which leaves a host fault to
        // the default action; the fuzzer's handler must see it (and save the input).
        var segv = sigaction(), bus = sigaction()
        sigaction(SIGSEGV, nil, &segv)
        sigaction(SIGBUS, nil, &bus)
        let memory = try GuestMemory()
        sigaction(SIGSEGV, &segv, nil)
        sigaction(SIGBUS, &bus, nil)
        var sysroot: String? = nil
        let image = try Loader(memory: memory).load(elf, isa: isaType) { interp in
            try InterpreterLookup.resolve(interp, program: inputName, sysroot: &sysroot, isa: isaType, viaBinfmt: false)
        }
        memory.setBrkStart(image.brkStart)
        let stack = InitialStack(argv: [inputName, "an argument"], envp: ["PATH=/usr/bin:/bin", "LC_ALL=C"].map { Array($0.utf8) },
                                 execfn: inputName, platform: isa.platform, hwcap: isa.hwcap, hwcap2: isa.hwcap2)
        let (sp, auxv) = try stack.build(in: memory, image: image)
        precondition(sp % 16 == 0 && auxv.last?.0 == 0, "initial stack: sp 0x\(String(sp, radix: 16)), auxv \(auxv)")
        return image.entry
    }
}
