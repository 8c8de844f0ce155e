#define _GNU_SOURCE
/* A fixed sequence of file system calls, for comparing `xrun -strace` with strace(1) of
 * the native build: only the calls between the two marker opens are compared, by name
 * and result. Every call here has the same name on x86-64 and arm64 (the *at forms). */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void)
{
    char buf[128];
    openat(AT_FDCWD, "/xrun-strace-begin", O_RDONLY);
    int fd = openat(AT_FDCWD, "data.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    write(fd, "hello, strace\n", 14);
    close(fd);
    fd = openat(AT_FDCWD, "data.txt", O_RDONLY);
    read(fd, buf, sizeof buf);
    read(fd, buf, sizeof buf);
    lseek(fd, 7, SEEK_SET);
    pread(fd, buf, 4, 2);
    close(fd);
    close(fd);
    openat(AT_FDCWD, "missing/file", O_RDONLY);
    mkdirat(AT_FDCWD, "dir", 0755);
    mkdirat(AT_FDCWD, "dir", 0755);
    renameat(AT_FDCWD, "data.txt", AT_FDCWD, "dir/moved.txt");
    int p[2];
    pipe2(p, O_CLOEXEC);
    dup3(p[0], 10, 0);
    write(p[1], "x", 1);
    read(10, buf, 1);
    close(10);
    close(p[0]);
    close(p[1]);
    readlinkat(AT_FDCWD, "dir", buf, sizeof buf);
    unlinkat(AT_FDCWD, "dir/moved.txt", 0);
    unlinkat(AT_FDCWD, "dir", AT_REMOVEDIR);
    unlinkat(AT_FDCWD, "dir", AT_REMOVEDIR);
    openat(AT_FDCWD, "/xrun-strace-end", O_RDONLY);
    return 0;
}
