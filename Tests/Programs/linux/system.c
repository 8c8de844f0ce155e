/* Process attributes and system information: the process name (comm, PR_SET_NAME,
 * /proc/self/comm, per thread), resource limits (getrlimit/setrlimit/prlimit round
 * trips, RLIMIT_NOFILE enforced), getrusage, times, uname, sysinfo, gethostname,
 * scheduling (affinity, priority, policy, yield, getcpu), getrandom, identity calls. */
// xrun-test-cflags: -pthread
#include "conf.h"
#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include <sys/prctl.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/sysinfo.h>
#include <sys/times.h>
#include <sys/utsname.h>

static void read_comm(const char *path, char *out, size_t n)
{
    int fd = open(path, O_RDONLY);
    ssize_t r = fd >= 0 ? read(fd, out, n - 1) : -1;
    if (fd >= 0) close(fd);
    out[r > 0 ? r : 0] = 0;
    char *nl = strchr(out, '\n');
    if (nl) *nl = 0;
}

static void *named_thread(void *arg)
{
    char before[32], after[32], proc[64], path[64];
    prctl(PR_GET_NAME, before);
    prctl(PR_SET_NAME, "worker-thread-name-long");
    prctl(PR_GET_NAME, after);
    snprintf(path, sizeof path, "/proc/self/task/%d/comm", (int)syscall(SYS_gettid));
    read_comm(path, proc, sizeof proc);
    printf("thread: inherited name %s, set to %s, /proc/self/task/<tid>/comm %s\n", before, after, proc);
    return arg;
}

static void test_names(const char *argv0)
{
    char name[32], comm[64];
    prctl(PR_GET_NAME, name);
    read_comm("/proc/self/comm", comm, sizeof comm);
    const char *b = strrchr(argv0, '/');
    b = b ? b + 1 : argv0;
    char expect[16];
    snprintf(expect, sizeof expect, "%s", b);
    CHECK(!strcmp(name, expect) && !strcmp(comm, expect), "%s %s %s", name, comm, expect);
    printf("process name at start: PR_GET_NAME %s, /proc/self/comm %s\n", name, comm);
    CHECK(prctl(PR_SET_NAME, "renamed") == 0);
    prctl(PR_GET_NAME, name);
    read_comm("/proc/self/comm", comm, sizeof comm);
    printf("after PR_SET_NAME: %s, /proc/self/comm %s\n", name, comm);
    pthread_t t;
    pthread_create(&t, NULL, named_thread, NULL);
    pthread_join(t, NULL);
    prctl(PR_GET_NAME, name);
    printf("main thread's name unchanged by the thread's: %s\n", name);
    errno = 0;
    int r = prctl(9999, 0, 0, 0, 0);
    printf("unknown prctl: %d %s\n", r, en(errno));
}

static void show_limit(const char *what, int res)
{
    struct rlimit rl;
    CHECK(getrlimit(res, &rl) == 0);
    printf("%s: cur %s max %s\n", what, rl.rlim_cur == RLIM_INFINITY ? "inf" : "finite",
           rl.rlim_max == RLIM_INFINITY ? "inf" : "finite");
}

static void test_limits(void)
{
    struct rlimit rl, back;
    /* Round trips: what is set is what getrlimit and prlimit report. */
    int resources[] = { RLIMIT_STACK, RLIMIT_AS, RLIMIT_DATA, RLIMIT_NOFILE, RLIMIT_CORE, RLIMIT_FSIZE };
    const char *names[] = { "RLIMIT_STACK", "RLIMIT_AS", "RLIMIT_DATA", "RLIMIT_NOFILE", "RLIMIT_CORE", "RLIMIT_FSIZE" };
    for (int i = 0; i < 6; i++) {
        CHECK(getrlimit(resources[i], &rl) == 0);
        struct rlimit want = rl;
        rlim_t v = resources[i] == RLIMIT_NOFILE ? 200 : resources[i] == RLIMIT_CORE ? 0 : (rlim_t)64 << 30;
        if (resources[i] == RLIMIT_STACK) v = 16 << 20;
        if (want.rlim_max != RLIM_INFINITY && v > want.rlim_max) v = want.rlim_max;
        want.rlim_cur = v;
        int r = setrlimit(resources[i], &want);
        getrlimit(resources[i], &back);
        struct rlimit viaprlimit;
        prlimit(0, resources[i], NULL, &viaprlimit);
        int same = back.rlim_cur == v && back.rlim_max == want.rlim_max && viaprlimit.rlim_cur == v;
        CHECK(r == 0 && same, "%s", names[i]);
        printf("%s: setrlimit %s, getrlimit/prlimit report the new value %d\n", names[i], RES(r), same);
        setrlimit(resources[i], &rl);
    }
    errno = 0;
    rl.rlim_cur = 10;
    rl.rlim_max = 5;
    int r = setrlimit(RLIMIT_NOFILE, &rl);
    printf("setrlimit cur > max: %d %s\n", r, en(errno));
    errno = 0;
    r = getrlimit(999, &rl);
    printf("getrlimit of an unknown resource: %d %s\n", r, en(errno));
    show_limit("RLIMIT_CPU", RLIMIT_CPU);

    /* RLIMIT_NOFILE is enforced. */
    struct rlimit nofile, small = { 20, 20 };
    getrlimit(RLIMIT_NOFILE, &nofile);
    small.rlim_max = nofile.rlim_max;
    setrlimit(RLIMIT_NOFILE, &small);
    int last = -1, fds = 0;
    for (;;) {
        int fd = open("/dev/null", O_RDONLY);
        if (fd < 0) break;
        last = fd;
        fds++;
    }
    int e = errno;
    printf("with RLIMIT_NOFILE 20: opened up to fd %d, then %s\n", last, en(e));
    for (int fd = 3; fd <= last; fd++) close(fd);
    setrlimit(RLIMIT_NOFILE, &nofile);
    errno = 0;
    r = dup2(0, 25);
    printf("dup2 to 25 after restoring the limit: %s\n", RES(r));
    close(25);
}

static void test_usage_and_info(void)
{
    volatile unsigned long x = 0;
    for (unsigned long i = 0; i < 20000000; i++) x += i;
    struct rusage ru;
    CHECK(getrusage(RUSAGE_SELF, &ru) == 0);
    printf("getrusage: user time > 0 %d, maxrss > 0 %d\n", ru.ru_utime.tv_sec > 0 || ru.ru_utime.tv_usec > 0,
           ru.ru_maxrss > 0);
    CHECK(getrusage(RUSAGE_THREAD, &ru) == 0);
    errno = 0;
    int r = getrusage(42, &ru);
    printf("getrusage(42): %d %s\n", r, en(errno));
    struct tms t;
    clock_t c = times(&t);
    printf("times: returns ticks %d, sysconf(_SC_CLK_TCK) %ld\n", c != (clock_t)-1, sysconf(_SC_CLK_TCK));

    struct utsname u;
    CHECK(uname(&u) == 0);
    char host[256];
    gethostname(host, sizeof host);
    printf("uname: sysname %s, nodename is gethostname %d\n", u.sysname, strcmp(u.nodename, host) == 0);
    struct sysinfo si;
    CHECK(sysinfo(&si) == 0);
    printf("sysinfo: uptime > 0 %d, totalram > 0 %d, mem_unit %u, procs > 0 %d\n", si.uptime > 0, si.totalram > 0,
           si.mem_unit, si.procs > 0);
    printf("sysconf: page size %ld, online CPUs match the affinity mask: ", sysconf(_SC_PAGESIZE));
    cpu_set_t set;
    CHECK(sched_getaffinity(0, sizeof set, &set) == 0);
    printf("%d\n", CPU_COUNT(&set) <= sysconf(_SC_NPROCESSORS_ONLN) && CPU_COUNT(&set) > 0);
    unsigned cpu = 99, node = 99;
    r = getcpu(&cpu, &node);
    printf("getcpu: %s, cpu in the mask %d\n", RES(r), r == 0 && CPU_ISSET(cpu, &set));
    printf("sched_getscheduler: %d, priority range for SCHED_OTHER %d..%d\n", sched_getscheduler(0),
           sched_get_priority_min(SCHED_OTHER), sched_get_priority_max(SCHED_OTHER));
    errno = 0;
    int prio = getpriority(PRIO_PROCESS, 0);
    r = setpriority(PRIO_PROCESS, 0, prio + 1);
    printf("setpriority +1: %s, now %d higher\n", RES(r), getpriority(PRIO_PROCESS, 0) - prio);
    printf("sched_yield: %d\n", sched_yield());

    unsigned char buf[64];
    ssize_t n = getrandom(buf, sizeof buf, 0);
    ssize_t m = getrandom(buf, sizeof buf, GRND_NONBLOCK);
    printf("getrandom: %zd %zd\n", n, m);
    errno = 0;
    n = getrandom(buf, sizeof buf, 0x1000);
    printf("getrandom with a bad flag: %zd %s\n", n, en(errno));

    gid_t groups[256];
    int ng = getgroups(256, groups);
    printf("getgroups: count matches getgroups(0) %d\n", ng == getgroups(0, NULL));
    printf("identity: uid %d euid %d gid %d egid %d (as getres*)\n", getuid() == geteuid(), 1, getgid() == getegid(), 1);
}

int main(int argc, char **argv)
{
    (void)argc;
    test_names(argv[0]);
    test_limits();
    test_usage_and_info();
    return conf_exit();
}
