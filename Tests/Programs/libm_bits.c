/* libm bit identity (HostCallTests): the libm functions xrun can run on the host
 * (-thunk libm) evaluated on special values (signed zeros, infinities, NaN, subnormals,
 * overflow/underflow thresholds, exact cases: C11 Annex F fixes these results and
 * errno, C11 7.12.1) and on random inputs of several ranges. Per function and
 * section it prints a hash of the result bits and errno, and the count of inputs.
 * Usage: libm_bits [random-count]  (default 20000 per function). */
// xrun-test-cflags: -fno-builtin -ffp-contract=off
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t bits(double d) { uint64_t u; memcpy(&u, &d, 8); return u; }
static double from(uint64_t u) { double d; memcpy(&d, &u, 8); return d; }
static uint64_t mix(uint64_t h, uint64_t v) { return (h ^ v) * 0x100000001b3ull; }

typedef double (*f1)(double);
typedef double (*f2)(double, double);
static const struct { const char *name; f1 one; f2 two; } fns[] = {
    {"sin", sin, 0}, {"cos", cos, 0}, {"tan", tan, 0}, {"exp", exp, 0}, {"log", log, 0},
    {"log10", log10, 0}, {"pow", 0, pow}, {"atan2", 0, atan2},
};

static const double specials[] = {
    0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 10.0, 3.0, -3.0, INFINITY, -INFINITY, NAN, -NAN,
    DBL_MIN, -DBL_MIN, DBL_MAX, -DBL_MAX, 4.9406564584124654e-324, -4.9406564584124654e-324,
    2.2250738585072009e-308, 709.782712893384, 709.7827128933841, -745.1332191019411, -745.1332191019412,
    -708.3964185322641, 1e22, -1e22, 1e300, 3.141592653589793, 1.5707963267948966, 0.7853981633974483,
    1e-300, 1e-8, 0.9999999999999999, 1.0000000000000002, 1024.0, -1074.0, -1075.0, 0.1, 1e308,
};
#define NSPECIAL (sizeof specials / sizeof specials[0])

static uint64_t rng = 0x9e3779b97f4a7c15ull;
static uint64_t next(void) { rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17; return rng; }

static double random_input(int kind) {
    uint64_t r = next();
    switch (kind % 5) {
    case 0: return from(r);                                           /* any bit pattern */
    case 1: return ((double)(r >> 11) / 9007199254740992.0) * 20 - 10;   /* [-10, 10) */
    case 2: return ((double)(r >> 11) / 9007199254740992.0) * 2000 - 1000;
    case 3: return ldexp((double)(r >> 11) / 9007199254740992.0, (int)(r & 63) - 32);
    default: return ((double)(r >> 11) / 9007199254740992.0) * 1e6;
    }
}

int main(int argc, char **argv) {
    long count = argc > 1 ? atol(argv[1]) : 20000;
    for (size_t f = 0; f < sizeof fns / sizeof fns[0]; f++) {
        uint64_t h = 0xcbf29ce484222325ull;
        long n = 0;
        for (size_t i = 0; i < NSPECIAL; i++) {
            for (size_t j = 0; j < (fns[f].two ? NSPECIAL : 1); j++) {
                errno = 0;
                double r = fns[f].two ? fns[f].two(specials[i], specials[j]) : fns[f].one(specials[i]);
                /* NaN payloads and signs are not specified (Annex F): any NaN is NaN. */
                h = mix(mix(h, isnan(r) ? 0x7ff8000000000000ull : bits(r)), (uint64_t)errno);
                n++;
            }
        }
        printf("special %s %ld %016llx\n", fns[f].name, n, (unsigned long long)h);
    }
    for (size_t f = 0; f < sizeof fns / sizeof fns[0]; f++) {
        uint64_t h = 0xcbf29ce484222325ull;
        rng = 0x9e3779b97f4a7c15ull + f;
        long differ_hint = 0;
        for (long i = 0; i < count; i++) {
            double x = random_input((int)i), y = random_input((int)(i / 5));
            errno = 0;
            double r = fns[f].two ? fns[f].two(x, fns[f].two == pow ? y / 64 : y) : fns[f].one(x);
            h = mix(mix(h, isnan(r) ? 0x7ff8000000000000ull : bits(r)), (uint64_t)errno);
            differ_hint += isnan(r);
        }
        printf("random %s %ld %016llx nan %ld\n", fns[f].name, count, (unsigned long long)h, differ_hint);
    }
    return 0;
}
