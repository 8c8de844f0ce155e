/* A fault in the middle of a hot block: what the guest's SIGSEGV handler sees must be
 * what the CPU would show, in whichever tier runs the block. The block (written in
 * assembly, so its instructions and registers are exactly known) writes registers,
 * makes four memory accesses, and writes more registers between and after them; it
 * runs many times with good pointers (so the native tier compiles it), then once with
 * a bad pointer for the 3rd or the 4th access. The handler checks si_addr, si_code,
 * the PC in the ucontext (exactly the faulting instruction), that the registers written
 * before the fault hold their values and the ones after do not, and that the store
 * before the fault reached memory. Bad pointers: an unmapped page (a host fault in
 * translated code) and an address at or above 1 << 40 (beyond the emulator's guest
 * region: its out-of-range path); on AArch64 also a tagged one (top-byte-ignore). A
 * second block, a loop of one block (the native tier's self-loop), faults in its n-th
 * iteration. Prints one line per case; exits 0 when every check held.
 * Guest-only (AArch64, RISC-V 64): there is no host oracle for register contents. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

/* nf_block(good, p3, p4): the values the handler expects are named after their role. */
#define V_BEFORE1 0x111   /* written before the 1st access */
#define V_BEFORE3 0x222   /* written between the 2nd and 3rd */
#define V_AFTER3 0x333    /* written after the 3rd, before the 4th */
#define V_INITIAL 0x444   /* what the 3rd access's destination holds before it */
#define V_AFTER4 0x555    /* written after the 4th */

/* A global function in top-level assembly (both assemblers take %function). */
#define ASM_FUNC(name) ".globl " #name "\n.type " #name ", %function\n" #name ":\n"
#define ASM_LABEL(name) ".globl " #name "\n" #name ":\n"

#if defined(__aarch64__)
/* Registers: A=x9 B=x11 C=x12 D=x13 (3rd access's destination) E=x14 F=x15;
 * loop: counter x9, cursor x0, pointer x10. */
enum { R_A = 9, R_B = 11, R_C = 12, R_D = 13, R_E = 14, R_F = 15,
       R_COUNT = 9, R_CURSOR = 0, R_POINTER = 10 };
__asm__(".text\n"
        ASM_FUNC(nf_block)
        "  mov x13, #0x444\n"
        "  mov x14, #0\n"
        "  mov x15, #0\n"
        "  mov x9, #0x111\n"
        "  ldr x10, [x0]\n"          /* 1st access */
        "  add x11, x10, #1\n"
        "  str x11, [x0, #8]\n"      /* 2nd */
        "  mov x12, #0x222\n"
        ASM_LABEL(nf_fault3)
        "  ldr x13, [x1]\n"          /* 3rd */
        "  mov x14, #0x333\n"
        ASM_LABEL(nf_fault4)
        "  str x14, [x2]\n"          /* 4th */
        "  mov x15, #0x555\n"
        "  ret\n"
        ".size nf_block, .-nf_block\n"
        /* nf_loop(pointers, n): sums *pointers[i]; x9 counts the iterations begun. */
        ASM_FUNC(nf_loop)
        "  mov x9, #0\n"
        "  mov x12, #0\n"
        "1:\n"
        "  ldr x10, [x0], #8\n"
        "  add x9, x9, #1\n"
        ASM_LABEL(nf_loop_fault)
        "  ldr x11, [x10]\n"
        "  add x12, x12, x11\n"
        "  subs x1, x1, #1\n"
        "  b.ne 1b\n"
        "  mov x0, x12\n"
        "  ret\n"
        ".size nf_loop, .-nf_loop\n");
#define UC_REG(uc, n) ((uint64_t)(uc)->uc_mcontext.regs[n])
#define UC_PC(uc) ((uint64_t)(uc)->uc_mcontext.pc)
#define UC_FIRST 0   /* regs[] holds x0-x30 */
#elif defined(__riscv) && __riscv_xlen == 64
/* Registers: A=t0(x5) B=t2(x7) C=t5(x30) D=t3(x28) E=t4(x29) F=t6(x31);
 * loop: counter t0, cursor a0(x10), pointer t1(x6). */
enum { R_A = 5, R_B = 7, R_C = 30, R_D = 28, R_E = 29, R_F = 31,
       R_COUNT = 5, R_CURSOR = 10, R_POINTER = 6 };
__asm__(".text\n"
        ASM_FUNC(nf_block)
        "  li t3, 0x444\n"
        "  li t4, 0\n"
        "  li t6, 0\n"
        "  li t0, 0x111\n"
        "  ld t1, 0(a0)\n"           /* 1st access */
        "  addi t2, t1, 1\n"
        "  sd t2, 8(a0)\n"           /* 2nd */
        "  li t5, 0x222\n"
        ASM_LABEL(nf_fault3)
        "  ld t3, 0(a1)\n"           /* 3rd */
        "  li t4, 0x333\n"
        ASM_LABEL(nf_fault4)
        "  sd t4, 0(a2)\n"           /* 4th */
        "  li t6, 0x555\n"
        "  ret\n"
        ".size nf_block, .-nf_block\n"
        ASM_FUNC(nf_loop)
        "  li t0, 0\n"
        "  li t5, 0\n"
        "1:\n"
        "  ld t1, 0(a0)\n"
        "  addi a0, a0, 8\n"
        "  addi t0, t0, 1\n"
        ASM_LABEL(nf_loop_fault)
        "  ld t2, 0(t1)\n"
        "  add t5, t5, t2\n"
        "  addi a1, a1, -1\n"
        "  bnez a1, 1b\n"
        "  mv a0, t5\n"
        "  ret\n"
        ".size nf_loop, .-nf_loop\n");
#define UC_REG(uc, n) ((uint64_t)(uc)->uc_mcontext.__gregs[n])
#define UC_PC(uc) ((uint64_t)(uc)->uc_mcontext.__gregs[0])
#define UC_FIRST 1   /* __gregs[0] is the PC */
#else
#error "guest-only program: AArch64 or RISC-V 64"
#endif

extern void nf_block(uint64_t *good, uint64_t *p3, uint64_t *p4);
extern uint64_t nf_loop(uint64_t **pointers, uint64_t n);
extern char nf_fault3[], nf_fault4[], nf_loop_fault[];

/* What the handler saw, checked after it jumped back. */
static sigjmp_buf back;
static volatile siginfo_t seen_info;
static volatile uint64_t seen_pc, seen_regs[32];

static void on_segv(int sig, siginfo_t *si, void *ucv)
{
    (void)sig;
    ucontext_t *uc = ucv;
    seen_info = *si;
    seen_pc = UC_PC(uc);
    for (int i = UC_FIRST; i < 31 + UC_FIRST; i++) seen_regs[i] = UC_REG(uc, i);
    siglongjmp(back, 1);
}

static int failures;

static void expect(const char *what, const char *field, uint64_t got, uint64_t want)
{
    if (got == want) return;
    printf("%s: %s is %#llx, expected %#llx\n", what, field, (unsigned long long)got, (unsigned long long)want);
    failures++;
}

static void expect_not(const char *what, const char *field, uint64_t got, uint64_t unwanted)
{
    if (got != unwanted) return;
    printf("%s: %s is %#llx, written after the fault\n", what, field, (unsigned long long)got);
    failures++;
}

static uint64_t good[4], spare;

/* Runs nf_block hot, then with `bad` as the pointer of access `which` (3 or 4). */
static void block_case(const char *what, int which, uint64_t *bad, uint64_t fault_addr)
{
    for (int i = 0; i < 200; i++) {
        good[0] = (uint64_t)i * 3;
        nf_block(good, &spare, &good[3]);
    }
    good[0] = 0x7000;
    good[1] = 0;
    spare = 0x6000;
    if (sigsetjmp(back, 1) == 0) {
        nf_block(good, which == 3 ? bad : &spare, which == 4 ? bad : &good[3]);
        printf("%s: no fault\n", what);
        failures++;
        return;
    }
    expect(what, "si_addr", (uint64_t)seen_info.si_addr, fault_addr);
    expect(what, "si_code", (uint64_t)seen_info.si_code, SEGV_MAPERR);
    expect(what, "pc", seen_pc, (uint64_t)(which == 3 ? nf_fault3 : nf_fault4));
    expect(what, "register written before access 1", seen_regs[R_A], V_BEFORE1);
    expect(what, "register loaded + 1", seen_regs[R_B], 0x7001);
    expect(what, "register written before access 3", seen_regs[R_C], V_BEFORE3);
    expect(what, "memory stored by access 2", good[1], 0x7001);
    if (which == 3) {
        expect(what, "destination of the faulting load", seen_regs[R_D], V_INITIAL);
        expect_not(what, "register written after access 3", seen_regs[R_E], V_AFTER3);
    } else {
        expect(what, "register loaded by access 3", seen_regs[R_D], 0x6000);
        expect(what, "register written after access 3", seen_regs[R_E], V_AFTER3);
    }
    expect_not(what, "register written after access 4", seen_regs[R_F], V_AFTER4);
    printf("%s: checked\n", what);
}

/* Runs nf_loop hot, then over pointers whose `at`-th one is `bad`. */
static void loop_case(const char *what, uint64_t *bad, uint64_t fault_addr)
{
    enum { N = 64, AT = 37 };
    static uint64_t values[N], *pointers[N];
    for (int i = 0; i < N; i++) {
        values[i] = (uint64_t)i + 1;
        pointers[i] = &values[i];
    }
    uint64_t sum = 0;
    for (int i = 0; i < 50; i++) sum += nf_loop(pointers, N);
    expect(what, "sum", sum, 50ull * N * (N + 1) / 2);
    pointers[AT] = bad;
    if (sigsetjmp(back, 1) == 0) {
        nf_loop(pointers, N);
        printf("%s: no fault\n", what);
        failures++;
        return;
    }
    expect(what, "si_addr", (uint64_t)seen_info.si_addr, fault_addr);
    expect(what, "pc", seen_pc, (uint64_t)nf_loop_fault);
    expect(what, "iteration counter", seen_regs[R_COUNT], AT + 1);
    expect(what, "cursor", seen_regs[R_CURSOR], (uint64_t)&pointers[AT + 1]);
    expect(what, "pointer", seen_regs[R_POINTER], (uint64_t)bad);
    printf("%s: checked\n", what);
}

int main(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_segv;
    sa.sa_flags = SA_SIGINFO | SA_NODEFER;
    sigaction(SIGSEGV, &sa, NULL);

    long page = sysconf(_SC_PAGESIZE);
    uint64_t *hole = mmap(NULL, page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (hole == MAP_FAILED) return 2;
    munmap(hole, page);
    uint64_t *far = (uint64_t *)((1ull << 40) + 0x1230);

    block_case("load from an unmapped page", 3, hole, (uint64_t)hole);
    block_case("store to an unmapped page", 4, hole, (uint64_t)hole);
    block_case("load beyond 1 << 40", 3, far, (uint64_t)far);
    block_case("store beyond 1 << 40", 4, far, (uint64_t)far);
#if defined(__aarch64__)
    /* Top-byte-ignore (Arm ARM D8.8): the tag is not part of the address; Linux reports
     * si_addr without it (no SA_EXPOSE_TAGBITS). */
    uint64_t *tagged = (uint64_t *)((uint64_t)far | (0x5aull << 56));
    block_case("tagged load beyond 1 << 40", 3, tagged, (uint64_t)far);
#endif
    loop_case("loop: load from an unmapped page", hole, (uint64_t)hole);
    loop_case("loop: load beyond 1 << 40", far, (uint64_t)far);
    printf("%s\n", failures ? "FAILED" : "all checked");
    return failures != 0;
}
