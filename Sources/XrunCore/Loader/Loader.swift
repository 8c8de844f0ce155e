import CElf
import Glibc

/// What the loader placed in guest memory: the numbers the initial stack's auxiliary
/// vector and the CPU's first PC need.
public struct LoadedImage: Sendable {
    public var entry: UInt64          // where execution starts (interpreter's entry if any)
    public var programEntry: UInt64   // AT_ENTRY
    public var phdr: UInt64           // AT_PHDR
    public var phnum: UInt64
    public var interpreterBase: UInt64 // AT_BASE (0 without interpreter)
    public var brkStart: UInt64
    public var stackExecutable: Bool
}

/// Maps ELF images into guest memory the way Linux's fs/binfmt_elf.c does: each
/// PT_LOAD with its permissions, file-backed where offset and address agree modulo
/// the page size, the tail of the last file page and the bss zeroed.
public struct Loader {
    let memory: GuestMemory

    public init(memory: GuestMemory) { self.memory = memory }

    /// Loads the main program and, if it has PT_INTERP, the interpreter; both must be
    /// ELF files `isa` runs. `resolveInterpreter` maps the PT_INTERP path to a host
    /// path (sysroot lookup); it throws a clear error when the interpreter is not there.
    public func load(_ elf: ElfFile, isa: GuestISA.Type,
                     resolveInterpreter: (String) throws -> String) throws -> LoadedImage {
        try checkMachine(elf, isa)
        let bias = try mapImage(elf, preferred: elf.type == ElfFile.ET_DYN ? GuestMemory.pieBase : 0)
        var image = LoadedImage(entry: elf.entry &+ bias, programEntry: elf.entry &+ bias,
                                phdr: phdrAddress(elf, bias: bias), phnum: UInt64(elf.segments.count),
                                interpreterBase: 0, brkStart: 0, stackExecutable: elf.stackExecutable)
        image.brkStart = elf.segments.filter { $0.p_type == ElfFile.PT_LOAD }
            .map { $0.p_vaddr + $0.p_memsz &+ bias }.max() ?? 0   // bias wraps for ET_DYN above pieBase
        if let interpPath = elf.interpreter {
            let hostPath = try resolveInterpreter(interpPath)
            let interp = try ElfFile(path: interpPath, openPath: hostPath)
            defer { interp.close() }
            try checkMachine(interp, isa)
            guard interp.type == ElfFile.ET_DYN || interp.type == ElfFile.ET_EXEC else {
                throw XrunError("\(interpPath): interpreter is not a shared object", status: 126)
            }
            let ibias = try mapImage(interp, preferred: nil)
            image.interpreterBase = ibias
            image.entry = interp.entry &+ ibias
        }
        return image
    }

    private func checkMachine(_ elf: ElfFile, _ isa: GuestISA.Type) throws {
        if !isa.runs(elfMachine: elf.machine) {
            throw XrunError("\(elf.path): ELF for \(ElfMachineNames.name(elf.machine)), not \(isa.machine.name)",
                            status: 126)
        }
    }

    private func phdrAddress(_ elf: ElfFile, bias: UInt64) -> UInt64 {
        if let ph = elf.segments.first(where: { $0.p_type == ElfFile.PT_PHDR }) { return ph.p_vaddr &+ bias }
        for ph in elf.segments where ph.p_type == ElfFile.PT_LOAD {
            if elf.phoff >= ph.p_offset && elf.phoff < ph.p_offset + ph.p_filesz {
                return ph.p_vaddr &+ (elf.phoff - ph.p_offset) &+ bias
            }
        }
        return 0
    }

    /// Maps all PT_LOAD segments; returns the load bias (0 for ET_EXEC).
    private func mapImage(_ elf: ElfFile, preferred: UInt64?) throws -> UInt64 {
        let loads = elf.segments.filter { $0.p_type == ElfFile.PT_LOAD }
        let lo = GuestMemory.pageDown(loads.map(\.p_vaddr).min()!)
        let hi = GuestMemory.pageUp(loads.map { $0.p_vaddr + $0.p_memsz }.max()!)
        var bias: UInt64 = 0
        if elf.type == ElfFile.ET_DYN {
            let span = hi - lo
            // Only power-of-two alignments count, as in fs/binfmt_elf.c's maximum_alignment().
            let align = max(GuestMemory.pageSize, loads.map(\.p_align).filter { $0 & ($0 &- 1) == 0 }.max() ?? 0)
            var at: UInt64
            // The preferred base only when the whole span fits below the end of the space
            // (isFree looks at mappings, not at the limit).
            if let p = preferred, p < GuestMemory.reservedVA, span <= GuestMemory.reservedVA - p, memory.isFree(p, span) {
                at = p
            } else {
                let (room, wraps) = span.addingReportingOverflow(align)
                guard !wraps, let f = memory.findFree(room) else {
                    throw XrunError("\(elf.path): no room in the guest address space", status: 126)
                }
                at = (f + align - 1) & ~(align - 1)
            }
            bias = at &- lo
        } else if !memory.isFree(lo, hi - lo) {
            throw XrunError("\(elf.path): segments overlap guest memory already in use", status: 126)
        } else if lo < GuestMemory.stackTop && hi > GuestMemory.stackTop - GuestMemory.stackSize {
            // Linux places the stack first and maps segments with MAP_FIXED_NOREPLACE
            // (fs/binfmt_elf.c, elf_map): one over the stack fails the exec.
            throw XrunError("\(elf.path): segments overlap the stack at 0x"
                            + String(GuestMemory.stackTop - GuestMemory.stackSize, radix: 16), status: 126)
        }
        for ph in loads {
            try mapSegment(elf, ph, bias: bias)
        }
        return bias
    }

    private func mapSegment(_ elf: ElfFile, _ ph: GElf_Phdr, bias: UInt64) throws {
        let prot = GuestProt(rawValue: UInt8(((ph.p_flags & 4) != 0 ? 1 : 0) | ((ph.p_flags & 2) != 0 ? 2 : 0)
                                              | ((ph.p_flags & 1) != 0 ? 4 : 0)))
        let vaddr = ph.p_vaddr &+ bias
        let start = GuestMemory.pageDown(vaddr)
        let fileEnd = vaddr + ph.p_filesz
        let memEnd = GuestMemory.pageUp(vaddr + ph.p_memsz)
        let congruent = (vaddr % GuestMemory.pageSize) == (ph.p_offset % GuestMemory.pageSize)
        let name = elf.path
        func fail(_ r: Int) -> XrunError {
            XrunError("\(elf.path): cannot map segment at 0x\(String(vaddr, radix: 16)): \(String(cString: strerror(Int32(-r))))", status: 126)
        }
        if ph.p_filesz > 0 && congruent {
            // File-backed private mapping, writable while we zero the bss tail.
            let fileMapEnd = GuestMemory.pageUp(fileEnd)
            let r = memory.map(start, fileMapEnd - start, prot: prot.union(.write), shared: false, fd: elf.fd,
                               offset: ph.p_offset - (vaddr - start), name: name,
                               device: elf.device, inode: elf.inode)
            if r != 0 { throw fail(r) }
            if fileMapEnd > fileEnd {
                memory.host(fileEnd).initializeMemory(as: UInt8.self, repeating: 0, count: Int(fileMapEnd - fileEnd))
            }
            if memEnd > fileMapEnd {
                let r2 = memory.map(fileMapEnd, memEnd - fileMapEnd, prot: prot, shared: false, fd: -1, offset: 0)
                if r2 != 0 { throw fail(r2) }
            }
            if !prot.contains(.write) { _ = memory.protect(start, fileMapEnd - start, prot) }
        } else {
            // Anonymous memory, file bytes copied in (odd alignment or pure bss).
            let r = memory.map(start, memEnd - start, prot: prot.union(.write), shared: false, fd: -1, offset: 0,
                               name: ph.p_filesz > 0 ? name : "")
            if r != 0 { throw fail(r) }
            if ph.p_filesz > 0 {
                let got = pread(elf.fd, memory.host(vaddr), Int(ph.p_filesz), off_t(ph.p_offset))
                if got != Int(ph.p_filesz) { throw XrunError("\(elf.path): read error while loading", status: 126) }
            }
            if !prot.contains(.write) { _ = memory.protect(start, memEnd - start, prot) }
        }
    }
}
