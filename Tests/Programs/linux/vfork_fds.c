/* A vfork child's descriptor table is its own: what it closes or opens there leaves the
 * parent's alone. The child shares the parent's memory, an emulator's bookkeeping of
 * its own descriptors with it; this fills the parent's table past 1000 (where an
 * emulator may keep its descriptors) and then, as CPython's subprocess does, vforks a
 * child that closes every descriptor from 3 up and executes this program again. After
 * each child, every descriptor the parent opened must still be there.
 * Usage: vfork_fds [child] */
#include "conf.h"
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>

enum { TOP = 1010, CHILDREN = 3 };

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "child") == 0) return 0;
    struct rlimit rl;
    CHECK(getrlimit(RLIMIT_NOFILE, &rl) == 0, "%s", en(errno));
    if (rl.rlim_cur < TOP + 64) {
        rl.rlim_cur = rl.rlim_max < TOP + 64 ? rl.rlim_max : TOP + 64;
        setrlimit(RLIMIT_NOFILE, &rl);
    }
    int last = -1;
    while (last < TOP) {
        int fd = open("/dev/null", O_RDONLY);
        if (fd < 0) break;
        last = fd;
    }
    CHECK(last >= TOP, "opened up to %d: %s", last, en(errno));
    int lost = 0;
    for (int i = 0; i < CHILDREN; i++) {
        pid_t pid = vfork();
        if (pid == 0) {
            syscall(SYS_close_range, 3, ~0u, 0);
            char *args[] = { argv[0], "child", NULL };
            execv(argv[0], args);
            _exit(127);
        }
        int st = 0;
        CHECK(waitpid(pid, &st, 0) == pid, "%s", en(errno));
        CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0, "child status %#x", st);
        for (int fd = 3; fd <= last; fd++)
            if (fcntl(fd, F_GETFD) < 0) lost++;
    }
    CHECK(lost == 0, "%d descriptors of the parent gone after its vfork children", lost);
    if (lost == 0) printf("%d vfork children closed their descriptors; the parent kept all of its own\n", CHILDREN);
    return conf_exit();
}
