/* What an AArch64 program can observe of its CPU model (xrun -cpu): AT_HWCAP/AT_HWCAP2,
 * ID registers read with MRS (Linux emulates EL0 reads under HWCAP_CPUID), the
 * /proc/cpuinfo Features and identification lines, and whether instructions of
 * optional features run or raise SIGILL at their own address. Prints "key value"
 * lines that CPUModelTests compares with the model's definition. With the argument
 * "exec" it first re-executes itself (argv[0]), so the test sees that the model is
 * carried to a re-executed emulator. */
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/auxv.h>
#include <unistd.h>

#define MRS(reg) ({ uint64_t v_; __asm__ volatile("mrs %0, " reg : "=r"(v_)); v_; })

/* One probe per optional feature: a function whose first instruction (a label) is
 * the feature's, given as a word so that no -march is needed. x0 points at a
 * scratch word. */
#define PROBE(name, word)                                                      \
    extern void name(void *);                                                  \
    extern char name##_insn[];                                                 \
    __asm__(".text\n.p2align 2\n.globl " #name "\n.type " #name ", %function\n" \
            #name ":\n.globl " #name "_insn\n" #name "_insn:\n.inst " #word "\nret\n");

PROBE(probe_lse, 0xb8210000)     /* ldadd w1, w0, [x0]        FEAT_LSE */
PROBE(probe_lrcpc, 0xb8bfc000)   /* ldapr w0, [x0]             FEAT_LRCPC */
PROBE(probe_dotprod, 0x4e829420) /* sdot v0.4s, v1.16b, v2.16b FEAT_DotProd */
PROBE(probe_sha3, 0xce020c20)    /* eor3 v0.16b, v1, v2, v3    FEAT_SHA3 */
PROBE(probe_sha512, 0xce608000)  /* sha512h q0, q0, v0.2d      FEAT_SHA512 */
PROBE(probe_flagm, 0xd500401f)   /* cfinv                      FEAT_FlagM */
PROBE(probe_flagm2, 0xd500403f)  /* xaflag                     FEAT_FlagM2 */
PROBE(probe_sb, 0xd50330ff)      /* sb                         FEAT_SB */
PROBE(probe_jscvt, 0x1e7e0000)   /* fjcvtzs w0, d0             FEAT_JSCVT */
PROBE(probe_fcma, 0x6e80c400)    /* fcmla v0.4s, v0.4s, v0.4s, #0  FEAT_FCMA */
PROBE(probe_crc32, 0x1ac04000)   /* crc32b w0, w0, w0          FEAT_CRC32 */

static sigjmp_buf env;
static volatile uintptr_t fault_addr;

static void on_sigill(int sig, siginfo_t *si, void *uc)
{
    (void)sig; (void)uc;
    fault_addr = (uintptr_t)si->si_addr;
    siglongjmp(env, 1);
}

static void probe(const char *name, void (*fn)(void *), const char *insn)
{
    static uint32_t scratch[4] __attribute__((aligned(16)));
    fault_addr = 0;
    if (sigsetjmp(env, 1) == 0) {
        fn(scratch);
        printf("insn %s ok\n", name);
    } else {
        /* SIGILL must come at the instruction itself (si_addr = its PC). */
        printf("insn %s sigill%s\n", name, fault_addr == (uintptr_t)insn ? "" : " elsewhere");
    }
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "exec") == 0) {
        char *args[] = {argv[0], NULL};
        execv(argv[0], args);
        perror("execv");
        return 1;
    }
    printf("hwcap 0x%lx\n", getauxval(AT_HWCAP));
    printf("hwcap2 0x%lx\n", getauxval(AT_HWCAP2));
    if (getauxval(AT_HWCAP) & HWCAP_CPUID) {
        printf("midr 0x%lx\n", MRS("midr_el1"));
        printf("isar0 0x%lx\n", MRS("id_aa64isar0_el1"));
        printf("isar1 0x%lx\n", MRS("id_aa64isar1_el1"));
        printf("pfr0 0x%lx\n", MRS("id_aa64pfr0_el1"));
    }
    FILE *f = fopen("/proc/cpuinfo", "r");
    char line[1024];
    int seen = 0;
    while (f && fgets(line, sizeof line, f)) {
        line[strcspn(line, "\n")] = 0;
        const char *keys[] = {"Features", "CPU implementer", "CPU variant", "CPU part", "CPU revision"};
        for (int i = 0; i < 5; i++) {
            size_t n = strlen(keys[i]);
            char *colon = strchr(line, ':');
            if (!(seen & 1 << i) && strncmp(line, keys[i], n) == 0 && colon) {
                seen |= 1 << i;
                printf("cpuinfo %s:%s\n", keys[i], colon + 1);
            }
        }
    }
    if (f) fclose(f);

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_sigill;
    sa.sa_flags = SA_SIGINFO | SA_NODEFER;
    sigaction(SIGILL, &sa, NULL);
    probe("lse", probe_lse, probe_lse_insn);
    probe("lrcpc", probe_lrcpc, probe_lrcpc_insn);
    probe("dotprod", probe_dotprod, probe_dotprod_insn);
    probe("sha3", probe_sha3, probe_sha3_insn);
    probe("sha512", probe_sha512, probe_sha512_insn);
    probe("flagm", probe_flagm, probe_flagm_insn);
    probe("flagm2", probe_flagm2, probe_flagm2_insn);
    probe("sb", probe_sb, probe_sb_insn);
    probe("jscvt", probe_jscvt, probe_jscvt_insn);
    probe("fcma", probe_fcma, probe_fcma_insn);
    probe("crc32", probe_crc32, probe_crc32_insn);
    return 0;
}
