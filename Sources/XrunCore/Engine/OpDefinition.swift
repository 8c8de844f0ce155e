/// One guest operation, defined once: the name a disassembler prints for it, the
/// interpreter function that is its reference semantics, and the native-tier template
/// that emits the same semantics as x86-64, when it has one. Each guest ISA declares
/// its definitions beside the decode code that emits them (`static let` members, so
/// every definition lives as long as the process and is never reference counted on
/// any path a running guest takes).
///
/// A translated instruction is an `Op` record (function pointer + operands, 32 bytes,
/// what the interpreter runs) and, beside it in the block, an unretained pointer to its
/// definition (what the native tier, `-d op` and the debugger read). The record does
/// not grow and dispatch does not change: the definition is reached only at
/// translation time.
public final class OpDefinition: Sendable {
    /// The mnemonic as a disassembler prints it ("add", "ldp", "fadd.d"). One
    /// definition may serve several encodings of one mnemonic; aliases
    /// ("mov" for "orr xd, xzr, xm") are the disassembler's business.
    public let name: String
    /// The interpreter: the reference semantics of the operation.
    public let run: OpFn
    /// The native tier's x86-64 for this operation, or nil: then the native code
    /// calls `run` with the op's record.
    public let native: NativeTemplate?

    public init(_ name: String, native: NativeTemplate? = nil, _ run: OpFn) {
        self.name = name
        self.run = run
        self.native = native
    }
}

public typealias OpDef = OpDefinition
