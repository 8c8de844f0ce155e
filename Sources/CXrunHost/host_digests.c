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

// One checked update per context type.
#define XRUN_DIGEST_UPDATE(name, CTX, update, block)                 \
    int name(void *c, const void *data, size_t len) {                \
        CTX *s = c;                                                  \
        return s->num < (block) ? update(s, data, len) : 0;          \
    }

XRUN_DIGEST_UPDATE(xrun_sha1_update, SHA_CTX, SHA1_Update, SHA_CBLOCK)
XRUN_DIGEST_UPDATE(xrun_sha256_update, SHA256_CTX, SHA256_Update, SHA256_CBLOCK)
XRUN_DIGEST_UPDATE(xrun_sha512_update, SHA512_CTX, SHA512_Update, SHA512_CBLOCK)
XRUN_DIGEST_UPDATE(xrun_md5_update, MD5_CTX, MD5_Update, MD5_CBLOCK)
