/// One guest virtual memory area, as `/proc/self/maps` shows it.
public struct Mapping: Sendable, Equatable {
    public var start: UInt64
    public var end: UInt64
    public var prot: GuestProt
    public var shared: Bool
    public var offset: UInt64
    public var device: UInt64
    public var inode: UInt64
    public var name: String

    public init(start: UInt64, end: UInt64, prot: GuestProt, shared: Bool = false,
                offset: UInt64 = 0, device: UInt64 = 0, inode: UInt64 = 0, name: String = "") {
        self.start = start; self.end = end; self.prot = prot; self.shared = shared
        self.offset = offset; self.device = device; self.inode = inode; self.name = name
    }
}

public struct GuestProt: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let read = GuestProt(rawValue: 1)
    public static let write = GuestProt(rawValue: 2)
    public static let exec = GuestProt(rawValue: 4)
    public static let all: GuestProt = [.read, .write, .exec]

    /// From Linux PROT_* bits (identical values on every architecture).
    public init(linux: Int32) { rawValue = UInt8(linux & 7) }
}

/// The sorted, non-overlapping list of guest mappings. Cold path only.
public struct MappingList: Sendable {
    public private(set) var areas: [Mapping] = []

    public init() {}

    /// Removes [lo, hi) from every area, splitting those that straddle it.
    public mutating func remove(_ lo: UInt64, _ hi: UInt64) {
        var out: [Mapping] = []
        out.reserveCapacity(areas.count + 1)
        for m in areas {
            if m.end <= lo || m.start >= hi { out.append(m); continue }
            if m.start < lo {
                var left = m; left.end = lo; out.append(left)
            }
            if m.end > hi {
                var right = m
                if !right.name.isEmpty || right.inode != 0 { right.offset += hi - m.start }
                right.start = hi
                out.append(right)
            }
        }
        areas = out
    }

    public mutating func insert(_ m: Mapping) {
        remove(m.start, m.end)
        let i = areas.firstIndex { $0.start >= m.end } ?? areas.count
        areas.insert(m, at: i)
    }

    /// Changes the protection of [lo, hi), splitting areas at the edges.
    public mutating func protect(_ lo: UInt64, _ hi: UInt64, _ prot: GuestProt) {
        let touched = areas.filter { $0.start < hi && $0.end > lo }
        for var m in touched {
            let s = max(m.start, lo), e = min(m.end, hi)
            if m.inode != 0 { m.offset += s - m.start }
            m.start = s; m.end = e; m.prot = prot
            insert(m)
        }
    }

    /// True when every page of [lo, hi) is in some area.
    public func covers(_ lo: UInt64, _ hi: UInt64) -> Bool {
        var at = lo
        for m in areas where m.end > at {
            if m.start > at { return false }
            at = m.end
            if at >= hi { return true }
        }
        return at >= hi
    }

    public func area(containing addr: UInt64) -> Mapping? {
        areas.first { $0.start <= addr && addr < $0.end }
    }

    /// Highest free gap of `length` bytes ending at or below `top` and above `bottom`.
    public func findFree(length: UInt64, below top: UInt64, above bottom: UInt64,
                         align: UInt64 = 4096) -> UInt64? {
        var ceiling = top
        for m in areas.reversed() {
            if m.start >= ceiling { ceiling = min(ceiling, m.start); continue }
            if m.end <= ceiling, ceiling - m.end >= length {
                let start = (ceiling - length) & ~(align - 1)
                if start >= m.end && start >= bottom { return start }
            }
            ceiling = min(ceiling, m.start)
        }
        if ceiling >= bottom + length {
            let start = (ceiling - length) & ~(align - 1)
            if start >= bottom { return start }
        }
        return nil
    }
}
