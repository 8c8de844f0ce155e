// Host paths for the A64 cryptographic extensions (FEAT_AES, FEAT_PMULL, FEAT_SHA256):
// each operation has a version using the host's instruction (AES-NI, PCLMULQDQ, SHA-NI)
// and a portable one; the A64 decoder picks one per translated instruction from
// xrun_crypto_host_caps(). Vectors are 16-byte A64 register images (byte i = bits
// 8i+7:8i, lane i of a .4S arrangement = bytes 4i..4i+3), unaligned, and d may be n.
#ifndef XRUN_CRYPTO_H
#define XRUN_CRYPTO_H
#include <stdint.h>

#pragma clang assume_nonnull begin

enum {
    XRUN_HOST_AES = 1,      // AES-NI (with SSE2)
    XRUN_HOST_PCLMUL = 2,   // PCLMULQDQ
    XRUN_HOST_SHA = 4,      // SHA-NI with SSSE3 and SSE4.1 (for the lane shuffles)
};
// CPUID-derived set of the above (computed once; thread-safe).
unsigned xrun_crypto_host_caps(void);

// AESE: d = SubBytes(ShiftRows(d ^ n)). AESD: d = InvSubBytes(InvShiftRows(d ^ n)).
// AESMC: d = MixColumns(n). AESIMC: d = InvMixColumns(n).
void xrun_aese_ni(void *d, const void *n);
void xrun_aesd_ni(void *d, const void *n);
void xrun_aesmc_ni(void *d, const void *n);
void xrun_aesimc_ni(void *d, const void *n);
void xrun_aese_soft(void *d, const void *n);
void xrun_aesd_soft(void *d, const void *n);
void xrun_aesmc_soft(void *d, const void *n);
void xrun_aesimc_soft(void *d, const void *n);

// d (16 bytes) = carry-less product of a and b.
void xrun_pmull64_clmul(void *d, uint64_t a, uint64_t b);
void xrun_pmull64_soft(void *d, uint64_t a, uint64_t b);

// SHA256H (d = ABCD, n = EFGH) and SHA256H2 (d = EFGH, n = ABCD), w = Vm (W+K), and the
// schedule updates SHA256SU0 (d, n) and SHA256SU1 (d, n, m), with SHA-NI. The portable
// versions are in Swift (GuestAArch64, SHA256.swift).
void xrun_sha256h_ni(void *d, const void *n, const void *w);
void xrun_sha256h2_ni(void *d, const void *n, const void *w);
void xrun_sha256su0_ni(void *d, const void *n);
void xrun_sha256su1_ni(void *d, const void *n, const void *m);

#pragma clang assume_nonnull end
#endif
