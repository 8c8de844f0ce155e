import CElf
import Glibc

/// An ELF file opened and validated with libelf: its header and program headers.
/// Every way a file can be unfit (not ELF, wrong class/endianness/machine,
/// truncated, nonsense program headers) becomes an `XrunError` naming the file.
public struct ElfFile {
    public let path: String
    public let fd: Int32
    public let type: UInt16
    public let machine: UInt16
    public let flags: UInt32
    public let entry: UInt64
    public let phoff: UInt64
    public let phentsize: UInt16
    public let segments: [GElf_Phdr]
    public let fileSize: UInt64
    public let device: UInt64
    public let inode: UInt64

    public static let PT_LOAD: UInt32 = 1, PT_INTERP: UInt32 = 3, PT_PHDR: UInt32 = 6
    public static let PT_GNU_STACK: UInt32 = 0x6474e551
    public static let ET_EXEC: UInt16 = 2, ET_DYN: UInt16 = 3

    /// Opens `openPath` (default `path`); messages name `path`.
    public init(path: String, openPath: String? = nil) throws {
        let fd = open(openPath ?? path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            let e = errno
            throw XrunError("\(path): \(String(cString: strerror(e)))", status: e == ENOENT ? 127 : 126)
        }
        try self.init(path: path, fd: fd)
    }

    /// Takes over `fd`, a file opened for reading (binfmt_misc's AT_EXECFD); it is
    /// closed by `close()`, or here when the file is unfit.
    public init(path: String, fd: Int32) throws {
        self.path = path
        var st = stat()
        fstat(fd, &st)
        if (st.st_mode & S_IFMT) == S_IFDIR {
            Glibc.close(fd)
            throw XrunError("\(path): is a directory", status: 126)
        }
        do {
            self.fd = fd
            fileSize = UInt64(st.st_size)
            device = UInt64(st.st_dev)
            inode = UInt64(st.st_ino)
            (type, machine, flags, entry, phoff, phentsize, segments) = try Self.parse(fd: fd, path: path, size: fileSize)
        } catch {
            Glibc.close(fd)
            throw error
        }
    }

    private static func parse(fd: Int32, path: String, size: UInt64) throws
        -> (UInt16, UInt16, UInt32, UInt64, UInt64, UInt16, [GElf_Phdr]) {
        func bad(_ why: String) -> XrunError { XrunError("\(path): \(why)", status: 126) }
        if size == 0 { throw bad("empty file, not an ELF executable") }
        // Check the identification bytes ourselves: libelf accepts any non-ELF file
        // as an archive or 'none' kind, and we want precise messages.
        var ident = [UInt8](repeating: 0, count: 16)
        let n = pread(fd, &ident, 16, 0)
        if n < 4 || ident[0] != 0x7f || ident[1] != 0x45 || ident[2] != 0x4c || ident[3] != 0x46 {
            if ident.prefix(2) == [0x23, 0x21] { throw bad("a script (#!), not an ELF executable; run it with its interpreter") }
            throw bad("not an ELF executable")
        }
        if n < 16 { throw bad("truncated ELF file (\(size) bytes)") }
        if ident[4] != 2 { throw bad(ident[4] == 1 ? "32-bit ELF; xrun runs 64-bit AArch64 and RISC-V programs" : "invalid ELF class \(ident[4])") }
        if ident[5] != 1 { throw bad("big-endian or invalid ELF data encoding; xrun runs little-endian programs") }
        if size < 64 { throw bad("truncated ELF file (\(size) bytes, the ELF header alone needs 64)") }

        elf_version(UInt32(EV_CURRENT))
        guard let elf = elf_begin(fd, ELF_C_READ_MMAP, nil) else {
            throw bad("unreadable ELF file (\(String(cString: elf_errmsg(-1))))")
        }
        defer { elf_end(elf) }
        guard elf_kind(elf) == ELF_K_ELF else { throw bad("not an ELF executable") }
        var eh = GElf_Ehdr()
        guard gelf_getehdr(elf, &eh) != nil else {
            throw bad("malformed ELF header (\(String(cString: elf_errmsg(-1))))")
        }
        if eh.e_type != ET_EXEC && eh.e_type != ET_DYN {
            throw bad(eh.e_type == 1 ? "relocatable object file (.o), not an executable" :
                        eh.e_type == 4 ? "core dump, not an executable" : "ELF type \(eh.e_type) is not an executable")
        }
        if eh.e_phentsize != 56 { throw bad("malformed ELF: program header size \(eh.e_phentsize), expected 56") }
        var phnum = 0
        guard elf_getphdrnum(elf, &phnum) == 0 else { throw bad("malformed ELF program headers") }
        if phnum == 0 || phnum > 4096 { throw bad("malformed ELF: \(phnum) program headers") }
        if eh.e_phoff >= size || UInt64(phnum) * 56 > size - eh.e_phoff {
            throw bad("truncated ELF file: program headers end beyond its \(size) bytes")
        }
        var segs: [GElf_Phdr] = []
        for i in 0..<phnum {
            var ph = GElf_Phdr()
            guard gelf_getphdr(elf, Int32(i), &ph) != nil else {
                throw bad("malformed ELF program header \(i)")
            }
            if ph.p_type == PT_LOAD || ph.p_type == PT_INTERP {
                if ph.p_filesz > ph.p_memsz && ph.p_type == PT_LOAD {
                    throw bad("malformed ELF: segment \(i) has more file bytes than memory bytes")
                }
                if ph.p_offset > size || ph.p_filesz > size - ph.p_offset {
                    throw bad("truncated ELF file: segment \(i) extends beyond the end of the file")
                }
                if ph.p_type == PT_LOAD {
                    if ph.p_vaddr >= GuestMemory.reservedVA || ph.p_memsz >= GuestMemory.reservedVA - ph.p_vaddr {
                        throw bad("malformed ELF: segment \(i) at 0x\(String(ph.p_vaddr, radix: 16)) is outside the guest address space")
                    }
                }
            }
            segs.append(ph)
        }
        if !segs.contains(where: { $0.p_type == PT_LOAD }) { throw bad("malformed ELF: no loadable segment") }
        return (eh.e_type, eh.e_machine, eh.e_flags, eh.e_entry, eh.e_phoff, eh.e_phentsize, segs)
    }

    public var interpreter: String? {
        guard let ph = segments.first(where: { $0.p_type == Self.PT_INTERP }), ph.p_filesz > 1,
              ph.p_filesz < 4096 else { return nil }
        var buf = [UInt8](repeating: 0, count: Int(ph.p_filesz))
        guard pread(fd, &buf, buf.count, off_t(ph.p_offset)) == buf.count else { return nil }
        if let z = buf.firstIndex(of: 0) { buf.removeSubrange(z...) }
        return String(decoding: buf, as: UTF8.self)
    }

    public var hasInterpreterSegment: Bool { segments.contains { $0.p_type == Self.PT_INTERP } }

    /// PT_GNU_STACK's flags (PF_X = 1) when present.
    public var stackExecutable: Bool {
        segments.first { $0.p_type == Self.PT_GNU_STACK }.map { $0.p_flags & 1 != 0 } ?? false
    }

    public func close() { Glibc.close(fd) }
}
