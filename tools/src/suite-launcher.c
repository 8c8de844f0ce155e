/* Starts a foreign interpreter under an emulator, for tools/run-suites:
 *
 *   LAUNCHER [ARGS...]  ->  execv(W[0], W[0..n-1] + ARGS)
 *
 * where W are the lines of the file LAUNCHER.args next to the launcher (found through
 * /proc/self/exe), e.g. "xrun", "-L", ROOT, "-0", LAUNCHER, ROOT/usr/bin/python3.13.
 * The launcher is what the guest's sys.executable names, so that every interpreter the
 * test suite starts itself (from the guest or from a host shell) runs under the same
 * emulator. It is a program, not a shell script, because a shell drops the environment
 * variables whose names are not shell identifiers (dash, bash), and CPython's tests pass
 * such names (uuids) to their children. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    char self[4096 + 8];
    ssize_t n = readlink("/proc/self/exe", self, 4096);
    if (n <= 0) { perror("suite-launcher: /proc/self/exe"); return 127; }
    strcpy(self + n, ".args");
    FILE *f = fopen(self, "r");
    if (!f) { perror(self); return 127; }
    char **av = calloc((size_t)argc + 64, sizeof *av);
    int k = 0;
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    while (k < 63 && (len = getline(&line, &cap, f)) > 0) {
        if (line[len - 1] == '\n') line[len - 1] = 0;
        av[k++] = strdup(line);
    }
    fclose(f);
    if (k == 0) { fprintf(stderr, "suite-launcher: %s is empty\n", self); return 127; }
    for (int i = 1; i < argc; i++) av[k++] = argv[i];
    av[k] = NULL;
    execv(av[0], av);
    perror(av[0]);
    return 127;
}
