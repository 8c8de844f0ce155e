/* Prints which functions of a static, non-PIE program run, in order of first call.
 *
 *   functrace ADDRS OUT PROGRAM [ARGS...]
 *
 * ADDRS lists function entry addresses (hex, one per line, from nm). The program is
 * started under ptrace; before its first instruction every listed entry gets a
 * breakpoint (int3). A thread that reaches one has it removed, its address appended to
 * OUT, and goes on; so each function costs one trap and the whole start-up of xrun is
 * traced in well under a second (single-stepping it takes minutes). tools/build-static
 * uses it to lay out the code start-up touches contiguously (see that script for why).
 * The program's own stdout and stderr pass through. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/user.h>
#include <sys/wait.h>
#include <unistd.h>

typedef struct { uint64_t addr; uint8_t saved; uint8_t armed; } functrace_bp;

static int functrace_cmp(const void *a, const void *b)
{
    uint64_t x = ((const functrace_bp *)a)->addr, y = ((const functrace_bp *)b)->addr;
    return x < y ? -1 : x > y;
}

static functrace_bp *functrace_find(functrace_bp *bps, size_t n, uint64_t addr)
{
    functrace_bp key = { .addr = addr };
    return bsearch(&key, bps, n, sizeof *bps, functrace_cmp);
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: functrace ADDRS OUT PROGRAM [ARGS...]\n");
        return 2;
    }
    FILE *in = fopen(argv[1], "r"), *out = fopen(argv[2], "w");
    if (!in || !out) { perror("functrace"); return 2; }
    size_t n = 0, cap = 1 << 16;
    functrace_bp *bps = malloc(cap * sizeof *bps);
    unsigned long long a;
    while (bps && fscanf(in, "%llx", &a) == 1) {
        if (n == cap) bps = realloc(bps, (cap *= 2) * sizeof *bps);
        if (bps) bps[n++] = (functrace_bp){ .addr = a };
    }
    if (!bps) return 2;
    qsort(bps, n, sizeof *bps, functrace_cmp);

    pid_t pid = fork();
    if (pid == 0) {
        ptrace(PTRACE_TRACEME, 0, 0, 0);
        execv(argv[3], argv + 3);
        perror("functrace: execv");
        _exit(127);
    }
    int status, memfd = -1, exit_code = 1;
    if (waitpid(pid, &status, 0) != pid || !WIFSTOPPED(status)) return 1;
    char path[64];
    snprintf(path, sizeof path, "/proc/%d/mem", pid);
    memfd = open(path, O_RDWR);
    if (memfd < 0) { perror("functrace: open /proc/pid/mem"); return 1; }
    for (size_t i = 0; i < n; i++) {
        uint8_t trap = 0xCC;
        if (pread(memfd, &bps[i].saved, 1, (off_t)bps[i].addr) == 1 &&
            pwrite(memfd, &trap, 1, (off_t)bps[i].addr) == 1)
            bps[i].armed = 1;
    }
    ptrace(PTRACE_SETOPTIONS, pid, 0, (void *)(intptr_t)(PTRACE_O_TRACECLONE | PTRACE_O_EXITKILL));
    ptrace(PTRACE_CONT, pid, 0, 0);
    pid_t who;
    while ((who = waitpid(-1, &status, __WALL)) > 0) {
        if (WIFEXITED(status) || WIFSIGNALED(status)) {
            if (who == pid) { exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status); }
            continue;
        }
        int sig = WSTOPSIG(status), deliver = 0;
        if (status >> 16) sig = 0;  /* a ptrace event (clone) */
        else if (sig == SIGTRAP) {
            struct user_regs_struct regs;
            ptrace(PTRACE_GETREGS, who, 0, &regs);
            functrace_bp *bp = functrace_find(bps, n, regs.rip - 1);
            if (bp && bp->armed) {
                bp->armed = 0;
                if (pwrite(memfd, &bp->saved, 1, (off_t)bp->addr) != 1) perror("functrace: restore");
                regs.rip -= 1;
                ptrace(PTRACE_SETREGS, who, 0, &regs);
                fprintf(out, "%llx\n", (unsigned long long)bp->addr);
            } else deliver = sig;
        } else if (sig != SIGSTOP) deliver = sig;
        ptrace(PTRACE_CONT, who, 0, (void *)(intptr_t)deliver);
    }
    fclose(out);
    return exit_code;
}
