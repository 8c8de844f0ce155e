import XCTest
import XrunCore
import GuestTestSupport
import GuestAArch64

/// The native tier's Advanced SIMD templates (NativeVector) against the ops'
/// functions: every templated arrangement of each op, on random register contents
/// mixed with boundary lanes (zero, all ones, the sign bit alone, its complement)
/// and, for the FP ops, lanes of ±0, ±1, the largest finite, the smallest normal and
/// subnormal, ±inf, quiet NaNs with payloads of either sign and a signalling NaN,
/// under every rounding mode, FZ and DN. `GuestRun` runs each case in both tiers and
/// fails on any difference in the registers or FPSR (the flags after every op).
/// XRUN_SIMD_NATIVE_CASES (default 8) sets the random cases per op and FPCR value.
final class SIMDNativeTests: XCTestCase {
    /// (word, disassembly, whether a template is expected on this host: some lane
    /// sizes have no x86 counterpart before AVX-512 and stay calls).
    static let ops: [(UInt32, String, Bool)] = [
        (0x0E22_8420, "add v0.8b, v1.8b, v2.8b", true),
        (0x4F00_3640, "orr v0.4s, #0x12, lsl #8", true),
        (0x6F01_9680, "bic v0.8h, #0x34", true),
        (0x0F00_14A0, "orr v0.2s, #0x5", true),
        (0x2F00_B420, "bic v0.4h, #0x1, lsl #8", true),
        (0xDAC0_1020, "clz x0, x1", true),
        (0x5AC0_1020, "clz w0, w1", true),
        (0xDAC0_0020, "rbit x0, x1", true),
        (0x5AC0_0020, "rbit w0, w1", true),
        (0x4E82_1820, "uzp1 v0.4s, v1.4s, v2.4s", true),
        (0x4E82_5820, "uzp2 v0.4s, v1.4s, v2.4s", true),
        (0x4EC2_1820, "uzp1 v0.2d, v1.2d, v2.2d", true),
        (0x4EC2_5820, "uzp2 v0.2d, v1.2d, v2.2d", true),
        (0x4E02_3820, "zip1 v0.16b, v1.16b, v2.16b", true),
        (0x4E02_7820, "zip2 v0.16b, v1.16b, v2.16b", true),
        (0x4E42_3820, "zip1 v0.8h, v1.8h, v2.8h", true),
        (0x4E42_7820, "zip2 v0.8h, v1.8h, v2.8h", true),
        (0x4E82_3820, "zip1 v0.4s, v1.4s, v2.4s", true),
        (0x4E82_7820, "zip2 v0.4s, v1.4s, v2.4s", true),
        (0x4EC2_3820, "zip1 v0.2d, v1.2d, v2.2d", true),
        (0x4EC2_7820, "zip2 v0.2d, v1.2d, v2.2d", true),
        (0x0E02_3820, "zip1 v0.8b, v1.8b, v2.8b", true),
        (0x0E42_3820, "zip1 v0.4h, v1.4h, v2.4h", true),
        (0x0E82_3820, "zip1 v0.2s, v1.2s, v2.2s", true),
        (0x4E21_D820, "scvtf v0.4s, v1.4s", true),
        (0x0E21_D820, "scvtf v0.2s, v1.2s", true),
        (0x4E22_8420, "add v0.16b, v1.16b, v2.16b", true),
        (0x0E62_8420, "add v0.4h, v1.4h, v2.4h", true),
        (0x4E62_8420, "add v0.8h, v1.8h, v2.8h", true),
        (0x0EA2_8420, "add v0.2s, v1.2s, v2.2s", true),
        (0x4EA2_8420, "add v0.4s, v1.4s, v2.4s", true),
        (0x4EE2_8420, "add v0.2d, v1.2d, v2.2d", true),
        (0x2E22_8420, "sub v0.8b, v1.8b, v2.8b", true),
        (0x6E22_8420, "sub v0.16b, v1.16b, v2.16b", true),
        (0x2E62_8420, "sub v0.4h, v1.4h, v2.4h", true),
        (0x6E62_8420, "sub v0.8h, v1.8h, v2.8h", true),
        (0x2EA2_8420, "sub v0.2s, v1.2s, v2.2s", true),
        (0x6EA2_8420, "sub v0.4s, v1.4s, v2.4s", true),
        (0x6EE2_8420, "sub v0.2d, v1.2d, v2.2d", true),
        (0x2E22_8C20, "cmeq v0.8b, v1.8b, v2.8b", true),
        (0x6E22_8C20, "cmeq v0.16b, v1.16b, v2.16b", true),
        (0x2E62_8C20, "cmeq v0.4h, v1.4h, v2.4h", true),
        (0x6E62_8C20, "cmeq v0.8h, v1.8h, v2.8h", true),
        (0x2EA2_8C20, "cmeq v0.2s, v1.2s, v2.2s", true),
        (0x6EA2_8C20, "cmeq v0.4s, v1.4s, v2.4s", true),
        (0x6EE2_8C20, "cmeq v0.2d, v1.2d, v2.2d", true),
        (0x0E22_3420, "cmgt v0.8b, v1.8b, v2.8b", true),
        (0x4E22_3420, "cmgt v0.16b, v1.16b, v2.16b", true),
        (0x0E62_3420, "cmgt v0.4h, v1.4h, v2.4h", true),
        (0x4E62_3420, "cmgt v0.8h, v1.8h, v2.8h", true),
        (0x0EA2_3420, "cmgt v0.2s, v1.2s, v2.2s", true),
        (0x4EA2_3420, "cmgt v0.4s, v1.4s, v2.4s", true),
        (0x4EE2_3420, "cmgt v0.2d, v1.2d, v2.2d", false),
        (0x0E22_3C20, "cmge v0.8b, v1.8b, v2.8b", true),
        (0x4E22_3C20, "cmge v0.16b, v1.16b, v2.16b", true),
        (0x0E62_3C20, "cmge v0.4h, v1.4h, v2.4h", true),
        (0x4E62_3C20, "cmge v0.8h, v1.8h, v2.8h", true),
        (0x0EA2_3C20, "cmge v0.2s, v1.2s, v2.2s", true),
        (0x4EA2_3C20, "cmge v0.4s, v1.4s, v2.4s", true),
        (0x4EE2_3C20, "cmge v0.2d, v1.2d, v2.2d", false),
        (0x2E22_3420, "cmhi v0.8b, v1.8b, v2.8b", true),
        (0x6E22_3420, "cmhi v0.16b, v1.16b, v2.16b", true),
        (0x2E62_3420, "cmhi v0.4h, v1.4h, v2.4h", true),
        (0x6E62_3420, "cmhi v0.8h, v1.8h, v2.8h", true),
        (0x2EA2_3420, "cmhi v0.2s, v1.2s, v2.2s", true),
        (0x6EA2_3420, "cmhi v0.4s, v1.4s, v2.4s", true),
        (0x6EE2_3420, "cmhi v0.2d, v1.2d, v2.2d", false),
        (0x2E22_3C20, "cmhs v0.8b, v1.8b, v2.8b", true),
        (0x6E22_3C20, "cmhs v0.16b, v1.16b, v2.16b", true),
        (0x2E62_3C20, "cmhs v0.4h, v1.4h, v2.4h", true),
        (0x6E62_3C20, "cmhs v0.8h, v1.8h, v2.8h", true),
        (0x2EA2_3C20, "cmhs v0.2s, v1.2s, v2.2s", true),
        (0x6EA2_3C20, "cmhs v0.4s, v1.4s, v2.4s", true),
        (0x6EE2_3C20, "cmhs v0.2d, v1.2d, v2.2d", false),
        (0x0E22_BC20, "addp v0.8b, v1.8b, v2.8b", true),
        (0x4E22_BC20, "addp v0.16b, v1.16b, v2.16b", true),
        (0x0E62_BC20, "addp v0.4h, v1.4h, v2.4h", true),
        (0x4E62_BC20, "addp v0.8h, v1.8h, v2.8h", true),
        (0x0EA2_BC20, "addp v0.2s, v1.2s, v2.2s", true),
        (0x4EA2_BC20, "addp v0.4s, v1.4s, v2.4s", true),
        (0x4EE2_BC20, "addp v0.2d, v1.2d, v2.2d", true),
        (0x0E22_9C20, "mul v0.8b, v1.8b, v2.8b", false),
        (0x4E22_9C20, "mul v0.16b, v1.16b, v2.16b", false),
        (0x0E62_9C20, "mul v0.4h, v1.4h, v2.4h", true),
        (0x4E62_9C20, "mul v0.8h, v1.8h, v2.8h", true),
        (0x0EA2_9C20, "mul v0.2s, v1.2s, v2.2s", true),
        (0x4EA2_9C20, "mul v0.4s, v1.4s, v2.4s", true),
        (0x0E22_9420, "mla v0.8b, v1.8b, v2.8b", false),
        (0x4E22_9420, "mla v0.16b, v1.16b, v2.16b", false),
        (0x0E62_9420, "mla v0.4h, v1.4h, v2.4h", true),
        (0x4E62_9420, "mla v0.8h, v1.8h, v2.8h", true),
        (0x0EA2_9420, "mla v0.2s, v1.2s, v2.2s", true),
        (0x4EA2_9420, "mla v0.4s, v1.4s, v2.4s", true),
        (0x2E22_9420, "mls v0.8b, v1.8b, v2.8b", false),
        (0x6E22_9420, "mls v0.16b, v1.16b, v2.16b", false),
        (0x2E62_9420, "mls v0.4h, v1.4h, v2.4h", true),
        (0x6E62_9420, "mls v0.8h, v1.8h, v2.8h", true),
        (0x2EA2_9420, "mls v0.2s, v1.2s, v2.2s", true),
        (0x6EA2_9420, "mls v0.4s, v1.4s, v2.4s", true),
        (0x0E22_6420, "smax v0.8b, v1.8b, v2.8b", true),
        (0x4E22_6420, "smax v0.16b, v1.16b, v2.16b", true),
        (0x0E62_6420, "smax v0.4h, v1.4h, v2.4h", true),
        (0x4E62_6420, "smax v0.8h, v1.8h, v2.8h", true),
        (0x0EA2_6420, "smax v0.2s, v1.2s, v2.2s", true),
        (0x4EA2_6420, "smax v0.4s, v1.4s, v2.4s", true),
        (0x0E22_6C20, "smin v0.8b, v1.8b, v2.8b", true),
        (0x4E22_6C20, "smin v0.16b, v1.16b, v2.16b", true),
        (0x0E62_6C20, "smin v0.4h, v1.4h, v2.4h", true),
        (0x4E62_6C20, "smin v0.8h, v1.8h, v2.8h", true),
        (0x0EA2_6C20, "smin v0.2s, v1.2s, v2.2s", true),
        (0x4EA2_6C20, "smin v0.4s, v1.4s, v2.4s", true),
        (0x2E22_6420, "umax v0.8b, v1.8b, v2.8b", true),
        (0x6E22_6420, "umax v0.16b, v1.16b, v2.16b", true),
        (0x2E62_6420, "umax v0.4h, v1.4h, v2.4h", true),
        (0x6E62_6420, "umax v0.8h, v1.8h, v2.8h", true),
        (0x2EA2_6420, "umax v0.2s, v1.2s, v2.2s", true),
        (0x6EA2_6420, "umax v0.4s, v1.4s, v2.4s", true),
        (0x2E22_6C20, "umin v0.8b, v1.8b, v2.8b", true),
        (0x6E22_6C20, "umin v0.16b, v1.16b, v2.16b", true),
        (0x2E62_6C20, "umin v0.4h, v1.4h, v2.4h", true),
        (0x6E62_6C20, "umin v0.8h, v1.8h, v2.8h", true),
        (0x2EA2_6C20, "umin v0.2s, v1.2s, v2.2s", true),
        (0x6EA2_6C20, "umin v0.4s, v1.4s, v2.4s", true),
        (0x0E22_A420, "smaxp v0.8b, v1.8b, v2.8b", true),
        (0x4E22_A420, "smaxp v0.16b, v1.16b, v2.16b", true),
        (0x0E62_A420, "smaxp v0.4h, v1.4h, v2.4h", true),
        (0x4E62_A420, "smaxp v0.8h, v1.8h, v2.8h", true),
        (0x0EA2_A420, "smaxp v0.2s, v1.2s, v2.2s", true),
        (0x4EA2_A420, "smaxp v0.4s, v1.4s, v2.4s", true),
        (0x0E22_AC20, "sminp v0.8b, v1.8b, v2.8b", true),
        (0x4E22_AC20, "sminp v0.16b, v1.16b, v2.16b", true),
        (0x0E62_AC20, "sminp v0.4h, v1.4h, v2.4h", true),
        (0x4E62_AC20, "sminp v0.8h, v1.8h, v2.8h", true),
        (0x0EA2_AC20, "sminp v0.2s, v1.2s, v2.2s", true),
        (0x4EA2_AC20, "sminp v0.4s, v1.4s, v2.4s", true),
        (0x2E22_A420, "umaxp v0.8b, v1.8b, v2.8b", true),
        (0x6E22_A420, "umaxp v0.16b, v1.16b, v2.16b", true),
        (0x2E62_A420, "umaxp v0.4h, v1.4h, v2.4h", true),
        (0x6E62_A420, "umaxp v0.8h, v1.8h, v2.8h", true),
        (0x2EA2_A420, "umaxp v0.2s, v1.2s, v2.2s", true),
        (0x6EA2_A420, "umaxp v0.4s, v1.4s, v2.4s", true),
        (0x2E22_AC20, "uminp v0.8b, v1.8b, v2.8b", true),
        (0x6E22_AC20, "uminp v0.16b, v1.16b, v2.16b", true),
        (0x2E62_AC20, "uminp v0.4h, v1.4h, v2.4h", true),
        (0x6E62_AC20, "uminp v0.8h, v1.8h, v2.8h", true),
        (0x2EA2_AC20, "uminp v0.2s, v1.2s, v2.2s", true),
        (0x6EA2_AC20, "uminp v0.4s, v1.4s, v2.4s", true),
        (0x0E22_1C20, "and v0.8b, v1.8b, v2.8b", true),
        (0x4E22_1C20, "and v0.16b, v1.16b, v2.16b", true),
        (0x0E62_1C20, "bic v0.8b, v1.8b, v2.8b", true),
        (0x4E62_1C20, "bic v0.16b, v1.16b, v2.16b", true),
        (0x0EA2_1C20, "orr v0.8b, v1.8b, v2.8b", true),
        (0x4EA2_1C20, "orr v0.16b, v1.16b, v2.16b", true),
        (0x0EE2_1C20, "orn v0.8b, v1.8b, v2.8b", true),
        (0x4EE2_1C20, "orn v0.16b, v1.16b, v2.16b", true),
        (0x2E22_1C20, "eor v0.8b, v1.8b, v2.8b", true),
        (0x6E22_1C20, "eor v0.16b, v1.16b, v2.16b", true),
        (0x2E62_1C20, "bsl v0.8b, v1.8b, v2.8b", true),
        (0x6E62_1C20, "bsl v0.16b, v1.16b, v2.16b", true),
        (0x2EA2_1C20, "bit v0.8b, v1.8b, v2.8b", true),
        (0x6EA2_1C20, "bit v0.16b, v1.16b, v2.16b", true),
        (0x2EE2_1C20, "bif v0.8b, v1.8b, v2.8b", true),
        (0x6EE2_1C20, "bif v0.16b, v1.16b, v2.16b", true),
        (0x0E22_D420, "fadd v0.2s, v1.2s, v2.2s", true),
        (0x4E22_D420, "fadd v0.4s, v1.4s, v2.4s", true),
        (0x4E62_D420, "fadd v0.2d, v1.2d, v2.2d", true),
        (0x0EA2_D420, "fsub v0.2s, v1.2s, v2.2s", true),
        (0x4EA2_D420, "fsub v0.4s, v1.4s, v2.4s", true),
        (0x4EE2_D420, "fsub v0.2d, v1.2d, v2.2d", true),
        (0x2E22_DC20, "fmul v0.2s, v1.2s, v2.2s", true),
        (0x6E22_DC20, "fmul v0.4s, v1.4s, v2.4s", true),
        (0x6E62_DC20, "fmul v0.2d, v1.2d, v2.2d", true),
        (0x2E22_FC20, "fdiv v0.2s, v1.2s, v2.2s", false),
        (0x6E22_FC20, "fdiv v0.4s, v1.4s, v2.4s", true),
        (0x6E62_FC20, "fdiv v0.2d, v1.2d, v2.2d", true),
        (0x0E22_CC20, "fmla v0.2s, v1.2s, v2.2s", true),
        (0x4E22_CC20, "fmla v0.4s, v1.4s, v2.4s", true),
        (0x4E62_CC20, "fmla v0.2d, v1.2d, v2.2d", true),
        (0x0EA2_CC20, "fmls v0.2s, v1.2s, v2.2s", true),
        (0x4EA2_CC20, "fmls v0.4s, v1.4s, v2.4s", true),
        (0x4EE2_CC20, "fmls v0.2d, v1.2d, v2.2d", true),
        (0x2F1F_0420, "ushr v0.4h, v1.4h, #1", true),
        (0x2F1D_0420, "ushr v0.4h, v1.4h, #3", true),
        (0x2F10_0420, "ushr v0.4h, v1.4h, #16", true),
        (0x0F1F_0420, "sshr v0.4h, v1.4h, #1", true),
        (0x0F1D_0420, "sshr v0.4h, v1.4h, #3", true),
        (0x0F10_0420, "sshr v0.4h, v1.4h, #16", true),
        (0x0F10_5420, "shl v0.4h, v1.4h, #0", true),
        (0x0F11_5420, "shl v0.4h, v1.4h, #1", true),
        (0x0F1F_5420, "shl v0.4h, v1.4h, #15", true),
        (0x6F1F_0420, "ushr v0.8h, v1.8h, #1", true),
        (0x6F1D_0420, "ushr v0.8h, v1.8h, #3", true),
        (0x6F10_0420, "ushr v0.8h, v1.8h, #16", true),
        (0x4F1F_0420, "sshr v0.8h, v1.8h, #1", true),
        (0x4F1D_0420, "sshr v0.8h, v1.8h, #3", true),
        (0x4F10_0420, "sshr v0.8h, v1.8h, #16", true),
        (0x4F10_5420, "shl v0.8h, v1.8h, #0", true),
        (0x4F11_5420, "shl v0.8h, v1.8h, #1", true),
        (0x4F1F_5420, "shl v0.8h, v1.8h, #15", true),
        (0x2F3F_0420, "ushr v0.2s, v1.2s, #1", true),
        (0x2F3D_0420, "ushr v0.2s, v1.2s, #3", true),
        (0x2F20_0420, "ushr v0.2s, v1.2s, #32", true),
        (0x0F3F_0420, "sshr v0.2s, v1.2s, #1", true),
        (0x0F3D_0420, "sshr v0.2s, v1.2s, #3", true),
        (0x0F20_0420, "sshr v0.2s, v1.2s, #32", true),
        (0x0F20_5420, "shl v0.2s, v1.2s, #0", true),
        (0x0F21_5420, "shl v0.2s, v1.2s, #1", true),
        (0x0F3F_5420, "shl v0.2s, v1.2s, #31", true),
        (0x6F3F_0420, "ushr v0.4s, v1.4s, #1", true),
        (0x6F3D_0420, "ushr v0.4s, v1.4s, #3", true),
        (0x6F20_0420, "ushr v0.4s, v1.4s, #32", true),
        (0x4F3F_0420, "sshr v0.4s, v1.4s, #1", true),
        (0x4F3D_0420, "sshr v0.4s, v1.4s, #3", true),
        (0x4F20_0420, "sshr v0.4s, v1.4s, #32", true),
        (0x4F20_5420, "shl v0.4s, v1.4s, #0", true),
        (0x4F21_5420, "shl v0.4s, v1.4s, #1", true),
        (0x4F3F_5420, "shl v0.4s, v1.4s, #31", true),
        (0x6F7F_0420, "ushr v0.2d, v1.2d, #1", true),
        (0x6F7D_0420, "ushr v0.2d, v1.2d, #3", true),
        (0x6F40_0420, "ushr v0.2d, v1.2d, #64", true),
        (0x4F7F_0420, "sshr v0.2d, v1.2d, #1", false),
        (0x4F7D_0420, "sshr v0.2d, v1.2d, #3", false),
        (0x4F40_0420, "sshr v0.2d, v1.2d, #64", false),
        (0x4F40_5420, "shl v0.2d, v1.2d, #0", true),
        (0x4F41_5420, "shl v0.2d, v1.2d, #1", true),
        (0x4F7F_5420, "shl v0.2d, v1.2d, #63", true),
        (0x0F0F_8420, "shrn v0.8b, v1.8h, #1", true),
        (0x4F0F_8420, "shrn2 v0.16b, v1.8h, #1", true),
        (0x0F08_8420, "shrn v0.8b, v1.8h, #8", true),
        (0x4F08_8420, "shrn2 v0.16b, v1.8h, #8", true),
        (0x0E21_2820, "xtn v0.8b, v1.8h", true),
        (0x4E21_2820, "xtn2 v0.16b, v1.8h", true),
        (0x0F08_A420, "sshll v0.8h, v1.8b, #0", true),
        (0x6F08_A420, "ushll2 v0.8h, v1.16b, #0", true),
        (0x2F08_A420, "ushll v0.8h, v1.8b, #0", true),
        (0x4F08_A420, "sshll2 v0.8h, v1.16b, #0", true),
        (0x0F0A_A420, "sshll v0.8h, v1.8b, #2", true),
        (0x6F0A_A420, "ushll2 v0.8h, v1.16b, #2", true),
        (0x2F0A_A420, "ushll v0.8h, v1.8b, #2", true),
        (0x4F0A_A420, "sshll2 v0.8h, v1.16b, #2", true),
        (0x0E22_0020, "saddl v0.8h, v1.8b, v2.8b", true),
        (0x4E22_0020, "saddl2 v0.8h, v1.16b, v2.16b", true),
        (0x2E22_0020, "uaddl v0.8h, v1.8b, v2.8b", true),
        (0x6E22_0020, "uaddl2 v0.8h, v1.16b, v2.16b", true),
        (0x0E22_2020, "ssubl v0.8h, v1.8b, v2.8b", true),
        (0x4E22_2020, "ssubl2 v0.8h, v1.16b, v2.16b", true),
        (0x2E22_2020, "usubl v0.8h, v1.8b, v2.8b", true),
        (0x6E22_2020, "usubl2 v0.8h, v1.16b, v2.16b", true),
        (0x0E22_C020, "smull v0.8h, v1.8b, v2.8b", true),
        (0x4E22_C020, "smull2 v0.8h, v1.16b, v2.16b", true),
        (0x2E22_C020, "umull v0.8h, v1.8b, v2.8b", true),
        (0x6E22_C020, "umull2 v0.8h, v1.16b, v2.16b", true),
        (0x0E22_1020, "saddw v0.8h, v1.8h, v2.8b", true),
        (0x4E22_1020, "saddw2 v0.8h, v1.8h, v2.16b", true),
        (0x2E22_1020, "uaddw v0.8h, v1.8h, v2.8b", true),
        (0x6E22_1020, "uaddw2 v0.8h, v1.8h, v2.16b", true),
        (0x0E22_3020, "ssubw v0.8h, v1.8h, v2.8b", true),
        (0x4E22_3020, "ssubw2 v0.8h, v1.8h, v2.16b", true),
        (0x2E22_3020, "usubw v0.8h, v1.8h, v2.8b", true),
        (0x6E22_3020, "usubw2 v0.8h, v1.8h, v2.16b", true),
        (0x0F1F_8420, "shrn v0.4h, v1.4s, #1", true),
        (0x4F1F_8420, "shrn2 v0.8h, v1.4s, #1", true),
        (0x0F10_8420, "shrn v0.4h, v1.4s, #16", true),
        (0x4F10_8420, "shrn2 v0.8h, v1.4s, #16", true),
        (0x0E61_2820, "xtn v0.4h, v1.4s", true),
        (0x4E61_2820, "xtn2 v0.8h, v1.4s", true),
        (0x0F10_A420, "sshll v0.4s, v1.4h, #0", true),
        (0x6F10_A420, "ushll2 v0.4s, v1.8h, #0", true),
        (0x2F10_A420, "ushll v0.4s, v1.4h, #0", true),
        (0x4F10_A420, "sshll2 v0.4s, v1.8h, #0", true),
        (0x0F12_A420, "sshll v0.4s, v1.4h, #2", true),
        (0x6F12_A420, "ushll2 v0.4s, v1.8h, #2", true),
        (0x2F12_A420, "ushll v0.4s, v1.4h, #2", true),
        (0x4F12_A420, "sshll2 v0.4s, v1.8h, #2", true),
        (0x0E62_0020, "saddl v0.4s, v1.4h, v2.4h", true),
        (0x4E62_0020, "saddl2 v0.4s, v1.8h, v2.8h", true),
        (0x2E62_0020, "uaddl v0.4s, v1.4h, v2.4h", true),
        (0x6E62_0020, "uaddl2 v0.4s, v1.8h, v2.8h", true),
        (0x0E62_2020, "ssubl v0.4s, v1.4h, v2.4h", true),
        (0x4E62_2020, "ssubl2 v0.4s, v1.8h, v2.8h", true),
        (0x2E62_2020, "usubl v0.4s, v1.4h, v2.4h", true),
        (0x6E62_2020, "usubl2 v0.4s, v1.8h, v2.8h", true),
        (0x0E62_C020, "smull v0.4s, v1.4h, v2.4h", true),
        (0x4E62_C020, "smull2 v0.4s, v1.8h, v2.8h", true),
        (0x2E62_C020, "umull v0.4s, v1.4h, v2.4h", true),
        (0x6E62_C020, "umull2 v0.4s, v1.8h, v2.8h", true),
        (0x0E62_1020, "saddw v0.4s, v1.4s, v2.4h", true),
        (0x4E62_1020, "saddw2 v0.4s, v1.4s, v2.8h", true),
        (0x2E62_1020, "uaddw v0.4s, v1.4s, v2.4h", true),
        (0x6E62_1020, "uaddw2 v0.4s, v1.4s, v2.8h", true),
        (0x0E62_3020, "ssubw v0.4s, v1.4s, v2.4h", true),
        (0x4E62_3020, "ssubw2 v0.4s, v1.4s, v2.8h", true),
        (0x2E62_3020, "usubw v0.4s, v1.4s, v2.4h", true),
        (0x6E62_3020, "usubw2 v0.4s, v1.4s, v2.8h", true),
        (0x0F3F_8420, "shrn v0.2s, v1.2d, #1", true),
        (0x4F3F_8420, "shrn2 v0.4s, v1.2d, #1", true),
        (0x0F20_8420, "shrn v0.2s, v1.2d, #32", true),
        (0x4F20_8420, "shrn2 v0.4s, v1.2d, #32", true),
        (0x0EA1_2820, "xtn v0.2s, v1.2d", true),
        (0x4EA1_2820, "xtn2 v0.4s, v1.2d", true),
        (0x0F20_A420, "sshll v0.2d, v1.2s, #0", true),
        (0x6F20_A420, "ushll2 v0.2d, v1.4s, #0", true),
        (0x2F20_A420, "ushll v0.2d, v1.2s, #0", true),
        (0x4F20_A420, "sshll2 v0.2d, v1.4s, #0", true),
        (0x0F22_A420, "sshll v0.2d, v1.2s, #2", true),
        (0x6F22_A420, "ushll2 v0.2d, v1.4s, #2", true),
        (0x2F22_A420, "ushll v0.2d, v1.2s, #2", true),
        (0x4F22_A420, "sshll2 v0.2d, v1.4s, #2", true),
        (0x0EA2_0020, "saddl v0.2d, v1.2s, v2.2s", true),
        (0x4EA2_0020, "saddl2 v0.2d, v1.4s, v2.4s", true),
        (0x2EA2_0020, "uaddl v0.2d, v1.2s, v2.2s", true),
        (0x6EA2_0020, "uaddl2 v0.2d, v1.4s, v2.4s", true),
        (0x0EA2_2020, "ssubl v0.2d, v1.2s, v2.2s", true),
        (0x4EA2_2020, "ssubl2 v0.2d, v1.4s, v2.4s", true),
        (0x2EA2_2020, "usubl v0.2d, v1.2s, v2.2s", true),
        (0x6EA2_2020, "usubl2 v0.2d, v1.4s, v2.4s", true),
        (0x0EA2_C020, "smull v0.2d, v1.2s, v2.2s", true),
        (0x4EA2_C020, "smull2 v0.2d, v1.4s, v2.4s", true),
        (0x2EA2_C020, "umull v0.2d, v1.2s, v2.2s", true),
        (0x6EA2_C020, "umull2 v0.2d, v1.4s, v2.4s", true),
        (0x0EA2_1020, "saddw v0.2d, v1.2d, v2.2s", true),
        (0x4EA2_1020, "saddw2 v0.2d, v1.2d, v2.4s", true),
        (0x2EA2_1020, "uaddw v0.2d, v1.2d, v2.2s", true),
        (0x6EA2_1020, "uaddw2 v0.2d, v1.2d, v2.4s", true),
        (0x0EA2_3020, "ssubw v0.2d, v1.2d, v2.2s", true),
        (0x4EA2_3020, "ssubw2 v0.2d, v1.2d, v2.4s", true),
        (0x2EA2_3020, "usubw v0.2d, v1.2d, v2.2s", true),
        (0x6EA2_3020, "usubw2 v0.2d, v1.2d, v2.4s", true),
        (0x0E20_9820, "cmeq v0.8b, v1.8b, #0", true),
        (0x0E20_8820, "cmgt v0.8b, v1.8b, #0", true),
        (0x2E20_8820, "cmge v0.8b, v1.8b, #0", true),
        (0x0E20_A820, "cmlt v0.8b, v1.8b, #0", true),
        (0x2E20_9820, "cmle v0.8b, v1.8b, #0", true),
        (0x4E20_9820, "cmeq v0.16b, v1.16b, #0", true),
        (0x4E20_8820, "cmgt v0.16b, v1.16b, #0", true),
        (0x6E20_8820, "cmge v0.16b, v1.16b, #0", true),
        (0x4E20_A820, "cmlt v0.16b, v1.16b, #0", true),
        (0x6E20_9820, "cmle v0.16b, v1.16b, #0", true),
        (0x0E60_9820, "cmeq v0.4h, v1.4h, #0", true),
        (0x0E60_8820, "cmgt v0.4h, v1.4h, #0", true),
        (0x2E60_8820, "cmge v0.4h, v1.4h, #0", true),
        (0x0E60_A820, "cmlt v0.4h, v1.4h, #0", true),
        (0x2E60_9820, "cmle v0.4h, v1.4h, #0", true),
        (0x4E60_9820, "cmeq v0.8h, v1.8h, #0", true),
        (0x4E60_8820, "cmgt v0.8h, v1.8h, #0", true),
        (0x6E60_8820, "cmge v0.8h, v1.8h, #0", true),
        (0x4E60_A820, "cmlt v0.8h, v1.8h, #0", true),
        (0x6E60_9820, "cmle v0.8h, v1.8h, #0", true),
        (0x0EA0_9820, "cmeq v0.2s, v1.2s, #0", true),
        (0x0EA0_8820, "cmgt v0.2s, v1.2s, #0", true),
        (0x2EA0_8820, "cmge v0.2s, v1.2s, #0", true),
        (0x0EA0_A820, "cmlt v0.2s, v1.2s, #0", true),
        (0x2EA0_9820, "cmle v0.2s, v1.2s, #0", true),
        (0x4EA0_9820, "cmeq v0.4s, v1.4s, #0", true),
        (0x4EA0_8820, "cmgt v0.4s, v1.4s, #0", true),
        (0x6EA0_8820, "cmge v0.4s, v1.4s, #0", true),
        (0x4EA0_A820, "cmlt v0.4s, v1.4s, #0", true),
        (0x6EA0_9820, "cmle v0.4s, v1.4s, #0", true),
        (0x4EE0_9820, "cmeq v0.2d, v1.2d, #0", true),
        (0x4EE0_8820, "cmgt v0.2d, v1.2d, #0", false),
        (0x6EE0_8820, "cmge v0.2d, v1.2d, #0", false),
        (0x4EE0_A820, "cmlt v0.2d, v1.2d, #0", false),
        (0x6EE0_9820, "cmle v0.2d, v1.2d, #0", false),
        (0x0E01_0C20, "dup v0.8b, w1", true),
        (0x4E01_0C20, "dup v0.16b, w1", true),
        (0x0E02_0C20, "dup v0.4h, w1", true),
        (0x4E02_0C20, "dup v0.8h, w1", true),
        (0x0E04_0C20, "dup v0.2s, w1", true),
        (0x4E04_0C20, "dup v0.4s, w1", true),
        (0x4E08_0C20, "dup v0.2d, x1", true),
        (0x0E0B_0420, "dup v0.8b, v1.b[5]", true),
        (0x4E1F_0420, "dup v0.16b, v1.b[15]", true),
        (0x0E0E_0420, "dup v0.4h, v1.h[3]", true),
        (0x4E1E_0420, "dup v0.8h, v1.h[7]", true),
        (0x0E0C_0420, "dup v0.2s, v1.s[1]", true),
        (0x4E1C_0420, "dup v0.4s, v1.s[3]", true),
        (0x4E18_0420, "dup v0.2d, v1.d[1]", true),
        (0x0E07_3C20, "umov w0, v1.b[3]", true),
        (0x0E1A_3C20, "umov w0, v1.h[6]", true),
        (0x0E1C_3C20, "umov w0, v1.s[3]", true),
        (0x4E18_3C20, "umov x0, v1.d[1]", true),
        (0x9E66_0020, "fmov x0, d1", true),
        (0x9E67_0020, "fmov d0, x1", true),
        (0x9EAF_0020, "fmov v0.d[1], x1", true),
        (0x9EAE_0020, "fmov x0, v1.d[1]", true),
        (0x4E13_1C20, "ins v0.b[9], w1", true),
        (0x4E0A_1C20, "ins v0.h[2], w1", true),
        (0x4E1C_1C20, "ins v0.s[3], w1", true),
        (0x4E18_1C20, "ins v0.d[1], x1", true),
        (0x4F01_E780, "movi v0.16b, #0x3c", true),
        (0x0F01_E780, "movi v0.8b, #0x3c", true),
        (0x6F05_E540, "movi v0.2d, #0xff00ff00ff00ff00", true),
        (0x6F00_2640, "mvni v0.4s, #0x12, lsl #8", true),
        (0x4F03_F700, "fmov v0.4s, #1.5", true),
        (0x6F04_F500, "fmov v0.2d, #-3.0", true),
    ]

    static let singles: [UInt32] = [0, 0x8000_0000, 0x3F80_0000, 0xBF80_0000, 0x7F7F_FFFF, 0x0080_0000, 0x0000_0001,
                                    0x7F80_0000, 0xFF80_0000, 0x7FC0_0123, 0xFFC0_0456, 0x7F80_0789, 0x0C00_0000, 0x7000_0000]
    static let doubles: [UInt64] = [0, 0x8000_0000_0000_0000, 0x3FF0_0000_0000_0000, 0xBFF0_0000_0000_0000,
                                    0x7FEF_FFFF_FFFF_FFFF, 0x0010_0000_0000_0000, 0x0000_0000_0000_0001,
                                    0x7FF0_0000_0000_0000, 0xFFF0_0000_0000_0000, 0x7FF8_0000_0000_0123,
                                    0xFFF8_0000_0000_0456, 0x7FF0_0000_0000_0789, 0x2000_0000_0000_0000]
    /// RN, RP, RM, RZ, FZ, DN, and all three together with RZ.
    static let controls: [UInt32] = [0, 1 << 22, 2 << 22, 3 << 22, 1 << 24, 1 << 25, 3 << 22 | 3 << 24]
    static let boundaryBytes: [UInt8] = [0, 0xFF, 0x80, 0x7F, 0x01]

    static var casesPerOp: Int {
        if let v = ProcessInfo.processInfo.environment["XRUN_SIMD_NATIVE_CASES"], let n = Int(v), n > 0 { return n }
        return 8
    }

    /// xorshift64* (Vigna): the same sequence on every run.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state >> 12
            state ^= state << 25
            state ^= state >> 27
            return state &* 0x2545_F491_4F6C_DD1D
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    /// A random 64-bit half: random bytes, some replaced by boundary bytes.
    static func integerHalf(_ g: inout Random) -> UInt64 {
        var x = g.next()
        for i in 0..<8 where g.below(3) == 0 {
            x = x & ~(0xFF << (8 * UInt64(i))) | UInt64(boundaryBytes[g.below(boundaryBytes.count)]) << (8 * UInt64(i))
        }
        return x
    }
    /// A 64-bit half of FP lanes: specials or random values of the width.
    static func floatHalf(_ g: inout Random, double: Bool) -> UInt64 {
        if double { return g.below(4) == 0 ? g.next() : doubles[g.below(doubles.count)] }
        func lane(_ g: inout Random) -> UInt64 {
            UInt64(g.below(4) == 0 ? UInt32(truncatingIfNeeded: g.next()) : singles[g.below(singles.count)])
        }
        return lane(&g) | lane(&g) << 32
    }

    func testTemplatesAgainstFunctionsBothTiers() throws {
        let r = try SharedGuest.run()
        var g = Random(state: 0x5EED_5133)
        var templated = 0
        for (word, text, expectTemplate) in Self.ops {
            let pc = SharedGuest.place([word, a64End])
            var b = BlockBuilder(startPC: pc)
            _ = r.isa.decode(at: pc, code: CodeReader(memory: r.memory), into: &b)
            let hasTemplate = b.definitions.first?.takeUnretainedValue().native != nil
            let fused = text.hasPrefix("fmla") || text.hasPrefix("fmls")
            if expectTemplate && (HostCPU.hasFMA3 || !fused) && HostCPU.hasSSE41 {
                XCTAssertTrue(hasTemplate, "no native template for \(text)")
            }
            if hasTemplate { templated += 1 }
            let isFloat = text.hasPrefix("f") && !text.hasPrefix("fmov")
            let double = text.contains(".2d")
            for fpcr in isFloat || text.hasPrefix("scvtf") ? Self.controls : [0] {
                for _ in 0..<Self.casesPerOp {
                    let halves = (0..<6).map { _ in isFloat ? Self.floatHalf(&g, double: double) : Self.integerHalf(&g) }
                    let x1 = Self.integerHalf(&g)
                    r.runTwice(at: pc) { r in
                        r.setV(0, halves[0], halves[1]); r.setV(1, halves[2], halves[3]); r.setV(2, halves[4], halves[5])
                        r.setX(0, 0x1234); r.setX(1, x1)
                        r.cpu.fpcr = fpcr
                    }
                }
            }
        }
        XCTAssertGreaterThan(templated, Self.ops.count / 2)
    }

    /// A few results checked against the Arm ARM itself (in both tiers).
    func testKnownResults() throws {
        // CLZ of zero is the width; RBIT W keeps the upper half zero.
        for (word, x1, expected): (UInt32, UInt64, UInt64) in [(0xDAC0_1020, 0, 64), (0x5AC0_1020, 0xFFFF_FFFF_0000_0000, 32),
                                                                (0xDAC0_1020, 1, 63), (0x5AC0_1020, 0x8000, 16),
                                                                (0xDAC0_0020, 1, 1 << 63), (0x5AC0_0020, 0xFFFF_FFFF_0000_0003, 0xC000_0000)] {
            let r = try runFP([word], setup: { r in r.setX(1, x1) })
            XCTAssertEqual(r.x(0), expected, String(word, radix: 16))
        }
        // UMAXP .16b: pairs of Vn into the low half, of Vm into the high half.
        var r = try runFP([0x6E22_A420], setup: { r in
            r.setV(1, 0x0102_0304_0506_0708, 0xFF00_0000_0000_0080); r.setV(2, 0x1111_2222_3333_4444, 0)
        })
        XCTAssertEqual(r.vLo(0), 0xFF00_0080_0204_0608)
        XCTAssertEqual(r.vHi(0), 0x0000_0000_1122_3344)
        // FADD .4S with a quiet NaN lane: Arm keeps the NaN operand's payload.
        r = try runFP([0x4E22_D420], setup: { r in
            r.setV(1, 0x3F80_0000_7FC0_0123, 0x4000_0000_0000_0000); r.setV(2, 0x3F80_0000_3F80_0000, 0x4000_0000_8000_0000)
        })
        XCTAssertEqual(r.vLo(0), 0x4000_0000_7FC0_0123)
        XCTAssertEqual(r.vHi(0), 0x4080_0000_0000_0000)   // 0 + -0 = +0
    }
}
