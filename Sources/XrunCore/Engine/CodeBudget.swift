import Glibc

/// How much translated code the block cache holds before it frees some
/// (`BlockCache.reclaim`). Measured with Tests/Programs/regen.c, a guest that rewrites
/// a small function 10^6 times: without reclaiming, xrun's peak RSS grew without bound
/// (40 MB after 2×10^5 rewrites, 152 MB after 10^6).
struct CodeBudget {
    /// Records of invalidated blocks are freed once they add up to this: a cheap pass
    /// (the live blocks stay; links to the dead ones are cut).
    static let retiredBytes = 2 << 20
    /// Native code of invalidated blocks stays in the code buffer until a flush; there
    /// is one when it is at least this much and at least half of the code in use.
    static let deadCodeBytes = 16 << 20

    /// Live translated code (native code plus block records) beyond this is flushed
    /// whole, cold blocks with the rest; it is also the size of the code buffer.
    /// XRUN_CODE_CACHE_MB, default 256 (a JIT-heavy node run stays well below it).
    let totalBytes: Int

    static let fromEnvironment: CodeBudget = {
        if let v = getenv("XRUN_CODE_CACHE_MB"), let mb = Int(String(cString: v)), mb > 0, mb <= 4096 {
            return CodeBudget(totalBytes: mb << 20)
        }
        return CodeBudget(totalBytes: 256 << 20)
    }()
}
