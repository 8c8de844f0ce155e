/* Mounts and namespaces as sandboxes and debootstrap use them (root only): each part
 * runs in a child that first unshares its mount namespace, so nothing leaks into the
 * system. mount (tmpfs, proc, bind, remount read-only), umount2, pivot_root, the new
 * mount API (fsopen, fsconfig, fsmount, move_mount, open_tree, fspick, mount_setattr),
 * unshare and setns (UTS), unshare(CLONE_NEWPID) whose next child is pid 1, and
 * clone's CLONE_NEWUTS for a fork-style child. Prints only what is the same natively
 * and under the emulator; without root it says so and checks nothing.
 * Usage: namespaces SCRATCH_DIR (an empty directory, not on a tmpfs the test mounts) */
#include "conf.h"
#include <fcntl.h>
#include <linux/mount.h>
#include <sched.h>
#include <signal.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <sys/wait.h>

static char scratch[512];

static const char *at(const char *name)
{
    static char buf[4][600];
    static int next;
    char *b = buf[next++ % 4];
    snprintf(b, sizeof buf[0], "%s/%s", scratch, name);
    return b;
}

static int file_exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0;
}

static void write_file(const char *path, const char *text)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    CHECK(fd >= 0, "open %s: %s", path, en(errno));
    if (fd >= 0) {
        CHECK(write(fd, text, strlen(text)) == (ssize_t)strlen(text), "write");
        close(fd);
    }
}

/* Runs `part` in a child with a private mount namespace; its failures come back as
 * the exit status. */
static void in_child(const char *name, void (*part)(void))
{
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        conf_failures = 0;
        if (unshare(CLONE_NEWNS) != 0 || mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0) {
            printf("%s: private mount namespace: %s\n", name, en(errno));
            _exit(1);
        }
        part();
        fflush(stdout);
        _exit(conf_failures > 100 ? 100 : conf_failures);
    }
    int status = 0;
    CHECK(waitpid(pid, &status, 0) == pid, "waitpid");
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0, "%s: child status %#x", name, status);
    printf("%s: done\n", name);
}

static void classic_mounts(void)
{
    const char *dir = strdup(at("m"));
    CHECK(mount("tmpfs", dir, "tmpfs", MS_NOSUID, "size=1m,mode=0755") == 0, "mount tmpfs: %s", en(errno));
    write_file(at("m/file"), "hello");
    CHECK(file_exists(at("m/file")), "file on tmpfs");
    struct stat st;
    CHECK(stat(dir, &st) == 0 && (st.st_mode & 07777) == 0755, "tmpfs mode %o", st.st_mode & 07777);
    /* A bind mount (the source is a path) and a read-only remount of it. */
    CHECK(mount(dir, at("b"), NULL, MS_BIND, NULL) == 0, "bind: %s", en(errno));
    CHECK(file_exists(at("b/file")), "bound file");
    CHECK(mount(NULL, at("b"), NULL, MS_REMOUNT | MS_BIND | MS_RDONLY, NULL) == 0, "remount ro: %s", en(errno));
    int fd = open(at("b/new"), O_WRONLY | O_CREAT, 0644);
    printf("create on the read-only bind: %s\n", fd < 0 ? en(errno) : "created");
    if (fd >= 0) close(fd);
    CHECK(umount2(at("b"), 0) == 0, "umount bind: %s", en(errno));
    /* debootstrap: mount -t proc proc /proc. */
    CHECK(mount("proc", at("p"), "proc", 0, NULL) == 0, "mount proc: %s", en(errno));
    CHECK(file_exists(at("p/self/status")), "proc has self/status");
    CHECK(umount2(at("p"), MNT_DETACH) == 0, "umount proc: %s", en(errno));
    CHECK(umount2(dir, 0) == 0, "umount tmpfs: %s", en(errno));
    CHECK(!file_exists(at("m/file")), "file gone with the tmpfs");
    /* Errors come from the host as the guest's kernel gives them. */
    errno = 0;
    printf("mount of an unknown type: %s\n", RES(mount("x", dir, "no-such-fs", 0, NULL)));
    printf("umount of a non-mount point: %s\n", RES(umount2(dir, 0)));
    printf("mount with a bad target pointer: %s\n", RES(mount("tmpfs", (const char *)8, "tmpfs", 0, NULL)));
}

static void new_mount_api(void)
{
    int fs = (int)syscall(SYS_fsopen, "tmpfs", FSOPEN_CLOEXEC);
    CHECK(fs >= 0, "fsopen: %s", en(errno));
    CHECK(syscall(SYS_fsconfig, fs, FSCONFIG_SET_STRING, "size", "1m", 0) == 0, "fsconfig size: %s", en(errno));
    CHECK(syscall(SYS_fsconfig, fs, FSCONFIG_CMD_CREATE, NULL, NULL, 0) == 0, "fsconfig create: %s", en(errno));
    int mnt = (int)syscall(SYS_fsmount, fs, FSMOUNT_CLOEXEC, 0);
    CHECK(mnt >= 0, "fsmount: %s", en(errno));
    CHECK(syscall(SYS_move_mount, mnt, "", AT_FDCWD, at("m"), MOVE_MOUNT_F_EMPTY_PATH) == 0, "move_mount: %s", en(errno));
    write_file(at("m/file"), "new api");
    CHECK(file_exists(at("m/file")), "file on the fsmount tmpfs");
    int tree = (int)syscall(SYS_open_tree, AT_FDCWD, at("m"), OPEN_TREE_CLONE | OPEN_TREE_CLOEXEC);
    CHECK(tree >= 0, "open_tree: %s", en(errno));
    CHECK(syscall(SYS_move_mount, tree, "", AT_FDCWD, at("b"), MOVE_MOUNT_F_EMPTY_PATH) == 0, "move_mount tree: %s", en(errno));
    CHECK(file_exists(at("b/file")), "file through the cloned tree");
    struct mount_attr attr = { .attr_set = MOUNT_ATTR_RDONLY };
    CHECK(syscall(SYS_mount_setattr, AT_FDCWD, at("b"), 0, &attr, sizeof attr) == 0, "mount_setattr: %s", en(errno));
    int fd = open(at("b/other"), O_WRONLY | O_CREAT, 0644);
    printf("create after mount_setattr(RDONLY): %s\n", fd < 0 ? en(errno) : "created");
    if (fd >= 0) close(fd);
    int pick = (int)syscall(SYS_fspick, AT_FDCWD, at("m"), FSPICK_CLOEXEC);
    CHECK(pick >= 0, "fspick: %s", en(errno));
    CHECK(syscall(SYS_fsconfig, pick, FSCONFIG_SET_FLAG, "ro", NULL, 0) == 0, "fsconfig ro: %s", en(errno));
    CHECK(syscall(SYS_fsconfig, pick, FSCONFIG_CMD_RECONFIGURE, NULL, NULL, 0) == 0, "reconfigure: %s", en(errno));
    fd = open(at("m/third"), O_WRONLY | O_CREAT, 0644);
    printf("create after fspick reconfigure ro: %s\n", fd < 0 ? en(errno) : "created");
    if (fd >= 0) close(fd);
    printf("fsopen of an unknown type: %s\n", RES(syscall(SYS_fsopen, "no-such-fs", 0)));
    printf("mount_setattr with a bad pointer: %s\n",
           RES(syscall(SYS_mount_setattr, AT_FDCWD, at("b"), 0, (void *)8, sizeof attr)));
    close(pick);
    close(tree);
    close(mnt);
    close(fs);
    CHECK(umount2(at("b"), 0) == 0, "umount b: %s", en(errno));
    CHECK(umount2(at("m"), 0) == 0, "umount m: %s", en(errno));
}

static void pivot(void)
{
    const char *dir = strdup(at("m"));
    CHECK(mount("tmpfs", dir, "tmpfs", 0, NULL) == 0, "mount tmpfs: %s", en(errno));
    CHECK(mkdir(at("m/old"), 0755) == 0, "mkdir old: %s", en(errno));
    write_file(at("m/marker"), "new root");
    CHECK(syscall(SYS_pivot_root, dir, at("m/old")) == 0, "pivot_root: %s", en(errno));
    CHECK(chdir("/") == 0, "chdir /");
    CHECK(file_exists("/marker"), "the new root has the marker");
    CHECK(file_exists("/old"), "the old root is under /old");
    CHECK(umount2("/old", MNT_DETACH) == 0, "detach the old root: %s", en(errno));
    printf("after pivot_root the old root is gone: %s\n", file_exists("/old/proc") ? "no" : "yes");
}

static void uts_and_setns(void)
{
    struct utsname before, inner, after;
    uname(&before);
    int old = open("/proc/self/ns/uts", O_RDONLY | O_CLOEXEC);
    CHECK(old >= 0, "open ns/uts: %s", en(errno));
    CHECK(unshare(CLONE_NEWUTS) == 0, "unshare(CLONE_NEWUTS): %s", en(errno));
    CHECK(sethostname("xrun-inner", 10) == 0, "sethostname: %s", en(errno));
    uname(&inner);
    printf("hostname in the new UTS namespace: %s\n", inner.nodename);
    CHECK(syscall(SYS_setns, old, CLONE_NEWUTS) == 0, "setns back: %s", en(errno));
    uname(&after);
    CHECK(strcmp(before.nodename, after.nodename) == 0, "hostname back: %s", after.nodename);
    printf("setns with a wrong type: %s\n", RES(syscall(SYS_setns, old, CLONE_NEWNET)));
    close(old);
}

static void pid_namespace(void)
{
    CHECK(unshare(CLONE_NEWPID) == 0, "unshare(CLONE_NEWPID): %s", en(errno));
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        /* pid 1 of the new namespace; its parent is outside it (0). */
        conf_failures = 0;
        printf("first child: pid %d ppid %d\n", (int)getpid(), (int)getppid());
        pid_t grand = fork();
        if (grand == 0) {
            printf("its child: pid %d ppid %d\n", (int)getpid(), (int)getppid());
            fflush(stdout);
            _exit(7);
        }
        int status = 0;
        CHECK(waitpid(grand, &status, 0) == 2, "wait for pid 2");
        printf("its child exited %d\n", WEXITSTATUS(status));
        fflush(stdout);
        _exit(conf_failures);
    }
    int status = 0;
    CHECK(waitpid(pid, &status, 0) == pid, "waitpid");
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0, "pid 1 status %#x", status);
}

static int clone_child(void *arg)
{
    (void)arg;
    struct utsname u;
    sethostname("xrun-clone", 10);
    uname(&u);
    printf("clone(CLONE_NEWUTS) child hostname: %s\n", u.nodename);
    fflush(stdout);
    return 3;
}

static void clone_namespaces(void)
{
    static char stack[64 * 1024] __attribute__((aligned(16)));
    fflush(stdout);
    pid_t pid = clone(clone_child, stack + sizeof stack, CLONE_NEWUTS | SIGCHLD, NULL);
    CHECK(pid > 0, "clone: %s", en(errno));
    int status = 0;
    CHECK(waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 3, "clone child %#x", status);
    struct utsname u;
    uname(&u);
    CHECK(strcmp(u.nodename, "xrun-clone") != 0, "the parent's hostname changed");
}

int main(int argc, char **argv)
{
    if (geteuid() != 0) {
        printf("not root: nothing to check\n");
        return 0;
    }
    if (argc < 2) {
        printf("usage: namespaces SCRATCH_DIR\n");
        return 2;
    }
    snprintf(scratch, sizeof scratch, "%s", argv[1]);
    const char *dirs[] = { "m", "b", "p" };
    for (int i = 0; i < 3; i++) mkdir(at(dirs[i]), 0755);
    in_child("classic mounts", classic_mounts);
    in_child("new mount api", new_mount_api);
    in_child("pivot_root", pivot);
    in_child("uts and setns", uts_and_setns);
    in_child("pid namespace", pid_namespace);
    in_child("clone namespaces", clone_namespaces);
    return conf_exit();
}
