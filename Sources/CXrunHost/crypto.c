// A64 cryptographic extension kernels with host instructions and portable versions;
// see xrun_crypto.h. The mapping from the Arm operations (DDI 0487, C7.2 AESE, AESD,
// AESMC, AESIMC, PMULL, SHA256H, SHA256H2, SHA256SU0, SHA256SU1) onto the x86 ones is
// exact: both architectures keep the AES state in FIPS-197 byte order, and the SHA-256
// steps are the same modular sums, only split and laid out differently.
#include "xrun_crypto.h"
#include <string.h>

#if defined(__x86_64__)
#include <cpuid.h>
#include <immintrin.h>
#endif

unsigned xrun_crypto_host_caps(void) {
    static int cached = -1;       // benign race: every thread computes the same value
    int c = __atomic_load_n(&cached, __ATOMIC_RELAXED);
    if (c >= 0) return (unsigned)c;
    unsigned caps = 0;
#if defined(__x86_64__)
    unsigned a, b, cx, dx;
    if (__get_cpuid(1, &a, &b, &cx, &dx)) {
        if (cx & (1u << 25)) caps |= XRUN_HOST_AES;          // CPUID.1:ECX.AES
        if (cx & (1u << 1)) caps |= XRUN_HOST_PCLMUL;        // CPUID.1:ECX.PCLMULQDQ
        int sse = (cx & (1u << 9)) && (cx & (1u << 19));     // SSSE3, SSE4.1
        if (sse && __get_cpuid_count(7, 0, &a, &b, &cx, &dx) && (b & (1u << 29)))
            caps |= XRUN_HOST_SHA;                           // CPUID.(7,0):EBX.SHA
    }
#endif
    __atomic_store_n(&cached, (int)caps, __ATOMIC_RELAXED);
    return caps;
}

// ---- AES ------------------------------------------------------------------------

#if defined(__x86_64__)
#define XRUN_AES __attribute__((target("aes,sse2")))
// AESENCLAST(x, 0) = SubBytes(ShiftRows(x)) and AESDECLAST(x, 0) =
// InvSubBytes(InvShiftRows(x)): AESE/AESD with the AddRoundKey moved in front.
XRUN_AES void xrun_aese_ni(void *d, const void *n) {
    __m128i x = _mm_xor_si128(_mm_loadu_si128(d), _mm_loadu_si128(n));
    _mm_storeu_si128(d, _mm_aesenclast_si128(x, _mm_setzero_si128()));
}
XRUN_AES void xrun_aesd_ni(void *d, const void *n) {
    __m128i x = _mm_xor_si128(_mm_loadu_si128(d), _mm_loadu_si128(n));
    _mm_storeu_si128(d, _mm_aesdeclast_si128(x, _mm_setzero_si128()));
}
// x86 has no lone MixColumns: AESENC(y, 0) = MixColumns(SubBytes(ShiftRows(y))), so
// undo the byte steps first with AESDECLAST (SubBytes and ShiftRows commute).
XRUN_AES void xrun_aesmc_ni(void *d, const void *n) {
    __m128i z = _mm_setzero_si128();
    __m128i y = _mm_aesdeclast_si128(_mm_loadu_si128(n), z);
    _mm_storeu_si128(d, _mm_aesenc_si128(y, z));
}
// AESIMC is InvMixColumns on both.
XRUN_AES void xrun_aesimc_ni(void *d, const void *n) {
    _mm_storeu_si128(d, _mm_aesimc_si128(_mm_loadu_si128(n)));
}
#else
void xrun_aese_ni(void *d, const void *n) { xrun_aese_soft(d, n); }
void xrun_aesd_ni(void *d, const void *n) { xrun_aesd_soft(d, n); }
void xrun_aesmc_ni(void *d, const void *n) { xrun_aesmc_soft(d, n); }
void xrun_aesimc_ni(void *d, const void *n) { xrun_aesimc_soft(d, n); }
#endif

// S-boxes of FIPS-197 5.1.1 (generated from the field inverse and affine map).
static const uint8_t aes_sbox[256] = {
    0x63, 0x7c, 0x77, 0x7b, 0xf2, 0x6b, 0x6f, 0xc5, 0x30, 0x01, 0x67, 0x2b, 0xfe, 0xd7, 0xab, 0x76,
    0xca, 0x82, 0xc9, 0x7d, 0xfa, 0x59, 0x47, 0xf0, 0xad, 0xd4, 0xa2, 0xaf, 0x9c, 0xa4, 0x72, 0xc0,
    0xb7, 0xfd, 0x93, 0x26, 0x36, 0x3f, 0xf7, 0xcc, 0x34, 0xa5, 0xe5, 0xf1, 0x71, 0xd8, 0x31, 0x15,
    0x04, 0xc7, 0x23, 0xc3, 0x18, 0x96, 0x05, 0x9a, 0x07, 0x12, 0x80, 0xe2, 0xeb, 0x27, 0xb2, 0x75,
    0x09, 0x83, 0x2c, 0x1a, 0x1b, 0x6e, 0x5a, 0xa0, 0x52, 0x3b, 0xd6, 0xb3, 0x29, 0xe3, 0x2f, 0x84,
    0x53, 0xd1, 0x00, 0xed, 0x20, 0xfc, 0xb1, 0x5b, 0x6a, 0xcb, 0xbe, 0x39, 0x4a, 0x4c, 0x58, 0xcf,
    0xd0, 0xef, 0xaa, 0xfb, 0x43, 0x4d, 0x33, 0x85, 0x45, 0xf9, 0x02, 0x7f, 0x50, 0x3c, 0x9f, 0xa8,
    0x51, 0xa3, 0x40, 0x8f, 0x92, 0x9d, 0x38, 0xf5, 0xbc, 0xb6, 0xda, 0x21, 0x10, 0xff, 0xf3, 0xd2,
    0xcd, 0x0c, 0x13, 0xec, 0x5f, 0x97, 0x44, 0x17, 0xc4, 0xa7, 0x7e, 0x3d, 0x64, 0x5d, 0x19, 0x73,
    0x60, 0x81, 0x4f, 0xdc, 0x22, 0x2a, 0x90, 0x88, 0x46, 0xee, 0xb8, 0x14, 0xde, 0x5e, 0x0b, 0xdb,
    0xe0, 0x32, 0x3a, 0x0a, 0x49, 0x06, 0x24, 0x5c, 0xc2, 0xd3, 0xac, 0x62, 0x91, 0x95, 0xe4, 0x79,
    0xe7, 0xc8, 0x37, 0x6d, 0x8d, 0xd5, 0x4e, 0xa9, 0x6c, 0x56, 0xf4, 0xea, 0x65, 0x7a, 0xae, 0x08,
    0xba, 0x78, 0x25, 0x2e, 0x1c, 0xa6, 0xb4, 0xc6, 0xe8, 0xdd, 0x74, 0x1f, 0x4b, 0xbd, 0x8b, 0x8a,
    0x70, 0x3e, 0xb5, 0x66, 0x48, 0x03, 0xf6, 0x0e, 0x61, 0x35, 0x57, 0xb9, 0x86, 0xc1, 0x1d, 0x9e,
    0xe1, 0xf8, 0x98, 0x11, 0x69, 0xd9, 0x8e, 0x94, 0x9b, 0x1e, 0x87, 0xe9, 0xce, 0x55, 0x28, 0xdf,
    0x8c, 0xa1, 0x89, 0x0d, 0xbf, 0xe6, 0x42, 0x68, 0x41, 0x99, 0x2d, 0x0f, 0xb0, 0x54, 0xbb, 0x16,
};
static const uint8_t aes_inv_sbox[256] = {
    0x52, 0x09, 0x6a, 0xd5, 0x30, 0x36, 0xa5, 0x38, 0xbf, 0x40, 0xa3, 0x9e, 0x81, 0xf3, 0xd7, 0xfb,
    0x7c, 0xe3, 0x39, 0x82, 0x9b, 0x2f, 0xff, 0x87, 0x34, 0x8e, 0x43, 0x44, 0xc4, 0xde, 0xe9, 0xcb,
    0x54, 0x7b, 0x94, 0x32, 0xa6, 0xc2, 0x23, 0x3d, 0xee, 0x4c, 0x95, 0x0b, 0x42, 0xfa, 0xc3, 0x4e,
    0x08, 0x2e, 0xa1, 0x66, 0x28, 0xd9, 0x24, 0xb2, 0x76, 0x5b, 0xa2, 0x49, 0x6d, 0x8b, 0xd1, 0x25,
    0x72, 0xf8, 0xf6, 0x64, 0x86, 0x68, 0x98, 0x16, 0xd4, 0xa4, 0x5c, 0xcc, 0x5d, 0x65, 0xb6, 0x92,
    0x6c, 0x70, 0x48, 0x50, 0xfd, 0xed, 0xb9, 0xda, 0x5e, 0x15, 0x46, 0x57, 0xa7, 0x8d, 0x9d, 0x84,
    0x90, 0xd8, 0xab, 0x00, 0x8c, 0xbc, 0xd3, 0x0a, 0xf7, 0xe4, 0x58, 0x05, 0xb8, 0xb3, 0x45, 0x06,
    0xd0, 0x2c, 0x1e, 0x8f, 0xca, 0x3f, 0x0f, 0x02, 0xc1, 0xaf, 0xbd, 0x03, 0x01, 0x13, 0x8a, 0x6b,
    0x3a, 0x91, 0x11, 0x41, 0x4f, 0x67, 0xdc, 0xea, 0x97, 0xf2, 0xcf, 0xce, 0xf0, 0xb4, 0xe6, 0x73,
    0x96, 0xac, 0x74, 0x22, 0xe7, 0xad, 0x35, 0x85, 0xe2, 0xf9, 0x37, 0xe8, 0x1c, 0x75, 0xdf, 0x6e,
    0x47, 0xf1, 0x1a, 0x71, 0x1d, 0x29, 0xc5, 0x89, 0x6f, 0xb7, 0x62, 0x0e, 0xaa, 0x18, 0xbe, 0x1b,
    0xfc, 0x56, 0x3e, 0x4b, 0xc6, 0xd2, 0x79, 0x20, 0x9a, 0xdb, 0xc0, 0xfe, 0x78, 0xcd, 0x5a, 0xf4,
    0x1f, 0xdd, 0xa8, 0x33, 0x88, 0x07, 0xc7, 0x31, 0xb1, 0x12, 0x10, 0x59, 0x27, 0x80, 0xec, 0x5f,
    0x60, 0x51, 0x7f, 0xa9, 0x19, 0xb5, 0x4a, 0x0d, 0x2d, 0xe5, 0x7a, 0x9f, 0x93, 0xc9, 0x9c, 0xef,
    0xa0, 0xe0, 0x3b, 0x4d, 0xae, 0x2a, 0xf5, 0xb0, 0xc8, 0xeb, 0xbb, 0x3c, 0x83, 0x53, 0x99, 0x61,
    0x17, 0x2b, 0x04, 0x7e, 0xba, 0x77, 0xd6, 0x26, 0xe1, 0x69, 0x14, 0x63, 0x55, 0x21, 0x0c, 0x7d,
};

// State byte 4c + r is row r of column c; ShiftRows moves row r left by r columns.
static const uint8_t shift_rows[16] = {0, 5, 10, 15, 4, 9, 14, 3, 8, 13, 2, 7, 12, 1, 6, 11};
static const uint8_t inv_shift_rows[16] = {0, 13, 10, 7, 4, 1, 14, 11, 8, 5, 2, 15, 12, 9, 6, 3};

static uint8_t xtime(uint8_t x) { return (uint8_t)((x << 1) ^ ((x >> 7) * 0x1b)); }
static uint8_t gmul(uint8_t x, uint8_t k) {   // x * k in GF(2^8), k < 16
    uint8_t r = 0;
    for (; k; k >>= 1, x = xtime(x)) if (k & 1) r ^= x;
    return r;
}

void xrun_aese_soft(void *d, const void *n) {
    uint8_t s[16], r[16];
    memcpy(s, d, 16); memcpy(r, n, 16);
    for (int i = 0; i < 16; i++) s[i] ^= r[i];
    for (int i = 0; i < 16; i++) r[i] = aes_sbox[s[shift_rows[i]]];
    memcpy(d, r, 16);
}
void xrun_aesd_soft(void *d, const void *n) {
    uint8_t s[16], r[16];
    memcpy(s, d, 16); memcpy(r, n, 16);
    for (int i = 0; i < 16; i++) s[i] ^= r[i];
    for (int i = 0; i < 16; i++) r[i] = aes_inv_sbox[s[inv_shift_rows[i]]];
    memcpy(d, r, 16);
}
// Column c: out[r] = sum over k of m[r][k] * in[k], m a circulant of the given row.
static void mix(void *d, const void *n, const uint8_t row[4]) {
    uint8_t s[16], r[16];
    memcpy(s, n, 16);
    for (int c = 0; c < 16; c += 4)
        for (int i = 0; i < 4; i++) {
            uint8_t v = 0;
            for (int k = 0; k < 4; k++) v ^= gmul(s[c + k], row[(k - i + 4) & 3]);
            r[c + i] = v;
        }
    memcpy(d, r, 16);
}
void xrun_aesmc_soft(void *d, const void *n) {
    static const uint8_t row[4] = {2, 3, 1, 1};
    mix(d, n, row);
}
void xrun_aesimc_soft(void *d, const void *n) {
    static const uint8_t row[4] = {14, 11, 13, 9};
    mix(d, n, row);
}

// ---- PMULL (64 x 64 -> 128) -------------------------------------------------------

#if defined(__x86_64__)
__attribute__((target("pclmul,sse2")))
void xrun_pmull64_clmul(void *d, uint64_t a, uint64_t b) {
    __m128i p = _mm_clmulepi64_si128(_mm_cvtsi64_si128((long long)a), _mm_cvtsi64_si128((long long)b), 0x00);
    _mm_storeu_si128(d, p);
}
#else
void xrun_pmull64_clmul(void *d, uint64_t a, uint64_t b) { xrun_pmull64_soft(d, a, b); }
#endif

void xrun_pmull64_soft(void *d, uint64_t a, uint64_t b) {
    uint64_t lo = 0, hi = 0;
    for (int i = 0; i < 64; i++)
        if (b >> i & 1) { lo ^= a << i; if (i) hi ^= a >> (64 - i); }
    memcpy(d, &lo, 8);
    memcpy((uint8_t *)d + 8, &hi, 8);
}

// ---- SHA-256 ------------------------------------------------------------------------

#if defined(__x86_64__)
#define XRUN_SHA __attribute__((target("sha,ssse3,sse4.1")))
// Four rounds from the A64 halves x = [a b c d], y = [e f g h] (lane 0 first) and
// wk = W+K for those rounds. SHA256RNDS2 runs two rounds on the x86 split
// ABEF (A in dword 3) / CDGH with WK in dwords 0-1 of its third operand, and returns
// the new ABEF; the new CDGH is the old ABEF. Returns ABEF after rounds 2 and 4.
XRUN_SHA static void sha256_4rounds(const uint32_t x[4], const uint32_t y[4], const void *w,
                                    __m128i *abef4, __m128i *abef2) {
    __m128i abef = _mm_set_epi32((int)x[0], (int)x[1], (int)y[0], (int)y[1]);
    __m128i cdgh = _mm_set_epi32((int)x[2], (int)x[3], (int)y[2], (int)y[3]);
    __m128i wk = _mm_loadu_si128(w);
    __m128i r2 = _mm_sha256rnds2_epu32(cdgh, abef, wk);
    *abef4 = _mm_sha256rnds2_epu32(abef, r2, _mm_shuffle_epi32(wk, 0x0e));
    *abef2 = r2;
}
// After four rounds: A B E F = dwords 3 2 1 0 of abef4, C D G H = the same of abef2.
XRUN_SHA void xrun_sha256h_ni(void *d, const void *n, const void *w) {
    uint32_t x[4], y[4];
    memcpy(x, d, 16); memcpy(y, n, 16);
    __m128i r4, r2;
    sha256_4rounds(x, y, w, &r4, &r2);
    uint32_t out[4] = {(uint32_t)_mm_extract_epi32(r4, 3), (uint32_t)_mm_extract_epi32(r4, 2),
                       (uint32_t)_mm_extract_epi32(r2, 3), (uint32_t)_mm_extract_epi32(r2, 2)};
    memcpy(d, out, 16);
}
XRUN_SHA void xrun_sha256h2_ni(void *d, const void *n, const void *w) {
    uint32_t x[4], y[4];
    memcpy(x, n, 16); memcpy(y, d, 16);
    __m128i r4, r2;
    sha256_4rounds(x, y, w, &r4, &r2);
    uint32_t out[4] = {(uint32_t)_mm_extract_epi32(r4, 1), (uint32_t)_mm_extract_epi32(r4, 0),
                       (uint32_t)_mm_extract_epi32(r2, 1), (uint32_t)_mm_extract_epi32(r2, 0)};
    memcpy(d, out, 16);
}
// SHA256SU0: lane i = d[i] + sigma0(lane i+1 of n:d) -- SHA256MSG1 exactly, same lane order.
XRUN_SHA void xrun_sha256su0_ni(void *d, const void *n) {
    _mm_storeu_si128(d, _mm_sha256msg1_epu32(_mm_loadu_si128(d), _mm_loadu_si128(n)));
}
// SHA256SU1 adds T0 = m<31:0>:n<127:32> to d, then the sigma1 terms of m<127:64> and of
// its own first two lanes -- SHA256MSG2 of (d + T0, m).
XRUN_SHA void xrun_sha256su1_ni(void *d, const void *n, const void *m) {
    __m128i vm = _mm_loadu_si128(m);
    __m128i t0 = _mm_alignr_epi8(vm, _mm_loadu_si128(n), 4);
    __m128i s = _mm_add_epi32(_mm_loadu_si128(d), t0);
    _mm_storeu_si128(d, _mm_sha256msg2_epu32(s, vm));
}
#else
// Never called: xrun_crypto_host_caps() reports no SHA-NI, so the decoder uses Swift.
void xrun_sha256h_ni(void *d, const void *n, const void *w) { (void)d; (void)n; (void)w; }
void xrun_sha256h2_ni(void *d, const void *n, const void *w) { (void)d; (void)n; (void)w; }
void xrun_sha256su0_ni(void *d, const void *n) { (void)d; (void)n; }
void xrun_sha256su1_ni(void *d, const void *n, const void *m) { (void)d; (void)n; (void)m; }
#endif
