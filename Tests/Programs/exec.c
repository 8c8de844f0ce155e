/* execve of itself (through /proc/self/exe, which an emulator must present as the guest
 * program): directly, and from a forked child whose exit status the parent collects.
 * The new image gets new argv and envp, whose values are bytes (XRT_BYTES is not UTF-8)
 * and must arrive unchanged. Exits with status 6 (the final image). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "child") == 0) {
        const char *v = getenv("XRT_EXEC");
        printf("exec'd image: argc %d argv[2] \"%s\" XRT_EXEC=%s\n", argc, argc > 2 ? argv[2] : "", v ? v : "(unset)");
        const char *b = getenv("XRT_BYTES");
        printf("XRT_BYTES:");
        for (; b && *b; b++) printf(" %02x", (unsigned char)*b);
        printf("\n");
        return argc > 3 ? atoi(argv[3]) : 6;
    }
    printf("first image: argc %d\n", argc);
    fflush(stdout);

    pid_t c = fork();
    if (c == 0) {
        char *args[] = {argv[0], "child", "from fork", "33", NULL};
        char *envs[] = {"XRT_EXEC=forked", NULL};
        execve("/proc/self/exe", args, envs);
        perror("execve in child");
        _exit(127);
    }
    int st;
    waitpid(c, &st, 0);
    printf("forked exec exited: %d status %d\n", WIFEXITED(st), WEXITSTATUS(st));
    fflush(stdout);

    char *args[] = {argv[0], "child", "direct", NULL};
    char *envs[] = {"XRT_EXEC=direct", "OTHER=1", "XRT_BYTES=a\xff\xfe-\xe9", NULL};
    execve("/proc/self/exe", args, envs);
    perror("execve");
    return 127;
}
