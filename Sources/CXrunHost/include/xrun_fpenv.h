#ifndef XRUN_FPENV_H
#define XRUN_FPENV_H
// The host floating-point environment xrun hands to guest code is SSE's MXCSR alone:
// guest FP arithmetic runs as SSE instructions (Swift's Float/Double on x86-64 and the
// native templates), never on the x87 unit. glibc's fetestexcept/feclearexcept/
// fesetexceptflag/fesetround keep x87 and SSE in step, which costs an fnstenv/fldenv
// pair (tens of cycles) on every trap and translation; these touch MXCSR only.
// MXCSR's flag bits 0-5 (IE DE ZE OE UE PE) are at the positions of glibc's FE_*
// constants on x86-64, and its rounding control (bits 13-14) is the x87 RC field
// (FE_TONEAREST 0, FE_DOWNWARD 0x400, FE_UPWARD 0x800, FE_TOWARDZERO 0xC00) shifted
// left by 3 (Intel SDM vol. 1, 10.2.3 "MXCSR Control and Status Register").
// The "memory" clobbers keep guest-register loads and stores on their side of each
// access, as the opaque libm calls did (FPEnv in GuestAArch64 relies on that order).
#include <stdint.h>

static inline uint32_t xrun_mxcsr_read(void) {
    uint32_t m;
    __asm__ volatile("stmxcsr %0" : "=m"(m) : : "memory");
    return m;
}

static inline void xrun_mxcsr_write(uint32_t m) { __asm__ volatile("ldmxcsr %0" : : "m"(m) : "memory"); }

/// The sticky exception flags in `mask` (FE_* bits) that are set.
static inline uint32_t xrun_fpflags_test(uint32_t mask) { return xrun_mxcsr_read() & mask & 0x3F; }

/// Clears the sticky flags in `mask`; no write when none is set (the common case).
static inline void xrun_fpflags_clear(uint32_t mask) {
    uint32_t m = xrun_mxcsr_read();
    if (m & mask & 0x3F) xrun_mxcsr_write(m & ~(mask & 0x3F));
}

/// Makes the sticky flags in `mask` exactly `flags`.
static inline void xrun_fpflags_set(uint32_t flags, uint32_t mask) {
    uint32_t m = xrun_mxcsr_read();
    uint32_t n = (m & ~(mask & 0x3F)) | (flags & mask & 0x3F);
    if (n != m) xrun_mxcsr_write(n);
}

/// Sets the rounding mode from an FE_* rounding constant.
static inline void xrun_fpround_set(uint32_t fe_mode) {
    uint32_t m = xrun_mxcsr_read();
    uint32_t n = (m & ~0x6000u) | ((fe_mode & 0xC00u) << 3);
    if (n != m) xrun_mxcsr_write(n);
}

#endif
