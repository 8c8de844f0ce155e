/* libcrypto's SHA-1/SHA-2/MD5 as xrun runs their updates on the host (-thunk
 * libcrypto; CXrunHost/host_digests.c): the low-level Init/Update/Final functions and
 * the EVP interface (which reaches the same updates through the default provider),
 * over sizes 0-300 and up to 1 MiB fed in chunks of many sizes from every alignment,
 * a context copied midway and both continued differently, a bad data pointer (SIGSEGV, caught), SIGALRM every
 * millisecond during long updates, and four threads hashing at once. The prototypes
 * are declared here (OpenSSL 3's ABI): the guests' Debian trees carry libcrypto.so.3
 * but not its headers. Linked against the guest's libcrypto.so.3 by HostCallDigestTests. */
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>

typedef struct evp_md_st EVP_MD;
typedef struct evp_md_ctx_st EVP_MD_CTX;
EVP_MD_CTX *EVP_MD_CTX_new(void);
void EVP_MD_CTX_free(EVP_MD_CTX *);
const EVP_MD *EVP_get_digestbyname(const char *);
int EVP_DigestInit_ex(EVP_MD_CTX *, const EVP_MD *, void *);
int EVP_DigestUpdate(EVP_MD_CTX *, const void *, size_t);
int EVP_DigestFinal_ex(EVP_MD_CTX *, unsigned char *, unsigned int *);
int EVP_MD_CTX_copy_ex(EVP_MD_CTX *, const EVP_MD_CTX *);

/* One low-level family: its context size (sha.h/md5.h: SHA_CTX 96, SHA256_CTX 112,
 * SHA512_CTX 216, MD5_CTX 92 bytes), where `num` is, and its functions. */
struct family {
    const char *name;
    size_t digest, num_offset;
    int (*init)(void *);
    int (*update)(void *, const void *, size_t);
    int (*final)(unsigned char *, void *);
};
int SHA1_Init(void *); int SHA1_Update(void *, const void *, size_t); int SHA1_Final(unsigned char *, void *);
int SHA224_Init(void *); int SHA224_Update(void *, const void *, size_t); int SHA224_Final(unsigned char *, void *);
int SHA256_Init(void *); int SHA256_Update(void *, const void *, size_t); int SHA256_Final(unsigned char *, void *);
int SHA384_Init(void *); int SHA384_Update(void *, const void *, size_t); int SHA384_Final(unsigned char *, void *);
int SHA512_Init(void *); int SHA512_Update(void *, const void *, size_t); int SHA512_Final(unsigned char *, void *);
int MD5_Init(void *); int MD5_Update(void *, const void *, size_t); int MD5_Final(unsigned char *, void *);

static const struct family families[] = {
    {"sha1", 20, 92, SHA1_Init, SHA1_Update, SHA1_Final},
    {"sha224", 28, 104, SHA224_Init, SHA224_Update, SHA224_Final},
    {"sha256", 32, 104, SHA256_Init, SHA256_Update, SHA256_Final},
    {"sha384", 48, 208, SHA384_Init, SHA384_Update, SHA384_Final},
    {"sha512", 64, 208, SHA512_Init, SHA512_Update, SHA512_Final},
    {"md5", 16, 88, MD5_Init, MD5_Update, MD5_Final},
};
enum { FAMILIES = sizeof families / sizeof families[0] };
typedef union { unsigned char b[256]; uint64_t align; } ctxbuf;

static uint64_t fnv(uint64_t h, const void *p, size_t n) {
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++) h = (h ^ b[i]) * 0x100000001b3ull;
    return h;
}

static unsigned char *data;
enum { BIG = 1 << 20 };

static void hex(const unsigned char *d, size_t n) {
    for (size_t i = 0; i < n; i++) printf("%02x", d[i]);
}

/* Digest of data[off..off+n) fed in chunks of `chunk` bytes. */
static void low_level(const struct family *f, size_t off, size_t n, size_t chunk, unsigned char *out) {
    ctxbuf c;
    f->init(&c);
    for (size_t i = 0; i < n; i += chunk) f->update(&c, data + off + i, n - i < chunk ? n - i : chunk);
    f->final(out, &c);
}

static void sizes_and_chunks(void) {
    static const size_t chunks[] = {7, 3, 55, 56, 63, 64, 65, 111, 112, 127, 128, 129, 1000, 4096, BIG};
    for (int k = 0; k < FAMILIES; k++) {
        const struct family *f = &families[k];
        unsigned char d[64], ref[64];
        uint64_t h = 0xcbf29ce484222325ull;
        for (size_t n = 0; n <= 300; n++) {
            low_level(f, n % 8, n, BIG, d);
            h = fnv(h, d, f->digest);
        }
        int same = 1;
        for (size_t c = 0; c < sizeof chunks / sizeof chunks[0]; c++)
            for (size_t off = 0; off < 8; off += 5) {
                low_level(f, off, 70000 + off, chunks[c], d);
                if (c == 0 && off == 0) memcpy(ref, d, f->digest);
                else if (off == 0 && memcmp(ref, d, f->digest) != 0) same = 0;
                h = fnv(h, d, f->digest);
            }
        low_level(f, 0, BIG, 4096, d);
        printf("%s: sizes 0-300 and chunkings %016llx, chunkings agree %s, 1 MiB ", f->name,
               (unsigned long long)h, same ? "yes" : "DIFFERENT");
        hex(d, f->digest);
        printf("\n");
    }
}

/* A copy made midway continues on its own: both go on with different data. */
static void copies(void) {
    for (int k = 0; k < FAMILIES; k++) {
        const struct family *f = &families[k];
        ctxbuf a, b;
        unsigned char da[64], db[64], ref[64];
        f->init(&a);
        f->update(&a, data, 1000);
        memcpy(&b, &a, sizeof a);
        f->update(&a, data + 1000, 500);
        f->update(&b, data + 5000, 77);
        f->final(da, &a);
        f->final(db, &b);
        low_level(f, 0, 1500, BIG, ref);
        printf("%s copy: first %s, second ", f->name, memcmp(da, ref, f->digest) == 0 ? "same as one pass" : "DIFFERENT");
        hex(db, f->digest);
        printf("\n");
    }
    /* EVP, as Python's hashlib uses it: copy(), then update after the copy. */
    static const char *names[] = {"SHA1", "SHA224", "SHA256", "SHA384", "SHA512", "MD5"};
    for (int k = 0; k < 6; k++) {
        const EVP_MD *md = EVP_get_digestbyname(names[k]);
        EVP_MD_CTX *x = EVP_MD_CTX_new(), *y = EVP_MD_CTX_new();
        unsigned char dx[64], dy[64];
        unsigned int nx = 0, ny = 0;
        EVP_DigestInit_ex(x, md, NULL);
        EVP_DigestUpdate(x, data, 100000);
        EVP_MD_CTX_copy_ex(y, x);
        EVP_DigestUpdate(x, data + 100000, 3);
        EVP_DigestUpdate(y, data + 7, 129);
        EVP_DigestFinal_ex(x, dx, &nx);
        EVP_DigestFinal_ex(y, dy, &ny);
        printf("EVP %s: ", names[k]);
        hex(dx, nx);
        printf(" copy ");
        hex(dy, ny);
        printf("\n");
        EVP_MD_CTX_free(x);
        EVP_MD_CTX_free(y);
    }
}

/* Data at an unmapped address: the guest's SIGSEGV either way. */
static sigjmp_buf jb;
static void on_segv(int sig) { (void)sig; siglongjmp(jb, 1); }

static void bad_pointer(void) {
    struct sigaction sa, old;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_segv;
    sigaction(SIGSEGV, &sa, &old);
    for (int k = 0; k < FAMILIES; k++) {
        ctxbuf c;
        families[k].init(&c);
        volatile int r = -1;
        if (sigsetjmp(jb, 1) == 0) {
            r = families[k].update(&c, (const void *)(uintptr_t)0x10, 200);
            printf("%s bad data pointer: returned %d\n", families[k].name, r);
        } else {
            printf("%s bad data pointer: SIGSEGV\n", families[k].name);
        }
    }
    sigaction(SIGSEGV, &old, NULL);
}

static volatile sig_atomic_t alarms;
static void on_alarm(int sig) { (void)sig; alarms++; }

static void signals_during_updates(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm;
    sa.sa_flags = SA_RESTART;
    sigaction(SIGALRM, &sa, NULL);
    struct itimerval t = {{0, 1000}, {0, 1000}};
    setitimer(ITIMER_REAL, &t, NULL);
    unsigned char d[64], ref[64];
    ctxbuf c;
    SHA512_Init(&c);
    for (int i = 0; i < 8; i++) SHA512_Update(&c, data, BIG);
    SHA512_Final(d, &c);
    struct itimerval off = {{0, 0}, {0, 0}};
    setitimer(ITIMER_REAL, &off, NULL);
    SHA512_Init(&c);
    for (int i = 0; i < 8; i++) for (int j = 0; j < 16; j++) SHA512_Update(&c, data + j * (BIG / 16), BIG / 16);
    SHA512_Final(ref, &c);
    printf("signals during long updates: %s, digest %s\n", alarms > 0 ? "delivered" : "none",
           memcmp(d, ref, 64) == 0 ? "exact" : "DIFFERENT");
}

struct job { int id; unsigned char d[FAMILIES][64]; };
static void *worker(void *p) {
    struct job *j = p;
    for (int k = 0; k < FAMILIES; k++) low_level(&families[k], (size_t)j->id, BIG / 4, 1000 + (size_t)j->id * 333, j->d[k]);
    return NULL;
}

static void threads(void) {
    enum { N = 4 };
    pthread_t t[N];
    static struct job jobs[N];
    for (int i = 0; i < N; i++) { jobs[i].id = i; pthread_create(&t[i], NULL, worker, &jobs[i]); }
    for (int i = 0; i < N; i++) {
        pthread_join(t[i], NULL);
        int same = 1;
        for (int k = 0; k < FAMILIES; k++) {
            unsigned char ref[64];
            low_level(&families[k], (size_t)i, BIG / 4, BIG, ref);
            if (memcmp(ref, jobs[i].d[k], families[k].digest) != 0) same = 0;
        }
        printf("thread %d: digests %s, md5 ", i, same ? "exact" : "DIFFERENT");
        hex(jobs[i].d[FAMILIES - 1], 16);
        printf("\n");
    }
}

int main(void) {
    data = malloc(BIG + 64);
    uint32_t s = 7;
    for (size_t i = 0; i < BIG + 64; i++) { s = s * 1103515245 + 12345; data[i] = (unsigned char)(s >> 16); }
    sizes_and_chunks();
    copies();
    bad_pointer();
    signals_during_updates();
    threads();
    return 0;
}
