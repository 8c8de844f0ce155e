/* math.h: correctly rounded operations (sqrt, fma, floor/ceil/round/trunc, rint/lrint,
 * fmod, remainder, frexp/ldexp, copysign...) are printed exactly with %a; transcendental
 * functions (sin, exp, log, pow, ...) with 12 significant digits, because libm may differ
 * in the last bit between its x86-64 and AArch64 builds. Rounding modes and exception
 * flags through fenv.h exercise FPCR/FPSR. NaNs are printed without sign. Exit status 0. */
// xrun-test-cflags: -ffp-contract=off -frounding-math
#include <fenv.h>
#include <float.h>
#include <math.h>
#include <stdio.h>

static volatile double xs[] = {0.0, -0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, -2.5, -3.5, 10.0, 0.1,
                               1e-10, 123.456, -987.654, 1e15 + 0.5, 4503599627370497.0, 1e300,
                               5e-324, HUGE_VAL, -HUGE_VAL, 0.7853981633974483};
#define NX (sizeof xs / sizeof xs[0])

static void pa(const char *name, double v)   /* exact */
{
    if (isnan(v)) printf(" %s=nan", name);
    else printf(" %s=%a", name, v);
}
static void pg(const char *name, double v)   /* 12 significant digits */
{
    if (isnan(v)) printf(" %s=nan", name);
    else printf(" %s=%.12g", name, v);
}
static void pf(const char *name, float v)
{
    if (isnan(v)) printf(" %s=nan", name);
    else printf(" %s=%.6g", name, (double)v);
}

int main(void)
{
    for (unsigned i = 0; i < NX; i++) {
        double x = xs[i];
        printf("x=%a:", x);
        pa("sqrt", sqrt(x)); pa("floor", floor(x)); pa("ceil", ceil(x)); pa("round", round(x));
        pa("trunc", trunc(x)); pa("rint", rint(x)); pa("nearbyint", nearbyint(x));
        pa("fabs", fabs(x)); pa("neg", -x); pa("fma", fma(x, x, -1.0)); pa("fma2", fma(x, 0.1, x));
        pa("fmod", fmod(x, 0.75)); pa("remainder", remainder(x, 0.75)); pa("copysign", copysign(3.0, x));
        int e;
        double m = frexp(x, &e);
        pa("frexp", m); printf(" exp=%d", isfinite(x) ? e : 0);
        pa("ldexp", ldexp(x, -1074)); pa("ldexp2", ldexp(x, 20));
        double ip;
        pa("modf", modf(x, &ip)); pa("ip", ip);
        pa("nextafter", nextafter(x, 0.0)); pa("sqrtf", sqrtf((float)x));
        pa("fmin", fmin(x, 1.0)); pa("fmax", fmax(x, 1.0));
        if (isfinite(x) && fabs(x) < 1e15) {
            printf(" lrint=%ld lround=%ld llrint=%lld", lrint(x), lround(x), llrint(x));
            printf(" lrintf=%ld", lrintf((float)x));
        }
        printf("\n   ");
        pg("sin", sin(x)); pg("cos", cos(x)); pg("tan", tan(x)); pg("exp", exp(x));
        pg("log", log(x)); pg("log2", log2(x)); pg("log10", log10(x)); pg("pow", pow(x, 1.5));
        pg("pow2", pow(2.0, x)); pg("atan", atan(x)); pg("atan2", atan2(x, -1.0)); pg("sinh", sinh(x));
        pg("tanh", tanh(x)); pg("cbrt", cbrt(x)); pg("expm1", expm1(x)); pg("log1p", log1p(x));
        pg("hypot", hypot(x, 3.0)); pg("asin", asin(x / 4)); pg("erf", erf(x));
        pf("sinf", sinf((float)x)); pf("expf", expf((float)x)); pf("logf", logf((float)x));
        pf("powf", powf((float)x, 0.5f));
        printf("\n");
    }

    /* Rounding modes: rint, lrint, division, sqrt and conversions follow the current mode. */
    static const int modes[] = {FE_TONEAREST, FE_UPWARD, FE_DOWNWARD, FE_TOWARDZERO};
    static const char *const names[] = {"nearest", "upward", "downward", "towardzero"};
    volatile double one = 1.0, three = 3.0, two = 2.0, h1 = 2.5, h2 = -2.5, h3 = 3.5;
    volatile float fone = 1.0f, fthree = 3.0f;
    volatile long long big = 9007199254740993ll;
    for (int m = 0; m < 4; m++) {
        if (fesetround(modes[m]) != 0) { printf("fesetround(%s) failed\n", names[m]); continue; }
        printf("%s: mode ok=%d 1/3=%a -1/3=%a sqrt2=%a 1f/3f=%a rint(2.5)=%g rint(-2.5)=%g "
               "rint(3.5)=%g lrint(-2.5)=%ld (double)2^53+1=%a (float)(1/3)=%a\n",
               names[m], fegetround() == modes[m], one / three, -one / three, sqrt(two),
               (double)(fone / fthree), rint(h1), rint(h2), rint(h3), lrint(h2), (double)big,
               (double)(float)(one / three));
    }
    fesetround(FE_TONEAREST);

    /* Exception flags. */
    volatile double zero = 0.0, tiny = DBL_MIN, huge = DBL_MAX, r;
    feclearexcept(FE_ALL_EXCEPT);
    r = one / three;
    printf("1/3: inexact=%d invalid=%d\n", !!fetestexcept(FE_INEXACT), !!fetestexcept(FE_INVALID));
    feclearexcept(FE_ALL_EXCEPT);
    r = one / zero;
    printf("1/0: divbyzero=%d inexact=%d\n", !!fetestexcept(FE_DIVBYZERO), !!fetestexcept(FE_INEXACT));
    feclearexcept(FE_ALL_EXCEPT);
    r = zero / zero;
    printf("0/0: invalid=%d isnan=%d\n", !!fetestexcept(FE_INVALID), isnan(r));
    feclearexcept(FE_ALL_EXCEPT);
    r = huge * 2;
    printf("max*2: overflow=%d inexact=%d inf=%d\n", !!fetestexcept(FE_OVERFLOW), !!fetestexcept(FE_INEXACT), isinf(r));
    feclearexcept(FE_ALL_EXCEPT);
    r = tiny / 3e10;
    printf("min/3e10: underflow=%d inexact=%d\n", !!fetestexcept(FE_UNDERFLOW), !!fetestexcept(FE_INEXACT));
    feclearexcept(FE_ALL_EXCEPT);
    r = sqrt(-one);
    printf("sqrt(-1): invalid=%d isnan=%d\n", !!fetestexcept(FE_INVALID), isnan(r));
    feclearexcept(FE_ALL_EXCEPT);
    r = two * three;
    printf("2*3: any=%d\n", !!fetestexcept(FE_ALL_EXCEPT));
    return 0;
}
