/* Prints the machine uname reports and whether a dynamic loader started us. */
#include <stdio.h>
#include <sys/auxv.h>
#include <sys/utsname.h>

int main(void)
{
    struct utsname u;
    if (uname(&u) != 0)
        return 1;
    printf("passes on %s (%s)\n", u.machine, getauxval(AT_BASE) ? "dynamic" : "static");
    return 0;
}
