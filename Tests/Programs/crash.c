/* Dies the way argv[1] says, after printing (and flushing) one line:
 *   abort      abort()                  -> SIGABRT
 *   segv       write through NULL        -> SIGSEGV
 *   segv-read  read from an unmapped page -> SIGSEGV
 *   term       raise(SIGTERM)           -> SIGTERM
 *   raise-segv raise(SIGSEGV), sent, not a fault -> SIGSEGV
 *   kill       kill(getpid(), SIGKILL)  -> SIGKILL
 * The emulator must then die of the same signal. */
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    const char *how = argc > 1 ? argv[1] : "";
    printf("about to die: %s\n", how);
    fflush(stdout);
    if (!strcmp(how, "abort")) abort();
    if (!strcmp(how, "segv")) {
        int *volatile p = NULL;   /* volatile: the compiler cannot turn this into a trap */
        *p = 42;
    }
    if (!strcmp(how, "segv-read")) {
        int *volatile p = (int *)(uintptr_t)0x1000;
        printf("%d\n", *p);
    }
    if (!strcmp(how, "term")) raise(SIGTERM);
    if (!strcmp(how, "raise-segv")) raise(SIGSEGV);
    if (!strcmp(how, "kill")) kill(getpid(), SIGKILL);
    printf("still alive\n");
    return 1;
}
