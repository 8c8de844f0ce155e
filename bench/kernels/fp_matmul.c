/* Floating point: dense double-precision matrix multiply (i-k-j order) and a few
 * divisions and square roots per element.  Usage: fp_matmul [n] [reps]. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : 200;
    int reps = argc > 2 ? atoi(argv[2]) : 4;
    double *a = malloc(sizeof(double) * n * n), *b = malloc(sizeof(double) * n * n),
           *c = malloc(sizeof(double) * n * n);
    if (!a || !b || !c) { perror("malloc"); return 1; }
    for (int i = 0; i < n * n; i++) {
        a[i] = (double)(i % 97) / 7.0 - 3.0;
        b[i] = 1.0 / (double)(1 + i % 89);
    }
    double trace = 0;
    for (int r = 0; r < reps; r++) {
        for (int i = 0; i < n * n; i++) c[i] = 0;
        for (int i = 0; i < n; i++)
            for (int k = 0; k < n; k++) {
                double aik = a[i * n + k];
                for (int j = 0; j < n; j++) c[i * n + j] += aik * b[k * n + j];
            }
        for (int i = 0; i < n * n; i++) a[i] = c[i] / (1.0 + sqrt(fabs(c[i])));
        for (int i = 0; i < n; i++) trace += a[i * n + i];
    }
    printf("fp_matmul %dx%d x%d: trace %.10e corner %.10e\n", n, n, reps, trace, a[n * n - 1]);
    return 0;
}
