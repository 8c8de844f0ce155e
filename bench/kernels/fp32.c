/* Single precision: a float matrix multiply (i-k-j order, the inner loop a saxpy that
 * vectorises), then a division and a square root per element, and a float dot
 * product. Built -O2 -fno-tree-vectorize (scalar) and -O3 (auto-vectorised).
 * Usage: fp32 [n] [reps]. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

__attribute__((noinline)) static float dot(const float *restrict x, const float *restrict y, int n)
{
    float s = 0;
    for (int i = 0; i < n; i++) s += x[i] * y[i];
    return s;
}

int main(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : 200;
    int reps = argc > 2 ? atoi(argv[2]) : 4;
    float *a = malloc(sizeof(float) * n * n), *b = malloc(sizeof(float) * n * n),
          *c = malloc(sizeof(float) * n * n);
    if (!a || !b || !c) { perror("malloc"); return 1; }
    for (int i = 0; i < n * n; i++) {
        a[i] = (float)(i % 97) / 7.0f - 3.0f;
        b[i] = 1.0f / (float)(1 + i % 89);
    }
    float trace = 0, dots = 0;
    for (int r = 0; r < reps; r++) {
        for (int i = 0; i < n * n; i++) c[i] = 0;
        for (int i = 0; i < n; i++)
            for (int k = 0; k < n; k++) {
                float aik = a[i * n + k];
                for (int j = 0; j < n; j++) c[i * n + j] += aik * b[k * n + j];
            }
        for (int i = 0; i < n * n; i++) a[i] = c[i] / (1.0f + sqrtf(fabsf(c[i])));
        for (int i = 0; i < n; i++) trace += a[i * n + i];
        for (int i = 0; i < n; i++) dots += dot(a + i * n, b + i * n, n);
    }
    printf("fp32 %dx%d x%d: trace %.6e dots %.6e corner %.6e\n", n, n, reps, trace, dots, a[n * n - 1]);
    return 0;
}
