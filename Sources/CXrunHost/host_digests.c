// The host's SHA-1, SHA-2 and MD5 updates for the guest's libcrypto (HostCalls'
// "libcrypto" group). The guest passes its own context: the public structs of
// <openssl/sha.h> and <openssl/md5.h>, which have the same layout on the LP64 guests
// and x86-64 and hold only the chaining values, the bit count, the partial block (as
// bytes) and its length `num` - no pointers. The host's update therefore continues
// exactly where the guest's Init/Update left off and the guest's Final finishes it.
// `num` indexes the partial block: a context whose `num` is not below the block size
// (never one the library made) is refused (0, the functions' failure value) instead of
// letting the host write up to 4 GiB past it, outside the guest's address space.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/md5.h>
#include <openssl/sha.h>
#include "xrun_host.h"

int xrun_sha1_update(void *c, const void *data, size_t len) {
    SHA_CTX *s = c;
    return s->num < SHA_CBLOCK ? SHA1_Update(s, data, len) : 0;
}

int xrun_sha256_update(void *c, const void *data, size_t len) {
    SHA256_CTX *s = c;
    return s->num < SHA256_CBLOCK ? SHA256_Update(s, data, len) : 0;
}

int xrun_sha512_update(void *c, const void *data, size_t len) {
    SHA512_CTX *s = c;
    return s->num < SHA512_CBLOCK ? SHA512_Update(s, data, len) : 0;
}

int xrun_md5_update(void *c, const void *data, size_t len) {
    MD5_CTX *s = c;
    return s->num < MD5_CBLOCK ? MD5_Update(s, data, len) : 0;
}
