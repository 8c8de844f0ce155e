import CXrunHost
import Glibc
import XrunCore

/// Host-library calls: recognises the functions of `ThunkCatalog` in the libraries the
/// guest's own loader maps (by soname, from the library's dynamic symbol table, when
/// an executable segment of it is mapped) and has the block cache translate a block at
/// such an entry into one op that calls the host's implementation through libffi.
/// The guest's loader, its symbol binding and its PLT stay untouched: the guest calls
/// its own library, and the engine runs the host's code there.
public final class HostCalls: EntryHook, FileMappingObserver, @unchecked Sendable {
    private let lock = HostLock()
    /// Guest entry → op (catalog slot) or IFUNC resolver → the entry it returns.
    private var entries: [UInt64: (OpDefinition, UInt64)] = [:]
    /// Per soname, the names wanted; per name, its slot.
    private let wanted: [String: Set<String>]
    private let slotIndex: [String: [String: Int]]
    /// Slots registered only in a library of the host's own version
    /// (ThunkCatalog.onForSameVersion, on by default).
    private let sameVersionSlots: Set<Int>
    /// One catalog index per slot (the slots' own table is HostCallRuntime.slots).
    public let enabledFunctions: [String]

    /// Sets up the functions of `groups` for `isa` and hooks them into `engine`:
    /// executable file mappings are watched and blocks at their entries translated
    /// into host calls. `traceFD` >= 0 logs each call (-strace).
    public init(groups: Set<String>, engine: Engine, traceFD: Int32) {
        var slots: [HostCallSlot] = []
        var wanted: [String: Set<String>] = [:]
        var slotIndex: [String: [String: Int]] = [:]
        var names: [String] = []
        var sameVersionSlots: Set<Int> = []
        for (i, f) in ThunkCatalog.functions.enumerated()
        where groups.contains(f.group) || groups.contains(ThunkCatalog.sameVersionOnly(f.group)) {
            guard let slot = HostCallSlot.make(catalogIndex: i) else { continue }
            if !groups.contains(f.group) { sameVersionSlots.insert(slots.count) }
            slotIndex[f.soname, default: [:]][f.name] = slots.count
            wanted[f.soname, default: []].insert(f.name)
            slots.append(slot)
            names.append(f.name)
        }
        // errno is written through the guest's own __errno_location.
        if slots.contains(where: \.setsErrno) { wanted["libc.so.6", default: []].insert("__errno_location") }
        // zlib's default hooks beside a guest's own zalloc or zfree (ZStreamAllocator).
        if slots.contains(where: { $0.streamRole != 0 }) {
            wanted["libc.so.6", default: []].formUnion(["malloc", "free"])
            ZStreamAllocator.install()
        }
        self.wanted = wanted
        self.slotIndex = slotIndex
        self.sameVersionSlots = sameVersionSlots
        self.enabledFunctions = names
        let table = UnsafeMutablePointer<HostCallSlot>.allocate(capacity: max(1, slots.count))
        table.initialize(from: slots, count: slots.count)
        HostCallRuntime.slots = table
        HostCallRuntime.convention = engine.isa.callConvention
        HostCallRuntime.traceFD = traceFD
        if groups.contains("qsort") { HostCallRuntime.comparatorCode = ComparatorClosure.make() }
        if !slots.isEmpty {
            engine.memory.fileMappingObserver = self
            engine.cache.entryHook = self
        }
    }

    public func entryOp(at pc: UInt64) -> (OpDefinition, UInt64)? {
        lock.withLock { entries[pc] }
    }

    public func executableFileMapped(addr: UInt64, len: UInt64, fd: Int32, offset: UInt64) {
        guard let lib = LibrarySymbols.read(fd: fd, sonames: wanted) else { return }
        // The segment this mapping holds fixes the load bias (ld.so maps each PT_LOAD
        // at bias + p_vaddr, from file offset p_offset, both rounded down to the page).
        guard let seg = lib.segments.first(where: {
            $0.p_flags & 1 /* PF_X */ != 0 && GuestMemory.pageDown($0.p_offset) == offset
        }) else { return }
        let bias = addr &- GuestMemory.pageDown(seg.p_vaddr)
        let slots = slotIndex[lib.soname] ?? [:]
        let sameVersion = lib.version != nil && lib.version == HostLibraryVersion.of(soname: lib.soname)
        lock.withLock {
            for sym in lib.symbols where sym.value >= seg.p_vaddr && sym.value < seg.p_vaddr + seg.p_memsz {
                let entry = bias &+ sym.value
                if sym.name == "__errno_location" {
                    HostCallRuntime.errnoLocation = entry
                    continue
                }
                if lib.soname == "libc.so.6" && (sym.name == "malloc" || sym.name == "free") {
                    if sym.name == "malloc" { HostCallRuntime.guestMalloc = entry } else { HostCallRuntime.guestFree = entry }
                    continue
                }
                guard let slot = slots[sym.name], sameVersion || !sameVersionSlots.contains(slot) else { continue }
                if sym.isIFunc {
                    // The resolver is replaced: it returns resolver + 4, the thunk's
                    // entry. No guest code runs at that address (the resolver's own body
                    // never runs), and aliases sharing a resolver share the thunk.
                    let thunk = entry &+ 4
                    if entries[entry] == nil { entries[entry] = (HostCallRuntime.resolverDefinition, thunk) }
                    if entries[thunk] == nil { entries[thunk] = (HostCallRuntime.callDefinition, UInt64(slot)) }
                } else if entries[entry] == nil {
                    let f = ThunkCatalog.functions[HostCallRuntime.slots.unsafelyUnwrapped[slot].catalogIndex]
                    let def = f.streamRole == .none ? HostCallRuntime.callDefinition : ZStreamCalls.definition
                    entries[entry] = (def, UInt64(slot))
                }
            }
        }
    }

    public func mappingRemoved(_ lo: UInt64, _ hi: UInt64) {
        lock.withLock {
            guard entries.keys.contains(where: { $0 >= lo && $0 < hi }) else { return }
            entries = entries.filter { $0.key < lo || $0.key >= hi }
        }
        if HostCallRuntime.errnoLocation >= lo && HostCallRuntime.errnoLocation < hi { HostCallRuntime.errnoLocation = 0 }
        if HostCallRuntime.guestMalloc >= lo && HostCallRuntime.guestMalloc < hi { HostCallRuntime.guestMalloc = 0 }
        if HostCallRuntime.guestFree >= lo && HostCallRuntime.guestFree < hi { HostCallRuntime.guestFree = 0 }
    }

    /// The log descriptor for -strace lines: the -D file or a copy of stderr, held as
    /// one of xrun's own descriptors as the Linux layer's strace does.
    public static func traceDescriptor(logFile: String?) -> Int32 {
        let fd = EmulatorDescriptors.openLog(path: logFile) { HostCallRuntime.traceFD = $0 }
        return fd < 0 ? 2 : fd
    }
}
