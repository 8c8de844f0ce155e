import Foundation

/// The ways a test program is built.
enum BuildVariant: String, CaseIterable, Sendable {
    /// `aarch64-linux-gnu-gcc -O2 -static`: the guest, a fixed-address executable.
    case guestStatic = "aarch64-static"
    /// `aarch64-linux-gnu-gcc -O2 -static-pie`: the guest, relocated at load time.
    case guestStaticPIE = "aarch64-static-pie"
    /// `aarch64-linux-gnu-gcc -O2`: the guest, a dynamically linked PIE run with the
    /// Debian cross sysroot as its root (`-L /usr/aarch64-linux-gnu`).
    case guestDynamic = "aarch64-dynamic"
    /// `riscv64-linux-gnu-gcc -O2 -static`: the RISC-V 64 guest.
    case riscvStatic = "riscv64-static"
    /// `riscv64-linux-gnu-gcc -O2`, run with `-L /usr/riscv64-linux-gnu`.
    case riscvDynamic = "riscv64-dynamic"
    /// `gcc -O2` for the host: the oracle, run natively.
    case host = "host"

    static let guests: [BuildVariant] = [.guestStatic, .guestStaticPIE]
    /// Every guest build, the dynamic one included.
    static let allGuests: [BuildVariant] = [.guestStatic, .guestStaticPIE, .guestDynamic]
    /// The RISC-V 64 guest builds (the conformance suite runs for both guests).
    static let riscvGuests: [BuildVariant] = [.riscvStatic, .riscvDynamic]

    /// Where the dynamic guest's loader and libraries are (libc6-dev-arm64-cross).
    static let guestSysroot = "/usr/aarch64-linux-gnu"

    var compiler: (name: String, package: String) {
        switch self {
        case .guestStatic, .guestStaticPIE, .guestDynamic:
            return ("aarch64-linux-gnu-gcc", "gcc-aarch64-linux-gnu and libc6-dev-arm64-cross")
        case .riscvStatic, .riscvDynamic:
            return ("riscv64-linux-gnu-gcc", "gcc-riscv64-linux-gnu and libc6-dev-riscv64-cross")
        case .host: return ("gcc", "gcc")
        }
    }

    var flags: [String] {
        switch self {
        case .guestStatic, .riscvStatic: return ["-O2", "-static"]
        case .guestStaticPIE: return ["-O2", "-static-pie"]
        case .guestDynamic, .riscvDynamic, .host: return ["-O2"]
        }
    }

    /// Emulator options the variant needs (the sysroot of a dynamic guest).
    var emulatorArgs: [String] {
        switch self {
        case .guestDynamic: return ["-L", Self.guestSysroot]
        case .riscvDynamic: return ["-L", "/usr/riscv64-linux-gnu"]
        default: return []
        }
    }
}

/// Compiles C sources into `.build-programs/` (git-ignored), keyed by a hash of the
/// compiler, flags and source text (with the headers next to it), so unchanged programs
/// are built once. A source may add flags with a line `// xrun-test-cflags: -O3 ...`.
enum CompileCache {
    /// Builds `Tests/Programs/<name>.c` (or an absolute .c path) for `variant`; returns the
    /// path of the executable, whose file name is `<name>` for every variant (programs
    /// print their argv[0]'s last component).
    static func build(_ name: String, _ variant: BuildVariant) throws -> String {
        let source = name.hasPrefix("/") ? name : TestEnv.programsDir + "/\(name).c"
        let base = URL(fileURLWithPath: source).deletingPathExtension().lastPathComponent
        let compiler = try TestEnv.requireTool(variant.compiler.name, package: variant.compiler.package)
        guard let text = FileManager.default.contents(atPath: source) else {
            throw TestFailure("cannot read \(source)")
        }
        let extra = String(decoding: text, as: UTF8.self).split(separator: "\n")
            .compactMap { line -> [String]? in
                guard line.hasPrefix("// xrun-test-cflags:") else { return nil }
                return line.dropFirst("// xrun-test-cflags:".count).split(separator: " ").map(String.init)
            }.joined()
        let args = variant.flags + extra + ["-I", URL(fileURLWithPath: source).deletingLastPathComponent().path]

        var h = FNV1a()
        h.add(compiler); h.add(args.joined(separator: " ")); h.add(Array(text))
        let dir = URL(fileURLWithPath: source).deletingLastPathComponent().path
        for header in (try? FileManager.default.contentsOfDirectory(atPath: dir))?.sorted() ?? [] where header.hasSuffix(".h") {
            h.add(header)
            h.add(Array(FileManager.default.contents(atPath: dir + "/" + header) ?? Data()))
        }
        let outDir = TestEnv.compileCacheDir + "/\(base)-\(h.hex)/\(variant.rawValue)"
        let output = outDir + "/\(base)"
        if FileManager.default.isExecutableFile(atPath: output) { return output }

        try FileManager.default.createDirectory(atPath: outDir, withIntermediateDirectories: true)
        let temp = output + ".tmp\(getpid())"
        let r = try runProcess(compiler, args + ["-o", temp, source, "-lm"],
                               env: ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "LC_ALL": "C"],
                               timeout: 300)
        guard r.termination == .exited(0), FileManager.default.fileExists(atPath: temp) else {
            throw TestFailure("compiling \(source) for \(variant.rawValue) failed\n\(r.summary)")
        }
        guard rename(temp, output) == 0 else { throw TestFailure("rename \(temp): \(String(cString: strerror(errno)))") }
        return output
    }
}

/// 64-bit FNV-1a, enough to key a build cache.
struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325
    mutating func add(_ bytes: [UInt8]) {
        for b in bytes { value = (value ^ UInt64(b)) &* 0x100_0000_01b3 }
        value = (value ^ 0xff) &* 0x100_0000_01b3   // separator, so ("ab","c") != ("a","bc")
    }
    mutating func add(_ s: String) { add(Array(s.utf8)) }
    var hex: String { String(value, radix: 16) }
}
