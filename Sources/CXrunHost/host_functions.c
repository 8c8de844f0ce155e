// The host's own implementations of the guest library functions HostCalls may run
// natively, by name. A table of addresses rather than dlsym: it works in the fully
// static xrun too, and names only functions the catalog (HostCalls/ThunkCatalog.swift)
// lists.
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#include "xrun_host.h"

static const struct { const char *name; void *fn; } host_functions[] = {
    {"memcpy", (void *)memcpy},   {"memmove", (void *)memmove}, {"memset", (void *)memset},
    {"memcmp", (void *)memcmp},   {"memchr", (void *)memchr},   {"strlen", (void *)strlen},
    {"strnlen", (void *)strnlen}, {"strcmp", (void *)strcmp},   {"strncmp", (void *)strncmp},
    {"strchr", (void *)strchr},   {"strrchr", (void *)strrchr}, {"strcpy", (void *)strcpy},
    {"stpcpy", (void *)stpcpy},   {"strcat", (void *)strcat},
    {"crc32", (void *)crc32},     {"adler32", (void *)adler32},
    {"sin", (void *)sin},   {"cos", (void *)cos},     {"tan", (void *)tan},   {"exp", (void *)exp},
    {"log", (void *)log},   {"log10", (void *)log10}, {"pow", (void *)pow},   {"atan2", (void *)atan2},
    {"qsort", (void *)qsort},
    {"inflateInit_", (void *)inflateInit_}, {"inflateInit2_", (void *)inflateInit2_}, {"inflate", (void *)inflate},
    {"inflateEnd", (void *)inflateEnd}, {"inflateReset", (void *)inflateReset}, {"inflateReset2", (void *)inflateReset2},
    {"inflateResetKeep", (void *)inflateResetKeep}, {"inflateSetDictionary", (void *)inflateSetDictionary},
    {"inflateGetDictionary", (void *)inflateGetDictionary}, {"inflateSync", (void *)inflateSync},
    {"inflateSyncPoint", (void *)inflateSyncPoint}, {"inflateCopy", (void *)inflateCopy},
    {"inflatePrime", (void *)inflatePrime}, {"inflateMark", (void *)inflateMark},
    {"inflateUndermine", (void *)inflateUndermine}, {"inflateValidate", (void *)inflateValidate},
    {"inflateCodesUsed", (void *)inflateCodesUsed},
    {"deflateInit_", (void *)deflateInit_}, {"deflateInit2_", (void *)deflateInit2_}, {"deflate", (void *)deflate},
    {"deflateEnd", (void *)deflateEnd}, {"deflateReset", (void *)deflateReset},
    {"deflateResetKeep", (void *)deflateResetKeep}, {"deflateSetDictionary", (void *)deflateSetDictionary},
    {"deflateGetDictionary", (void *)deflateGetDictionary}, {"deflateCopy", (void *)deflateCopy},
    {"deflatePrime", (void *)deflatePrime}, {"deflateParams", (void *)deflateParams},
    {"deflateTune", (void *)deflateTune}, {"deflateBound", (void *)deflateBound},
    {"deflatePending", (void *)deflatePending},   {"zlibVersion", (void *)zlibVersion},
};

void *xrun_host_function(const char *name) {
    for (size_t i = 0; i < sizeof host_functions / sizeof host_functions[0]; i++)
        if (strcmp(host_functions[i].name, name) == 0) return host_functions[i].fn;
    return NULL;
}
