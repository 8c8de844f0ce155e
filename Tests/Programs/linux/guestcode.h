/* Machine code the Linux conformance programs write and run (hostile.c, stress.c),
 * encoded for AArch64, RISC-V 64 and x86-64 so that the native build does the same. */
#ifndef XRUN_GUESTCODE_H
#define XRUN_GUESTCODE_H
#include <stdint.h>
#include <string.h>

/* "return k" (k < 2048) at p; its size. */
static inline size_t emit_return(unsigned char *p, uint32_t k)
{
#if defined(__aarch64__)
    uint32_t insn[2] = {0x52800000u | (k << 5) /* movz w0, #k */, 0xd65f03c0u /* ret */};
#elif defined(__riscv)
    uint32_t insn[2] = {(k << 20) | 0x513u /* li a0, k */, 0x00008067u /* ret */};
#elif defined(__x86_64__)
    unsigned char insn[6] = {0xb8, (unsigned char)k, (unsigned char)(k >> 8), 0, 0, 0xc3};  /* mov eax, k; ret */
#else
#error "no encodings for this architecture"
#endif
    memcpy(p, insn, sizeof insn);
    return sizeof insn;
}

#endif
