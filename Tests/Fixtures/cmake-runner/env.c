/* Passes only with RUNNER_GREETING="hello from ctest" and RUNNER_NUMBER=42 in the environment. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int check(const char *name, const char *want)
{
    const char *v = getenv(name);
    if (v && strcmp(v, want) == 0)
        return 1;
    printf("env: %s is %s%s%s, expected \"%s\"\n", name, v ? "\"" : "", v ? v : "unset", v ? "\"" : "", want);
    return 0;
}

int main(void)
{
    int ok = check("RUNNER_GREETING", "hello from ctest");
    ok &= check("RUNNER_NUMBER", "42");
    return ok ? 0 : 1;
}
