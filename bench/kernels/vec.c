/* Auto-vectorisation: simple loops over in-cache arrays that GCC vectorises at -O3
 * (built twice, -O2 and -O3): int32 multiply-add, a float saxpy, an 8-bit sum of
 * absolute differences, a 16-bit dot product and min/max reductions.  The trip count
 * is only known at run time, so GCC 12's -O2 ("very cheap" vectoriser, which wants no
 * epilogue loop) leaves the loops scalar and -O3 vectorises them.
 * Usage: vec [reps]  (prints a checksum). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N 4096

static int32_t ia[N], ib[N], ic[N];
static float fx[N], fy[N];
static uint8_t p[N], q[N];
static int16_t s16a[N], s16b[N];

__attribute__((noinline)) static void madd(int32_t *restrict d, const int32_t *restrict a,
                                           const int32_t *restrict b, int k, int n)
{
    for (int i = 0; i < n; i++) d[i] = a[i] * b[i] + (d[i] >> 3) + k;
}

__attribute__((noinline)) static void saxpy(float *restrict y, const float *restrict x, float a, int n)
{
    for (int i = 0; i < n; i++) y[i] = a * x[i] + y[i] * 0.5f;
}

__attribute__((noinline)) static uint32_t sad(const uint8_t *restrict a, const uint8_t *restrict b, int n)
{
    uint32_t s = 0;
    for (int i = 0; i < n; i++) s += a[i] > b[i] ? a[i] - b[i] : b[i] - a[i];
    return s;
}

__attribute__((noinline)) static int64_t dot16(const int16_t *restrict a, const int16_t *restrict b, int n)
{
    int64_t s = 0;
    for (int i = 0; i < n; i++) s += (int32_t)a[i] * b[i];
    return s;
}

__attribute__((noinline)) static void minmax(const int32_t *a, int32_t *mn, int32_t *mx, int n)
{
    int32_t lo = a[0], hi = a[0];
    for (int i = 0; i < n; i++) { lo = a[i] < lo ? a[i] : lo; hi = a[i] > hi ? a[i] : hi; }
    *mn = lo; *mx = hi;
}

int main(int argc, char **argv)
{
    long reps = argc > 1 ? atol(argv[1]) : 4000;
    int n = N - (argc > 2 ? atoi(argv[2]) & 1023 : 0);     /* a trip count the compiler cannot see */
    uint32_t s = 12345;
    for (int i = 0; i < N; i++) {
        s = s * 1103515245u + 12345u;
        ia[i] = (int32_t)(s >> 8) % 1000; ib[i] = (int32_t)(s >> 4) % 777 - 300; ic[i] = 0;
        fx[i] = (float)(int)(s % 2001 - 1000) / 64.0f; fy[i] = 0;
        p[i] = (uint8_t)(s >> 16); q[i] = (uint8_t)(s >> 24);
        s16a[i] = (int16_t)(s >> 10); s16b[i] = (int16_t)(s >> 3);
    }
    uint64_t sum = 0;
    for (long r = 0; r < reps; r++) {
        madd(ic, ia, ib, (int)r, n);
        saxpy(fy, fx, 0.25f + (float)(r & 7), n);
        p[r % N] ^= (uint8_t)r;
        sum += sad(p, q, n);
        s16a[r % N] += 1;
        sum += (uint64_t)dot16(s16a, s16b, n);
        int32_t mn, mx;
        minmax(ic, &mn, &mx, n);
        sum += (uint64_t)(int64_t)mn * 3 + (uint64_t)(int64_t)mx;
    }
    uint32_t fbits = 0;
    for (int i = 0; i < N; i++) { uint32_t u; memcpy(&u, &fy[i], 4); fbits = fbits * 31 + u; }
    printf("vec %ld reps: %016llx %08x %d\n", reps, (unsigned long long)sum, fbits, ic[N - 1]);
    return 0;
}
