/// A translation-time hook: a block that starts at an address the hook claims is
/// translated into the hook's single op instead of the guest's instructions (a
/// host-library call, HostCalls). Asked only when a block is translated, never while
/// blocks run; with no hook installed translation pays one nil check.
public protocol EntryHook: AnyObject, Sendable {
    /// The op to run for a block at `pc`, with its `imm`, or nil for guest code.
    func entryOp(at pc: UInt64) -> (OpDefinition, UInt64)?
}

/// Told when a file is mapped executable into the guest and when mappings go, so that
/// the host-library calls can recognise the libraries the guest's own loader maps.
public protocol FileMappingObserver: AnyObject, Sendable {
    /// [addr, addr+len) now maps `fd` from `offset` with `prot` including exec.
    /// Called with the memory lock held: read the file, do not touch guest memory.
    func executableFileMapped(addr: UInt64, len: UInt64, fd: Int32, offset: UInt64)
    /// Whatever was mapped in [lo, hi) is gone (unmapped or mapped over).
    func mappingRemoved(_ lo: UInt64, _ hi: UInt64)
}
