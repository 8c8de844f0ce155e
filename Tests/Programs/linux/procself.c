/* /proc/self as the program sees it: exe, cmdline, maps, auxv, fd, stat/status basics,
 * and getauxval. Only facts that are the same natively and under an emulator are
 * printed (never addresses, HWCAP or the machine name). Run with arguments. */
#include "conf.h"
#include <dirent.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdint.h>
#include <sys/auxv.h>
#include <sys/stat.h>

static char *slurp(const char *path, size_t *len)
{
    int fd = open(path, O_RDONLY);
    if (fd < 0) return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap + 1);
    ssize_t r;
    while ((r = read(fd, buf + n, cap - n)) > 0) {
        n += r;
        if (n == cap) buf = realloc(buf, (cap *= 2) + 1);
    }
    close(fd);
    buf[n] = 0;
    if (len) *len = n;
    return buf;
}

static const char *base(const char *p)
{
    const char *s = strrchr(p, '/');
    return s ? s + 1 : p;
}

static void test_exe(const char *argv0)
{
    char buf[4096];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    CHECK(n > 0);
    buf[n > 0 ? n : 0] = 0;
    printf("/proc/self/exe: absolute %d, basename %s, equals argv[0]'s %d\n", buf[0] == '/', base(buf),
           strcmp(base(buf), base(argv0)) == 0);
    char path[64];
    snprintf(path, sizeof path, "/proc/%d/exe", (int)getpid());
    char buf2[4096];
    ssize_t m = readlink(path, buf2, sizeof buf2 - 1);
    buf2[m > 0 ? m : 0] = 0;
    printf("/proc/<pid>/exe is the same: %d\n", m == n && strcmp(buf, buf2) == 0);
    m = readlink("/proc/thread-self/exe", buf2, sizeof buf2 - 1);
    buf2[m > 0 ? m : 0] = 0;
    printf("/proc/thread-self/exe is the same: %d\n", m == n && strcmp(buf, buf2) == 0);
    /* A leading zero names no pid directory (fs/proc/base.c, name_to_int). */
    snprintf(path, sizeof path, "/proc/0%d/exe", (int)getpid());
    printf("/proc/0<pid>/exe: %zd\n", readlink(path, buf2, sizeof buf2 - 1));
    struct stat a, b;
    printf("stat of /proc/self/exe is the program file: %d\n",
           stat("/proc/self/exe", &a) == 0 && stat(buf, &b) == 0 && a.st_ino == b.st_ino && a.st_dev == b.st_dev);
    /* Reading it gives our own ELF header. */
    int fd = open("/proc/self/exe", O_RDONLY);
    unsigned char h[20] = { 0 };
    read(fd, h, sizeof h);
    close(fd);
    printf("/proc/self/exe starts with ELF magic %d\n", memcmp(h, "\177ELF", 4) == 0);
    n = readlink("/proc/self/exe", buf, 3);
    printf("readlink with a 3-byte buffer: %zd\n", n);
}

static void test_cmdline(int argc, char **argv)
{
    size_t len;
    char *c = slurp("/proc/self/cmdline", &len);
    CHECK(c != NULL);
    size_t expect = 0;
    for (int i = 0; i < argc; i++) expect += strlen(argv[i]) + 1;
    int same = len == expect;
    size_t off = 0;
    for (int i = 0; same && i < argc; i++) {
        same = strcmp(c + off, argv[i]) == 0;
        off += strlen(argv[i]) + 1;
    }
    printf("/proc/self/cmdline equals argv %d; arguments:", same);
    off = strlen(c) + 1;
    while (off < len) {
        printf(" [%s]", c + off);
        off += strlen(c + off) + 1;
    }
    printf("\n");
    free(c);
}

static void test_maps(const char *argv0)
{
    char *m = slurp("/proc/self/maps", NULL);
    CHECK(m != NULL);
    int exec_line = 0, stack = 0, lines = 0, well_formed = 1, sorted = 1;
    unsigned long long prev_end = 0;
    char *save;
    for (char *line = strtok_r(m, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        lines++;
        unsigned long long start, end, off;
        char perms[5], dev[16], name[4096] = "";
        unsigned long inode;
        int k = sscanf(line, "%llx-%llx %4s %llx %15s %lu %4095[^\n]", &start, &end, perms, &off, dev, &inode, name);
        if (k < 6 || start >= end || strlen(perms) != 4) well_formed = 0;
        if (start < prev_end) sorted = 0;
        prev_end = end;
        char *nm = name;
        while (*nm == ' ') nm++;
        if (!strcmp(perms, "r-xp") && *nm && !strcmp(base(nm), base(argv0))) exec_line = 1;
        if (!strcmp(nm, "[stack]")) stack = 1;
    }
    printf("/proc/self/maps: well formed %d, sorted %d, r-xp line of the program %d, [stack] %d, more than 3 lines %d\n",
           well_formed, sorted, exec_line, stack, lines > 3);
    free(m);
    /* The address of a local variable is inside the [stack] line. */
    m = slurp("/proc/self/maps", NULL);
    int local_in_stack = 0;
    uintptr_t here = (uintptr_t)&local_in_stack;
    for (char *line = strtok_r(m, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        unsigned long long start, end;
        if (sscanf(line, "%llx-%llx", &start, &end) == 2 && strstr(line, "[stack]") && here >= start && here < end)
            local_in_stack = 1;
    }
    printf("a local variable lies in [stack]: %d\n", local_in_stack);
    free(m);
}

static void test_auxv(const char *argv0)
{
    size_t len;
    char *raw = slurp("/proc/self/auxv", &len);
    CHECK(raw != NULL && len % 16 == 0);
    uint64_t *a = (uint64_t *)raw;
    int pagesz = 0, entry = 0, phdr = 0, uid = 0, secure_zero = 0, random_ok = 0, execfn_ok = 0, ends_null = 0;
    int agrees = 1;
    for (size_t i = 0; i + 1 < len / 8; i += 2) {
        uint64_t t = a[i], v = a[i + 1];
        if (t == AT_NULL) {
            ends_null = i + 2 == len / 8;
            break;
        }
        switch (t) {
        case AT_PAGESZ: pagesz = v == 4096; break;
        case AT_ENTRY: entry = v != 0; break;
        case AT_PHDR: phdr = v != 0; break;
        case AT_UID: uid = v == getuid(); break;
        case AT_SECURE: secure_zero = v == 0; break;
        case AT_RANDOM: random_ok = v != 0; break;
        case AT_EXECFN: execfn_ok = v != 0 && !strcmp(base((const char *)(uintptr_t)v), base(argv0)); break;
        }
        if (t == AT_PAGESZ || t == AT_ENTRY || t == AT_PHDR || t == AT_UID || t == AT_EUID || t == AT_GID ||
            t == AT_EGID || t == AT_RANDOM || t == AT_PHNUM || t == AT_SECURE)
            if (getauxval(t) != v) agrees = 0;
    }
    printf("/proc/self/auxv: AT_PAGESZ 4096 %d, AT_ENTRY set %d, AT_PHDR set %d, AT_UID ours %d, AT_SECURE 0 %d, "
           "AT_RANDOM set %d, AT_EXECFN is the program %d, ends with AT_NULL %d, agrees with getauxval %d\n",
           pagesz, entry, phdr, uid, secure_zero, random_ok, execfn_ok, ends_null, agrees);
    printf("getauxval: AT_PAGESZ %lu, AT_EUID ours %d, AT_EGID ours %d, missing type gives 0: %lu\n",
           getauxval(AT_PAGESZ), getauxval(AT_EUID) == geteuid(), getauxval(AT_EGID) == getegid(),
           getauxval(12345));
    printf("sysconf(_SC_PAGESIZE) %ld\n", sysconf(_SC_PAGESIZE));
    free(raw);
}

static void test_fd_dir(void)
{
    int fd = open("/dev/null", O_RDONLY);
    char path[64], link[256];
    snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(path, link, sizeof link - 1);
    link[n > 0 ? n : 0] = 0;
    printf("/proc/self/fd/N of /dev/null: %s\n", link);
    int count = 0, has_fd = 0;
    DIR *d = opendir("/proc/self/fd");
    struct dirent *e;
    while (d && (e = readdir(d))) {
        if (e->d_name[0] == '.') continue;
        count++;
        if (atoi(e->d_name) == fd) has_fd = 1;
    }
    if (d) closedir(d);
    printf("/proc/self/fd lists our descriptor %d\n", has_fd);
    close(fd);
    char *st = slurp("/proc/self/status", NULL);
    int pid_ok = 0;
    if (st) {
        char *p = strstr(st, "\nPid:");
        pid_ok = p && atoi(p + 5) == getpid();
    }
    printf("/proc/self/status Pid matches getpid %d\n", pid_ok);
    free(st);
    char *stat = slurp("/proc/self/stat", NULL);
    printf("/proc/self/stat starts with our pid %d\n", stat && atoi(stat) == getpid());
    free(stat);
}

int main(int argc, char **argv)
{
    test_exe(argv[0]);
    test_cmdline(argc, argv);
    test_maps(argv[0]);
    test_auxv(argv[0]);
    test_fd_dir();
    return conf_exit();
}
