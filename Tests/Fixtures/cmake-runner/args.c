/* Expects: argv[0] ending in "/args", then "one", "two words", "", and the absolute path of
 * the working directory, which must be the current directory. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    int ok = 1;
    size_t n = strlen(argv[0]);
    if (argc != 5) {
        printf("args: argc is %d, expected 5\n", argc);
        return 1;
    }
    if (n < 5 || strcmp(argv[0] + n - 5, "/args") != 0) {
        printf("args: argv[0] is \"%s\"\n", argv[0]);
        ok = 0;
    }
    if (strcmp(argv[1], "one") != 0 || strcmp(argv[2], "two words") != 0 || argv[3][0] != 0) {
        printf("args: got \"%s\" \"%s\" \"%s\"\n", argv[1], argv[2], argv[3]);
        ok = 0;
    }
    char cwd[PATH_MAX], want[PATH_MAX];
    if (!getcwd(cwd, sizeof cwd) || !realpath(argv[4], want) || strcmp(cwd, want) != 0) {
        printf("args: working directory is \"%s\", expected \"%s\"\n", cwd, argv[4]);
        ok = 0;
    }
    return ok ? 0 : 1;
}
