/* The smallest useful guest: one line on stdout, exit status 0. */
#include <stdio.h>

int main(void)
{
    puts("Hello from AArch64!");
    return 0;
}
