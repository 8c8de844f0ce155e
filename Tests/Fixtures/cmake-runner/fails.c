/* Fails: exit status 3. */
#include <stdio.h>

int main(void)
{
    fputs("fails: as it should\n", stderr);
    return 3;
}
