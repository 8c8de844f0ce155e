// Host atomics on raw guest memory, for guest exclusives, acquire/release accesses and
// LSE atomics (GuestAArch64/LoadStore). static inline so Swift callers get them inlined.
//
// Every read-modify-write is sequentially consistent: on x86-64 each one is a single
// lock-prefixed instruction (or a lock cmpxchg loop), which is a full barrier anyway,
// so the guest's acquire/release/plain variants all map onto the same host operation.
// Callers guarantee natural alignment (the guest gets an alignment fault otherwise), so
// no access here splits a cache line.
#ifndef XRUN_ATOMICS_H
#define XRUN_ATOMICS_H
#include <stdint.h>

// ---- Acquire loads and release stores ----------------------------------------------
// A64 LDAR is a plain x86 load (x86 loads are acquire). STLR must also stay ordered
// before a later LDAR (Arm's acquire/release are RCsc: DDI 0487, memory model), which x86's
// store buffer would break, so it is a seq_cst store (xchg).
#define XRUN_ACQREL(bits, T)                                                          \
    static inline T xrun_load_acquire_##bits(const void *_Nonnull p) {                \
        return __atomic_load_n((const T *)p, __ATOMIC_ACQUIRE);                       \
    }                                                                                 \
    static inline void xrun_store_release_##bits(void *_Nonnull p, T v) {             \
        __atomic_store_n((T *)p, v, __ATOMIC_SEQ_CST);                                \
    }
XRUN_ACQREL(8, uint8_t)
XRUN_ACQREL(16, uint16_t)
XRUN_ACQREL(32, uint32_t)
XRUN_ACQREL(64, uint64_t)
#undef XRUN_ACQREL

// Full barrier (DMB ISH / DMB SY when the host must order stores before loads).
static inline void xrun_fence_seq_cst(void) { __atomic_thread_fence(__ATOMIC_SEQ_CST); }

// ---- Read-modify-write: each returns the value memory held before -----------------
// xrun_cas_N returns the old value; the exchange happened iff old == expected.
#define XRUN_RMW(bits, T, S)                                                          \
    static inline T xrun_cas_##bits(void *_Nonnull p, T expected, T desired) {        \
        __atomic_compare_exchange_n((T *)p, &expected, desired, 0,                    \
                                    __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);              \
        return expected;                                                              \
    }                                                                                 \
    static inline T xrun_swp_##bits(void *_Nonnull p, T v) {                          \
        return __atomic_exchange_n((T *)p, v, __ATOMIC_SEQ_CST);                      \
    }                                                                                 \
    static inline T xrun_fetch_add_##bits(void *_Nonnull p, T v) {                    \
        return __atomic_fetch_add((T *)p, v, __ATOMIC_SEQ_CST);                       \
    }                                                                                 \
    /* LDCLR: memory &= ~v */                                                         \
    static inline T xrun_fetch_andnot_##bits(void *_Nonnull p, T v) {                 \
        return __atomic_fetch_and((T *)p, (T)~v, __ATOMIC_SEQ_CST);                   \
    }                                                                                 \
    static inline T xrun_fetch_xor_##bits(void *_Nonnull p, T v) {                    \
        return __atomic_fetch_xor((T *)p, v, __ATOMIC_SEQ_CST);                       \
    }                                                                                 \
    static inline T xrun_fetch_or_##bits(void *_Nonnull p, T v) {                     \
        return __atomic_fetch_or((T *)p, v, __ATOMIC_SEQ_CST);                        \
    }                                                                                 \
    /* min/max: a CAS loop. The store happens even when the value does not change, */ \
    /* as the guest's does (a read-only page faults as a write).                    */ \
    static inline T xrun_fetch_smax_##bits(void *_Nonnull p, T v) {                   \
        T old = __atomic_load_n((T *)p, __ATOMIC_RELAXED);                            \
        for (;;) {                                                                    \
            T n = (S)old > (S)v ? old : v;                                            \
            if (__atomic_compare_exchange_n((T *)p, &old, n, 1, __ATOMIC_SEQ_CST,     \
                                            __ATOMIC_RELAXED))                        \
                return old;                                                           \
        }                                                                             \
    }                                                                                 \
    static inline T xrun_fetch_smin_##bits(void *_Nonnull p, T v) {                   \
        T old = __atomic_load_n((T *)p, __ATOMIC_RELAXED);                            \
        for (;;) {                                                                    \
            T n = (S)old < (S)v ? old : v;                                            \
            if (__atomic_compare_exchange_n((T *)p, &old, n, 1, __ATOMIC_SEQ_CST,     \
                                            __ATOMIC_RELAXED))                        \
                return old;                                                           \
        }                                                                             \
    }                                                                                 \
    static inline T xrun_fetch_umax_##bits(void *_Nonnull p, T v) {                   \
        T old = __atomic_load_n((T *)p, __ATOMIC_RELAXED);                            \
        for (;;) {                                                                    \
            T n = old > v ? old : v;                                                  \
            if (__atomic_compare_exchange_n((T *)p, &old, n, 1, __ATOMIC_SEQ_CST,     \
                                            __ATOMIC_RELAXED))                        \
                return old;                                                           \
        }                                                                             \
    }                                                                                 \
    static inline T xrun_fetch_umin_##bits(void *_Nonnull p, T v) {                   \
        T old = __atomic_load_n((T *)p, __ATOMIC_RELAXED);                            \
        for (;;) {                                                                    \
            T n = old < v ? old : v;                                                  \
            if (__atomic_compare_exchange_n((T *)p, &old, n, 1, __ATOMIC_SEQ_CST,     \
                                            __ATOMIC_RELAXED))                        \
                return old;                                                           \
        }                                                                             \
    }
XRUN_RMW(8, uint8_t, int8_t)
XRUN_RMW(16, uint16_t, int16_t)
XRUN_RMW(32, uint32_t, int32_t)
XRUN_RMW(64, uint64_t, int64_t)
#undef XRUN_RMW

// ---- 128-bit compare-and-swap (CASP X, STXP/STLXP X) -------------------------------
// Two 64-bit halves: lo at the lower address. Returns the old contents; the exchange
// happened iff old == expected. p must be 16-byte aligned.
typedef struct {
    uint64_t lo, hi;
} xrun_u128;

static inline xrun_u128 xrun_cas_128(void *_Nonnull p, uint64_t exp_lo, uint64_t exp_hi,
                                     uint64_t new_lo, uint64_t new_hi) {
#if defined(__x86_64__)
    // The package compiles C with default flags (no -mcx16), under which the
    // __atomic builtins on unsigned __int128 become calls into libatomic (not linked).
    // CMPXCHG16B itself is in every x86-64 CPU since 2006 (x86-64-v2 baseline), and
    // inline assembly does not need the compiler flag. On failure it loads the current
    // value into RDX:RAX; on success RDX:RAX keep the expected (= old) value.
    uint64_t lo = exp_lo, hi = exp_hi;
    __asm__ __volatile__("lock cmpxchg16b %0"
                         : "+m"(*(volatile unsigned __int128 *)p), "+a"(lo), "+d"(hi)
                         : "b"(new_lo), "c"(new_hi)
                         : "memory", "cc");
    xrun_u128 r = {lo, hi};
    return r;
#else
    unsigned __int128 expected = ((unsigned __int128)exp_hi << 64) | exp_lo;
    unsigned __int128 desired = ((unsigned __int128)new_hi << 64) | new_lo;
    __atomic_compare_exchange((unsigned __int128 *)p, &expected, &desired, 0,
                              __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    xrun_u128 r = {(uint64_t)expected, (uint64_t)(expected >> 64)};
    return r;
#endif
}

#endif
