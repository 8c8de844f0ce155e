/* Files and directories: open flags (O_CREAT|O_EXCL, O_DIRECTORY, O_NOFOLLOW, O_APPEND,
 * O_TRUNC, O_PATH, O_TMPFILE), stat/fstat/lstat/fstatat/statx (deterministic fields),
 * readdir, rename/link/symlink/readlink, unlink/rmdir, chmod/umask, access,
 * utimensat/futimens, truncate/ftruncate/fallocate, fcntl locks between processes,
 * F_GETFL/F_SETFL, F_DUPFD_CLOEXEC, dup/dup2/dup3, pread/pwrite/readv/writev/preadv,
 * lseek SEEK_DATA/HOLE, sendfile, copy_file_range, splice, getcwd/chdir/fchdir, mkdirat. */
#include "conf.h"
#include <dirent.h>
#include <fcntl.h>
#include <stdint.h>
#include <sys/file.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <sys/socket.h>
#include <sys/sysmacros.h>

static void show_open(const char *what, int fd)
{
    printf("%s: %s\n", what, fd < 0 ? en(errno) : "ok");
    if (fd >= 0) close(fd);
}

static void write_file(const char *name, const char *text)
{
    int fd = open(name, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    CHECK(fd >= 0);
    CHECK(write(fd, text, strlen(text)) == (ssize_t)strlen(text));
    close(fd);
}

static void test_open_flags(void)
{
    write_file("a.txt", "hello\n");
    mkdir("dir", 0755);
    symlink("a.txt", "link-to-a");
    symlink("dir", "link-to-dir");
    symlink("missing", "dangling");

    show_open("O_CREAT|O_EXCL on an existing file", open("a.txt", O_WRONLY | O_CREAT | O_EXCL, 0644));
    show_open("O_CREAT|O_EXCL on a new file", open("new.txt", O_WRONLY | O_CREAT | O_EXCL, 0600));
    show_open("O_CREAT|O_EXCL through a dangling symlink", open("dangling", O_WRONLY | O_CREAT | O_EXCL, 0600));
    show_open("O_DIRECTORY on a directory", open("dir", O_RDONLY | O_DIRECTORY));
    show_open("O_DIRECTORY on a file", open("a.txt", O_RDONLY | O_DIRECTORY));
    show_open("O_DIRECTORY through a symlink to a directory", open("link-to-dir", O_RDONLY | O_DIRECTORY));
    show_open("O_NOFOLLOW on a symlink", open("link-to-a", O_RDONLY | O_NOFOLLOW));
    show_open("O_NOFOLLOW on a file", open("a.txt", O_RDONLY | O_NOFOLLOW));
    show_open("O_NOFOLLOW|O_DIRECTORY on a symlink to a directory",
              open("link-to-dir", O_RDONLY | O_NOFOLLOW | O_DIRECTORY));
    show_open("O_WRONLY on a directory", open("dir", O_WRONLY));
    show_open("missing file", open("nope/nothing", O_RDONLY));
    show_open("file as a directory", open("a.txt/x", O_RDONLY));

    /* O_PATH|O_NOFOLLOW opens the link itself. */
    int fd = open("link-to-a", O_PATH | O_NOFOLLOW);
    struct stat st;
    CHECK(fd >= 0 && fstat(fd, &st) == 0 && S_ISLNK(st.st_mode));
    char buf[16];
    errno = 0;
    ssize_t n = read(fd, buf, sizeof buf);
    printf("O_PATH|O_NOFOLLOW: is a link %d, read gives %s\n", S_ISLNK(st.st_mode), n < 0 ? en(errno) : "data");
    close(fd);

    /* F_GETFL reports the guest's flags, with the arm64-specific bits in the right place. */
    fd = open("dir", O_RDONLY | O_DIRECTORY | O_NOFOLLOW);
    int fl = fcntl(fd, F_GETFL);
    printf("F_GETFL of O_DIRECTORY|O_NOFOLLOW: directory %d nofollow %d accmode %d\n", !!(fl & O_DIRECTORY),
           !!(fl & O_NOFOLLOW), fl & O_ACCMODE);
    close(fd);
    fd = open("a.txt", O_RDWR | O_APPEND);
    fl = fcntl(fd, F_GETFL);
    printf("F_GETFL of O_RDWR|O_APPEND: append %d rdwr %d nonblock %d\n", !!(fl & O_APPEND), (fl & O_ACCMODE) == O_RDWR,
           !!(fl & O_NONBLOCK));
    fcntl(fd, F_SETFL, fl | O_NONBLOCK);
    fl = fcntl(fd, F_GETFL);
    printf("after F_SETFL O_NONBLOCK: nonblock %d append %d\n", !!(fl & O_NONBLOCK), !!(fl & O_APPEND));
    lseek(fd, 0, SEEK_SET);
    write(fd, "more\n", 5); /* O_APPEND: goes to the end */
    close(fd);
    fd = open("a.txt", O_RDONLY);
    char text[64] = { 0 };
    read(fd, text, sizeof text - 1);
    close(fd);
    CHECK(!strcmp(text, "hello\nmore\n"));
    printf("O_APPEND wrote at the end: %d\n", !strcmp(text, "hello\nmore\n"));

    fd = open("a.txt", O_WRONLY | O_TRUNC);
    fstat(fd, &st);
    printf("O_TRUNC: size %lld\n", (long long)st.st_size);
    close(fd);
    write_file("a.txt", "hello\n");

    /* O_TMPFILE: an unnamed file in a directory, linked in later. */
    fd = open(".", O_TMPFILE | O_RDWR, 0600);
    if (fd >= 0) {
        write(fd, "tmp", 3);
        char path[64];
        snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
        int r = linkat(AT_FDCWD, path, AT_FDCWD, "from-tmpfile", AT_SYMLINK_FOLLOW);
        struct stat t;
        printf("O_TMPFILE: linkat %s, size %lld\n", RES(r), stat("from-tmpfile", &t) == 0 ? (long long)t.st_size : -1LL);
        close(fd);
    } else {
        printf("O_TMPFILE: %s\n", en(errno));
    }

    /* openat relative to a directory descriptor. */
    int dfd = open("dir", O_RDONLY | O_DIRECTORY);
    fd = openat(dfd, "inside.txt", O_WRONLY | O_CREAT, 0644);
    CHECK(fd >= 0);
    close(fd);
    CHECK(access("dir/inside.txt", F_OK) == 0);
    printf("openat relative to a dirfd: %d\n", access("dir/inside.txt", F_OK) == 0);
    close(dfd);
}

static void print_stat(const char *what, const struct stat *st)
{
    printf("%s: type %s perm %o size %lld nlink %lu blksize-ok %d uid-is-ours %d\n", what,
           S_ISREG(st->st_mode) ? "reg" : S_ISDIR(st->st_mode) ? "dir" : S_ISLNK(st->st_mode) ? "lnk"
           : S_ISFIFO(st->st_mode) ? "fifo" : S_ISCHR(st->st_mode) ? "chr" : "other",
           st->st_mode & 07777, (long long)st->st_size, (unsigned long)st->st_nlink, st->st_blksize > 0,
           st->st_uid == getuid());
}

static void test_stat(void)
{
    umask(022);
    write_file("s.txt", "0123456789");
    chmod("s.txt", 0640);
    struct stat st, st2, lst;
    CHECK(stat("s.txt", &st) == 0);
    print_stat("stat", &st);
    int fd = open("s.txt", O_RDONLY);
    CHECK(fstat(fd, &st2) == 0);
    CHECK(st.st_ino == st2.st_ino && st.st_dev == st2.st_dev && st.st_mtim.tv_sec == st2.st_mtim.tv_sec);
    printf("fstat agrees with stat: %d\n", st.st_ino == st2.st_ino && st.st_dev == st2.st_dev);
    close(fd);
    symlink("s.txt", "s-link");
    CHECK(lstat("s-link", &lst) == 0);
    print_stat("lstat of a symlink", &lst);
    CHECK(stat("s-link", &st2) == 0 && st2.st_ino == st.st_ino);
    printf("stat through the symlink is the file: %d\n", st2.st_ino == st.st_ino);
    CHECK(fstatat(AT_FDCWD, "s-link", &st2, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st2.st_mode));
    printf("fstatat AT_SYMLINK_NOFOLLOW is the link: %d\n", S_ISLNK(st2.st_mode));
    fd = open("s.txt", O_RDONLY);
    CHECK(fstatat(fd, "", &st2, AT_EMPTY_PATH) == 0 && st2.st_ino == st.st_ino);
    close(fd);
    mkdir("sdir", 0751);
    stat("sdir", &st2);
    print_stat("stat of a directory", &st2);
    stat("/dev/null", &st2);
    printf("/dev/null: chr %d rdev %u:%u\n", S_ISCHR(st2.st_mode), major(st2.st_rdev), minor(st2.st_rdev));
    errno = 0;
    int r = stat("nonexistent", &st2);
    printf("stat of a missing file: %d %s\n", r, en(errno));
    errno = 0;
    r = stat("s.txt/x", &st2);
    printf("stat through a file: %d %s\n", r, en(errno));

    struct statx sx;
    memset(&sx, 0, sizeof sx);
    r = statx(AT_FDCWD, "s.txt", 0, STATX_BASIC_STATS | STATX_BTIME, &sx);
    CHECK(r == 0);
    CHECK(sx.stx_ino == st.st_ino && sx.stx_size == 10 && (sx.stx_mode & 07777) == 0640);
    printf("statx: size %llu perm %o mask-has-basic %d ino agrees %d nlink %u\n", (unsigned long long)sx.stx_size,
           sx.stx_mode & 07777, (sx.stx_mask & STATX_BASIC_STATS) == STATX_BASIC_STATS, sx.stx_ino == st.st_ino,
           sx.stx_nlink);
    r = statx(AT_FDCWD, "s-link", AT_SYMLINK_NOFOLLOW, STATX_TYPE, &sx);
    printf("statx of the link: %s lnk %d\n", RES(r), S_ISLNK(sx.stx_mode));
}

static int cmp_names(const void *a, const void *b) { return strcmp(*(char **)a, *(char **)b); }

static void test_readdir(void)
{
    mkdir("list", 0755);
    for (int i = 0; i < 40; i++) {
        char name[64];
        snprintf(name, sizeof name, "list/entry-%02d-%s", i, i % 3 ? "file" : "dir");
        if (i % 3) write_file(name, "x");
        else mkdir(name, 0755);
    }
    symlink("entry-01-file", "list/zz-link");
    DIR *d = opendir("list");
    CHECK(d != NULL);
    char *names[64];
    int n = 0, dirs = 0, regs = 0, links = 0, dots = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) {
            dots++;
            continue;
        }
        if (n < 64) names[n++] = strdup(e->d_name);
        dirs += e->d_type == DT_DIR;
        regs += e->d_type == DT_REG;
        links += e->d_type == DT_LNK;
    }
    /* rewinddir and read again: the same count. */
    rewinddir(d);
    int again = 0;
    while (readdir(d)) again++;
    closedir(d);
    qsort(names, n, sizeof *names, cmp_names);
    printf("readdir: %d entries + %d dots (%d again), %d dirs %d regular %d links; first %s last %s\n", n, dots, again,
           dirs, regs, links, names[0], names[n - 1]);
    for (int i = 0; i < n; i++) free(names[i]);

    /* scandir with sorting. */
    struct dirent **list;
    int m = scandir("list", &list, NULL, alphasort);
    printf("scandir: %d, third %s\n", m, m > 2 ? list[2]->d_name : "-");
    for (int i = 0; i < m; i++) free(list[i]);
    free(list);
}

static void test_names(void)
{
    write_file("orig", "content");
    CHECK(rename("orig", "renamed") == 0);
    printf("rename: old exists %d new exists %d\n", access("orig", F_OK) == 0, access("renamed", F_OK) == 0);
    write_file("other", "x");
    CHECK(rename("other", "renamed") == 0); /* replaces */
    mkdir("d1", 0755);
    errno = 0;
    int r = rename("renamed", "d1");
    printf("rename a file over a directory: %d %s\n", r, en(errno));
    errno = 0;
    r = renameat2(AT_FDCWD, "renamed", AT_FDCWD, "d1", RENAME_NOREPLACE);
    printf("renameat2 RENAME_NOREPLACE: %d %s\n", r, en(errno));
    write_file("x1", "1");
    write_file("x2", "2");
    r = renameat2(AT_FDCWD, "x1", AT_FDCWD, "x2", RENAME_EXCHANGE);
    char c = 0;
    int fd = open("x1", O_RDONLY);
    read(fd, &c, 1);
    close(fd);
    printf("renameat2 RENAME_EXCHANGE: %s, x1 now holds %c\n", RES(r), c);

    CHECK(link("renamed", "hard") == 0);
    struct stat st;
    stat("renamed", &st);
    printf("link: nlink %lu\n", (unsigned long)st.st_nlink);
    errno = 0;
    r = link("renamed", "hard");
    printf("link onto an existing name: %d %s\n", r, en(errno));

    CHECK(symlink("renamed", "sym") == 0);
    char buf[64];
    ssize_t n = readlink("sym", buf, sizeof buf);
    printf("readlink: %zd \"%.*s\"\n", n, (int)(n > 0 ? n : 0), buf);
    n = readlink("sym", buf, 3);
    printf("readlink truncated: %zd \"%.*s\"\n", n, (int)(n > 0 ? n : 0), buf);
    errno = 0;
    n = readlink("renamed", buf, sizeof buf);
    printf("readlink of a file: %zd %s\n", n, en(errno));
    int dfd = open(".", O_RDONLY | O_DIRECTORY);
    n = readlinkat(dfd, "sym", buf, sizeof buf);
    printf("readlinkat: %zd\n", n);
    close(dfd);

    CHECK(unlink("hard") == 0);
    errno = 0;
    r = unlink("d1");
    printf("unlink a directory: %d %s\n", r, en(errno));
    write_file("d1/f", "x");
    errno = 0;
    r = rmdir("d1");
    printf("rmdir non-empty: %d %s\n", r, en(errno));
    unlink("d1/f");
    printf("rmdir empty: %s\n", RES(rmdir("d1")));
    errno = 0;
    r = mkdir("renamed", 0755);
    printf("mkdir over a file: %d %s\n", r, en(errno));
    r = mkdirat(AT_FDCWD, "made/deeper", 0755);
    printf("mkdirat with a missing parent: %d %s\n", r, en(errno));
    r = mkfifo("fifo", 0600);
    stat("fifo", &st);
    printf("mkfifo: %s fifo %d\n", RES(r), S_ISFIFO(st.st_mode));

    /* A name is bytes, not text: one that is not UTF-8 (Latin-1, CPython's PEP 383
     * names) is created, found by readdir and renamed byte for byte. */
    mkdir("bytes", 0755);
    write_file("bytes/caf\xe9-\xff", "x");
    r = rename("bytes/caf\xe9-\xff", "bytes/\xfe\xfd");
    DIR *d = opendir("bytes");
    struct dirent *e;
    int exact = 0, others = 0;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.') continue;
        if (!strcmp(e->d_name, "\xfe\xfd")) exact++; else others++;
    }
    closedir(d);
    printf("non-UTF-8 name: rename %s, readdir finds it %d (other names %d), stat %s\n", RES(r), exact, others,
           RES(stat("bytes/\xfe\xfd", &st)));
}

static void test_modes_times(void)
{
    mode_t old = umask(077);
    write_file("m.txt", "x");
    struct stat st;
    stat("m.txt", &st);
    printf("umask 077 then create 0644: %o\n", st.st_mode & 0777);
    umask(old);
    chmod("m.txt", 04755);
    stat("m.txt", &st);
    printf("chmod 4755: %o\n", st.st_mode & 07777);
    int fd = open("m.txt", O_RDONLY);
    fchmod(fd, 0400);
    fstat(fd, &st);
    printf("fchmod 0400: %o\n", st.st_mode & 07777);
    close(fd);
    fchmodat(AT_FDCWD, "m.txt", 0600, 0);
    stat("m.txt", &st);
    printf("fchmodat 0600: %o\n", st.st_mode & 07777);
    printf("access R_OK %d W_OK %d X_OK %d\n", access("m.txt", R_OK) == 0, access("m.txt", W_OK) == 0,
           access("m.txt", X_OK) == 0);
    printf("faccessat AT_EACCESS R_OK %d\n", faccessat(AT_FDCWD, "m.txt", R_OK, AT_EACCESS) == 0);

    struct timespec ts[2] = { { 1000000000, 123456789 }, { 1200000000, 987654321 } };
    CHECK(utimensat(AT_FDCWD, "m.txt", ts, 0) == 0);
    stat("m.txt", &st);
    printf("utimensat: atime %lld.%09ld mtime %lld.%09ld\n", (long long)st.st_atim.tv_sec, st.st_atim.tv_nsec,
           (long long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
    struct timespec omit[2] = { { 0, UTIME_OMIT }, { 1300000000, 0 } };
    fd = open("m.txt", O_RDONLY);
    CHECK(futimens(fd, omit) == 0);
    close(fd);
    stat("m.txt", &st);
    printf("futimens with UTIME_OMIT: atime %lld mtime %lld\n", (long long)st.st_atim.tv_sec,
           (long long)st.st_mtim.tv_sec);
    symlink("m.txt", "m-link");
    struct timespec lts[2] = { { 1100000000, 0 }, { 1100000000, 0 } };
    int r = utimensat(AT_FDCWD, "m-link", lts, AT_SYMLINK_NOFOLLOW);
    struct stat lst;
    lstat("m-link", &lst);
    stat("m.txt", &st);
    printf("utimensat AT_SYMLINK_NOFOLLOW: %s link mtime %lld file mtime %lld\n", RES(r),
           (long long)lst.st_mtim.tv_sec, (long long)st.st_mtim.tv_sec);
}

static void test_sizes(void)
{
    write_file("t.txt", "0123456789abcdef");
    CHECK(truncate("t.txt", 4) == 0);
    struct stat st;
    stat("t.txt", &st);
    printf("truncate to 4: %lld\n", (long long)st.st_size);
    int fd = open("t.txt", O_RDWR);
    CHECK(ftruncate(fd, 100000) == 0);
    fstat(fd, &st);
    printf("ftruncate to 100000: %lld\n", (long long)st.st_size);
    off_t data = lseek(fd, 0, SEEK_DATA), hole = lseek(fd, 0, SEEK_HOLE), end = lseek(fd, 0, SEEK_END);
    printf("SEEK_DATA %lld SEEK_HOLE>0 %d SEEK_END %lld\n", (long long)data, hole > 0, (long long)end);
    errno = 0;
    off_t bad = lseek(fd, -1, SEEK_SET);
    printf("lseek to -1: %lld %s\n", (long long)bad, en(errno));
    int r = fallocate(fd, 0, 0, 200000);
    fstat(fd, &st);
    printf("fallocate to 200000: %s size %lld\n", RES(r), (long long)st.st_size);
    close(fd);
    errno = 0;
    r = truncate("t.txt", -1);
    printf("truncate to -1: %d %s\n", r, en(errno));
}

static void test_locks(void)
{
    write_file("lock.txt", "0123456789");
    int fd = open("lock.txt", O_RDWR);
    struct flock fl = { .l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 2, .l_len = 4 };
    CHECK(fcntl(fd, F_SETLK, &fl) == 0);
    fflush(stdout);
    int ready[2], go[2];
    pipe(ready);
    pipe(go);
    pid_t pid = fork();
    if (pid == 0) {
        int cfd = open("lock.txt", O_RDWR);
        struct flock t = { .l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 0, .l_len = 10 };
        int r = fcntl(cfd, F_GETLK, &t);
        printf("  child F_GETLK: %s type %s start %lld len %lld pid is parent %d\n", RES(r),
               t.l_type == F_WRLCK ? "F_WRLCK" : t.l_type == F_UNLCK ? "F_UNLCK" : "?", (long long)t.l_start,
               (long long)t.l_len, t.l_pid == getppid());
        struct flock s = { .l_type = F_RDLCK, .l_whence = SEEK_SET, .l_start = 3, .l_len = 1 };
        errno = 0;
        r = fcntl(cfd, F_SETLK, &s);
        printf("  child F_SETLK on the locked range: %d %s\n", r, en(errno));
        s.l_start = 6;
        printf("  child F_SETLK next to it: %s\n", RES(fcntl(cfd, F_SETLK, &s)));
        write(ready[1], "r", 1);
        s.l_type = F_WRLCK;
        s.l_start = 2;
        r = fcntl(cfd, F_SETLKW, &s); /* waits until the parent unlocks */
        printf("  child F_SETLKW after the parent unlocked: %s\n", RES(r));
        _exit(0);
    }
    char c;
    read(ready[0], &c, 1);
    usleep(10000);
    fl.l_type = F_UNLCK;
    fcntl(fd, F_SETLK, &fl);
    int st;
    waitpid(pid, &st, 0);
    printf("F_SETLK/F_GETLK/F_SETLKW between processes done: %d\n", WIFEXITED(st) && WEXITSTATUS(st) == 0);

    /* flock: exclusive lock makes a second open file description wait (LOCK_NB: EWOULDBLOCK). */
    CHECK(flock(fd, LOCK_EX) == 0);
    int fd2 = open("lock.txt", O_RDONLY);
    errno = 0;
    int r = flock(fd2, LOCK_SH | LOCK_NB);
    printf("flock LOCK_SH|LOCK_NB against LOCK_EX: %d %s\n", r, en(errno));
    flock(fd, LOCK_UN);
    printf("after LOCK_UN: %s\n", RES(flock(fd2, LOCK_SH | LOCK_NB)));
    close(fd2);

    /* OFD locks conflict between two open file descriptions of one process. */
    struct flock o = { .l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 0, .l_len = 1 };
    fd2 = open("lock.txt", O_RDWR);
    CHECK(fcntl(fd, F_OFD_SETLK, &o) == 0);
    errno = 0;
    r = fcntl(fd2, F_OFD_SETLK, &o);
    printf("F_OFD_SETLK from another description: %d %s\n", r, en(errno));
    close(fd2);
    close(fd);
}

static void test_descriptors(void)
{
    int fd = open("a.txt", O_RDONLY);
    int d1 = fcntl(fd, F_DUPFD_CLOEXEC, 20);
    int d2 = fcntl(fd, F_DUPFD, 20);
    printf("F_DUPFD_CLOEXEC from 20: %d cloexec %d; F_DUPFD: %d cloexec %d\n", d1, fcntl(d1, F_GETFD), d2,
           fcntl(d2, F_GETFD));
    int d3 = dup(fd);
    int d4 = dup2(fd, 30);
    int d5 = dup3(fd, 31, O_CLOEXEC);
    printf("dup %d, dup2 to 30: %d, dup3 O_CLOEXEC to 31: %d cloexec %d\n", d3 > fd, d4, d5, fcntl(31, F_GETFD));
    errno = 0;
    int r = dup3(fd, fd, 0);
    printf("dup3 onto itself: %d %s\n", r, en(errno));
    errno = 0;
    r = dup3(fd, 32, O_NONBLOCK);
    printf("dup3 with a bad flag: %d %s\n", r, en(errno));
    fcntl(d2, F_SETFD, FD_CLOEXEC);
    printf("F_SETFD: %d\n", fcntl(d2, F_GETFD));
    /* Duplicates share the offset. */
    char c;
    read(fd, &c, 1);
    printf("shared offset: %lld\n", (long long)lseek(d4, 0, SEEK_CUR));
    close(d1); close(d2); close(d3); close(d4); close(d5); close(fd);
    errno = 0;
    r = close(fd);
    printf("close twice: %d %s\n", r, en(errno));
    errno = 0;
    r = fcntl(999, F_GETFD);
    printf("fcntl on a bad fd: %d %s\n", r, en(errno));
}

static void test_vector_io(void)
{
    int fd = open("v.txt", O_RDWR | O_CREAT | O_TRUNC, 0644);
    struct iovec iov[3] = { { "alpha-", 6 }, { "", 0 }, { "beta-gamma", 10 } };
    ssize_t n = writev(fd, iov, 3);
    printf("writev: %zd\n", n);
    char a[4], b[5], rest[32] = { 0 };
    struct iovec riov[3] = { { a, 4 }, { b, 5 }, { rest, sizeof rest - 1 } };
    lseek(fd, 0, SEEK_SET);
    n = readv(fd, riov, 3);
    printf("readv: %zd \"%.4s\" \"%.5s\" \"%s\"\n", n, a, b, rest);
    n = pwrite(fd, "XY", 2, 3);
    char p[8] = { 0 };
    ssize_t m = pread(fd, p, 6, 1);
    printf("pwrite %zd, pread %zd \"%s\", offset unchanged %lld\n", n, m, p, (long long)lseek(fd, 0, SEEK_CUR));
    memset(a, 0, 4);
    memset(b, 0, 5);
    struct iovec piov[2] = { { a, 3 }, { b, 4 } };
    n = preadv(fd, piov, 2, 8);
    printf("preadv at 8: %zd \"%.3s\" \"%.4s\"\n", n, a, b);
    struct iovec wiov[2] = { { "12", 2 }, { "34", 2 } };
    n = pwritev(fd, wiov, 2, 0);
    memset(p, 0, sizeof p);
    pread(fd, p, 6, 0);
    printf("pwritev at 0: %zd -> \"%s\"\n", n, p);
    errno = 0;
    n = pread(fd, p, 1, -1);
    printf("pread at -1: %zd %s\n", n, en(errno));
    int pp[2];
    pipe(pp);
    errno = 0;
    n = pwrite(pp[1], "x", 1, 0);
    printf("pwrite on a pipe: %zd %s\n", n, en(errno));
    close(pp[0]);
    close(pp[1]);
    errno = 0;
    volatile int negative = -1;
    n = readv(fd, riov, negative);
    printf("readv with a negative count: %zd %s\n", n, en(errno));
    close(fd);
}

static void test_copies(void)
{
    char big[10000];
    for (int i = 0; i < (int)sizeof big; i++) big[i] = (char)('a' + i % 26);
    int in = open("src.bin", O_RDWR | O_CREAT | O_TRUNC, 0644);
    write(in, big, sizeof big);
    int out = open("dst.bin", O_RDWR | O_CREAT | O_TRUNC, 0644);
    off_t off = 100;
    ssize_t n = sendfile(out, in, &off, 5000);
    printf("sendfile: %zd, offset now %lld, input position %lld\n", n, (long long)off, (long long)lseek(in, 0, SEEK_CUR));
    char back[5000];
    pread(out, back, 5000, 0);
    printf("sendfile data matches: %d\n", memcmp(back, big + 100, 5000) == 0);

    loff_t ioff = 0, ooff = 20000;
    n = copy_file_range(in, &ioff, out, &ooff, 3000, 0);
    printf("copy_file_range: %zd, offsets %lld %lld\n", n, (long long)ioff, (long long)ooff);
    pread(out, back, 3000, 20000);
    printf("copy_file_range data matches: %d\n", memcmp(back, big, 3000) == 0);

    int p[2];
    pipe(p);
    lseek(in, 0, SEEK_SET);
    n = splice(in, NULL, p[1], NULL, 1000, 0);
    char got[1000];
    ssize_t m = read(p[0], got, sizeof got);
    printf("splice file->pipe: %zd, read back %zd matches %d\n", n, m, memcmp(got, big, 1000) == 0);
    /* A socketpair end as the sendfile target. */
    int sv[2];
    socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
    off = 0;
    n = sendfile(sv[0], in, &off, 100);
    m = read(sv[1], got, sizeof got);
    printf("sendfile to a socket: %zd, received %zd\n", n, m);
    close(sv[0]); close(sv[1]); close(p[0]); close(p[1]);
    close(in);
    close(out);
}

static void test_cwd(void)
{
    char start[4096], buf[4096];
    CHECK(getcwd(start, sizeof start) != NULL);
    mkdir("cwd-sub", 0755);
    CHECK(chdir("cwd-sub") == 0);
    getcwd(buf, sizeof buf);
    size_t l = strlen(start);
    printf("chdir: cwd is start + %s\n", strncmp(buf, start, l) == 0 ? buf + l : "?");
    int dfd = open("..", O_RDONLY | O_DIRECTORY);
    CHECK(fchdir(dfd) == 0);
    close(dfd);
    getcwd(buf, sizeof buf);
    printf("fchdir back: %d\n", strcmp(buf, start) == 0);
    errno = 0;
    char *r = getcwd(buf, 2);
    printf("getcwd with a tiny buffer: %s %s\n", r ? "ok" : "NULL", en(errno));
    errno = 0;
    int c = chdir("a.txt");
    printf("chdir to a file: %d %s\n", c, en(errno));
}

int main(void)
{
    test_open_flags();
    test_stat();
    test_readdir();
    test_names();
    test_modes_times();
    test_sizes();
    test_locks();
    test_descriptors();
    test_vector_io();
    test_copies();
    test_cwd();
    return conf_exit();
}
