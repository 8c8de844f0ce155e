/* Integer arithmetic and bit tricks, 64- and 32-bit: wrapping add/sub/mul, division and
 * remainder (never by zero or MIN/-1, which trap on x86), shifts, rotates, bit counts,
 * byte swaps, high multiplies, extensions. Operands come from volatile storage so the
 * compiler cannot fold them away. Exits with status 3. */
#include <inttypes.h>
#include <stdio.h>
#include "common.h"

static volatile uint64_t edge[] = {
    0, 1, 2, 3, 7, 0xff, 0x7fff, 0x8000, 0xffff, 0x12345678, 0x7fffffff, 0x80000000,
    0xffffffff, 0x100000000ull, 0x123456789abcdefull, 0x5555555555555555ull,
    0xaaaaaaaaaaaaaaaaull, 0x7fffffffffffffffull, 0x8000000000000000ull,
    0xfffffffffffffffeull, 0xffffffffffffffffull, (uint64_t)-7, (uint64_t)-12345678901ll,
    12345678901234567ull,
};
#define NEDGE (sizeof edge / sizeof edge[0])

static uint64_t rotl64(uint64_t x, unsigned r) { r &= 63; return r ? (x << r) | (x >> (64 - r)) : x; }
static uint32_t rotr32(uint32_t x, unsigned r) { r &= 31; return r ? (x >> r) | (x << (32 - r)) : x; }
static uint64_t rbit64(uint64_t x)
{
    uint64_t r = 0;
    for (int i = 0; i < 64; i++) { r = (r << 1) | (x & 1); x >>= 1; }
    return r;
}

static void pair64(hash_t *h, uint64_t a, uint64_t b)
{
    int64_t sa = (int64_t)a, sb = (int64_t)b;
    hash_u64(h, a + b); hash_u64(h, a - b); hash_u64(h, a * b);
    hash_u64(h, (uint64_t)(((unsigned __int128)a * b) >> 64));
    hash_u64(h, (uint64_t)(((__int128)sa * sb) >> 64));
    if (b) { hash_u64(h, a / b); hash_u64(h, a % b); }
    if (b && !(sa == INT64_MIN && sb == -1)) { hash_u64(h, (uint64_t)(sa / sb)); hash_u64(h, (uint64_t)(sa % sb)); }
    hash_u64(h, a << (b & 63)); hash_u64(h, a >> (b & 63)); hash_u64(h, (uint64_t)(sa >> (b & 63)));
    hash_u64(h, rotl64(a, (unsigned)b));
    hash_u64(h, a & ~b); hash_u64(h, a | ~b); hash_u64(h, a ^ ~b);
    hash_u64(h, (sa < sb) | (a < b) << 1 | (a == b) << 2);
    hash_u64(h, sa < sb ? a : b);
    int64_t r;
    hash_u64(h, (uint64_t)__builtin_add_overflow(sa, sb, &r)); hash_u64(h, (uint64_t)r);
    hash_u64(h, (uint64_t)__builtin_sub_overflow(sa, sb, &r)); hash_u64(h, (uint64_t)r);
    hash_u64(h, (uint64_t)__builtin_mul_overflow(sa, sb, &r)); hash_u64(h, (uint64_t)r);
    uint64_t u;
    hash_u64(h, (uint64_t)__builtin_add_overflow(a, b, &u)); hash_u64(h, u);
    hash_u64(h, (uint64_t)__builtin_mul_overflow(a, b, &u)); hash_u64(h, u);
}

static void pair32(hash_t *h, uint32_t a, uint32_t b)
{
    int32_t sa = (int32_t)a, sb = (int32_t)b;
    hash_u64(h, a + b); hash_u64(h, a - b); hash_u64(h, a * b);
    hash_u64(h, (uint64_t)a * b); hash_u64(h, (uint64_t)((int64_t)sa * sb));
    if (b) { hash_u64(h, a / b); hash_u64(h, a % b); }
    if (b && !(sa == INT32_MIN && sb == -1)) { hash_u64(h, (uint32_t)(sa / sb)); hash_u64(h, (uint32_t)(sa % sb)); }
    hash_u64(h, a << (b & 31)); hash_u64(h, a >> (b & 31)); hash_u64(h, (uint32_t)(sa >> (b & 31)));
    hash_u64(h, rotr32(a, b));
    hash_u64(h, (uint64_t)(int64_t)sa); hash_u64(h, (uint64_t)(int64_t)(int16_t)a);
    hash_u64(h, (uint64_t)(int64_t)(int8_t)a); hash_u64(h, (uint16_t)a);
    int32_t r;
    hash_u64(h, (uint64_t)__builtin_add_overflow(sa, sb, &r)); hash_u64(h, (uint32_t)r);
    hash_u64(h, (uint64_t)__builtin_mul_overflow(sa, sb, &r)); hash_u64(h, (uint32_t)r);
}

static void unary(hash_t *h, uint64_t a)
{
    uint32_t w = (uint32_t)a;
    hash_u64(h, a ? (uint64_t)__builtin_clzll(a) : 64);
    hash_u64(h, a ? (uint64_t)__builtin_ctzll(a) : 64);
    hash_u64(h, w ? (uint64_t)__builtin_clz(w) : 32);
    hash_u64(h, (uint64_t)__builtin_clrsbll((long long)a));
    hash_u64(h, (uint64_t)__builtin_popcountll(a));
    hash_u64(h, (uint64_t)__builtin_popcount(w));
    hash_u64(h, (uint64_t)__builtin_parityll(a));
    hash_u64(h, __builtin_bswap64(a)); hash_u64(h, __builtin_bswap32(w)); hash_u64(h, __builtin_bswap16((uint16_t)a));
    hash_u64(h, rbit64(a));
    hash_u64(h, -a); hash_u64(h, ~a);
    int64_t s = (int64_t)a;
    hash_u64(h, (uint64_t)(s < 0 ? -(uint64_t)s : (uint64_t)s));
    hash_u64(h, a & (a - 1)); hash_u64(h, a & -a); hash_u64(h, a | (a + 1));
}

int main(void)
{
    /* Readable spot checks first, then hashes over all edge pairs and random pairs. */
    uint64_t big = edge[17], one = edge[1], m7 = edge[21];
    int64_t sm7 = (int64_t)m7;
    printf("INT64_MAX + 1 = %" PRIx64 "\n", big + one);
    printf("-7 / 2 = %" PRId64 ", -7 %% 2 = %" PRId64 "\n", sm7 / 2, sm7 % 2);
    printf("-7 >> 1 = %" PRId64 ", (u)-7 >> 1 = %" PRIx64 "\n", sm7 >> 1, m7 >> 1);
    printf("0x123456789abcdef * 0x5555555555555555 = %" PRIx64 "\n", edge[14] * edge[15]);
    printf("umulh(-1, -1) = %" PRIx64 "\n", (uint64_t)(((unsigned __int128)edge[20] * edge[20]) >> 64));
    printf("smulh(-1, -1) = %" PRIx64 "\n", (uint64_t)(((__int128)(int64_t)edge[20] * (int64_t)edge[20]) >> 64));
    printf("0xffffffff + 1 (32-bit) = %" PRIx32 "\n", (uint32_t)edge[12] + (uint32_t)one);
    printf("(int32)0x80000000 / 3 = %" PRId32 "\n", (int32_t)(uint32_t)edge[11] / 3);
    printf("clz(1) = %d, ctz(0x8000) = %d, popcount(0x5555555555555555) = %d\n",
           __builtin_clzll(edge[1]), __builtin_ctzll(edge[7]), __builtin_popcountll(edge[15]));
    printf("bswap64(0x123456789abcdef) = %" PRIx64 "\n", __builtin_bswap64(edge[14]));
    printf("rbit64(1) = %" PRIx64 "\n", rbit64(edge[1]));

    hash_t h64, h32, hu;
    hash_init(&h64); hash_init(&h32); hash_init(&hu);
    for (unsigned i = 0; i < NEDGE; i++) {
        unary(&hu, edge[i]);
        for (unsigned j = 0; j < NEDGE; j++) {
            pair64(&h64, edge[i], edge[j]);
            pair32(&h32, (uint32_t)edge[i], (uint32_t)edge[j]);
            pair32(&h32, (uint32_t)(edge[i] >> 32), (uint32_t)edge[j]);
        }
    }
    printf("edge hashes: 64-bit %016" PRIx64 " 32-bit %016" PRIx64 " unary %016" PRIx64 "\n", h64.h, h32.h, hu.h);

    hash_init(&h64); hash_init(&h32); hash_init(&hu);
    for (int i = 0; i < 20000; i++) {
        uint64_t a = rng(), b = rng();
        if (i & 1) b >>= (a & 63);      /* small divisors and shift counts too */
        pair64(&h64, a, b);
        pair32(&h32, (uint32_t)a, (uint32_t)b);
        unary(&hu, a >> (b & 63));
    }
    printf("random hashes: 64-bit %016" PRIx64 " 32-bit %016" PRIx64 " unary %016" PRIx64 "\n", h64.h, h32.h, hu.h);
    return 3;
}
