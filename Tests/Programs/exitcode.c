/* Exits in the way and with the status argv asks for:
 *   exitcode exit N | return N | _exit N | atexit N
 * "atexit" runs a handler that prints before the process ends. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void handler(void) { printf("atexit handler ran\n"); }

int main(int argc, char **argv)
{
    if (argc < 3) { fprintf(stderr, "usage: exitcode exit|return|_exit|atexit N\n"); return 64; }
    int n = atoi(argv[2]);
    printf("exiting via %s with %d\n", argv[1], n);
    if (!strcmp(argv[1], "return")) return n;
    if (!strcmp(argv[1], "_exit")) { fflush(stdout); _exit(n); }
    if (!strcmp(argv[1], "atexit")) atexit(handler);
    exit(n);
}
