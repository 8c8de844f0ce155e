/* Echoes what the program was started with: argc, argv (argv[0] as its last path
 * component, since the oracle lives elsewhere), the whole environment sorted, and a
 * summary of stdin. Exits with status 5. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "common.h"

extern char **environ;

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

int main(int argc, char **argv)
{
    const char *base = strrchr(argv[0], '/');
    printf("argc %d\nargv[0] basename \"%s\"\n", argc, base ? base + 1 : argv[0]);
    for (int i = 1; i < argc; i++) printf("argv[%d] \"%s\" (%zu bytes)\n", i, argv[i], strlen(argv[i]));
    printf("argv[argc] is NULL: %d\n", argv[argc] == NULL);

    size_t n = 0;
    while (environ[n]) n++;
    char **env = malloc((n + 1) * sizeof *env);
    memcpy(env, environ, n * sizeof *env);
    qsort(env, n, sizeof *env, cmp_str);
    printf("environment: %zu entries\n", n);
    for (size_t i = 0; i < n; i++) printf("  %s\n", env[i]);
    const char *v = getenv("XRT_VALUE");
    printf("getenv XRT_VALUE: %s\n", v ? v : "(unset)");
    setenv("XRT_NEW", "set by program", 1);
    unsetenv("XRT_VALUE");
    printf("after setenv/unsetenv: %s %s\n", getenv("XRT_NEW"), getenv("XRT_VALUE") ? "still set" : "gone");

    hash_t h;
    hash_init(&h);
    char buf[4096];
    size_t got, total = 0, lines = 0;
    while ((got = fread(buf, 1, sizeof buf, stdin)) > 0) {
        hash_bytes(&h, buf, got);
        for (size_t i = 0; i < got; i++) lines += buf[i] == '\n';
        total += got;
    }
    printf("stdin: %zu bytes, %zu lines, hash %016" PRIx64 "\n", total, lines, h.h);
    fprintf(stderr, "envargs: done\n");
    return 5;
}
