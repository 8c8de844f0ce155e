/// libFuzzer's entry point (llvm.org/docs/LibFuzzer.html, "Fuzz Target"): called once
/// per input in the build tools/fuzz-elf makes with `-sanitize=fuzzer`; the plain build
/// has it too, unused, and replays or mutates through `FuzzDriver` instead.
@_cdecl("LLVMFuzzerTestOneInput")
public func xrunFuzzElfOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    _ = ElfFuzzTarget.run(UnsafeRawBufferPointer(start: data, count: data == nil ? 0 : size))
    return 0
}
