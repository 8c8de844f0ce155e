import Glibc
import XrunCore

/// The /proc files that describe the guest rather than the emulator: maps, auxv,
/// cmdline, exe (see readlinkat) and cpuinfo. Everything else in /proc passes through.
/// fs/proc/task_mmu.c, fs/proc/base.c and the ISA's cpuinfo.c are the models.
extension Kernel {
    /// Which emulated file `path` names, if any (`/proc/self/X`, `/proc/<our pid>/X`,
    /// `/proc/thread-self/X`, `/proc/cpuinfo`).
    func emulatedProcFile(_ path: String) -> String? {
        if path == "/proc/cpuinfo" { return "cpuinfo" }
        switch OwnProcDirectory.entry(path) {
        case let name? where name == "maps" || name == "auxv" || name == "cmdline" || name == "exe": return name
        default: return nil
        }
    }

    func procFileContent(_ name: String) -> [UInt8]? {
        switch name {
        case "maps": return Array(procMaps().utf8)
        case "cmdline": return config.guestArgv.flatMap { Array($0.utf8) + [0] }
        case "auxv":
            var out: [UInt8] = []
            for (k, v) in auxv {
                withUnsafeBytes(of: k) { out += $0 }
                withUnsafeBytes(of: v) { out += $0 }
            }
            return out
        case "cpuinfo": return Array(arch.procCPUInfo(cpus: Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))).utf8)
        default: return nil
        }
    }

    /// Opens an emulated /proc file: its content in a sealed memfd, positioned at 0.
    /// Returns the fd or -errno.
    func openProcFile(_ name: String, flags: Int32) -> Int {
        guard let content = procFileContent(name) else { return -Int(ENOENT) }
        let fd = name.withCString { hostSyscall(SYS_memfd_create, Int(bitPattern: $0), 1 /* MFD_CLOEXEC */) }
        if fd < 0 { return fd }
        var off = 0
        while off < content.count {
            let n = content[off...].withUnsafeBytes { write(Int32(fd), $0.baseAddress!, $0.count) }
            if n <= 0 { close(Int32(fd)); return -Int(EIO) }
            off += n
        }
        lseek(Int32(fd), 0, SEEK_SET)
        // Keep O_CLOEXEC only if the guest asked for it (0o2000000 on every ABI).
        if flags & 0o2000000 == 0 { _ = fcntl(Int32(fd), F_SETFD, 0) }
        return fd
    }

    /// The guest's /proc/self/maps (show_map_vma(): start-end perms offset dev inode
    /// and the name padded to column 73). Adjacent areas the kernel would hold as one
    /// vma (vma_merge() in mm/mmap.c: same protection, sharing and name; private if
    /// anonymous, the next page of the same file if not) are one line, as the heap
    /// grown by brk(2) is one [heap] line.
    func procMaps() -> String {
        var out = ""
        memory.lock.withLock {
            var merged: [Mapping] = []
            for m in memory.mappings.areas {
                if var last = merged.last, last.end == m.start, last.prot == m.prot, last.shared == m.shared,
                   last.name == m.name, last.device == m.device, last.inode == m.inode,
                   m.inode == 0 ? !m.shared : last.offset + (last.end - last.start) == m.offset {
                    last.end = m.end
                    merged[merged.count - 1] = last
                } else {
                    merged.append(m)
                }
            }
            for m in merged {
                let perms = (m.prot.contains(.read) ? "r" : "-") + (m.prot.contains(.write) ? "w" : "-")
                    + (m.prot.contains(.exec) ? "x" : "-") + (m.shared ? "s" : "p")
                let major = (m.device >> 8) & 0xfff, minor = (m.device & 0xff) | ((m.device >> 12) & 0xfff00)
                var line = "\(hex(m.start, 8))-\(hex(m.end, 8)) \(perms) \(hex(m.offset, 8)) "
                    + "\(hex(major, 2)):\(hex(minor, 2)) \(m.inode) "
                if !m.name.isEmpty {
                    if line.utf8.count < 73 { line += String(repeating: " ", count: 73 - line.utf8.count) }
                    line += m.name
                }
                out += line + "\n"
            }
        }
        return out
    }

    private func hex(_ v: UInt64, _ width: Int) -> String {
        let s = String(v, radix: 16)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
