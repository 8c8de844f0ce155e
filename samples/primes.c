/* A little computation: a sieve of Eratosthenes, printing a few lines of results. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
    unsigned long limit = argc > 1 ? strtoul(argv[1], NULL, 10) : 1000000;
    if (limit < 2 || limit > 100000000) {
        fprintf(stderr, "primes: limit must be in 2..100000000\n");
        return 2;
    }
    unsigned char *composite = calloc(limit + 1, 1);
    if (!composite) {
        perror("primes: calloc");
        return 1;
    }
    for (unsigned long i = 2; i * i <= limit; i++)
        if (!composite[i])
            for (unsigned long j = i * i; j <= limit; j += i)
                composite[j] = 1;

    unsigned long count = 0, sum = 0, largest = 0;
    printf("first primes:");
    for (unsigned long i = 2; i <= limit; i++) {
        if (composite[i])
            continue;
        if (count < 10)
            printf(" %lu", i);
        count++;
        sum += i;
        largest = i;
    }
    printf("\n");
    printf("primes up to %lu: %lu\n", limit, count);
    printf("their sum: %lu\n", sum);
    printf("largest: %lu\n", largest);
    free(composite);
    return 0;
}
