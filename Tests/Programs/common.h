/* Shared helpers of the program tests. Every program prints only facts that are the same
 * when built natively for x86-64 (the oracle) and for AArch64 (run under the emulator):
 * no pointers, no timings, no NaN signs, no `char` signedness (unsigned on AArch64). */
#ifndef XRUN_TEST_COMMON_H
#define XRUN_TEST_COMMON_H
#include <stdint.h>

/* Deterministic PRNG (xorshift64*), so both builds see the same "random" inputs. */
static uint64_t rng_state = 0x9E3779B97F4A7C15ull;
static inline uint64_t rng(void)
{
    uint64_t x = rng_state;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    rng_state = x;
    return x * 0x2545F4914F6CDD1Dull;
}

/* FNV-1a, to fold many results into one printed number. */
typedef struct { uint64_t h; } hash_t;
static inline void hash_init(hash_t *s) { s->h = 0xcbf29ce484222325ull; }
static inline void hash_u64(hash_t *s, uint64_t v)
{
    for (int i = 0; i < 8; i++) {
        s->h ^= (v >> (8 * i)) & 0xff;
        s->h *= 0x100000001b3ull;
    }
}
static inline void hash_bytes(hash_t *s, const void *p, uint64_t n)
{
    const unsigned char *b = p;
    for (uint64_t i = 0; i < n; i++) {
        s->h ^= b[i];
        s->h *= 0x100000001b3ull;
    }
}
#endif
