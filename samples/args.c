/* Prints what the guest was started with: argc, argv and one environment variable. */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    printf("argc = %d\n", argc);
    for (int i = 0; i < argc; i++)
        printf("argv[%d] = \"%s\"\n", i, argv[i]);
    const char *v = getenv("XRUN_SAMPLE");
    printf("XRUN_SAMPLE = %s\n", v ? v : "(unset)");
    return 0;
}
