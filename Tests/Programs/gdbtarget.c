// A program for the gdb stub tests (GdbStubTests): each mode gives gdb something to
// look at. Built with -g -O0 so locals live on the stack and lines map one to one.
// xrun-test-cflags: -g -O0 -pthread
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

volatile int shared;
static volatile int started;
static int pipefd[2];

int add(int a, int b) {
    int sum = a + b;
    return sum;
}

double half(double x) { return x / 2; }

static int compare(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }

static void *writer(void *arg) {
    (void)arg;
    shared = 42;
    return NULL;
}

static void *blocker(void *arg) {
    (void)arg;
    char c;
    __atomic_add_fetch(&started, 1, __ATOMIC_SEQ_CST);
    if (read(pipefd[0], &c, 1) != 1) return NULL;
    return NULL;
}

void all_blocked(void) {}

// "wait" spins until gdb sets it (a program running when gdb attaches or interrupts).
volatile int release_me;
static volatile sig_atomic_t handled;
static void on_usr1(int sig) { (void)sig; handled++; }

// "watchsys": a page of its own, watched by gdb while system calls read and write
// it and the program changes its protection.
static char watched_page[4096] __attribute__((aligned(4096)));

// "fork": the child calls this (a place for a breakpoint only the child reaches).
void __attribute__((noinline)) in_child(void) { __asm__ volatile(""); }
// ... and the parent this, before it waits for the child.
void __attribute__((noinline)) after_fork(void) { __asm__ volatile(""); }

int main(int argc, char **argv) {
    const char *mode = argc > 1 ? argv[1] : "basic";
    if (strcmp(mode, "basic") == 0) {
        double d = half(5.0);
        int r = add(2, 3);
        printf("add %d %.2f\n", r, d);
    } else if (strcmp(mode, "thread") == 0) {
        pthread_t t;
        pthread_create(&t, NULL, writer, NULL);
        pthread_join(t, NULL);
        printf("shared %d\n", shared);
    } else if (strcmp(mode, "segv") == 0) {
        *(volatile int *)16 = 1;
    } else if (strcmp(mode, "blocked") == 0) {
        pthread_t t[4];
        if (pipe(pipefd) != 0) return 1;
        for (int i = 0; i < 4; i++) pthread_create(&t[i], NULL, blocker, NULL);
        while (__atomic_load_n(&started, __ATOMIC_SEQ_CST) < 4) usleep(1000);
        usleep(100000);
        all_blocked();
        if (write(pipefd[1], "abcd", 4) != 4) return 1;
        for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
        printf("joined\n");
    } else if (strcmp(mode, "wait") == 0) {
        while (!release_me) usleep(1000);
        printf("released\n");
    } else if (strcmp(mode, "signal") == 0) {
        signal(SIGUSR1, on_usr1);
        raise(SIGUSR1);
        printf("handled %d\n", (int)handled);
    } else if (strcmp(mode, "fork") == 0) {
        pid_t p = fork();
        if (p == 0) {
            in_child();
            printf("child\n");
            fflush(stdout);
            _exit(3);
        }
        after_fork();
        int st = 0;
        if (p < 0 || waitpid(p, &st, 0) != p) return 1;
        printf("parent saw %d\n", WEXITSTATUS(st));
    } else if (strcmp(mode, "watchsys") == 0) {
        int p[2];
        if (pipe(p) != 0 || write(p[1], "hello", 6) != 6) return 1;
        // The kernel writes the watched bytes (gdb's write watch on watched_page[0]).
        ssize_t n = read(p[0], watched_page, 6);
        // The kernel reads them (gdb's read watch on watched_page[8]).
        ssize_t w = write(p[1], watched_page, 6);
        // xrun's own stores: a struct stat converted into the watched page.
        struct stat *st = (struct stat *)(watched_page + 64);
        int f = fstat(p[0], st);
        // A new protection for the page; the watch must survive it.
        mprotect(watched_page, sizeof watched_page, PROT_READ);
        mprotect(watched_page, sizeof watched_page, PROT_READ | PROT_WRITE);
        watched_page[0] = 'J';
        printf("read %zd write %zd fstat %d fifo %d %s\n", n, w, f, S_ISFIFO(st->st_mode) ? 1 : 0, watched_page);
    } else if (strcmp(mode, "vfork") == 0) {
        pid_t p = vfork();
        if (p == 0) {
            in_child();
            _exit(4);
        }
        int st = 0;
        if (p < 0 || waitpid(p, &st, 0) != p) return 1;
        printf("vfork child %d\n", WEXITSTATUS(st));
    } else if (strcmp(mode, "exec") == 0) {
        // execve of itself: the new program runs "basic".
        char *args[] = {argv[0], "basic", NULL};
        execv("/proc/self/exe", args);
        return 1;
    } else if (strcmp(mode, "sort") == 0) {
        int a[] = {3, 1, 2};
        qsort(a, 3, sizeof a[0], compare);
        printf("sorted %d %d %d\n", a[0], a[1], a[2]);
    }
    return 0;
}
