// The only C in xrun: what Swift cannot express. Every symbol is prefixed xrun_.
#ifndef XRUN_HOST_H
#define XRUN_HOST_H
#include <stdint.h>
#include <stddef.h>
#include <sys/syscall.h> // SYS_* numbers for Swift callers of xrun_syscall6
#include <sys/random.h>
#include "xrun_atomics.h"
#include "xrun_fpenv.h"

#pragma clang assume_nonnull begin

// ---- Translated-op record (see XrunCore/Engine/Op.swift) ------------------------
// Declared in C so that a Swift @convention(c) function can take a pointer to it.
typedef struct xrun_op xrun_op;
typedef void (*xrun_op_fn)(void *_Nonnull cpu, const xrun_op *_Nonnull op);
struct xrun_op {
    xrun_op_fn _Nonnull fn;
    uint64_t imm;
    uint64_t pc;
    uint8_t a, b, c, d, e, f, g, h;
};

// Raw host system call: returns the kernel's result, -errno on failure (no errno).
long xrun_syscall6(long nr, long a, long b, long c, long d, long e, long f);

// The same for a call that may block: -513 (the kernel's internal ERESTARTSYS, never
// a real result) without entering the kernel when a signal the guest does not block
// is pending or arrives before the call starts (host.c says how).
// xrun_set_guest_blocked keeps the thread's guest mask for it.
long xrun_safe_syscall6(long nr, long a, long b, long c, long d, long e, long f);
void xrun_set_guest_blocked(uint64_t mask);

// glibc's clone(): a child (of `flags`, e.g. CLONE_VM|CLONE_VFORK) that runs fn(arg) on
// the host stack ending at stack_top. Returns the child's id or -errno.
long xrun_clone_call(unsigned long flags, void *stack_top, int (*fn)(void *_Nullable), void *_Nullable arg);

// ---- Guest memory fault handling -------------------------------------------------
// Per guest page, one byte of flags (see GuestMemory.swift for the bit meanings).
enum {
    XRUN_PAGE_READ = 1, XRUN_PAGE_WRITE = 2, XRUN_PAGE_EXEC = 4,
    XRUN_PAGE_MAPPED = 8,
    // Blocks were translated from this page.
    XRUN_PAGE_HAS_CODE = 0x40,
    // Host page made read-only because blocks were translated from it while the guest
    // may write it; a guest write lands in the fault handler, which flags the page.
    XRUN_PAGE_CODE_LOCKED = 0x80,
    // Host page protected (less than the guest's protection) for a gdb watchpoint
    // (Debugger/Watchpoints.swift). An access by the emulator itself (a system call's
    // struct, not guest code) lands in the fault handler, which gives the page its
    // guest protection back and clears this bit; the debugger protects it again after
    // the system call.
    XRUN_PAGE_WATCHED = 0x20,
};

// Whether the calling thread lifted a watch (XRUN_PAGE_WATCHED: the fault handler,
// GuestMemory.hostWillWrite) since it last asked; asking clears it.
void xrun_note_watch_lifted(void);
int xrun_take_watch_lifted(void);

// Installs the SIGSEGV/SIGBUS handler for the guest region [base, base+size).
void xrun_fault_setup(uintptr_t base, uint64_t size, uint8_t *page_flags);

// Runs fn(ctx) with guest-fault recovery armed on this thread. Returns 0 when fn
// returned, or the host signal number (SIGSEGV/SIGBUS) when a guest access faulted;
// then xrun_fault_info() tells where.
int xrun_guarded(void (*fn)(void *), void *ctx);
// The guest thread (an unretained GuestThread) the calling host thread runs, set by
// Engine.attach: host-library calls find it from inside an op.
void xrun_set_current_guest_thread(void *_Nullable thread);
void *_Nullable xrun_current_guest_thread(void);
// The host's implementation of a C library function HostCalls runs for the guest
// (memcpy, crc32, sin, qsort, ...), or NULL when the table has no such name.
void *_Nullable xrun_host_function(const char *_Nonnull name);
// SHA1/SHA256/SHA512/MD5_Update on the guest's context, checked (host_digests.c);
// SHA224/SHA384_Update are SHA256/SHA512_Update in OpenSSL.
int xrun_sha1_update(void *_Nonnull c, const void *_Nullable data, size_t len);
int xrun_sha256_update(void *_Nonnull c, const void *_Nullable data, size_t len);
int xrun_sha512_update(void *_Nonnull c, const void *_Nullable data, size_t len);
int xrun_md5_update(void *_Nonnull c, const void *_Nullable data, size_t len);
// The native tier's call of a double-shaped host function (HostCalls' NativeHostCall,
// libm): errno cleared, fn(a, b) called (a one-argument function ignores b), and the
// value and the errno it set (0 if none) returned - in xmm0 and rax, the registers a
// struct of a double and an integer comes back in (SysV ABI 3.2.3).
typedef struct { double value; long err; } xrun_fp_call_result;
xrun_fp_call_result xrun_call_fp2(double (*_Nonnull fn)(double, double), double a, double b);

typedef struct {
    uint64_t guest_addr; // faulting guest address
    int32_t signo;       // SIGSEGV or SIGBUS
    int32_t code;        // SEGV_MAPERR / SEGV_ACCERR / BUS_ADRERR
    int32_t is_write;
    // Host instruction that faulted (0: the fault was raised by xrun_guest_fault). The
    // native tier stores no guest PC before its accesses: it finds the PC from this
    // (BlockCache.absorbNativeFault).
    uint64_t host_pc;
    // Its r8-r14: the native tier's guest register cache (NativeContext.cachePool).
    uint64_t pool[7];
} xrun_fault_info_t;
xrun_fault_info_t xrun_fault_info(void);

// Leaves the guarded region as if the guest access to addr had faulted (used for
// guest addresses outside the reserved region, which the host would not catch).
_Noreturn void xrun_guest_fault(uint64_t guest_addr, int signo, int code);

// For the native tier: generated code calls this when a guest address is beyond the
// guest region (SIGSEGV, SEGV_MAPERR), and places itself near xrun's text.
_Noreturn void xrun_guest_out_of_range(uint64_t guest_addr);
static inline const void *xrun_guest_out_of_range_entry(void) { return (const void *)&xrun_guest_out_of_range; }

/* Whether the host runs FMA3 (VFMADD...): CPUID and the OS's AVX state, as the
   compiler's own check reads them. The native tier emits fused multiply-adds only then. */
static inline int xrun_host_has_fma3(void) { return __builtin_cpu_supports("fma"); }
/* SSE4.1 (PMAXUD, PMOVZX, PACKUSDW, ...): the native tier's vector templates need it. */
static inline int xrun_host_has_sse41(void) { return __builtin_cpu_supports("sse4.1"); }
static inline const void *xrun_text_anchor(void) { return (const void *)&xrun_guarded; }

// Where the fault handler reports writes to code-locked pages: it sets bit 0 of
// *interrupt (the current guest thread's interrupt word) and queues the page.
void xrun_set_thread_interrupt(volatile uint32_t *interrupt);
// Pops queued dirty guest page numbers; returns how many were written into out
// (at most cap). Returns -1 if the queue overflowed (then flush everything).
int xrun_take_dirty_pages(uint64_t *out, int cap);

// ---- Asynchronous guest signals ------------------------------------------------
// Installs the host handler for a signal the guest handles: it records the signal
// and its siginfo as pending and sets bit 1 of the current thread's interrupt word,
// so the guest thread stops at the next block boundary (or its blocking host
// syscall returns EINTR). No SA_RESTART: the Linux layer decides about restarts.
int xrun_catch_signal(int sig);
// Sets the host disposition of `sig` (also 32 and 33, which glibc's sigaction refuses):
// default, ignored, or caught as xrun_catch_signal does. 0, or -1 on failure.
enum { XRUN_SIGNAL_DEFAULT = 0, XRUN_SIGNAL_IGNORE = 1, XRUN_SIGNAL_CATCH = 2 };
int xrun_host_disposition(int sig, int action);
// Whether the host C library still runs single-threaded (glibc's
// __libc_single_threaded): its first pthread_create then installs glibc's own
// SIGSETXID (33) handler (nptl/pthread_create.c, late_init), over the guest's.
int xrun_host_single_threaded(void);
// The calling thread's caught signals: the host handler keeps them per thread
// (standard signals merged, real-time signals queued with their siginfo).
// Takes one pending signal (lowest number first) among those not in `blocked`
// (bit n-1 = signal n); copies its host siginfo (128 bytes) into info. 0 if none.
int xrun_take_pending_signal(uint64_t blocked, void *info);
// Pending signals bitmask (bit n-1 = signal n) of the calling thread.
uint64_t xrun_pending_signals(void);
// Forgets the calling thread's pending signals (a fork child starts with none).
void xrun_clear_pending_signals(void);
// For a thread that exits with every host signal blocked: sends its caught, undelivered
// signals back to the process, except those sent to this thread alone (SI_TKILL), so
// that another thread takes them (the kernel's exit_signals/retarget_shared_pending).
void xrun_hand_on_pending_signals(void);

// Dies of signal sig the way a native process would (default action, unblocked).
_Noreturn void xrun_die_of_signal(int sig);

// readlink of /proc/self/fd/FD into out (not NUL-terminated): the length, or -1.
// In C because formatting the link's name in Swift pulls integer-to-string and string
// concatenation code into every start-up (see tools/startup-order).
long xrun_fd_path(int fd, char *out, unsigned long size);

#pragma clang assume_nonnull end
#endif
