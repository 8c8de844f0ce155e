/* setjmp/longjmp and sigsetjmp/siglongjmp: returns from deep recursion, value 0 turned
 * into 1, volatile locals kept, jumps out of signal handlers (raised and a real SIGSEGV
 * from a bad load) with the signal mask restored. Exits with status 7. */
#include <setjmp.h>
#include <stdint.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

static jmp_buf env;
static sigjmp_buf senv;
static volatile int depth_reached;

static int recurse(int n)
{
    volatile char pad[64];
    memset((char *)pad, n, sizeof pad);
    depth_reached = n;
    if (n >= 1000) longjmp(env, n);
    if (n < 0) return 0;   /* never: keeps the recursion visibly finite */
    return recurse(n + 1) + pad[3];
}

static void on_signal(int sig)
{
    siglongjmp(senv, sig);
}

int main(void)
{
    volatile int counter = 0;
    int r = setjmp(env);
    counter++;
    if (r == 0) {
        recurse(1);
        printf("not reached\n");
    }
    printf("longjmp from depth %d returned %d, counter %d\n", depth_reached, r, counter);

    r = setjmp(env);
    if (r == 0) longjmp(env, 0);
    printf("longjmp(env, 0) makes setjmp return %d\n", r);

    /* Many jumps in a loop: callee-saved registers must survive. */
    volatile long acc = 0;
    for (volatile int i = 0; i < 1000; i++) {
        long local = i * 3;
        if (setjmp(env) == 0) { acc += local; longjmp(env, 2); }
        acc += 1;
    }
    printf("loop of 1000 jumps: acc %ld\n", acc);

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGUSR1, &sa, NULL);
    sigaction(SIGSEGV, &sa, NULL);

    r = sigsetjmp(senv, 1);
    if (r == 0) {
        raise(SIGUSR1);
        printf("not reached\n");
    }
    sigset_t cur;
    sigprocmask(SIG_BLOCK, NULL, &cur);
    printf("siglongjmp from SIGUSR1 handler: %d, SIGUSR1 blocked after: %d\n", r == SIGUSR1,
           sigismember(&cur, SIGUSR1));

    for (volatile int k = 0; k < 3; k++) {
        r = sigsetjmp(senv, 1);
        if (r == 0) {
            int *volatile bad = (int *)(uintptr_t)(16 + 4096 * k);
            printf("value %d\n", *bad);
        } else {
            printf("recovered from SIGSEGV #%d\n", k + 1);
        }
    }
    sigprocmask(SIG_BLOCK, NULL, &cur);
    printf("SIGSEGV blocked after: %d\n", sigismember(&cur, SIGSEGV));
    return 7;
}
