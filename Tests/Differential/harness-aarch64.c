/* Differential-test harness for AArch64 (see README.md next to this file).
 *
 * Build: aarch64-linux-gnu-gcc -O2 -static -no-pie -fno-stack-protector
 * (DifferentialTests compiles and caches it). Run it under qemu-aarch64 and under xrun
 * with the same stdin; both must write the same bytes to stdout.
 *
 * stdin: a sequence of `struct in_case` records; stdout: one `struct out_case` per
 * record. For each case the harness copies the case's instruction words to CODE_PAGE,
 * followed by `b RET_PAGE`, copies the memory window, then enters through the stub in
 * ENTRY_PAGE, which loads V0-V31, FPCR, FPSR, NZCV, SP and X0-X30 from the case and
 * falls into the code by `b CODE_PAGE`. The stub in RET_PAGE stores every register
 * back and leaves for case_exit. No general register is reserved: the return stub
 * stashes X0 in TPIDR_EL0 while it loads the address of the output block from a
 * literal, and case_exit restores the thread pointer. SP may hold anything during the
 * sequence; signals are taken on an alternate stack.
 *
 * A synchronous signal in the sequence (SIGILL, SIGSEGV, SIGBUS, SIGTRAP, SIGFPE)
 * records the signal, si_code, si_addr, the PC and the registers of the signal frame
 * (general registers, NZCV from PSTATE, FPSR/FPCR/V0-V31 from the fpsimd_context
 * record), then returns from the handler into fault_recover, which restores the
 * harness's own state.
 *
 * Every address involved is fixed (a static, non-PIE binary; MAP_FIXED pages), so
 * values such as ADR results, link registers and fault addresses are comparable
 * between emulators as they are.
 */
#define _GNU_SOURCE
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>
#include <asm/sigcontext.h>

#define ENTRY_PAGE 0x2a5c3000UL
#define CODE_PAGE 0x2a5c4000UL
#define RET_PAGE 0x2a5c5000UL
#define DATA_PAGE 0x30000000UL /* guard pages below and above it */
#define WINDOW_SIZE 1024
#define WINDOW (DATA_PAGE + 4096 - WINDOW_SIZE) /* the window ends at the upper guard page */
#define FILLER_SIZE (4096 - WINDOW_SIZE)        /* the rest of the data page */
#define MAX_CODE 256

#define IN_MAGIC 0x31434458u  /* "XDC1" */
#define OUT_MAGIC 0x31524458u /* "XDR1" */

/* Offsets are fixed: the stubs and the Swift side use them as numbers. */
struct regs {
    uint64_t x[32];      /*   0: X0-X30, [31] = SP */
    uint64_t nzcv;       /* 256: PSTATE format (N bit 31 ... V bit 28) */
    uint64_t fpcr;       /* 264 */
    uint64_t fpsr;       /* 272 */
    uint64_t pad;        /* 280 */
    uint8_t v[32][16];   /* 288: V0-V31 */
} __attribute__((aligned(16)));   /* 800 bytes */

struct in_case {
    uint32_t magic, ncode;           /* ncode: bytes of code, a multiple of 4, <= MAX_CODE */
    uint64_t pad;
    struct regs r;                   /* 16 */
    uint8_t mem[WINDOW_SIZE];        /* 816 */
    uint8_t code[MAX_CODE];          /* 1840 */
};                                   /* 2096 bytes */

struct out_case {
    uint32_t magic, signo;           /* signo 0: the sequence ran to its end */
    int32_t si_code;
    uint32_t pad0;
    uint64_t fault_addr, fault_pc;  /* si_addr; the PC the signal was raised at */
    struct regs r;                   /* 32 */
    uint8_t mem[WINDOW_SIZE];        /* 832 */
    uint64_t filler_hash;            /* 1856: 0 when the rest of the data page is untouched */
    uint64_t pad1;
};                                   /* 1872 bytes */

_Static_assert(sizeof(struct regs) == 800, "regs layout");
_Static_assert(sizeof(struct in_case) == 2096, "in_case layout");
_Static_assert(sizeof(struct out_case) == 1872, "out_case layout");

struct regs out_regs;          /* the return stub's target */
uint64_t host_save[24];        /* x19-x30, d8-d15, sp, tpidr_el0 of the harness */
static volatile int in_sequence;
static struct out_case out;
static uint8_t filler[FILLER_SIZE];

extern char entry_stub[], entry_stub_end[], ret_stub[], ret_stub_end[];
extern int run_case(struct regs *in, uint64_t entry);
extern char fault_recover[];

/* Stubs: assembled here, copied to ENTRY_PAGE / RET_PAGE at start-up. The literals
 * (.quad) hold absolute addresses, which survive the copy. */
__asm__(
    ".text\n"
    ".balign 16\n"
    ".globl entry_stub, entry_stub_end, ret_stub, ret_stub_end, run_case, case_exit, fault_recover\n"
    "entry_stub:\n"               /* x0 = struct regs * */
    "  clrex\n"
    "  ldp q0, q1, [x0, #288]\n  ldp q2, q3, [x0, #320]\n  ldp q4, q5, [x0, #352]\n"
    "  ldp q6, q7, [x0, #384]\n  ldp q8, q9, [x0, #416]\n  ldp q10, q11, [x0, #448]\n"
    "  ldp q12, q13, [x0, #480]\n  ldp q14, q15, [x0, #512]\n  ldp q16, q17, [x0, #544]\n"
    "  ldp q18, q19, [x0, #576]\n  ldp q20, q21, [x0, #608]\n  ldp q22, q23, [x0, #640]\n"
    "  ldp q24, q25, [x0, #672]\n  ldp q26, q27, [x0, #704]\n  ldp q28, q29, [x0, #736]\n"
    "  ldp q30, q31, [x0, #768]\n"
    "  ldr x1, [x0, #264]\n  msr fpcr, x1\n"
    "  ldr x1, [x0, #272]\n  msr fpsr, x1\n"
    "  ldr x1, [x0, #256]\n  msr nzcv, x1\n"
    "  ldr x1, [x0, #248]\n  mov sp, x1\n"
    "  ldp x1, x2, [x0, #8]\n  ldp x3, x4, [x0, #24]\n  ldp x5, x6, [x0, #40]\n"
    "  ldp x7, x8, [x0, #56]\n  ldp x9, x10, [x0, #72]\n  ldp x11, x12, [x0, #88]\n"
    "  ldp x13, x14, [x0, #104]\n  ldp x15, x16, [x0, #120]\n  ldp x17, x18, [x0, #136]\n"
    "  ldp x19, x20, [x0, #152]\n  ldp x21, x22, [x0, #168]\n  ldp x23, x24, [x0, #184]\n"
    "  ldp x25, x26, [x0, #200]\n  ldp x27, x28, [x0, #216]\n  ldp x29, x30, [x0, #232]\n"
    "  ldr x0, [x0]\n"
    "  b .\n"                    /* patched: b CODE_PAGE */
    "entry_stub_end:\n"
    "\n"
    ".balign 16\n"
    "ret_stub:\n"
    "  msr tpidr_el0, x0\n"
    "  ldr x0, 1f\n"
    "  stp x1, x2, [x0, #8]\n  stp x3, x4, [x0, #24]\n  stp x5, x6, [x0, #40]\n"
    "  stp x7, x8, [x0, #56]\n  stp x9, x10, [x0, #72]\n  stp x11, x12, [x0, #88]\n"
    "  stp x13, x14, [x0, #104]\n  stp x15, x16, [x0, #120]\n  stp x17, x18, [x0, #136]\n"
    "  stp x19, x20, [x0, #152]\n  stp x21, x22, [x0, #168]\n  stp x23, x24, [x0, #184]\n"
    "  stp x25, x26, [x0, #200]\n  stp x27, x28, [x0, #216]\n  stp x29, x30, [x0, #232]\n"
    "  mrs x1, tpidr_el0\n  str x1, [x0]\n"
    "  mov x1, sp\n  str x1, [x0, #248]\n"
    "  mrs x1, nzcv\n  str x1, [x0, #256]\n"
    "  mrs x1, fpcr\n  str x1, [x0, #264]\n"
    "  mrs x1, fpsr\n  str x1, [x0, #272]\n"
    "  stp q0, q1, [x0, #288]\n  stp q2, q3, [x0, #320]\n  stp q4, q5, [x0, #352]\n"
    "  stp q6, q7, [x0, #384]\n  stp q8, q9, [x0, #416]\n  stp q10, q11, [x0, #448]\n"
    "  stp q12, q13, [x0, #480]\n  stp q14, q15, [x0, #512]\n  stp q16, q17, [x0, #544]\n"
    "  stp q18, q19, [x0, #576]\n  stp q20, q21, [x0, #608]\n  stp q22, q23, [x0, #640]\n"
    "  stp q24, q25, [x0, #672]\n  stp q26, q27, [x0, #704]\n  stp q28, q29, [x0, #736]\n"
    "  stp q30, q31, [x0, #768]\n"
    "  ldr x1, 2f\n"
    "  br x1\n"
    ".balign 8\n"
    "1: .quad out_regs\n"
    "2: .quad case_exit\n"
    "ret_stub_end:\n"
    "\n"
    "run_case:\n"                 /* x0 = struct regs *, x1 = entry; returns 0, or 1 after a signal */
    "  adrp x9, host_save\n  add x9, x9, :lo12:host_save\n"
    "  stp x19, x20, [x9, #0]\n  stp x21, x22, [x9, #16]\n  stp x23, x24, [x9, #32]\n"
    "  stp x25, x26, [x9, #48]\n  stp x27, x28, [x9, #64]\n  stp x29, x30, [x9, #80]\n"
    "  stp d8, d9, [x9, #96]\n  stp d10, d11, [x9, #112]\n  stp d12, d13, [x9, #128]\n"
    "  stp d14, d15, [x9, #144]\n"
    "  mov x10, sp\n  str x10, [x9, #160]\n"
    "  mrs x10, tpidr_el0\n  str x10, [x9, #168]\n"
    "  br x1\n"
    "case_exit:\n"
    "  mov x0, #0\n  b 3f\n"
    "fault_recover:\n"
    "  mov x0, #1\n"
    "3:\n"
    "  adrp x9, host_save\n  add x9, x9, :lo12:host_save\n"
    "  ldr x10, [x9, #168]\n  msr tpidr_el0, x10\n"
    "  ldr x10, [x9, #160]\n  mov sp, x10\n"
    "  ldp x19, x20, [x9, #0]\n  ldp x21, x22, [x9, #16]\n  ldp x23, x24, [x9, #32]\n"
    "  ldp x25, x26, [x9, #48]\n  ldp x27, x28, [x9, #64]\n  ldp x29, x30, [x9, #80]\n"
    "  ldp d8, d9, [x9, #96]\n  ldp d10, d11, [x9, #112]\n  ldp d12, d13, [x9, #128]\n"
    "  ldp d14, d15, [x9, #144]\n"
    "  msr fpcr, xzr\n  msr fpsr, xzr\n"
    "  clrex\n"
    "  ret\n");

static void die(const char *msg) {
    write(2, "harness-aarch64: ", 17);
    write(2, msg, strlen(msg));
    write(2, "\n", 1);
    _exit(99);
}

static void handler(int sig, siginfo_t *si, void *ucv) {
    ucontext_t *uc = ucv;
    mcontext_t *mc = &uc->uc_mcontext;
    if (!in_sequence) die("signal outside the test sequence");
    in_sequence = 0;
    out.signo = (uint32_t)sig;
    out.si_code = si->si_code;
    out.fault_addr = (uint64_t)si->si_addr;
    out.fault_pc = mc->pc;
    for (int i = 0; i < 31; i++) out.r.x[i] = mc->regs[i];
    out.r.x[31] = mc->sp;
    out.r.nzcv = mc->pstate & 0xf0000000u;
    /* The fpsimd_context record is the first one in __reserved. */
    struct fpsimd_context *fp = (struct fpsimd_context *)(void *)mc->__reserved;
    if (fp->head.magic != FPSIMD_MAGIC) die("no fpsimd_context in the signal frame");
    out.r.fpcr = fp->fpcr;
    out.r.fpsr = fp->fpsr;
    memcpy(out.r.v, fp->vregs, sizeof out.r.v);
    mc->pc = (uint64_t)fault_recover;
    mc->sp = host_save[20];
}

#include "harness-io.h"

static uint32_t branch(uint64_t from, uint64_t to) {
    return 0x14000000u | (uint32_t)(((to - from) >> 2) & 0x3ffffff);
}

int main(void) {
    map_fixed(ENTRY_PAGE, 3 * 4096, PROT_READ | PROT_WRITE | PROT_EXEC);
    map_fixed(DATA_PAGE - 4096, 4096, PROT_NONE);
    map_fixed(DATA_PAGE, 4096, PROT_READ | PROT_WRITE);
    map_fixed(DATA_PAGE + 4096, 4096, PROT_NONE);

    size_t elen = (size_t)(entry_stub_end - entry_stub), rlen = (size_t)(ret_stub_end - ret_stub);
    memcpy((void *)ENTRY_PAGE, entry_stub, elen);
    *(uint32_t *)(ENTRY_PAGE + elen - 4) = branch(ENTRY_PAGE + elen - 4, CODE_PAGE);
    memcpy((void *)RET_PAGE, ret_stub, rlen);
    __builtin___clear_cache((char *)ENTRY_PAGE, (char *)(ENTRY_PAGE + 3 * 4096));

    for (int i = 0; i < FILLER_SIZE; i++) filler[i] = (uint8_t)(i * 131 + 7);
    memcpy((void *)DATA_PAGE, filler, FILLER_SIZE);

    static uint8_t altstack[65536] __attribute__((aligned(16)));
    stack_t ss = { .ss_sp = altstack, .ss_size = sizeof altstack, .ss_flags = 0 };
    if (sigaltstack(&ss, 0) != 0) die("sigaltstack failed");
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
    sigemptyset(&sa.sa_mask);
    int sigs[] = { SIGILL, SIGSEGV, SIGBUS, SIGTRAP, SIGFPE };
    for (unsigned i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
        if (sigaction(sigs[i], &sa, 0) != 0) die("sigaction failed");

    static struct in_case in;
    uint32_t last_code = MAX_CODE + 4;
    while (read_full(&in, sizeof in)) {
        if (in.magic != IN_MAGIC || in.ncode > MAX_CODE || in.ncode % 4) die("bad input record");
        /* Code, then the branch to the return stub; zeros (UDF #0) after it. */
        memset((void *)CODE_PAGE, 0, last_code);
        memcpy((void *)CODE_PAGE, in.code, in.ncode);
        *(uint32_t *)(CODE_PAGE + in.ncode) = branch(CODE_PAGE + in.ncode, RET_PAGE);
        last_code = in.ncode + 4;
        __builtin___clear_cache((char *)CODE_PAGE, (char *)(CODE_PAGE + last_code));
        memcpy((void *)WINDOW, in.mem, WINDOW_SIZE);

        memset(&out, 0, sizeof out);
        out.magic = OUT_MAGIC;
        in_sequence = 1;
        int faulted = run_case(&in.r, ENTRY_PAGE);
        in_sequence = 0;
        if (!faulted) out.r = out_regs;
        memcpy(out.mem, (void *)WINDOW, WINDOW_SIZE);
        if (memcmp((void *)DATA_PAGE, filler, FILLER_SIZE) != 0) {
            uint64_t h = 0xcbf29ce484222325ull;
            for (int i = 0; i < FILLER_SIZE; i++) h = (h ^ ((uint8_t *)DATA_PAGE)[i]) * 0x100000001b3ull;
            out.filler_hash = h | 1;
            memcpy((void *)DATA_PAGE, filler, FILLER_SIZE);
        }
        emit(&out, sizeof out);
    }
    flush_out();
    return 0;
}
