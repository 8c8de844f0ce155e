/* What a RISC-V 64 program can observe of its CPU model (xrun -cpu): AT_HWCAP, the
 * riscv_hwprobe(2) answers, /proc/cpuinfo's isa line, and whether instructions of
 * optional extensions run or raise SIGILL at their own address. Prints "key value"
 * lines that CPUModelTests compares with the model's definition. With the argument
 * "exec" it first re-executes itself (argv[0]), so the test sees that the model is
 * carried to a re-executed emulator. */
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/syscall.h>
#include <unistd.h>

struct hwprobe_pair { int64_t key; uint64_t value; };

/* One probe per optional extension: a function whose first instruction (a label) is
 * the extension's, given as a word so that no -march is needed. */
#define PROBE(name, word)                                                      \
    extern void name(void);                                                    \
    extern char name##_insn[];                                                 \
    __asm__(".text\n.p2align 2\n.globl " #name "\n.type " #name ", @function\n" \
            #name ":\n.globl " #name "_insn\n" #name "_insn:\n.word " #word "\nret\n");

PROBE(probe_zba, 0x20b52533)    /* sh1add a0, a0, a1 */
PROBE(probe_zbb, 0x40b57533)    /* andn a0, a0, a1 */
PROBE(probe_zbs, 0x28151513)    /* bseti a0, a0, 1 */
PROBE(probe_zicond, 0x0eb55533) /* czero.eqz a0, a0, a1 */
PROBE(probe_zifencei, 0x0000100f) /* fence.i */

static sigjmp_buf env;
static volatile uintptr_t fault_addr;

static void on_sigill(int sig, siginfo_t *si, void *uc)
{
    (void)sig; (void)uc;
    fault_addr = (uintptr_t)si->si_addr;
    siglongjmp(env, 1);
}

static void probe(const char *name, void (*fn)(void), const char *insn)
{
    fault_addr = 0;
    if (sigsetjmp(env, 1) == 0) {
        fn();
        printf("insn %s ok\n", name);
    } else {
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
    /* mvendorid, marchid, mimpid, base behavior, IMA_EXT_0 (hwprobe.h keys 0-4). */
    struct hwprobe_pair pairs[5];
    for (int i = 0; i < 5; i++) pairs[i].key = i;
    long r = syscall(258 /* __NR_riscv_hwprobe */, pairs, 5, 0, NULL, 0);
    printf("hwprobe %ld\n", r);
    for (int i = 0; i < 5; i++) printf("hwprobe %ld 0x%lx\n", (long)pairs[i].key, pairs[i].value);

    FILE *f = fopen("/proc/cpuinfo", "r");
    char line[1024];
    while (f && fgets(line, sizeof line, f)) {
        line[strcspn(line, "\n")] = 0;
        char *colon = strchr(line, ':');
        if (strncmp(line, "isa", 3) == 0 && colon) {
            printf("cpuinfo isa:%s\n", colon + 1);
            break;
        }
    }
    if (f) fclose(f);

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_sigill;
    sa.sa_flags = SA_SIGINFO | SA_NODEFER;
    sigaction(SIGILL, &sa, NULL);
    probe("zba", probe_zba, probe_zba_insn);
    probe("zbb", probe_zbb, probe_zbb_insn);
    probe("zbs", probe_zbs, probe_zbs_insn);
    probe("zicond", probe_zicond, probe_zicond_insn);
    probe("zifencei", probe_zifencei, probe_zifencei_insn);
    return 0;
}
