// Runs before the Swift runtime's own static initializers (constructor priority 101;
// those have the default priority, which runs last), for what they would otherwise
// get from /proc — which a chroot often lacks, and where binfmt_misc's F flag starts
// the static xrun all the same:
//
// - argv: Swift's CommandLine finds argv by scanning /proc/self/maps for the stack;
//   without /proc it sees no arguments. glibc passes argc/argv to every initializer,
//   so they are kept here (xrun's main uses them).
// - The statically linked runtime locates itself through /proc/self/exe while setting
//   up its crash backtracer, and aborts ("Unable to obtain Swift runtime path") when
//   that fails. A SWIFT_ROOT in the environment replaces that lookup; it names no
//   existing directory, so no backtracer is found (none ships next to a static xrun
//   anyway) and backtracing stays off. It is removed again before the guest starts.
#define _GNU_SOURCE
#include "xrun_startup.h"
#include <stdlib.h>
#include <unistd.h>

static int saved_argc;
static char **saved_argv;

static const char swift_root_name[] = "SWIFT_ROOT";
static int added_swift_root;

__attribute__((constructor(101)))
static void xrun_startup(int argc, char **argv, char **envp) {
    (void)envp;
    saved_argc = argc;
    saved_argv = argv;
    char buf[8];
    if (readlink("/proc/self/exe", buf, sizeof buf) < 0 && getenv(swift_root_name) == NULL) {
        added_swift_root = setenv(swift_root_name, "/nonexistent/xrun-without-proc/", 0) == 0;
    }
}

void xrun_startup_restore_environment(void) {
    if (added_swift_root) {
        unsetenv(swift_root_name);
        added_swift_root = 0;
    }
}

int xrun_startup_argc(void) { return saved_argc; }
char **xrun_startup_argv(void) { return saved_argv; }
