/* File I/O inside the scratch directory given as argv[1]: open/write/read/lseek/pread/
 * pwrite/ftruncate, stat/fstat/lstat (fixed mtimes via utimensat), rename, link, symlink,
 * readlink, unlink, mkdir/rmdir, opendir/readdir (names sorted), stdio, O_APPEND, dup2.
 * Prints only deterministic facts (no inode numbers, no paths). Exits with status 0. */
#define _GNU_SOURCE 1
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>
#include "common.h"

#define CHECK(x) do { if ((x) < 0) { printf("FAILED: %s: %s\n", #x, strerror(errno)); return 1; } } while (0)

static int cmp_name(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static void list_dir(const char *path)
{
    DIR *d = opendir(path);
    if (!d) { printf("opendir %s: %s\n", path, strerror(errno)); return; }
    char *names[64];
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL && n < 64) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        char type = e->d_type == DT_DIR ? 'd' : e->d_type == DT_REG ? 'f' : e->d_type == DT_LNK ? 'l' : '?';
        char *s = malloc(strlen(e->d_name) + 3);
        sprintf(s, "%s:%c", e->d_name, type);
        names[n++] = s;
    }
    closedir(d);
    qsort(names, (size_t)n, sizeof names[0], cmp_name);
    printf("%s:", path);
    for (int i = 0; i < n; i++) { printf(" %s", names[i]); free(names[i]); }
    printf("\n");
}

static void show_stat(const char *path, int follow)
{
    struct stat st;
    int r = follow ? stat(path, &st) : lstat(path, &st);
    if (r < 0) { printf("stat %s: %s\n", path, strerror(errno)); return; }
    printf("stat %s: %s mode %04o size %" PRId64 " nlink %lu mtime %" PRId64 ".%09ld blocks>0 %d\n", path,
           S_ISREG(st.st_mode) ? "file" : S_ISDIR(st.st_mode) ? "dir" : S_ISLNK(st.st_mode) ? "symlink" : "other",
           st.st_mode & 07777, S_ISDIR(st.st_mode) ? (int64_t)0 : (int64_t)st.st_size, (unsigned long)st.st_nlink, (int64_t)st.st_mtim.tv_sec,
           st.st_mtim.tv_nsec, st.st_blocks > 0);
}

int main(int argc, char **argv)
{
    if (argc < 2) { printf("usage: fileio DIR\n"); return 2; }
    CHECK(chdir(argv[1]));
    umask(022);

    int fd = open("data.bin", O_CREAT | O_EXCL | O_RDWR, 0640);
    CHECK(fd);
    char buf[8192];
    for (int i = 0; i < 26; i++) buf[i] = (char)('a' + i);
    /* Each call in its own statement: argument evaluation order differs between ABIs. */
    ssize_t r = write(fd, buf, 26);
    printf("write: %zd\n", r);
    int64_t cur = lseek(fd, 0, SEEK_CUR), end = lseek(fd, 0, SEEK_END), set = lseek(fd, 5, SEEK_SET);
    printf("lseek cur: %" PRId64 ", end: %" PRId64 ", set 5: %" PRId64 "\n", cur, end, set);
    memset(buf, 0, sizeof buf);
    r = read(fd, buf, 10);
    printf("read: %zd \"%s\"\n", r, buf);
    r = pwrite(fd, "XYZ", 3, 24);
    printf("pwrite: %zd\n", r);
    memset(buf, 0, sizeof buf);
    r = pread(fd, buf, 100, 20);
    printf("pread: %zd \"%s\"\n", r, buf);
    set = lseek(fd, 100, SEEK_SET);
    r = write(fd, "!", 1);
    printf("lseek past end: %" PRId64 ", write: %zd\n", set, r);
    memset(buf, 1, sizeof buf);
    r = pread(fd, buf, 80, 27);
    printf("pread hole: %zd bytes, zeros %d\n", r, buf[0] == 0 && buf[72] == 0);
    CHECK(ftruncate(fd, 13));
    struct stat st;
    CHECK(fstat(fd, &st));
    printf("fstat after ftruncate: size %" PRId64 " mode %04o\n", (int64_t)st.st_size, st.st_mode & 07777);
    CHECK(close(fd));
    r = read(fd, buf, 1);
    printf("read on closed fd: %zd errno %s\n", r, strerror(errno));

    /* A bigger file written in odd-sized chunks, read back with a checksum. */
    fd = open("big.bin", O_CREAT | O_WRONLY | O_TRUNC, 0600);
    CHECK(fd);
    hash_t hw, hr;
    hash_init(&hw);
    uint64_t total = 0;
    for (int i = 0; i < 300; i++) {
        size_t n = (size_t)(rng() % sizeof buf);
        for (size_t k = 0; k < n; k++) buf[k] = (char)rng();
        hash_bytes(&hw, buf, n);
        if (write(fd, buf, n) != (ssize_t)n) { printf("short write\n"); return 1; }
        total += n;
    }
    close(fd);
    fd = open("big.bin", O_RDONLY);
    CHECK(fd);
    hash_init(&hr);
    uint64_t got = 0;
    ssize_t n;
    while ((n = read(fd, buf, 1000)) > 0) { hash_bytes(&hr, buf, (size_t)n); got += (uint64_t)n; }
    close(fd);
    printf("big file: wrote %" PRIu64 " read %" PRIu64 " same %d\n", total, got, hw.h == hr.h);

    /* stdio. */
    FILE *f = fopen("text.txt", "w");
    if (!f) { printf("fopen failed\n"); return 1; }
    for (int i = 1; i <= 5; i++) fprintf(f, "line %d: %d\n", i, i * i);
    fclose(f);
    f = fopen("text.txt", "r");
    char line[100];
    int lines = 0;
    while (fgets(line, sizeof line, f)) lines++;
    printf("text lines %d, last \"%.*s\"\n", lines, (int)strcspn(line, "\n"), line);
    fclose(f);
    fd = open("text.txt", O_WRONLY | O_APPEND);
    CHECK(fd);
    lseek(fd, 0, SEEK_SET);
    CHECK(write(fd, "appended\n", 9));
    close(fd);

    /* Directories, links, renames. */
    CHECK(mkdir("sub", 0755));
    CHECK(mkdir("sub/deeper", 0700));
    int ir = mkdir("sub", 0755);
    printf("mkdir existing: %d %s\n", ir, strerror(errno));
    CHECK(rename("data.bin", "sub/renamed.bin"));
    CHECK(link("text.txt", "sub/hardlink.txt"));
    CHECK(symlink("../text.txt", "sub/symlink.txt"));
    ssize_t rl = readlink("sub/symlink.txt", buf, sizeof buf - 1);
    buf[rl > 0 ? rl : 0] = 0;
    printf("readlink: %zd \"%s\"\n", rl, buf);
    struct timespec times[2] = {{1000000000, 123456789}, {1234567890, 500000000}};
    CHECK(utimensat(AT_FDCWD, "text.txt", times, 0));
    CHECK(utimensat(AT_FDCWD, "sub", times, 0));
    CHECK(utimensat(AT_FDCWD, "sub/renamed.bin", times, 0));
    CHECK(utimensat(AT_FDCWD, "sub/symlink.txt", times, AT_SYMLINK_NOFOLLOW));
    CHECK(chmod("sub/renamed.bin", 0604));
    show_stat("text.txt", 1);
    show_stat("sub/hardlink.txt", 1);
    show_stat("sub/symlink.txt", 1);
    show_stat("sub/symlink.txt", 0);
    show_stat("sub/renamed.bin", 1);
    show_stat("sub", 1);
    show_stat("missing", 1);
    int ar = access("text.txt", R_OK), ax = access("text.txt", X_OK) == 0, am = access("nope", F_OK);
    printf("access: R %d X %d missing %d\n", ar, ax, am);
    list_dir(".");
    list_dir("sub");

    /* fd tricks. */
    fd = open("text.txt", O_RDONLY);
    int fd2 = dup(fd);
    CHECK(fd2);
    CHECK(dup2(fd, 50));
    lseek(fd, 5, SEEK_SET);
    cur = lseek(fd2, 0, SEEK_CUR);
    end = lseek(50, 0, SEEK_CUR);
    printf("shared offset via dup: %" PRId64 " %" PRId64 "\n", cur, end);
    int before = fcntl(50, F_GETFD);
    fcntl(50, F_SETFD, FD_CLOEXEC);
    printf("fcntl F_GETFD %d after FD_CLOEXEC %d\n", before, fcntl(50, F_GETFD));
    close(fd); close(fd2); close(50);

    /* Clean up and show the result. */
    ir = rmdir("sub");
    printf("rmdir non-empty: %d %s\n", ir, strerror(errno));
    CHECK(unlink("sub/symlink.txt"));
    CHECK(unlink("sub/hardlink.txt"));
    CHECK(unlink("sub/renamed.bin"));
    CHECK(rmdir("sub/deeper"));
    CHECK(rmdir("sub"));
    CHECK(unlink("big.bin"));
    show_stat("text.txt", 1);
    list_dir(".");
    CHECK(unlink("text.txt"));
    list_dir(".");
    return 0;
}
