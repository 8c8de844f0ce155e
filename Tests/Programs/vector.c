/* Loops that gcc -O3 auto-vectorises (ASIMD on AArch64, SSE2 on x86-64): integer sums
 * and dot products in several widths, saxpy, min/max, byte histograms, saturating and
 * absolute-difference byte ops, widening multiplies, conversions, compare-and-select,
 * reversal and strided access. Float inputs are small multiples of 1/4, so every result
 * is exact and fused or unfused multiply-adds give the same bits. Exits with status 0. */
// xrun-test-cflags: -O3
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include "common.h"

#define N 4099   /* not a multiple of any vector length: the scalar tails run too */

static int32_t i32a[N], i32b[N];
static int16_t i16a[N], i16b[N];
static uint8_t u8a[N], u8b[N], u8c[N];
static int64_t i64a[N];
static float fa[N], fb[N], fc[N];
static double da[N], db[N];

__attribute__((noinline)) static int64_t sum_i32(const int32_t *a, int n) { int64_t s = 0; for (int i = 0; i < n; i++) s += a[i]; return s; }
__attribute__((noinline)) static int32_t sum_i32_wrap(const int32_t *a, int n) { uint32_t s = 0; for (int i = 0; i < n; i++) s += (uint32_t)a[i]; return (int32_t)s; }
__attribute__((noinline)) static int64_t dot_i32(const int32_t *a, const int32_t *b, int n) { int64_t s = 0; for (int i = 0; i < n; i++) s += (int64_t)a[i] * b[i]; return s; }
__attribute__((noinline)) static int32_t dot_i16(const int16_t *a, const int16_t *b, int n) { int32_t s = 0; for (int i = 0; i < n; i++) s += a[i] * b[i]; return s; }
__attribute__((noinline)) static uint32_t sum_u8(const uint8_t *a, int n) { uint32_t s = 0; for (int i = 0; i < n; i++) s += a[i]; return s; }
__attribute__((noinline)) static uint32_t sad_u8(const uint8_t *a, const uint8_t *b, int n) { uint32_t s = 0; for (int i = 0; i < n; i++) s += (uint32_t)abs(a[i] - b[i]); return s; }
__attribute__((noinline)) static void saxpy(float a, const float *x, float *y, int n) { for (int i = 0; i < n; i++) y[i] = a * x[i] + y[i]; }
__attribute__((noinline)) static void daxpy(double a, const double *x, double *y, int n) { for (int i = 0; i < n; i++) y[i] = a * x[i] + y[i]; }
__attribute__((noinline)) static float dot_f(const float *a, const float *b, int n) { float s = 0; for (int i = 0; i < n; i++) s += a[i] * b[i]; return s; }
__attribute__((noinline)) static void minmax_i32(const int32_t *a, int n, int32_t *mn, int32_t *mx)
{
    int32_t lo = a[0], hi = a[0];
    for (int i = 1; i < n; i++) { lo = a[i] < lo ? a[i] : lo; hi = a[i] > hi ? a[i] : hi; }
    *mn = lo; *mx = hi;
}
__attribute__((noinline)) static void minmax_u8(const uint8_t *a, int n, uint8_t *mn, uint8_t *mx)
{
    uint8_t lo = 255, hi = 0;
    for (int i = 0; i < n; i++) { lo = a[i] < lo ? a[i] : lo; hi = a[i] > hi ? a[i] : hi; }
    *mn = lo; *mx = hi;
}
__attribute__((noinline)) static float max_f(const float *a, int n) { float m = a[0]; for (int i = 1; i < n; i++) m = a[i] > m ? a[i] : m; return m; }
__attribute__((noinline)) static void histogram(const uint8_t *a, int n, uint32_t *h) { for (int i = 0; i < n; i++) h[a[i]]++; }
__attribute__((noinline)) static void sat_add_u8(const uint8_t *a, const uint8_t *b, uint8_t *c, int n)
{
    for (int i = 0; i < n; i++) { unsigned s = (unsigned)a[i] + b[i]; c[i] = (uint8_t)(s > 255 ? 255 : s); }
}
__attribute__((noinline)) static void avg_u8(const uint8_t *a, const uint8_t *b, uint8_t *c, int n)
{
    for (int i = 0; i < n; i++) c[i] = (uint8_t)((a[i] + b[i] + 1) >> 1);
}
__attribute__((noinline)) static void mulhi_i16(const int16_t *a, const int16_t *b, int16_t *c, int n)
{
    for (int i = 0; i < n; i++) c[i] = (int16_t)((a[i] * b[i]) >> 16);
}
__attribute__((noinline)) static void widen_mul(const int32_t *a, const int32_t *b, int64_t *c, int n)
{
    for (int i = 0; i < n; i++) c[i] = (int64_t)a[i] * b[i];
}
__attribute__((noinline)) static void select_i32(const int32_t *a, const int32_t *b, int32_t *c, int n)
{
    for (int i = 0; i < n; i++) c[i] = a[i] > b[i] ? a[i] - b[i] : (b[i] ^ 0x55);
}
__attribute__((noinline)) static void shifts_i32(const int32_t *a, int32_t *c, int n)
{
    for (int i = 0; i < n; i++) c[i] = (a[i] >> 3) + (int32_t)((uint32_t)a[i] >> 27) + (int32_t)((uint32_t)a[i] << 5);
}
__attribute__((noinline)) static void convert(const int32_t *a, float *f, double *d, int32_t *back, int n)
{
    for (int i = 0; i < n; i++) { f[i] = (float)a[i] * 0.25f; d[i] = (double)a[i] * 0.5; back[i] = (int32_t)(f[i] * 2.0f); }
}
__attribute__((noinline)) static void reverse_i16(const int16_t *a, int16_t *c, int n) { for (int i = 0; i < n; i++) c[i] = a[n - 1 - i]; }
__attribute__((noinline)) static int64_t strided(const int32_t *a, int n) { int64_t s = 0; for (int i = 0; i + 1 < n; i += 2) s += a[i] - a[i + 1]; return s; }
__attribute__((noinline)) static int count_eq(const uint8_t *a, const uint8_t *b, int n) { int c = 0; for (int i = 0; i < n; i++) c += a[i] == b[i]; return c; }

int main(void)
{
    for (int i = 0; i < N; i++) {
        i32a[i] = (int32_t)(rng() % 2000001) - 1000000;
        i32b[i] = (int32_t)(rng() % 20001) - 10000;
        i16a[i] = (int16_t)rng();
        i16b[i] = (int16_t)(rng() % 201 - 100);
        u8a[i] = (uint8_t)rng();
        u8b[i] = (uint8_t)(rng() % 64 + 160);
        fa[i] = (float)((int)(rng() % 65) - 32) * 0.25f;
        fb[i] = (float)((int)(rng() % 33) - 16) * 0.25f;
        da[i] = (double)((int)(rng() % 1001) - 500) * 0.25;
        db[i] = (double)((int)(rng() % 1001) - 500) * 0.5;
    }
    hash_t h;

    printf("sum i32: %" PRId64 ", wrapping: %" PRId32 "\n", sum_i32(i32a, N), sum_i32_wrap(i32a, N));
    printf("dot i32: %" PRId64 ", dot i16: %" PRId32 "\n", dot_i32(i32a, i32b, N), dot_i16(i16b, i16b, N));
    printf("sum u8: %" PRIu32 ", sad u8: %" PRIu32 "\n", sum_u8(u8a, N), sad_u8(u8a, u8b, N));
    for (int len = 0; len < 40; len++) printf("%" PRIu32 "%c", sum_u8(u8a + len, len), len == 39 ? '\n' : ' ');

    int32_t mn, mx;
    minmax_i32(i32a, N, &mn, &mx);
    uint8_t bmn, bmx;
    minmax_u8(u8b, N, &bmn, &bmx);
    printf("min/max i32: %" PRId32 " %" PRId32 ", u8: %u %u, max f: %g\n", mn, mx, bmn, bmx, (double)max_f(fa, N));

    printf("dot f: %.2f\n", (double)dot_f(fa, fb, N));
    for (int i = 0; i < N; i++) fc[i] = fb[i];
    saxpy(2.5f, fa, fc, N);
    hash_init(&h);
    hash_bytes(&h, fc, sizeof fc);
    printf("saxpy: %.2f %.2f %.2f hash %016" PRIx64 "\n", (double)fc[0], (double)fc[1], (double)fc[N - 1], h.h);
    daxpy(-1.5, da, db, N);
    hash_init(&h);
    hash_bytes(&h, db, sizeof db);
    printf("daxpy: %.3f %.3f hash %016" PRIx64 "\n", db[0], db[N - 1], h.h);

    uint32_t hist[256] = {0};
    histogram(u8a, N, hist);
    uint32_t most = 0;
    int most_at = 0;
    for (int i = 0; i < 256; i++) if (hist[i] > most) { most = hist[i]; most_at = i; }
    hash_init(&h);
    hash_bytes(&h, hist, sizeof hist);
    printf("histogram: most common byte %d (%" PRIu32 " times), hash %016" PRIx64 "\n", most_at, most, h.h);

    sat_add_u8(u8a, u8b, u8c, N);
    hash_init(&h); hash_bytes(&h, u8c, N);
    printf("saturating add: %u %u %u hash %016" PRIx64 "\n", u8c[0], u8c[1], u8c[2], h.h);
    avg_u8(u8a, u8b, u8c, N);
    hash_init(&h); hash_bytes(&h, u8c, N);
    printf("rounding average: hash %016" PRIx64 ", equal bytes %d\n", h.h, count_eq(u8a, u8c, N));

    int16_t s16[N];
    mulhi_i16(i16a, i16b, s16, N);
    hash_init(&h); hash_bytes(&h, s16, sizeof s16);
    printf("mulhi i16: hash %016" PRIx64 "\n", h.h);
    reverse_i16(i16a, s16, N);
    printf("reverse i16: %d %d\n", s16[0], s16[N - 1]);

    widen_mul(i32a, i32b, i64a, N);
    hash_init(&h); hash_bytes(&h, i64a, sizeof i64a);
    printf("widening multiply: hash %016" PRIx64 "\n", h.h);

    int32_t c32[N];
    select_i32(i32a, i32b, c32, N);
    hash_init(&h); hash_bytes(&h, c32, sizeof c32);
    printf("select: hash %016" PRIx64 "\n", h.h);
    shifts_i32(i32a, c32, N);
    hash_init(&h); hash_bytes(&h, c32, sizeof c32);
    printf("shifts: hash %016" PRIx64 "\n", h.h);
    convert(i32b, fc, da, c32, N);
    hash_init(&h); hash_bytes(&h, fc, sizeof fc); hash_bytes(&h, da, sizeof da); hash_bytes(&h, c32, sizeof c32);
    printf("conversions: hash %016" PRIx64 "\n", h.h);
    printf("strided: %" PRId64 "\n", strided(i32a, N));
    return 0;
}
