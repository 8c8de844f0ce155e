#if !XRUN_LIBFUZZER
import Glibc

/// The plain build's command line (the libFuzzer build has libFuzzer's own):
///
///   xrun-fuzz-elf replay <file or dir>...          each input once; prints its outcome
///   xrun-fuzz-elf mutate --seed S --count N [--dump K <out>] <file or dir>...
///       N seeded mutations of the inputs (CI's bounded run); --dump writes input K
///       (0-based) to <out> instead of running, to reproduce a failure.
///
/// A failed check is a trap, so the process dies and the caller sees it; the last
/// line printed before says which input it was.
@main
enum FuzzDriver {
    static func main() {
        var args = Array(CommandLine.arguments.dropFirst())
        guard let mode = args.first else { usage() }
        args.removeFirst()
        switch mode {
        case "replay":
            for path in inputs(args) {
                say("\(path): \(describe(runFile(path)))")
            }
        case "mutate":
            var seed: UInt64 = 1, count = 1000, dump: (Int, String)? = nil, rest: [String] = []
            var i = 0
            while i < args.count {
                switch args[i] {
                case "--seed" where i + 1 < args.count: seed = parseNumber(args[i + 1]); i += 2
                case "--count" where i + 1 < args.count: count = Int(args[i + 1]) ?? count; i += 2
                case "--dump" where i + 2 < args.count: dump = (Int(args[i + 1]) ?? 0, args[i + 2]); i += 3
                default: rest.append(args[i]); i += 1
                }
            }
            let seeds = inputs(rest).map(readFile)
            guard !seeds.isEmpty else { fail("no seed inputs in \(rest)") }
            var m = Mutator(seed: seed)
            var loaded = 0
            for k in 0..<count {
                let a = seeds[m.below(seeds.count)], b = seeds[m.below(seeds.count)]
                let input = m.mutate(a, other: b)
                if let (index, out) = dump {
                    if k == index { writeFile(out, input); say("wrote input \(k) (\(input.count) bytes) to \(out)"); return }
                    continue
                }
                if k % 1000 == 0 { say("input \(k)") }
                if case .loaded = input.withUnsafeBytes({ ElfFuzzTarget.run($0) }) { loaded += 1 }
            }
            say("\(count) inputs from seed 0x\(String(seed, radix: 16)): \(loaded) loaded, \(count - loaded) refused")
        default:
            usage()
        }
    }

    /// Unbuffered, so that the line before a trap is out.
    static func say(_ s: String) {
        let line = s + "\n"
        _ = line.withCString { write(1, $0, strlen($0)) }
    }

    static func parseNumber(_ s: String) -> UInt64 {
        (s.hasPrefix("0x") ? UInt64(s.dropFirst(2), radix: 16) : UInt64(s)) ?? { fail("not a number: \(s)") }()
    }

    static func describe(_ o: ElfFuzzTarget.Outcome) -> String {
        switch o {
        case .loaded(let entry): return "loaded, entry 0x\(String(entry, radix: 16))"
        case .refused(let why): return "refused: \(why)"
        }
    }

    static func runFile(_ path: String) -> ElfFuzzTarget.Outcome {
        readFile(path).withUnsafeBytes { ElfFuzzTarget.run($0) }
    }

    /// Files named, and the files of directories named (sorted, not recursive).
    static func inputs(_ paths: [String]) -> [String] {
        paths.flatMap { p -> [String] in
            guard let d = opendir(p) else { return [p] }
            defer { closedir(d) }
            var names: [String] = []
            while let e = readdir(d) {
                let name = withUnsafeBytes(of: e.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if name != "." && name != ".." && !name.hasPrefix(".") { names.append(p + "/" + name) }
            }
            return names.sorted()
        }
    }

    static func readFile(_ path: String) -> [UInt8] {
        guard let f = fopen(path, "rb") else { fail("cannot read \(path)") }
        defer { fclose(f) }
        var out: [UInt8] = [], buf = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buf, 1, buf.count, f)
            if n <= 0 { break }
            out += buf[0..<n]
        }
        return out
    }

    static func writeFile(_ path: String, _ bytes: [UInt8]) {
        guard let f = fopen(path, "wb") else { fail("cannot write \(path)") }
        _ = fwrite(bytes, 1, bytes.count, f)
        fclose(f)
    }

    static func fail(_ s: String) -> Never {
        let line = "xrun-fuzz-elf: \(s)\n"
        _ = line.withCString { write(2, $0, strlen($0)) }
        exit(2)
    }

    static func usage() -> Never {
        fail("usage: xrun-fuzz-elf replay <input>... | mutate --seed S --count N [--dump K <out>] <input>...")
    }
}
#endif

#if XRUN_LIBFUZZER
/// SwiftPM links an executable's entry point as `<module>_main` (its `main` is that
/// symbol), so the libFuzzer build starts libFuzzer's driver from there
/// (LLVMFuzzerRunDriver, llvm.org/docs/LibFuzzer.html, "Using libFuzzer as a library").
@_silgen_name("LLVMFuzzerRunDriver")
func llvmFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

@_cdecl("xrun_fuzz_elf_main")
func xrunFuzzElfMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var vector = argv
    return llvmFuzzerRunDriver(&count, &vector) { data, size in xrunFuzzElfOneInput(data, size) }
}
#endif
