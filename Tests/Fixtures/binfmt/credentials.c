/* Prints the real and effective user and the AT_SECURE the guest was given: a setuid
 * copy run through binfmt_misc's C flag must see euid 0 and AT_SECURE 1. */
#include <stdio.h>
#include <sys/auxv.h>
#include <unistd.h>

int main(void)
{
    printf("uid=%d euid=%d secure=%lu\n", (int)getuid(), (int)geteuid(), getauxval(AT_SECURE));
    return 0;
}
