/* Shared helpers of the Linux conformance programs (Tests/Programs/linux/*.c).
 * Each program prints facts that are the same natively on x86-64 (the oracle) and for
 * AArch64 under the emulator — never pointers, pids, timings or anything the two
 * architectures legitimately differ in — and checks the expected values itself, so a
 * wrong oracle shows too. The exit status is the number of failed checks (capped). */
#ifndef XRUN_CONF_H
#define XRUN_CONF_H
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int conf_failures;

/* Line-buffered stdout: children made by fork must not inherit unflushed output. */
__attribute__((constructor)) static void conf_init(void) { setvbuf(stdout, NULL, _IOLBF, 0); }

/* A failed check prints where and why, and counts. */
#define CHECK(cond, ...)                                                                   \
    do {                                                                                   \
        if (!(cond)) {                                                                     \
            conf_failures++;                                                               \
            printf("FAIL %s:%d: %s:", __func__, __LINE__, #cond);                          \
            printf(" " __VA_ARGS__);                                                       \
            printf("\n");                                                                  \
        }                                                                                  \
    } while (0)

/* The errno name (EINTR, ...) or "0". */
static inline const char *en(int e)
{
    if (e == 0) return "0";
    const char *n = strerrorname_np(e);
    return n ? n : "E?";
}

/* "ok" or the errno name of a call's result: r < 0 means it failed with errno. */
#define RES(r) ((r) < 0 ? en(errno) : "ok")

static inline int conf_exit(void)
{
    printf("failures: %d\n", conf_failures);
    return conf_failures > 100 ? 100 : conf_failures;
}
#endif
