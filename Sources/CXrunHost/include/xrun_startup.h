// How xrun was started, captured before Swift runs (startup.c). Every symbol is prefixed xrun_.
#ifndef XRUN_STARTUP_H
#define XRUN_STARTUP_H
#include <sys/auxv.h>   // getauxval: AT_FLAGS, AT_EXECFD, AT_EXECFN (binfmt_misc starts)

#pragma clang assume_nonnull begin

/// argc and argv exactly as the kernel gave them (0 and NULL if startup did not run).
int xrun_startup_argc(void);
char *_Nullable *_Nullable xrun_startup_argv(void);

/// Takes back what startup did to the environment for the Swift runtime, so that the
/// guest inherits the environment xrun was started with. Call first thing in main.
void xrun_startup_restore_environment(void);

#pragma clang assume_nonnull end
#endif
