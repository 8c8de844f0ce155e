import CXrunHost
import Glibc

/// Where this process keeps its guest's address space, readable by another xrun.
///
/// process_vm_readv/process_vm_writev (mm/process_vm_access.c) name memory of another
/// process by its guest addresses; the host kernel needs host ones. Every xrun reserves its
/// region wherever the host's ASLR puts it, so the caller must learn the remote region's
/// base. Each region carries a marker the host kernel shows in /proc/PID/maps: one
/// PROT_NONE page of an empty memfd named `name`, mapped over the first page of the guard
/// area right after the region (still a fault for every access, like the rest of the
/// guard). Its start address minus `GuestMemory.addressLimit` is that process's guest 0.
/// (A named anonymous mapping, PR_SET_VMA_ANON_NAME, needs CONFIG_ANON_VMA_NAME, which
/// many kernels lack; a memfd's name appears on every kernel since 3.17.)
public enum GuestRegionMarker {
    public static let name = "xrun-guest-end"

    /// Maps the marker at `guardStart` (the first guard page); silently nothing when the
    /// host refuses (then other processes cannot find this one's guest memory).
    static func place(at guardStart: UnsafeMutableRawPointer) {
        let fd = name.withCString {
            Int32(truncatingIfNeeded: xrun_syscall6(Int(SYS_memfd_create), Int(bitPattern: $0), 1 /* MFD_CLOEXEC */, 0, 0, 0, 0))
        }
        guard fd >= 0 else { return }
        _ = mmap(guardStart, Int(GuestMemory.pageSize), PROT_NONE, MAP_SHARED | MAP_FIXED, fd, 0)
        close(fd)
    }

    /// What /proc/PID/maps says about the guest region of process `pid`.
    public enum Lookup: Equatable {
        /// The host address of that process's guest address 0.
        case base(UInt)
        /// The maps file is readable and has no marker: not an xrun process.
        case notEmulated
        /// The maps file cannot be read (no such process, no permission, no /proc).
        case unreadable(Int32)
    }

    public static func lookup(pid: Int32) -> Lookup {
        let fd = open("/proc/\(pid)/maps", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .unreadable(errno) }
        defer { close(fd) }
        let needle = Array(("/memfd:" + name + " ").utf8)
        var line: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = read(fd, &chunk, chunk.count)
            if n < 0 { return .unreadable(errno) }
            if n == 0 { break }
            for c in chunk[..<n] {
                if c != 0x0a { line.append(c); continue }
                if let start = markerStart(line, needle) {
                    return start >= UInt(GuestMemory.addressLimit) ? .base(start - UInt(GuestMemory.addressLimit)) : .notEmulated
                }
                line.removeAll(keepingCapacity: true)
            }
        }
        return .notEmulated
    }

    /// The start address of a maps line naming the marker ("start-end perms ... /memfd:NAME (deleted)").
    private static func markerStart(_ line: [UInt8], _ needle: [UInt8]) -> UInt? {
        guard line.count > needle.count,
              line.indices.dropLast(needle.count - 1).contains(where: { line[$0..<$0 + needle.count].elementsEqual(needle) }),
              let dash = line.firstIndex(of: UInt8(ascii: "-")) else { return nil }
        return UInt(String(decoding: line[..<dash], as: UTF8.self), radix: 16)
    }
}
