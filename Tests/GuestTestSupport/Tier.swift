/// The two ways xrun executes guest code. The interpreter is the reference semantics
/// (`XRUN_NATIVE=0`); the native tier compiles a block to x86-64 once it has run
/// `XRUN_NATIVE_THRESHOLD` times. Instruction tests run each block about once, so
/// left to the default threshold they would only ever interpret: each tier is forced
/// instead, the interpreter by a threshold no block reaches, the native tier by 0
/// (every block compiled when it is translated).
public enum Tier: String, CaseIterable, Sendable {
    case interpreter
    case native

    /// The `Engine`'s `nativeThreshold` that selects this tier.
    public var nativeThreshold: UInt64 {
        switch self {
        case .interpreter: return UInt64.max
        case .native: return 0
        }
    }

    /// The settings that select this tier in an xrun process.
    public var environment: [String: String] {
        switch self {
        case .interpreter: return ["XRUN_NATIVE": "0"]
        case .native: return ["XRUN_NATIVE": "1", "XRUN_NATIVE_THRESHOLD": "0"]
        }
    }
}
