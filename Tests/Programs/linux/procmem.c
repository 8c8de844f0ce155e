/* Another process's memory and kernel objects: process_vm_readv/process_vm_writev on this
 * process, on a forked child (same layout) and on a child that exec'd itself (a new
 * process image: under an emulator a new guest region), with short copies at an unmapped
 * page and the error order (flags, local iovecs, nothing to move, remote iovecs, pid);
 * kcmp of files, address spaces, descriptor tables and epoll targets; and the small calls
 * of administration tools: capget/capset, ioprio_get/ioprio_set, sched_getattr,
 * get_mempolicy/mbind, adjtimex, syslog, restart_syscall, memfd_secret; a fanotify group
 * watching a directory. */
#include "conf.h"
#include <fcntl.h>
#include <linux/capability.h>
#include <linux/kcmp.h>
#include <pthread.h>
#include <sys/epoll.h>
#include <sys/fanotify.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/timex.h>
#include <sys/uio.h>
#include <sys/wait.h>

#define BAD ((void *)8)
/* struct sched_attr, SCHED_ATTR_SIZE_VER1 (include/uapi/linux/sched/types.h): its header
 * clashes with glibc's sched.h. */
struct sched_attr {
    unsigned size, sched_policy;
    unsigned long long sched_flags;
    int sched_nice;
    unsigned sched_priority;
    unsigned long long sched_runtime, sched_deadline, sched_period;
    unsigned sched_util_min, sched_util_max;
};
static long sc_errno;
static long sys(long nr, long a, long b, long c, long d, long e, long f)
{
    errno = 0;
    long r = syscall(nr, a, b, c, d, e, f);
    sc_errno = r < 0 ? errno : 0;
    return r;
}
#define L(x) ((long)(x))
static const char *res(long r) { return r < 0 ? en((int)sc_errno) : "ok"; }

static long vm(int write, pid_t pid, void *l, size_t ll, void *r, size_t rl)
{
    struct iovec li = {l, ll}, ri = {r, rl};
    return sys(write ? SYS_process_vm_writev : SYS_process_vm_readv, pid, L(&li), 1, L(&ri), 1, 0);
}

static char pattern[8192];
static void fill(char *p, size_t n, int seed)
{
    for (size_t i = 0; i < n; i++) p[i] = (char)(i * 7 + seed);
}

static void self_copies(void)
{
    char dst[64] = {0};
    strcpy(pattern, "hello from this process");
    long r = vm(0, getpid(), dst, sizeof dst, pattern, 24);
    printf("self readv: %ld %s \"%s\"\n", r, res(r), dst);
    r = vm(1, getpid(), "written", 8, pattern, 8);
    printf("self writev: %ld %s \"%s\"\n", r, res(r), pattern);
    /* Two pages, the second unmapped: the copy stops there. */
    char *two = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    munmap(two + 4096, 4096);
    fill(two, 4096, 3);
    static char big[8192];
    r = vm(0, getpid(), big, 8192, two + 2048, 8192);
    printf("short at unmapped page: %ld %s same=%d\n", r, res(r), memcmp(big, two + 2048, 2048) == 0);
    r = vm(0, getpid(), big, 100, two + 4096, 100);
    printf("remote all unmapped: %ld %s\n", r, res(r));
    r = vm(0, getpid(), big, 100, BAD, 100);
    printf("remote bad pointer: %ld %s\n", r, res(r));
    /* Two remote segments, the second unmapped: the first's bytes count. */
    struct iovec li = {big, 300}, ri[2] = {{two, 100}, {two + 4096, 200}};
    r = sys(SYS_process_vm_readv, getpid(), L(&li), 1, L(ri), 2, 0);
    printf("second segment unmapped: %ld %s\n", r, res(r));
    /* Read-only remote page, written: EFAULT. */
    char *ro = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    r = vm(1, getpid(), "x", 1, ro, 1);
    printf("write to read-only page: %ld %s\n", r, res(r));
    /* Read into a read-only local buffer: EFAULT. */
    r = vm(0, getpid(), ro, 10, pattern, 10);
    printf("read into read-only local: %ld %s\n", r, res(r));
    /* The kernel's order. */
    r = sys(SYS_process_vm_readv, getpid(), L(&li), 1, L(ri), 1, 1);
    printf("flags 1: %s\n", res(r));
    r = sys(SYS_process_vm_readv, getpid(), L(BAD), 1, L(ri), 1, 0);
    printf("local iovec array bad: %s\n", res(r));
    r = sys(SYS_process_vm_readv, getpid(), L(&li), 1025, L(ri), 1, 0);
    printf("1025 local: %s\n", res(r));
    struct iovec empty = {big, 0};
    r = sys(SYS_process_vm_readv, 0x3ffffff0, L(&empty), 1, L(BAD), 1, 0);
    printf("nothing to move, bad remote array, no such pid: %ld %s\n", r, res(r));
    r = sys(SYS_process_vm_readv, getpid(), L(&li), 1, L(BAD), 1, 0);
    printf("remote iovec array bad: %s\n", res(r));
    r = sys(SYS_process_vm_readv, getpid(), L(&li), 1, L(ri), 1025, 0);
    printf("1025 remote: %s\n", res(r));
    r = vm(0, 0x3ffffff0, big, 10, pattern, 10);
    printf("no such pid: %s\n", res(r));
    struct iovec zero_r = {pattern, 0};
    r = sys(SYS_process_vm_readv, getpid(), L(&li), 1, L(&zero_r), 1, 0);
    printf("remote lengths all 0: %ld %s\n", r, res(r));
    munmap(two, 4096);
    munmap(ro, 4096);
}

/* A child that has `pattern` filled with seed 5 at a known address: the parent reads it,
 * writes "poke" at its start, and the child checks it. Reports how it went. */
static void child_serve(int rd, int wr)
{
    fill(pattern, sizeof pattern, 5);
    void *addr = pattern;
    if (write(wr, &addr, sizeof addr) != sizeof addr) _exit(90);
    char go;
    if (read(rd, &go, 1) != 1) _exit(91);
    _exit(memcmp(pattern, "poke", 4) == 0 ? 0 : 92);
}

static void remote_child(const char *how, char **argv)
{
    int down[2], up[2];
    if (pipe(down) || pipe(up)) { perror("pipe"); exit(1); }
    pid_t pid = fork();
    if (pid == 0) {
        if (argv) {
            char a[16], b[16];
            snprintf(a, sizeof a, "%d", down[0]);
            snprintf(b, sizeof b, "%d", up[1]);
            execl("/proc/self/exe", argv[0], "serve", a, b, (char *)NULL);
            _exit(93);
        }
        child_serve(down[0], up[1]);
    }
    void *addr;
    CHECK(read(up[0], &addr, sizeof addr) == sizeof addr, "no address from the %s child", how);
    char got[8192], want[8192];
    fill(want, sizeof want, 5);
    long r = vm(0, pid, got, sizeof got, addr, sizeof got);
    printf("%s child readv: %ld %s same=%d\n", how, r, res(r), r == 8192 && memcmp(got, want, 8192) == 0);
    /* Two local segments gathered from one remote one. */
    struct iovec li[2] = {{got, 10}, {got + 100, 20}}, ri = {(char *)addr + 50, 30};
    memset(got, 0, sizeof got);
    r = sys(SYS_process_vm_readv, pid, L(li), 2, L(&ri), 1, 0);
    printf("%s child scatter: %ld %s same=%d\n", how, r, res(r),
           memcmp(got, want + 50, 10) == 0 && memcmp(got + 100, want + 60, 20) == 0);
    r = vm(1, pid, "poke", 4, addr, 4);
    printf("%s child writev: %ld %s\n", how, r, res(r));
    /* Past any guest space: a fault, not another part of the child. */
    r = vm(0, pid, got, 16, (void *)(1ul << 46), 16);
    printf("%s child far address: %s\n", how, res(r));
    CHECK(write(down[1], "g", 1) == 1, "go");
    int status;
    waitpid(pid, &status, 0);
    printf("%s child: %s %d\n", how, WIFEXITED(status) ? "exit" : "signal",
           WIFEXITED(status) ? WEXITSTATUS(status) : WTERMSIG(status));
    close(down[0]), close(down[1]), close(up[0]), close(up[1]);
}

static void *thread_kcmp(void *arg)
{
    pid_t tid = (pid_t)syscall(SYS_gettid);
    pid_t me = getpid();
    printf("thread vs process: vm %ld files %ld sighand %ld fs %ld\n", sys(SYS_kcmp, me, tid, KCMP_VM, 0, 0, 0),
           sys(SYS_kcmp, me, tid, KCMP_FILES, 0, 0, 0), sys(SYS_kcmp, me, tid, KCMP_SIGHAND, 0, 0, 0),
           sys(SYS_kcmp, me, tid, KCMP_FS, 0, 0, 0));
    return arg;
}

static void kcmp_calls(void)
{
    pid_t me = getpid();
    int a = open("/dev/null", O_RDONLY), b = dup(a), c = open("/dev/null", O_RDONLY);
    printf("kcmp file dup: %ld\n", sys(SYS_kcmp, me, me, KCMP_FILE, a, b, 0));
    long r = sys(SYS_kcmp, me, me, KCMP_FILE, a, c, 0);
    printf("kcmp file other open: %s\n", r == 1 || r == 2 ? "differ" : res(r));
    r = sys(SYS_kcmp, me, me, KCMP_FILE, a, 999, 0);
    printf("kcmp file not open: %s\n", res(r));
    r = sys(SYS_kcmp, me, me, KCMP_FILE, 1010, 1011, 0);
    printf("kcmp file 1010: %s\n", res(r));
    r = sys(SYS_kcmp, me, me, 99, 0, 0, 0);
    printf("kcmp bad type: %s\n", res(r));
    r = sys(SYS_kcmp, me, 0x3ffffff0, KCMP_VM, 0, 0, 0);
    printf("kcmp no such pid: %s\n", res(r));
    pthread_t t;
    pthread_create(&t, NULL, thread_kcmp, NULL);
    pthread_join(t, NULL);
    pid_t pid = fork();
    if (pid == 0) { pause(); _exit(0); }
    r = sys(SYS_kcmp, me, pid, KCMP_VM, 0, 0, 0);
    printf("kcmp vm forked child: %s\n", r == 1 || r == 2 ? "differ" : res(r));
    r = sys(SYS_kcmp, me, pid, KCMP_FILE, a, a, 0);
    printf("kcmp same file in forked child: %ld\n", r);
    kill(pid, SIGKILL);
    waitpid(pid, NULL, 0);
    int ep = epoll_create1(0), pfd[2];
    CHECK(pipe(pfd) == 0, "pipe");
    struct epoll_event ev = {.events = EPOLLIN};
    CHECK(epoll_ctl(ep, EPOLL_CTL_ADD, pfd[0], &ev) == 0, "epoll_ctl");
    struct { unsigned efd, tfd, toff; } slot = {(unsigned)ep, (unsigned)pfd[0], 0};
    r = sys(SYS_kcmp, me, me, KCMP_EPOLL_TFD, pfd[0], L(&slot), 0);
    printf("kcmp epoll target: %ld %s\n", r, res(r));
    r = sys(SYS_kcmp, me, me, KCMP_EPOLL_TFD, pfd[1], L(&slot), 0);
    printf("kcmp epoll other file: %s\n", r == 1 || r == 2 ? "differ" : res(r));
    r = sys(SYS_kcmp, me, me, KCMP_EPOLL_TFD, pfd[0], L(BAD), 0);
    printf("kcmp epoll bad slot: %s\n", res(r));
    close(ep), close(a), close(b), close(c), close(pfd[0]), close(pfd[1]);
}

static void *restart_in_thread(void *arg)
{
    (void)arg;
    long r = sys(SYS_restart_syscall, 0, 0, 0, 0, 0, 0);
    return (void *)res(r);
}

static void admin_calls(void)
{
    struct __user_cap_header_struct h = {_LINUX_CAPABILITY_VERSION_3, 0};
    struct __user_cap_data_struct d[2];
    long r = sys(SYS_capget, L(&h), L(d), 0, 0, 0, 0);
    printf("capget: %s effective %08x %08x\n", res(r), d[0].effective, d[1].effective);
    r = sys(SYS_capset, L(&h), L(d), 0, 0, 0, 0);
    printf("capset same: %s\n", res(r));
    h.version = 1234;
    r = sys(SYS_capget, L(&h), L(d), 0, 0, 0, 0);
    printf("capget bad version: %s version %#x\n", res(r), h.version);
    h.version = 1234;
    r = sys(SYS_capget, L(&h), 0, 0, 0, 0, 0);
    printf("capget probe: %s version %#x\n", res(r), h.version);
    r = sys(SYS_capget, L(BAD), L(d), 0, 0, 0, 0);
    printf("capget bad header: %s\n", res(r));

    long prio = sys(SYS_ioprio_get, 1 /* IOPRIO_WHO_PROCESS */, 0, 0, 0, 0, 0);
    printf("ioprio_get: %s %ld\n", res(prio), prio);
    r = sys(SYS_ioprio_set, 1, 0, (2 << 13) | 4 /* best effort, 4 */, 0, 0, 0);
    printf("ioprio_set: %s then %ld\n", res(r), sys(SYS_ioprio_get, 1, 0, 0, 0, 0, 0));
    r = sys(SYS_ioprio_get, 99, 0, 0, 0, 0, 0);
    printf("ioprio_get bad which: %s\n", res(r));

    struct sched_attr attr;
    memset(&attr, 0xff, sizeof attr);
    r = sys(SYS_sched_getattr, 0, L(&attr), sizeof attr, 0, 0, 0);
    printf("sched_getattr: %s size %u policy %u nice %d\n", res(r), attr.size, attr.sched_policy, attr.sched_nice);
    attr.sched_nice = 1;
    r = sys(SYS_sched_setattr, 0, L(&attr), 0, 0, 0, 0);
    printf("sched_setattr nice 1: %s then %d\n", res(r), getpriority(0, 0));
    r = sys(SYS_sched_getattr, 0, L(BAD), sizeof attr, 0, 0, 0);
    printf("sched_getattr bad: %s\n", res(r));

    int mode = -1;
    r = sys(SYS_get_mempolicy, L(&mode), 0, 0, 0, 0, 0);
    printf("get_mempolicy: %s mode %d\n", res(r), mode);
    char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    munmap(page + 4096, 4096);
    r = sys(SYS_get_mempolicy, L(&mode), 0, 0, L(page), 2 /* MPOL_F_ADDR */, 0);
    printf("get_mempolicy at a page: %s mode %d\n", res(r), mode);
    r = sys(SYS_get_mempolicy, L(&mode), 0, 0, L(page + 4096), 2, 0);
    printf("get_mempolicy at a hole: %s\n", res(r));
    r = sys(SYS_mbind, L(page), 4096, 0 /* MPOL_DEFAULT */, 0, 0, 0);
    printf("mbind default: %s\n", res(r));
    r = sys(SYS_mbind, L(page + 1), 4096, 0, 0, 0, 0);
    printf("mbind misaligned: %s\n", res(r));
    /* A range partly in a hole is EFAULT or not depending on the kernel version
     * (queue_pages_range); only an all-hole range is EFAULT everywhere. */
    r = sys(SYS_mbind, L(page), 0, 0, 0, 0, 0);
    printf("mbind empty: %s\n", res(r));
    r = sys(SYS_mbind, L(page + 4096), 4096, 0, 0, 0, 0);
    printf("mbind all hole: %s\n", res(r));
    munmap(page, 4096);

    struct timex tx = {.modes = 0};
    r = sys(SYS_adjtimex, L(&tx), 0, 0, 0, 0, 0);
    printf("adjtimex read: %s\n", r < 0 ? res(r) : r == TIME_ERROR || r == TIME_OK ? "state" : "odd");
    r = sys(SYS_adjtimex, L(BAD), 0, 0, 0, 0, 0);
    printf("adjtimex bad: %s\n", res(r));
    r = sys(SYS_clock_adjtime, CLOCK_REALTIME, L(&tx), 0, 0, 0, 0);
    printf("clock_adjtime read: %s\n", r < 0 ? res(r) : "state");
    r = sys(SYS_syslog, 10 /* SYSLOG_ACTION_SIZE_BUFFER */, 0, 0, 0, 0, 0);
    printf("syslog size: %s\n", r < 0 ? res(r) : r > 0 ? "positive" : "0");
    char logbuf[64];
    r = sys(SYS_syslog, 3 /* READ_ALL */, L(logbuf), 0, 0, 0, 0);
    printf("syslog read 0 bytes: %s %ld\n", res(r), r);
    /* In a new thread: the kernel runs the thread's restart block, which a call interrupted
     * earlier (a futex wait, a nanosleep) may have left set; a new thread's is the default,
     * do_no_restart_syscall (-EINTR). */
    pthread_t t;
    void *rr;
    pthread_create(&t, NULL, restart_in_thread, NULL);
    pthread_join(t, &rr);
    printf("restart_syscall in a new thread: %s\n", (const char *)rr);
    r = sys(SYS_memfd_secret, 0, 0, 0, 0, 0, 0);
    printf("memfd_secret: %s\n", res(r));
    if (r >= 0) close((int)r);
    r = sys(SYS_memfd_secret, 0x1234, 0, 0, 0, 0, 0);
    printf("memfd_secret bad flags: %s\n", res(r));
}

/* A fanotify group on a fresh directory: an open there is one FAN_OPEN event from this
 * process with a descriptor of the file (needs CAP_SYS_ADMIN: EPERM otherwise, alike). */
static void fanotify_calls(void)
{
    char dir[] = "/tmp/procmem-XXXXXX", path[64];
    CHECK(mkdtemp(dir) != NULL, "mkdtemp");
    snprintf(path, sizeof path, "%s/f", dir);
    int f = open(path, O_CREAT | O_WRONLY, 0600);
    close(f);
    long g = sys(SYS_fanotify_init, FAN_CLASS_NOTIF | FAN_CLOEXEC, O_RDONLY | O_LARGEFILE, 0, 0, 0, 0);
    printf("fanotify_init: %s\n", res(g));
    if (g >= 0) {
        long r = sys(SYS_fanotify_mark, g, FAN_MARK_ADD, FAN_OPEN | FAN_EVENT_ON_CHILD, AT_FDCWD, L(dir), 0);
        printf("fanotify_mark: %s\n", res(r));
        r = sys(SYS_fanotify_mark, g, FAN_MARK_ADD, FAN_OPEN, AT_FDCWD, L(BAD), 0);
        printf("fanotify_mark bad path: %s\n", res(r));
        f = open(path, O_RDONLY);
        union { struct fanotify_event_metadata m; char b[4096]; } ev;
        ssize_t n = read((int)g, &ev, sizeof ev);
        printf("event: %s len=%u vers_ok=%d open=%d own=%d fd_ok=%d\n", n > 0 ? "read" : en(errno), n > 0 ? ev.m.event_len : 0,
               n > 0 && ev.m.vers == FANOTIFY_METADATA_VERSION, n > 0 && (ev.m.mask & FAN_OPEN) != 0,
               n > 0 && ev.m.pid == getpid(), n > 0 && fcntl(ev.m.fd, F_GETFD) >= 0);
        if (n > 0) close(ev.m.fd);
        close(f);
        close((int)g);
    }
    unlink(path);
    rmdir(dir);
}

int main(int argc, char **argv)
{
    if (argc == 4 && strcmp(argv[1], "serve") == 0) child_serve(atoi(argv[2]), atoi(argv[3]));
    self_copies();
    remote_child("forked", NULL);
    remote_child("exec'd", argv);
    kcmp_calls();
    admin_calls();
    fanotify_calls();
    return conf_failures > 100 ? 100 : conf_failures;
}
