/// Which guest library functions may run as the host's own: per function its library
/// (by soname), its C signature and whether it is on by default.
///
/// On by default only where it pays (measured) and the result is fully specified by the function's contract
/// (C11 7.24 string handling; zlib's crc32/adler32, whose values are fixed by the
/// algorithm; inflate, whose output is fixed by its input, RFC 1950/1951/1952;
/// libcrypto's SHA-1/SHA-2/MD5 updates, FIPS 180-4 and RFC 1321): the
/// host's implementation cannot be told apart from the guest's. zlib's deflate is
/// opt-in: its bytes depend on the zlib version (trixie's 1.3.1 guest vs a 1.2.13 host).
/// memcmp/strcmp/strncmp are specified only in their sign (C11 7.24.4): the host's value
/// may differ in magnitude from the guest glibc's, which the contract allows.
/// Opt-in (`-thunk libm`, `-thunk qsort`): libm, whose last bits may differ between
/// implementations and which runs in the host's rounding mode, and qsort, whose order of equal elements and sequence of comparator
/// calls are unspecified (glibc 2.37 replaced merge sort by introsort). Nothing that
/// touches `long double` is listed: it is the x87 80-bit format on x86-64 and IEEE
/// binary128 on both guests.
public enum ThunkCatalog {
    /// How one argument reaches the host function.
    public enum Arg: Sendable, Equatable {
        /// A 64-bit integer (size_t, long, unsigned long) as it is in the register.
        case int
        /// A 32-bit int (its low 32 bits; the callee ignores the rest, AAPCS64 §6.8.2,
        /// RISC-V psABI sign-extends but a host callee only reads 32 bits).
        case int32
        /// A double in the next floating-point argument register.
        case double
        /// A guest pointer the function reads or writes forward from until it is done
        /// (strings, memcmp, memchr): translated, and a bad one faults where the host
        /// function touches it, as the guest's own would.
        case pointer
        /// A guest pointer to `argument[lengthArg]` bytes the function may touch in any
        /// order (memcpy copies the tail first, memmove backwards): the whole range must
        /// lie in the guest's address space.
        case buffer(lengthArg: Int)
        /// Like `buffer`, but NULL stays NULL (zlib's checksums return their initial
        /// value for a NULL buffer).
        case nullableBuffer(lengthArg: Int)
        /// qsort's array: `argument[countArg] * argument[sizeArg]` bytes.
        case array(countArg: Int, sizeArg: Int)
        /// A guest function pointer `int (*)(const void *, const void *)`, called back
        /// through a libffi closure that re-enters the engine.
        case comparator
        /// Like `pointer`, but NULL stays NULL (an optional out-parameter).
        case nullablePointer
        /// zlib's `z_streamp`: the host's own stream for it (ZStreamCalls).
        case zstream
        /// zlib's `gz_headerp`: a host mirror of the guest's gz_header (ZStreamHeaders).
        case gzHeader
    }

    /// What a zlib stream function does to the host stream of its first argument.
    enum StreamRole: UInt8 {
        case none, plain, initialise, end, copy
        /// inflateReset*: zlib forgets the stream's gz_header (inflateResetKeep sets
        /// state->head to NULL).
        case reset
        /// inflateGetHeader (the header is written by later inflate calls) and
        /// deflateSetHeader (read by later deflate calls).
        case getHeader, setHeader
        /// Reads next_in and writes next_out (inflate, deflate, inflateSync, and
        /// deflateParams, which may deflate): only these check the buffer fields. The
        /// others never touch them, and a caller may leave them unset until its first
        /// inflate (CPython's zlib sets next_out only then; its inflateEnd and
        /// inflateSetDictionary see whatever the allocator left).
        case buffers
    }

    public enum Result: Sendable, Equatable {
        case void, int, int32, uint32, pointer, double
    }

    public struct Function: Sendable {
        public let group: String
        public let soname: String
        public let name: String
        public let args: [Arg]
        public let result: Result
        /// The host function may set errno: copied to the guest's errno when it does.
        public let setsErrno: Bool
        var streamRole: StreamRole = .none
    }

    /// Groups, in `-thunk help` order, with whether they are on by default.
    public static let groups: [(name: String, onByDefault: Bool, what: String)] = [
        // Exact, and it pays since the native tier calls the host function directly
        // (NativeHostCall): tools/bench libc_str-dyn 300 runs 4-7x faster with it.
        ("libc", true, "string.h and memory functions of libc.so.6 (exact by contract)"),
        ("libz", true, "crc32, adler32 of libz.so.1 (exact by contract)"),
        ("inflate", true, "zlib's inflate streams (exact: the output is fixed by the input)"),
        ("deflate", false, "zlib's deflate streams (same bytes only from the same zlib version)"),
        // Bit-identical to the guests' glibc 2.36/2.41 on every input HostCallTests'
        // libm_bits tried (300000 random and the Annex F special values per function),
        // and 2-4x faster (sin/cos/exp/log/pow/atan2 loop), but off: the guest's rounding
        // mode (FPCR.RMode, frm) and flush-to-zero do not reach the host call, and the
        // host's libm is whatever glibc xrun runs on.
        ("libm", false, "sin, cos, tan, exp, log, log10, pow, atan2 of libm.so.6 (guest rounding mode not applied)"),
        ("qsort", false, "qsort of libc.so.6 (order of equal elements may differ)"),
        // Exact by contract (FIPS 180-4, RFC 1321) on a pointer-free context of the
        // same layout (CXrunHost/host_digests.c). python3.11 hashlib on aarch64, 4 MiB
        // each: sha256 0.035 -> 0.006 s, md5 0.08-0.17 -> 0.005-0.02 s, sha512
        // 0.14-0.18 -> 0.01 s (loaded machine; hashlib's per-object EVP cost stays).
        ("libcrypto", true, "SHA-1/SHA-2/MD5 updates of libcrypto.so.3 (exact by contract)"),
    ]

    public static let functions: [Function] = {
        var f: [Function] = []
        func libc(_ name: String, _ args: [Arg], _ r: Result) {
            f.append(Function(group: "libc", soname: "libc.so.6", name: name, args: args, result: r, setsErrno: false))
        }
        libc("memcpy", [.buffer(lengthArg: 2), .buffer(lengthArg: 2), .int], .pointer)
        libc("memmove", [.buffer(lengthArg: 2), .buffer(lengthArg: 2), .int], .pointer)
        libc("memset", [.buffer(lengthArg: 2), .int32, .int], .pointer)
        libc("memcmp", [.pointer, .pointer, .int], .int32)
        libc("memchr", [.pointer, .int32, .int], .pointer)
        libc("strlen", [.pointer], .int)
        libc("strnlen", [.pointer, .int], .int)
        libc("strcmp", [.pointer, .pointer], .int32)
        libc("strncmp", [.pointer, .pointer, .int], .int32)
        libc("strchr", [.pointer, .int32], .pointer)
        libc("strrchr", [.pointer, .int32], .pointer)
        libc("strcpy", [.pointer, .pointer], .pointer)
        libc("stpcpy", [.pointer, .pointer], .pointer)
        libc("strcat", [.pointer, .pointer], .pointer)
        for name in ["crc32", "adler32"] {
            f.append(Function(group: "libz", soname: "libz.so.1", name: name,
                              args: [.int, .nullableBuffer(lengthArg: 2), .int32], result: .int, setsErrno: false))
        }
        zlibStreams(&f)
        for name in ["sin", "cos", "tan", "exp", "log", "log10"] {
            f.append(Function(group: "libm", soname: "libm.so.6", name: name, args: [.double], result: .double, setsErrno: true))
        }
        for name in ["pow", "atan2"] {
            f.append(Function(group: "libm", soname: "libm.so.6", name: name, args: [.double, .double],
                              result: .double, setsErrno: true))
        }
        for name in ["SHA1_Update", "SHA224_Update", "SHA256_Update", "SHA384_Update", "SHA512_Update", "MD5_Update"] {
            f.append(Function(group: "libcrypto", soname: "libcrypto.so.3", name: name,
                              args: [.pointer, .buffer(lengthArg: 2), .int], result: .int32, setsErrno: false))
        }
        f.append(Function(group: "qsort", soname: "libc.so.6", name: "qsort",
                          args: [.array(countArg: 1, sizeArg: 2), .int, .int, .comparator], result: .void, setsErrno: false))
        return f
    }()

    /// zlib.h's stream functions: a stream is set up, used and ended by the host's zlib
    /// or not at all (ZStreamCalls), so each group lists every function that takes
    /// its kind of stream and keeps state in it, except inflateBack* (their own state,
    /// run by the guest). inflateGetHeader/deflateSetHeader get a host gz_header
    /// mirroring the guest's (ZStreamHeaders).
    static func zlibStreams(_ f: inout [Function]) {
        func z(_ group: String, _ name: String, _ role: StreamRole, _ args: [Arg], _ r: Result = .int32) {
            f.append(Function(group: group, soname: "libz.so.1", name: name, args: args, result: r, setsErrno: false,
                              streamRole: role))
        }
        for g in ["inflate", "deflate"] {
            z(g, g + "Init_", .initialise, [.zstream] + (g == "deflate" ? [.int32] : []) + [.pointer, .int32])
            z(g, g + "End", .end, [.zstream])
            z(g, g + "Reset", g == "inflate" ? .reset : .plain, [.zstream])
            z(g, g + "SetDictionary", .plain, [.zstream, .buffer(lengthArg: 2), .int32])
            z(g, g + "GetDictionary", .plain, [.zstream, .nullablePointer, .nullablePointer])
            z(g, g + "Copy", .copy, [.zstream, .zstream])
            z(g, g + "Prime", .plain, [.zstream, .int32, .int32])
        }
        z("inflate", "inflateInit2_", .initialise, [.zstream, .int32, .pointer, .int32])
        z("inflate", "inflate", .buffers, [.zstream, .int32])
        z("inflate", "inflateReset2", .reset, [.zstream, .int32])
        z("inflate", "inflateSync", .buffers, [.zstream])
        z("inflate", "inflateSyncPoint", .plain, [.zstream])
        z("inflate", "inflateMark", .plain, [.zstream], .int)
        z("inflate", "inflateUndermine", .plain, [.zstream, .int32])
        z("inflate", "inflateValidate", .plain, [.zstream, .int32])
        z("inflate", "inflateCodesUsed", .plain, [.zstream], .int)
        z("inflate", "inflateResetKeep", .reset, [.zstream])
        z("inflate", "inflateGetHeader", .getHeader, [.zstream, .gzHeader])
        z("deflate", "deflateInit2_", .initialise, [.zstream, .int32, .int32, .int32, .int32, .int32, .pointer, .int32])
        z("deflate", "deflate", .buffers, [.zstream, .int32])
        z("deflate", "deflateParams", .buffers, [.zstream, .int32, .int32])
        z("deflate", "deflateTune", .plain, [.zstream, .int32, .int32, .int32, .int32])
        z("deflate", "deflateBound", .plain, [.zstream, .int], .int)
        z("deflate", "deflatePending", .plain, [.zstream, .nullablePointer, .nullablePointer])
        z("deflate", "deflateResetKeep", .plain, [.zstream])
        z("deflate", "deflateSetHeader", .setHeader, [.zstream, .gzHeader])
    }

    /// Groups on by default only in a guest library of the host's own version (from
    /// the file name the soname links to, libz.so.1.2.13): deflate's bytes are fixed
    /// by zlib's source, not by its contract, and the same version gives the same
    /// bytes (HostCallZlibTests compares them where the versions agree).
    public static let onForSameVersion: Set<String> = ["deflate"]

    /// The name `groupsOn` gives a group of `onForSameVersion` turned on by default.
    public static func sameVersionOnly(_ group: String) -> String { group + "@same-version" }

    static var defaultGroups: Set<String> {
        Set(groups.filter(\.onByDefault).map(\.name)).union(onForSameVersion.map(sameVersionOnly))
    }

    /// The groups `spec` turns on: starting from the defaults, comma-separated words
    /// add a group, `-group` removes one, `none` clears, `all` adds every group,
    /// `default` the default ones. Throws the first unknown word.
    public static func groupsOn(_ spec: String?) throws(UnknownGroup) -> Set<String> {
        var on = defaultGroups
        guard let spec else { return on }
        for word in spec.split(separator: ",").map(String.init) {
            switch word {
            case "none": on = []
            case "all": on.formUnion(groups.map(\.name))
            case "default": on.formUnion(defaultGroups)
            default:
                let remove = word.hasPrefix("-")
                let name = remove ? String(word.dropFirst()) : word
                guard groups.contains(where: { $0.name == name }) else { throw UnknownGroup(name: word) }
                if remove { on.remove(name); on.remove(sameVersionOnly(name)) } else { on.insert(name) }
            }
        }
        return on
    }

    public struct UnknownGroup: Error { public let name: String }

    /// `-thunk help`.
    public static var help: String {
        var s = "Host-library calls (-thunk LIST, env XRUN_THUNKS): guest library functions run as\n"
        s += "the host's own. LIST: groups to add, -group to remove, none, all, default.\n"
        for g in groups {
            let names = functions.filter { $0.group == g.name }.map(\.name).joined(separator: " ")
            s += "  \(g.name)\(String(repeating: " ", count: max(1, 7 - g.name.count)))"
            s += (g.onByDefault ? "on by default:  " : onForSameVersion.contains(g.name) ? "same version:   "
                  : "opt-in:         ") + g.what + "\n"
            s += "         functions: \(names)\n"
        }
        return s
    }
}
