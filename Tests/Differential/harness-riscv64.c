/* Differential-test harness for RISC-V 64 (see README.md next to this file).
 *
 * Build: riscv64-linux-gnu-gcc -O2 -static -no-pie -fno-stack-protector -mno-relax
 * -Wl,--no-relax (DifferentialTests compiles and caches it). Run it under qemu-riscv64
 * and under xrun with the same stdin; both must write the same bytes to stdout.
 *
 * The same protocol as harness-aarch64.c: `struct in_case` records in, one
 * `struct out_case` per record out. The code is copied to CODE_PAGE (16- and 32-bit
 * instructions, any mix) and followed by `jal x0, RET_PAGE`; the stub in ENTRY_PAGE
 * loads fcsr, f0-f31 and x1-x31 and jumps to it; the stub in RET_PAGE stores them back.
 *
 * Reserved: x4 (tp). It points to the output block while the sequence runs (the return
 * stub stores through it; nothing else in the sequence gives a free base register), so
 * generated code may read it (its value is a fixed address) but must never write it.
 * Its slot in both the input and the output is unused (0). gp is not reserved: the
 * harness is built without linker relaxation, so no harness code addresses data
 * through gp, and case_exit/fault_recover restore it.
 *
 * A synchronous signal in the sequence records signal, si_code, si_addr, the PC and
 * the registers of the signal frame (x1-x31 from the general registers, f0-f31 and
 * fcsr from the D-extension state) and returns into fault_recover. The handler runs on
 * an alternate stack and touches no thread-local data (tp belongs to the sequence).
 */
#define _GNU_SOURCE
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

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
    uint64_t x[32];      /*   0: x0 (unused), x1-x31; x4 unused (reserved) */
    uint64_t nzcv;       /* 256: unused */
    uint64_t fcsr;       /* 264 */
    uint64_t fpsr;       /* 272: unused */
    uint64_t pad;        /* 280 */
    uint8_t v[32][16];   /* 288: f0-f31 in the low 8 bytes of each slot */
} __attribute__((aligned(16)));   /* 800 bytes */

struct in_case {
    uint32_t magic, ncode;           /* ncode: bytes of code, a multiple of 2, <= MAX_CODE */
    uint64_t pad;
    struct regs r;                   /* 16 */
    uint8_t mem[WINDOW_SIZE];        /* 816 */
    uint8_t code[MAX_CODE];          /* 1840 */
};                                   /* 2096 bytes */

struct out_case {
    uint32_t magic, signo;           /* signo 0: the sequence ran to its end */
    int32_t si_code;
    uint32_t pad0;
    uint64_t fault_addr, fault_pc;   /* si_addr; the PC the signal was raised at */
    struct regs r;                   /* 32 */
    uint8_t mem[WINDOW_SIZE];        /* 832 */
    uint64_t filler_hash;            /* 1856: 0 when the rest of the data page is untouched */
    uint64_t pad1;
};                                   /* 1872 bytes */

_Static_assert(sizeof(struct regs) == 800, "regs layout");
_Static_assert(sizeof(struct in_case) == 2096, "in_case layout");
_Static_assert(sizeof(struct out_case) == 1872, "out_case layout");

struct regs out_regs;          /* the return stub's target (tp during the sequence) */
uint64_t host_save[28];        /* ra, sp, gp, tp, s0-s11, fs0-fs11 of the harness */
static volatile int in_sequence;
static struct out_case out;
static uint8_t filler[FILLER_SIZE];

extern char entry_stub[], entry_stub_end[], ret_stub[], ret_stub_end[];
extern int run_case(struct regs *in, uint64_t entry);
extern char fault_recover[];

/* Stubs: assembled here, copied to ENTRY_PAGE / RET_PAGE at start-up. The literal
 * (.dword) holds an absolute address, which survives the copy. */
__asm__(
    ".text\n"
    ".option push\n"
    ".option norelax\n"
    ".option norvc\n"
    ".balign 16\n"
    ".globl entry_stub, entry_stub_end, ret_stub, ret_stub_end, run_case, case_exit, fault_recover\n"
    "entry_stub:\n"               /* a0 = struct regs *, tp = &out_regs */
    "  sc.d x0, x0, (a0)\n"       /* an SC ends any reservation left by an earlier case */
    "  ld t0, 264(a0)\n  fscsr t0\n  fld f0, 288(a0)\n  fld f1, 304(a0)\n"
    "  fld f2, 320(a0)\n  fld f3, 336(a0)\n  fld f4, 352(a0)\n  fld f5, 368(a0)\n"
    "  fld f6, 384(a0)\n  fld f7, 400(a0)\n  fld f8, 416(a0)\n  fld f9, 432(a0)\n"
    "  fld f10, 448(a0)\n  fld f11, 464(a0)\n  fld f12, 480(a0)\n  fld f13, 496(a0)\n"
    "  fld f14, 512(a0)\n  fld f15, 528(a0)\n  fld f16, 544(a0)\n  fld f17, 560(a0)\n"
    "  fld f18, 576(a0)\n  fld f19, 592(a0)\n  fld f20, 608(a0)\n  fld f21, 624(a0)\n"
    "  fld f22, 640(a0)\n  fld f23, 656(a0)\n  fld f24, 672(a0)\n  fld f25, 688(a0)\n"
    "  fld f26, 704(a0)\n  fld f27, 720(a0)\n  fld f28, 736(a0)\n  fld f29, 752(a0)\n"
    "  fld f30, 768(a0)\n  fld f31, 784(a0)\n  ld x1, 8(a0)\n  ld x2, 16(a0)\n"
    "  ld x3, 24(a0)\n  ld x5, 40(a0)\n  ld x6, 48(a0)\n  ld x7, 56(a0)\n"
    "  ld x8, 64(a0)\n  ld x9, 72(a0)\n  ld x11, 88(a0)\n  ld x12, 96(a0)\n"
    "  ld x13, 104(a0)\n  ld x14, 112(a0)\n  ld x15, 120(a0)\n  ld x16, 128(a0)\n"
    "  ld x17, 136(a0)\n  ld x18, 144(a0)\n  ld x19, 152(a0)\n  ld x20, 160(a0)\n"
    "  ld x21, 168(a0)\n  ld x22, 176(a0)\n  ld x23, 184(a0)\n  ld x24, 192(a0)\n"
    "  ld x25, 200(a0)\n  ld x26, 208(a0)\n  ld x27, 216(a0)\n  ld x28, 224(a0)\n"
    "  ld x29, 232(a0)\n  ld x30, 240(a0)\n  ld x31, 248(a0)\n  ld x10, 80(a0)\n"
    "  jal x0, .\n"              /* patched: jal x0, CODE_PAGE */
    "entry_stub_end:\n"
    "\n"
    ".balign 16\n"
    "ret_stub:\n"
    "  sd x1, 8(tp)\n  sd x2, 16(tp)\n  sd x3, 24(tp)\n  sd x5, 40(tp)\n"
    "  sd x6, 48(tp)\n  sd x7, 56(tp)\n  sd x8, 64(tp)\n  sd x9, 72(tp)\n"
    "  sd x10, 80(tp)\n  sd x11, 88(tp)\n  sd x12, 96(tp)\n  sd x13, 104(tp)\n"
    "  sd x14, 112(tp)\n  sd x15, 120(tp)\n  sd x16, 128(tp)\n  sd x17, 136(tp)\n"
    "  sd x18, 144(tp)\n  sd x19, 152(tp)\n  sd x20, 160(tp)\n  sd x21, 168(tp)\n"
    "  sd x22, 176(tp)\n  sd x23, 184(tp)\n  sd x24, 192(tp)\n  sd x25, 200(tp)\n"
    "  sd x26, 208(tp)\n  sd x27, 216(tp)\n  sd x28, 224(tp)\n  sd x29, 232(tp)\n"
    "  sd x30, 240(tp)\n  sd x31, 248(tp)\n  fsd f0, 288(tp)\n  fsd f1, 304(tp)\n"
    "  fsd f2, 320(tp)\n  fsd f3, 336(tp)\n  fsd f4, 352(tp)\n  fsd f5, 368(tp)\n"
    "  fsd f6, 384(tp)\n  fsd f7, 400(tp)\n  fsd f8, 416(tp)\n  fsd f9, 432(tp)\n"
    "  fsd f10, 448(tp)\n  fsd f11, 464(tp)\n  fsd f12, 480(tp)\n  fsd f13, 496(tp)\n"
    "  fsd f14, 512(tp)\n  fsd f15, 528(tp)\n  fsd f16, 544(tp)\n  fsd f17, 560(tp)\n"
    "  fsd f18, 576(tp)\n  fsd f19, 592(tp)\n  fsd f20, 608(tp)\n  fsd f21, 624(tp)\n"
    "  fsd f22, 640(tp)\n  fsd f23, 656(tp)\n  fsd f24, 672(tp)\n  fsd f25, 688(tp)\n"
    "  fsd f26, 704(tp)\n  fsd f27, 720(tp)\n  fsd f28, 736(tp)\n  fsd f29, 752(tp)\n"
    "  fsd f30, 768(tp)\n  fsd f31, 784(tp)\n"
    "  frcsr t0\n  sd t0, 264(tp)\n"
    ".balign 8\n"
    "1:auipc t0, 0\n"
    "  ld t0, 16(t0)\n"             /* the literal below */
    "  jr t0\n"
    "  nop\n"
    "  .dword case_exit\n"
    "ret_stub_end:\n"
    "\n"
    "run_case:\n"                 /* a0 = struct regs *, a1 = entry; returns 0, or 1 after a signal */
    "  la t0, host_save\n"
    "  sd ra, 0(t0)\n  sd sp, 8(t0)\n  sd gp, 16(t0)\n  sd tp, 24(t0)\n"
    "  sd s0, 32(t0)\n  sd s1, 40(t0)\n  sd s2, 48(t0)\n  sd s3, 56(t0)\n"
    "  sd s4, 64(t0)\n  sd s5, 72(t0)\n  sd s6, 80(t0)\n  sd s7, 88(t0)\n"
    "  sd s8, 96(t0)\n  sd s9, 104(t0)\n  sd s10, 112(t0)\n  sd s11, 120(t0)\n"
    "  fsd fs0, 128(t0)\n  fsd fs1, 136(t0)\n  fsd fs2, 144(t0)\n  fsd fs3, 152(t0)\n"
    "  fsd fs4, 160(t0)\n  fsd fs5, 168(t0)\n  fsd fs6, 176(t0)\n  fsd fs7, 184(t0)\n"
    "  fsd fs8, 192(t0)\n  fsd fs9, 200(t0)\n  fsd fs10, 208(t0)\n  fsd fs11, 216(t0)\n"
    "  la tp, out_regs\n"
    "  jr a1\n"
    "case_exit:\n"
    "  li a0, 0\n  j 3f\n"
    "fault_recover:\n"
    "  li a0, 1\n"
    "3:\n"
    "  la t0, host_save\n"
    "  ld ra, 0(t0)\n  ld sp, 8(t0)\n  ld gp, 16(t0)\n  ld tp, 24(t0)\n"
    "  ld s0, 32(t0)\n  ld s1, 40(t0)\n  ld s2, 48(t0)\n  ld s3, 56(t0)\n"
    "  ld s4, 64(t0)\n  ld s5, 72(t0)\n  ld s6, 80(t0)\n  ld s7, 88(t0)\n"
    "  ld s8, 96(t0)\n  ld s9, 104(t0)\n  ld s10, 112(t0)\n  ld s11, 120(t0)\n"
    "  fld fs0, 128(t0)\n  fld fs1, 136(t0)\n  fld fs2, 144(t0)\n  fld fs3, 152(t0)\n"
    "  fld fs4, 160(t0)\n  fld fs5, 168(t0)\n  fld fs6, 176(t0)\n  fld fs7, 184(t0)\n"
    "  fld fs8, 192(t0)\n  fld fs9, 200(t0)\n  fld fs10, 208(t0)\n  fld fs11, 216(t0)\n"
    "  fscsr x0\n"
    "  ret\n"
    ".option pop\n");

static void die(const char *msg) {
    write(2, "harness-riscv64: ", 17);
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
    out.fault_pc = mc->__gregs[REG_PC];
    for (int i = 1; i < 32; i++) out.r.x[i] = i == REG_TP ? 0 : mc->__gregs[i];
    for (int i = 0; i < 32; i++) memcpy(out.r.v[i], &mc->__fpregs.__d.__f[i], 8);
    out.r.fcsr = mc->__fpregs.__d.__fcsr;
    mc->__gregs[REG_PC] = (uint64_t)fault_recover;
    mc->__gregs[REG_SP] = host_save[1];
    mc->__gregs[3] = host_save[2]; /* gp */
    mc->__gregs[REG_TP] = host_save[3];
}

#include "harness-io.h"

/* jal x0, to */
static uint32_t branch(uint64_t from, uint64_t to) {
    uint32_t d = (uint32_t)(to - from);
    return ((d >> 20 & 1) << 31) | ((d >> 1 & 0x3ff) << 21) | ((d >> 11 & 1) << 20) | ((d >> 12 & 0xff) << 12) | 0x6f;
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
    __asm__ volatile("fence.i" ::: "memory");

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
        if (in.magic != IN_MAGIC || in.ncode > MAX_CODE || in.ncode % 2) die("bad input record");
        /* Code, then the jump to the return stub; zeros (an illegal instruction) after it. */
        memset((void *)CODE_PAGE, 0, last_code);
        memcpy((void *)CODE_PAGE, in.code, in.ncode);
        *(uint32_t *)(CODE_PAGE + in.ncode) = branch(CODE_PAGE + in.ncode, RET_PAGE);
        last_code = in.ncode + 4;
        __asm__ volatile("fence.i" ::: "memory");
        memcpy((void *)WINDOW, in.mem, WINDOW_SIZE);

        memset(&out, 0, sizeof out);
        memset(&out_regs, 0, sizeof out_regs);
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
