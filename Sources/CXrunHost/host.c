// Host glue Swift cannot express: a raw syscall funnel, setjmp-based recovery from
// guest memory faults, and the SIGSEGV handler that decides whose fault it was.
#define _GNU_SOURCE
#include "xrun_host.h"
#include <setjmp.h>
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>
#include <stdatomic.h>
#include <errno.h>
#include <sched.h>
#include <sys/single_threaded.h>

long xrun_syscall6(long nr, long a, long b, long c, long d, long e, long f) {
    long ret;
    register long r10 __asm__("r10") = d;
    register long r8 __asm__("r8") = e;
    register long r9 __asm__("r9") = f;
    __asm__ volatile("syscall"
                     : "=a"(ret)
                     : "a"(nr), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8), "r"(r9)
                     : "rcx", "r11", "memory");
    return ret;
}

long xrun_clone_call(unsigned long flags, void *stack_top, int (*fn)(void *), void *arg) {
    int r = clone(fn, stack_top, (int)flags, arg);
    return r < 0 ? -errno : r;
}

static uintptr_t region_base;
static uint64_t region_size;
static uint8_t *page_flags;

static __thread jmp_buf *guard_jb;
static __thread xrun_fault_info_t last_fault;
static __thread volatile uint32_t *thread_interrupt;
// This thread lifted a watch (XRUN_PAGE_WATCHED) since the debugger last asked.
static __thread int watch_lifted;

void xrun_note_watch_lifted(void) { watch_lifted = 1; }
int xrun_take_watch_lifted(void) { int r = watch_lifted; watch_lifted = 0; return r; }

// Code pages the guest wrote, from the fault handler to the engine. A spin lock, not an
// index claimed with fetch_add and filled after: a taker on another thread could empty
// the queue between the claim and the store and read the slot's old page, and the
// written page's blocks stayed valid (4 threads each rewriting their own code, regen.c,
// ran stale code about once in three runs). The handler may take the lock: the thread
// it interrupted was running guest code, never inside xrun_take_dirty_pages, which
// touches no guest memory and so cannot fault.
#define DIRTY_CAP 256
static uint64_t dirty_pages[DIRTY_CAP];
static int dirty_count, dirty_overflow;
static atomic_flag dirty_lock = ATOMIC_FLAG_INIT;

static void dirty_acquire(void) {
    while (atomic_flag_test_and_set_explicit(&dirty_lock, memory_order_acquire))
        xrun_syscall6(SYS_sched_yield, 0, 0, 0, 0, 0, 0);
}

static void dirty_release(void) { atomic_flag_clear_explicit(&dirty_lock, memory_order_release); }

static void dirty_add(uint64_t page) {
    dirty_acquire();
    if (dirty_count < DIRTY_CAP) dirty_pages[dirty_count++] = page; else dirty_overflow = 1;
    dirty_release();
}

void xrun_set_thread_interrupt(volatile uint32_t *interrupt) { thread_interrupt = interrupt; }

int xrun_take_dirty_pages(uint64_t *out, int cap) {
    dirty_acquire();
    int n = dirty_overflow || dirty_count > cap ? -1 : dirty_count;
    for (int i = 0; i < n; i++) out[i] = dirty_pages[i];
    dirty_count = 0, dirty_overflow = 0;
    dirty_release();
    return n;
}

static void guest_signal_handler(int sig, siginfo_t *si, void *ucv);

static void fault_handler(int sig, siginfo_t *si, void *ucv) {
    // si_code <= 0 (SI_USER, SI_QUEUE, SI_TKILL: include/uapi/asm-generic/siginfo.h) is a
    // SIGSEGV/SIGBUS someone sent with kill/tgkill/sigqueue, not a fault: its si_addr is
    // really si_pid/si_uid. It is the guest's, asynchronous like any other signal
    // (CPython's faulthandler tests raise(SIGSEGV) and expect their handler, or death).
    // The catcher of the other signals expects every signal blocked (its sa_mask).
    if (si->si_code <= 0) {
        uint64_t all = ~0ull;
        xrun_syscall6(SYS_rt_sigprocmask, SIG_BLOCK, (long)&all, 0, 8, 0, 0);
        guest_signal_handler(sig, si, ucv);
        return;
    }
    ucontext_t *uc = ucv;
    uintptr_t a = (uintptr_t)si->si_addr;
    int is_write = (uc->uc_mcontext.gregs[REG_ERR] & 2) != 0;
    if (a - region_base < region_size) {
        uint64_t page = (a - region_base) >> 12;
        uint8_t fl = page_flags[page];
        // A guest write to a page we locked because it holds translated code: give the
        // page back its guest protection, remember it, and retry the write.
        if (sig == SIGSEGV && is_write && (fl & XRUN_PAGE_CODE_LOCKED) && (fl & XRUN_PAGE_WRITE)) {
            page_flags[page] = fl & ~(XRUN_PAGE_CODE_LOCKED | XRUN_PAGE_WATCHED);
            int prot = PROT_READ | PROT_WRITE;
            xrun_syscall6(SYS_mprotect, (long)(region_base + (page << 12)), 4096, prot, 0, 0, 0);
            dirty_add(page);
            if (thread_interrupt) *thread_interrupt |= 1;
            return;
        }
        // The emulator's own access (outside guest code) to a page protected for a
        // watchpoint, which the guest's protection allows: lift the watch and retry.
        if (!guard_jb && (fl & XRUN_PAGE_WATCHED) && (fl & XRUN_PAGE_MAPPED)
            && (is_write ? (fl & XRUN_PAGE_WRITE) : (fl & (XRUN_PAGE_READ | XRUN_PAGE_EXEC)))) {
            page_flags[page] = fl & ~XRUN_PAGE_WATCHED;
            watch_lifted = 1;
            int prot = ((fl & (XRUN_PAGE_READ | XRUN_PAGE_EXEC)) ? PROT_READ : 0)
                     | ((fl & XRUN_PAGE_WRITE) && !(fl & XRUN_PAGE_CODE_LOCKED) ? PROT_WRITE : 0);
            xrun_syscall6(SYS_mprotect, (long)(region_base + (page << 12)), 4096, prot, 0, 0, 0);
            return;
        }
        if (guard_jb) {
            jmp_buf *jb = guard_jb;
            guard_jb = NULL;
            last_fault.guest_addr = a - region_base;
            last_fault.signo = sig;
            // The whole region is mapped on the host (PROT_NONE where the guest has
            // nothing), so the host always says SEGV_ACCERR; the guest's kernel would
            // say SEGV_MAPERR for pages the guest never mapped.
            last_fault.code = sig == SIGSEGV ? ((fl & XRUN_PAGE_MAPPED) ? SEGV_ACCERR : SEGV_MAPERR) : si->si_code;
            last_fault.is_write = is_write;
            last_fault.host_pc = (uint64_t)uc->uc_mcontext.gregs[REG_RIP];
            static const int pool[7] = {REG_R8, REG_R9, REG_R10, REG_R11, REG_R12, REG_R13, REG_R14};
            for (int i = 0; i < 7; i++) last_fault.pool[i] = (uint64_t)uc->uc_mcontext.gregs[pool[i]];
            // Linux runs a handler with a fresh MXCSR, and leaving by longjmp instead of
            // sigreturn would keep it: give back the interrupted code's MXCSR, with the
            // sticky exception flags the guest's FPSR is built from.
            if (uc->uc_mcontext.fpregs) {
                unsigned int mxcsr = uc->uc_mcontext.fpregs->mxcsr;
                __asm__ volatile("ldmxcsr %0" : : "m"(mxcsr));
            }
            _longjmp(*jb, sig);
        }
    }
    // Not a guest access: an emulator bug. Die of it honestly (core, real signal).
    signal(sig, SIG_DFL);
}

void xrun_fault_setup(uintptr_t base, uint64_t size, uint8_t *flags) {
    region_base = base;
    region_size = size;
    page_flags = flags;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = fault_handler;
    // SA_NODEFER: we leave the handler by longjmp, so the signal must not stay blocked.
    sa.sa_flags = SA_SIGINFO | SA_NODEFER | SA_ONSTACK;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
}

// Nests: a host-library call (HostCalls) may run guest code again (a qsort comparator)
// inside the block loop of an outer guard, which is put back when the inner one ends.
int xrun_guarded(void (*fn)(void *), void *ctx) {
    jmp_buf jb;
    jmp_buf *outer = guard_jb;
    int r = _setjmp(jb);
    if (r != 0) { guard_jb = outer; return r; }
    guard_jb = &jb;
    fn(ctx);
    guard_jb = outer;
    return 0;
}

static __thread void *current_guest_thread;
void xrun_set_current_guest_thread(void *thread) { current_guest_thread = thread; }
void *xrun_current_guest_thread(void) { return current_guest_thread; }

xrun_fault_info_t xrun_fault_info(void) { return last_fault; }

_Noreturn void xrun_guest_out_of_range(uint64_t guest_addr) {
    xrun_guest_fault(guest_addr, SIGSEGV, SEGV_MAPERR);
}

_Noreturn void xrun_guest_fault(uint64_t guest_addr, int signo, int code) {
    jmp_buf *jb = guard_jb;
    last_fault.guest_addr = guest_addr;
    last_fault.signo = signo;
    last_fault.code = code;
    last_fault.is_write = 0;
    last_fault.host_pc = 0;
    if (!jb) { signal(SIGSEGV, SIG_DFL); raise(SIGSEGV); _exit(139); }
    guard_jb = NULL;
    _longjmp(*jb, signo);
}

// Signals caught for the guest wait here until the guest thread takes them. They are
// kept per host thread: the host kernel delivers a signal only to a thread that does
// not block it (the host mask mirrors the guest's), which is a thread the guest's
// kernel could have chosen too, and a thread-directed signal (tgkill, SIGEV_THREAD_ID,
// pthread_cancel) must reach exactly its thread. Standard signals merge (one instance,
// the latest siginfo); real-time signals queue, each with its own siginfo, as Linux
// queues them. Only the owning thread touches its store: the handler interrupts that
// thread, and xrun_take_pending_signal blocks signals while it looks.
#define XRUN_RT_QUEUE 64
typedef struct {
    int sig;
    siginfo_t info;
} rt_entry_t;
static __thread _Atomic uint64_t pending_signals;
static __thread siginfo_t pending_info[32];
static __thread rt_entry_t rt_queue[XRUN_RT_QUEUE];
static __thread int rt_count;

// The safe system call (xrun_safe_syscall6). Its check of the pending signals and
// its syscall instruction are one window: a signal caught inside it makes the call
// return -EINTR without entering the kernel (the handler moves the interrupted PC to
// the eintr label), one caught before it is seen by the check, and one caught during
// the call interrupts it in the kernel (no SA_RESTART). A signal between xrun's last
// look and a blocking call therefore cannot leave the call blocked with the guest's
// handler not run. QEMU's safe_syscall (linux-user/safe-syscall.S) is the model.
static __thread uint64_t guest_blocked;
extern const char xrun_safe_syscall_start[], xrun_safe_syscall_end[], xrun_safe_syscall_eintr[];

void xrun_set_guest_blocked(uint64_t mask) { guest_blocked = mask; }

// (pending*, blocked*, nr, a, b, c | d, e, f on the stack) in the SysV registers.
__attribute__((naked)) static long safe_syscall_asm(const volatile uint64_t *pending, const uint64_t *blocked,
                                                    long nr, long a, long b, long c, long d, long e, long f) {
    __asm__ volatile(
        "mov %rdx, %rax\n\t"          // nr
        "mov %rdi, %r11\n\t"          // pending*
        "mov (%rsi), %r10\n\t"        // blocked
        "not %r10\n\t"
        "mov %rcx, %rdi\n\t"          // a
        "mov %r8, %rsi\n\t"           // b
        "mov %r9, %rdx\n\t"           // c
        "mov 16(%rsp), %r8\n\t"       // e
        "mov 24(%rsp), %r9\n\t"       // f
        ".globl xrun_safe_syscall_start\n\t.hidden xrun_safe_syscall_start\n"
        "xrun_safe_syscall_start:\n\t"
        "mov (%r11), %rcx\n\t"        // pending & ~blocked: a deliverable signal is waiting
        "and %r10, %rcx\n\t"
        "jnz xrun_safe_syscall_eintr\n\t"
        "mov 8(%rsp), %r10\n\t"       // d
        "syscall\n\t"
        ".globl xrun_safe_syscall_end\n\t.hidden xrun_safe_syscall_end\n"
        "xrun_safe_syscall_end:\n\t"
        "ret\n\t"
        ".globl xrun_safe_syscall_eintr\n\t.hidden xrun_safe_syscall_eintr\n"
        "xrun_safe_syscall_eintr:\n\t"
        "mov $-513, %rax\n\t"         // not started (the kernel's internal ERESTARTSYS)
        "ret");
}

long xrun_safe_syscall6(long nr, long a, long b, long c, long d, long e, long f) {
    return safe_syscall_asm((const volatile uint64_t *)&pending_signals, &guest_blocked, nr, a, b, c, d, e, f);
}

static void guest_signal_handler(int sig, siginfo_t *si, void *ucv) {
    if (sig < 1 || sig > 64) return;
    if (sig < 32) {
        pending_info[sig] = *si;
    } else if (rt_count < XRUN_RT_QUEUE) {
        rt_queue[rt_count].sig = sig;
        rt_queue[rt_count].info = *si;
        rt_count++;
    } else {
        return; // the guest's kernel would have refused to queue more (EAGAIN)
    }
    atomic_fetch_or(&pending_signals, 1ull << (sig - 1));
    if (thread_interrupt) *thread_interrupt |= 2;
    ucontext_t *uc = ucv;
    uintptr_t pc = (uintptr_t)uc->uc_mcontext.gregs[REG_RIP];
    if (pc >= (uintptr_t)xrun_safe_syscall_start && pc < (uintptr_t)xrun_safe_syscall_end)
        uc->uc_mcontext.gregs[REG_RIP] = (greg_t)(uintptr_t)xrun_safe_syscall_eintr;
}

// The kernel's struct sigaction on x86-64 (arch/x86/include/uapi/asm/signal.h).
struct xrun_kernel_sigaction {
    void *handler;
    unsigned long flags;
    void (*restorer)(void);
    uint64_t mask;
};

// rt_sigreturn for handlers installed by xrun_host_disposition (x86-64 requires
// SA_RESTORER; this is what glibc's __restore_rt does).
__attribute__((naked)) static void xrun_restore_rt(void) {
    __asm__ volatile("mov $15, %eax\n\tsyscall");
}

// Through the kernel directly, not glibc's sigaction(): glibc refuses the signals it
// keeps for itself (32 SIGCANCEL, 33 SIGSETXID), and the guest's libc uses exactly
// those for pthread_cancel and setuid in threaded programs.
int xrun_host_disposition(int sig, int action) {
    struct xrun_kernel_sigaction ka;
    memset(&ka, 0, sizeof ka);
    if (action == XRUN_SIGNAL_CATCH) {
        ka.handler = (void *)guest_signal_handler;
        ka.flags = SA_SIGINFO | SA_ONSTACK | 0x04000000 /* SA_RESTORER */;
        ka.restorer = xrun_restore_rt;
        ka.mask = ~0ull;
    } else {
        ka.handler = action == XRUN_SIGNAL_IGNORE ? (void *)SIG_IGN : (void *)SIG_DFL;
    }
    long r = xrun_syscall6(SYS_rt_sigaction, sig, (long)&ka, 0, 8, 0, 0);
    return r < 0 ? -1 : 0;
}

int xrun_host_single_threaded(void) { return __libc_single_threaded != 0; }

int xrun_catch_signal(int sig) { return xrun_host_disposition(sig, XRUN_SIGNAL_CATCH); }

int xrun_take_pending_signal(uint64_t blocked, void *info) {
    uint64_t ready = atomic_load(&pending_signals) & ~blocked;
    if (!ready) return 0;
    // Keep the handler out while the store changes (it would run on this thread).
    uint64_t all = ~0ull, old;
    xrun_syscall6(SYS_rt_sigprocmask, SIG_SETMASK, (long)&all, (long)&old, 8, 0, 0);
    ready = atomic_load(&pending_signals) & ~blocked;
    int sig = 0;
    if (ready) {
        // The lowest-numbered first, as the kernel's next_signal().
        sig = __builtin_ctzll(ready) + 1;
        int left = 0;
        if (sig < 32) {
            memcpy(info, &pending_info[sig], sizeof(siginfo_t));
        } else {
            int i = 0;
            while (i < rt_count && rt_queue[i].sig != sig) i++;
            memcpy(info, &rt_queue[i].info, sizeof(siginfo_t));
            for (int j = i + 1; j < rt_count; j++) {
                rt_queue[j - 1] = rt_queue[j];
                if (rt_queue[j].sig == sig) left = 1;
            }
            rt_count--;
        }
        if (!left) atomic_fetch_and(&pending_signals, ~(1ull << (sig - 1)));
    }
    xrun_syscall6(SYS_rt_sigprocmask, SIG_SETMASK, (long)&old, 0, 8, 0, 0);
    return sig;
}

uint64_t xrun_pending_signals(void) { return atomic_load(&pending_signals); }

void xrun_clear_pending_signals(void) {
    atomic_store(&pending_signals, 0);
    rt_count = 0;
}

// Queues one caught signal to the whole process again. Only the thread-group leader may
// send itself a signal with a kill() or kernel si_code (>= 0: do_rt_sigqueueinfo in
// kernel/signal.c refuses it to other threads with EPERM); from another thread it goes
// as SI_QUEUE with the same sender pid and uid, the nearest thing the guest can be given.
static void requeue_to_process(long pid, int sig, const siginfo_t *si) {
    if (si->si_code == SI_TKILL) return;   // meant for this thread: it dies with it
    siginfo_t q = *si;
    q.si_signo = sig;
    if (xrun_syscall6(SYS_rt_sigqueueinfo, pid, sig, (long)&q, 0, 0, 0) == -EPERM) {
        q.si_code = SI_QUEUE;
        xrun_syscall6(SYS_rt_sigqueueinfo, pid, sig, (long)&q, 0, 0, 0);
    }
}

void xrun_hand_on_pending_signals(void) {
    uint64_t p = atomic_exchange(&pending_signals, 0);
    if (!p) return;
    long pid = xrun_syscall6(SYS_getpid, 0, 0, 0, 0, 0, 0);
    for (int sig = 1; sig < 32; sig++)
        if (p & (1ull << (sig - 1))) requeue_to_process(pid, sig, &pending_info[sig]);
    for (int i = 0; i < rt_count; i++) requeue_to_process(pid, rt_queue[i].sig, &rt_queue[i].info);
    rt_count = 0;
}

_Noreturn void xrun_die_of_signal(int sig) {
    xrun_host_disposition(sig, XRUN_SIGNAL_DEFAULT);
    // Raw, as glibc's sigprocmask leaves 32 and 33 alone.
    uint64_t set = 1ull << (sig - 1);
    xrun_syscall6(SYS_rt_sigprocmask, SIG_UNBLOCK, (long)&set, 0, 8, 0, 0);
    // Do not leave a core file for a guest that dumped core: the guest's own kernel
    // would have written the guest's core, not ours.
    struct rlimit { unsigned long cur, max; } rl = {0, 0};
    xrun_syscall6(SYS_setrlimit, 4 /* RLIMIT_CORE */, (long)&rl, 0, 0, 0, 0);
    xrun_syscall6(SYS_tgkill, xrun_syscall6(SYS_getpid, 0, 0, 0, 0, 0, 0),
                  xrun_syscall6(SYS_gettid, 0, 0, 0, 0, 0, 0), sig, 0, 0, 0);
    raise(sig);
    _exit(128 + sig);
}

long xrun_fd_path(int fd, char *out, unsigned long size) {
    if (fd < 0) return -1;
    char link[32] = "/proc/self/fd/", digits[12];
    int n = 0;
    for (unsigned v = (unsigned)fd; n == 0 || v; v /= 10) digits[n++] = (char)('0' + v % 10);
    char *p = link + sizeof "/proc/self/fd/" - 1;
    while (n) *p++ = digits[--n];
    *p = 0;
    return readlink(link, out, size);
}
