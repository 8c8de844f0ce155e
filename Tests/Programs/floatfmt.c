/* printf of doubles and floats in %f %e %g %a with many precisions and flags: large,
 * small, subnormal, halfway cases (round-half-even on exact binary values), infinities.
 * Values come through volatile storage and simple arithmetic; NaNs are printed only from
 * the NAN constant (a computed NaN's sign differs between x86 and Arm). Then strtod,
 * float<->double conversions and int<->float conversions. Exits with status 0. */
// xrun-test-cflags: -ffp-contract=off
#include <float.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static volatile double dv[] = {
    0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 1e-5, 123456.789,
    1e15, 1e16, 1e21, 1e22, 1e23, 9007199254740993.0, 1e100, 1e300, 1e-300, 4.9e-324,
    2.2250738585072014e-308, 2.2250738585072009e-308, DBL_MAX, 3.14159265358979323846,
    2.718281828459045, 0.30000000000000004, 999999.9999995, 0.0009765625, 1048576.0,
};
static volatile float fv[] = {
    0.0f, 1.1f, -3.75f, 16777217.0f, 3.4028235e38f, 1.17549435e-38f, 1.4e-45f, 0.1f, 2.5f,
    123.456f, 1e10f,
};
static const char *const fmts[] = {
    "%f", "%.0f", "%.1f", "%.3f", "%.10f", "%e", "%.0e", "%.3e", "%.15e", "%g", "%.3g",
    "%.17g", "%a", "%.3a", "%12.4f", "%-12.2e|", "%+g", "% g", "%#g", "%#.0f", "%010.3f",
};

int main(void)
{
    char buf[512];
    for (unsigned i = 0; i < sizeof dv / sizeof dv[0]; i++) {
        double d = dv[i];
        printf("d[%u]:", i);
        for (unsigned f = 0; f < sizeof fmts / sizeof fmts[0]; f++) {
            if (d > 1e50 && (fmts[f][1] == 'f' || fmts[f][2] == 'f' || fmts[f][3] == 'f')) continue;
            snprintf(buf, sizeof buf, fmts[f], d);
            printf(" %s", buf);
        }
        printf("\n");
    }
    printf("DBL_MAX %%f: %f\n", dv[25]);
    for (unsigned i = 0; i < sizeof fv / sizeof fv[0]; i++) {
        float x = fv[i];
        printf("f[%u]: %f %e %g %.9g %a\n", i, x, x, x, x, x);
    }
    volatile double inf = HUGE_VAL, zero = 0.0;
    printf("inf: %f %e %g %a %F %E %G\n", inf, -inf, inf, -inf, inf, inf, -inf);
    printf("nan: %f %e %G %5.2f|\n", NAN, NAN, NAN, NAN);
    printf("1/-0: %f, -0 == 0: %d\n", 1.0 / -zero, -zero == zero);

    /* Arithmetic results, printed exactly. */
    volatile double a = 1.0, b = 3.0, c = 1e308, t = 0.1;
    printf("1/3 = %.17g = %a\n", a / b, a / b);
    printf("2/3 = %.17g\n", (a + a) / b);
    printf("0.1*3 = %.17g\n", t * b);
    printf("1e308*10 = %g, 1e308*-10 = %g\n", c * 10, c * -10);
    printf("sub/normal: %a %a\n", DBL_MIN / (a + a), DBL_MIN / (b * 1e10));
    float fa = 1.0f, fb = 3.0f;
    volatile float fx = fa / fb;
    printf("1f/3f = %.9g = %a, (double) = %.17g\n", fx, fx, (double)fx);
    volatile double big = 1e40;
    printf("(float)1e40 = %f, (float)(1/3) = %a\n", (float)big, (float)(a / b));

    /* strtod round trips, including hard decimal cases. */
    const char *in[] = {"0.1", "1e23", "2.2250738585072011e-308", "4.9406564584124654e-324",
                        "1.7976931348623157e308", "1.7976931348623159e308", "0x1.fffffffffffffp-1",
                        "123456789012345678901234567890", "-0", "inf", "  42.5xyz", "9007199254740993"};
    for (unsigned i = 0; i < sizeof in / sizeof in[0]; i++) {
        char *end;
        double d = strtod(in[i], &end);
        float f = strtof(in[i], NULL);
        printf("strtod(\"%s\") = %a (%.17g) rest \"%s\"; strtof = %a\n", in[i], d, d, end, f);
    }

    /* Conversions between integers and floating point (all values in range). */
    volatile int64_t i64[] = {0, 1, -1, 9007199254740993ll, INT64_MAX, INT64_MIN, 123456789};
    volatile uint64_t u64 = UINT64_MAX;
    for (unsigned i = 0; i < sizeof i64 / sizeof i64[0]; i++)
        printf("i64 %" PRId64 " -> double %a float %a\n", i64[i], (double)i64[i], (float)i64[i]);
    printf("u64 max -> double %a float %a\n", (double)u64, (float)u64);
    volatile double cv[] = {-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 1e18, -1e18, 4294967295.75};
    for (unsigned i = 0; i < sizeof cv / sizeof cv[0]; i++)
        printf("double %.2f -> int64 %" PRId64 " uint32 %" PRIu32 "\n", cv[i], (int64_t)cv[i],
               cv[i] >= 0 && cv[i] < 4294967296.0 ? (uint32_t)cv[i] : 0u);
    return 0;
}
