// The host's own implementations of the guest library functions HostCalls may run
// natively, by name. A table of addresses rather than dlsym: it works in the fully
// static xrun too, and names only functions the catalog (HostCalls/ThunkCatalog.swift)
// lists.
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#include "xrun_host.h"

// One entry per function: its name and its address.
#define XRUN_HOST_FN(f) {#f, (void *)f}
static const struct { const char *name; void *fn; } host_functions[] = {
    XRUN_HOST_FN(memcpy), XRUN_HOST_FN(memmove), XRUN_HOST_FN(memset), XRUN_HOST_FN(memcmp), XRUN_HOST_FN(memchr),
    XRUN_HOST_FN(strlen), XRUN_HOST_FN(strnlen), XRUN_HOST_FN(strcmp), XRUN_HOST_FN(strncmp), XRUN_HOST_FN(strchr),
    XRUN_HOST_FN(strrchr), XRUN_HOST_FN(strcpy), XRUN_HOST_FN(stpcpy), XRUN_HOST_FN(strcat),
    XRUN_HOST_FN(crc32), XRUN_HOST_FN(adler32), XRUN_HOST_FN(zlibVersion),
    XRUN_HOST_FN(sin), XRUN_HOST_FN(cos), XRUN_HOST_FN(tan), XRUN_HOST_FN(exp), XRUN_HOST_FN(log),
    XRUN_HOST_FN(log10), XRUN_HOST_FN(pow), XRUN_HOST_FN(atan2),
    XRUN_HOST_FN(qsort),
    XRUN_HOST_FN(inflateInit_), XRUN_HOST_FN(inflateInit2_), XRUN_HOST_FN(inflate), XRUN_HOST_FN(inflateEnd),
    XRUN_HOST_FN(inflateReset), XRUN_HOST_FN(inflateReset2), XRUN_HOST_FN(inflateResetKeep),
    XRUN_HOST_FN(inflateSetDictionary), XRUN_HOST_FN(inflateGetDictionary), XRUN_HOST_FN(inflateSync),
    XRUN_HOST_FN(inflateSyncPoint), XRUN_HOST_FN(inflateCopy), XRUN_HOST_FN(inflatePrime), XRUN_HOST_FN(inflateMark),
    XRUN_HOST_FN(inflateUndermine), XRUN_HOST_FN(inflateValidate), XRUN_HOST_FN(inflateCodesUsed),
    XRUN_HOST_FN(deflateInit_), XRUN_HOST_FN(deflateInit2_), XRUN_HOST_FN(deflate), XRUN_HOST_FN(deflateEnd),
    XRUN_HOST_FN(deflateReset), XRUN_HOST_FN(deflateResetKeep), XRUN_HOST_FN(deflateSetDictionary),
    XRUN_HOST_FN(deflateGetDictionary), XRUN_HOST_FN(deflateCopy), XRUN_HOST_FN(deflatePrime),
    XRUN_HOST_FN(deflateParams), XRUN_HOST_FN(deflateTune), XRUN_HOST_FN(deflateBound), XRUN_HOST_FN(deflatePending),
    XRUN_HOST_FN(inflateGetHeader), XRUN_HOST_FN(deflateSetHeader),
    {"SHA1_Update", (void *)xrun_sha1_update}, {"SHA224_Update", (void *)xrun_sha256_update},
    {"SHA256_Update", (void *)xrun_sha256_update}, {"SHA384_Update", (void *)xrun_sha512_update},
    {"SHA512_Update", (void *)xrun_sha512_update}, {"MD5_Update", (void *)xrun_md5_update},
};

void *xrun_host_function(const char *name) {
    for (size_t i = 0; i < sizeof host_functions / sizeof host_functions[0]; i++)
        if (strcmp(host_functions[i].name, name) == 0) return host_functions[i].fn;
    return NULL;
}

xrun_fp_call_result xrun_call_fp2(double (*fn)(double, double), double a, double b) {
    errno = 0;
    double r = fn(a, b);
    return (xrun_fp_call_result){r, errno};
}
