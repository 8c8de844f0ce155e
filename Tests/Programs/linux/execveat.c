/* execveat(2): a path relative to a directory descriptor, and AT_EMPTY_PATH on a
 * descriptor of the program itself. The child prints how it was started and exits 0. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

int main(int argc, char **argv)
{
    if (argc > 1) {
        printf("child started %s\n", argv[1]);
        return 0;
    }
    char dir[4096], name[4096];
    strncpy(dir, argv[0], sizeof dir - 1);
    strncpy(name, argv[0], sizeof name - 1);
    int dfd = open(dirname(dir), O_RDONLY | O_DIRECTORY);
    char *base = basename(name);
    int failures = 0;
    const char *how[] = { "by-dirfd", "by-fd" };
    for (int i = 0; i < 2; i++) {
        fflush(stdout);
        pid_t pid = fork();
        if (pid == 0) {
            char *a[] = { base, (char *)how[i], NULL };
            if (i == 0) syscall(SYS_execveat, dfd, base, a, environ, 0);
            else syscall(SYS_execveat, open(argv[0], O_RDONLY), "", a, environ, 0x1000 /* AT_EMPTY_PATH */);
            perror("execveat");
            _exit(1);
        }
        int st = 0;
        waitpid(pid, &st, 0);
        printf("%s: exited %d status %d\n", how[i], WIFEXITED(st), WEXITSTATUS(st));
        failures += !WIFEXITED(st) || WEXITSTATUS(st) != 0;
    }
    errno = 0;
    char *a[] = { base, "never", NULL };
    long r = syscall(SYS_execveat, dfd, "", a, environ, 0);
    printf("empty path without AT_EMPTY_PATH: %ld %s\n", r, errno == ENOENT ? "ENOENT" : "other");
    return failures;
}
