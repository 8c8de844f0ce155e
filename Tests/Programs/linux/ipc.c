/* System V IPC and POSIX message queues: shared memory attached at 0 and at an address
 * (SHM_RND, SHM_REMAP, SHM_RDONLY), shared with a forked child, split by mprotect and
 * detached whole, shmctl IPC_STAT/IPC_SET/IPC_RMID; semaphore sets (SETALL/GETALL/
 * GETVAL/SETVAL/GETPID/GETNCNT with a waiting child, IPC_STAT/IPC_SET, semtimedop
 * timing out); message queues (receive by type: 0, > 0, < 0, MSG_EXCEPT, MSG_NOERROR,
 * IPC_NOWAIT, a wait a signal ends with EINTR even under SA_RESTART); POSIX queues
 * (priorities, O_NONBLOCK, a timeout, mq_notify by signal and by thread) — and the
 * errors: bad pointers EFAULT, bad ids and commands EINVAL. */
#include "conf.h"
#include "guestcode.h"
#include <fcntl.h>
#include <mqueue.h>
#include <pthread.h>
#include <semaphore.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>

#define BAD ((void *)8) /* a pointer into the unmapped first page */

static long pagesize;

/* The /proc/self/maps lines of System V segments: permissions and name, in order. */
static void show_sysv_maps(const char *when)
{
    FILE *f = fopen("/proc/self/maps", "r");
    char line[512];
    int n = 0;
    printf("maps %s:", when);
    while (f && fgets(line, sizeof line, f)) {
        char *name = strstr(line, "/SYSV");
        if (!name) continue;
        char perms[8] = "", dev[16] = "";
        sscanf(line, "%*s %7s %*s %15s", perms, dev);
        name[strcspn(name, "\n")] = 0;
        printf(" [%s %s %s]", perms, dev, name);
        n++;
    }
    if (f) fclose(f);
    printf(" (%d)\n", n);
}

static sigjmp_buf segv_jump;
static volatile int segv_code;
static void on_segv(int sig, siginfo_t *si, void *uc)
{
    (void)sig, (void)uc;
    segv_code = si->si_code;
    siglongjmp(segv_jump, 1);
}

/* A free range of `pages` pages (mapped, then unmapped). */
static char *free_range(int pages)
{
    char *p = mmap(NULL, pages * pagesize, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    munmap(p, pages * pagesize);
    return p;
}

static void test_shm(void)
{
    int id = shmget(IPC_PRIVATE, 10000, IPC_CREAT | 0600);
    CHECK(id >= 0, "%s", en(errno));
    char *p = shmat(id, NULL, 0);
    printf("shmat at 0: %s, page aligned %d\n", p == (void *)-1 ? en(errno) : "ok", ((uintptr_t)p & (pagesize - 1)) == 0);
    strcpy(p, "hello");
    struct shmid_ds ds;
    int r = shmctl(id, IPC_STAT, &ds);
    printf("IPC_STAT: %s size %zu nattch %lu mode %o cpid==getpid %d lpid==getpid %d uid==euid %d atime set %d\n",
           RES(r), ds.shm_segsz, (unsigned long)ds.shm_nattch, ds.shm_perm.mode & 0777, ds.shm_cpid == getpid(),
           ds.shm_lpid == getpid(), ds.shm_perm.uid == geteuid(), ds.shm_atime > 1000000000);
    CHECK(r == 0 && ds.shm_segsz == 10000 && ds.shm_nattch == 1 && ds.shm_cpid == getpid());
    show_sysv_maps("after one attach");

    /* At a given address: exact, rounded down with SHM_RND, misaligned without it,
     * over an attachment (EINVAL), over a mapping with SHM_REMAP. */
    char *want = free_range(4);
    char *q = shmat(id, want, 0);
    printf("shmat at a free address: %s, there %d, sees \"%s\"\n", q == (void *)-1 ? en(errno) : "ok", q == want,
           q == (void *)-1 ? "" : q);
    CHECK(q == want && strcmp(q, "hello") == 0);
    errno = 0;
    printf("shmat over it: %s\n", shmat(id, want, 0) == (void *)-1 ? en(errno) : "ok");
    printf("shmat misaligned: %s\n", shmat(id, want + 100, 0) == (void *)-1 ? en(errno) : "ok");
    printf("shmdt misaligned: %s\n", RES(shmdt(want + 100)));
    printf("shmdt where none starts: %s\n", RES(shmdt(want + pagesize)));
    CHECK(shmdt(want) == 0);
    printf("shmdt again: %s\n", RES(shmdt(want)));
    q = shmat(id, want + 100, SHM_RND);
    printf("shmat SHM_RND: %s, rounded down %d\n", q == (void *)-1 ? en(errno) : "ok", q == want);
    CHECK(shmdt(q) == 0);
    printf("shmat SHM_REMAP at 0: %s\n", shmat(id, NULL, SHM_REMAP) == (void *)-1 ? en(errno) : "ok");
    char *m = mmap(want, 4 * pagesize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    CHECK(m == want);
    q = shmat(id, want, SHM_REMAP);
    printf("shmat SHM_REMAP over a mapping: %s, sees \"%s\"\n", q == (void *)-1 ? en(errno) : "ok", q == want ? q : "");
    /* mprotect splits the attachment; shmdt detaches every piece (ipc/shm.c). */
    CHECK(mprotect(want + pagesize, pagesize, PROT_READ) == 0);
    show_sysv_maps("split by mprotect");
    CHECK(shmdt(want) == 0);
    show_sysv_maps("after shmdt of the split one");
    shmctl(id, IPC_STAT, &ds);
    printf("nattch: %lu\n", (unsigned long)ds.shm_nattch);
    munmap(want, 4 * pagesize);

    /* Read-only: a write is SIGSEGV (SEGV_ACCERR). */
    char *ro = shmat(id, NULL, SHM_RDONLY);
    printf("shmat SHM_RDONLY: %s, sees \"%s\"\n", ro == (void *)-1 ? en(errno) : "ok", ro == (void *)-1 ? "" : ro);
    show_sysv_maps("with a read-only attach");
    struct sigaction sa = {.sa_sigaction = on_segv, .sa_flags = SA_SIGINFO}, old;
    sigaction(SIGSEGV, &sa, &old);
    segv_code = 0;
    if (sigsetjmp(segv_jump, 1) == 0) {
        *(volatile char *)ro = 'X';
        printf("write to SHM_RDONLY: no fault\n");
    } else {
        printf("write to SHM_RDONLY: SIGSEGV code %d (SEGV_ACCERR %d)\n", segv_code, SEGV_ACCERR);
    }
    sigaction(SIGSEGV, &old, NULL);
    CHECK(segv_code == SEGV_ACCERR);
    CHECK(shmdt(ro) == 0);

    /* Shared with a child: it writes, the parent sees. */
    pid_t child = fork();
    if (child == 0) {
        strcpy(p, "from the child");
        struct shmid_ds cds;
        shmctl(id, IPC_STAT, &cds);
        _exit(cds.shm_nattch == 2 ? 0 : 1);
    }
    int status = 0;
    waitpid(child, &status, 0);
    printf("child: exit %d (saw nattch 2), parent sees \"%s\"\n", WEXITSTATUS(status), p);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0 && strcmp(p, "from the child") == 0);

    /* IPC_SET, then IPC_RMID while attached: SHM_DEST until the last detach. */
    ds.shm_perm.mode = 0640;
    printf("IPC_SET mode 640: %s\n", RES(shmctl(id, IPC_SET, &ds)));
    shmctl(id, IPC_STAT, &ds);
    printf("mode now %o\n", ds.shm_perm.mode & 0777);
    printf("IPC_RMID: %s\n", RES(shmctl(id, IPC_RMID, NULL)));
    r = shmctl(id, IPC_STAT, &ds);
    printf("IPC_STAT after IPC_RMID, still attached: %s, SHM_DEST %d, key %d\n", RES(r), (ds.shm_perm.mode & SHM_DEST) != 0,
           ds.shm_perm.__key);
    CHECK(shmdt(p) == 0);
    printf("IPC_STAT after the last shmdt: %s\n", RES(shmctl(id, IPC_STAT, &ds)));
    show_sysv_maps("at the end");

    /* Errors. */
    int id2 = shmget(IPC_PRIVATE, pagesize, IPC_CREAT | 0600);
    printf("shmget size 0: %s\n", RES(shmget(IPC_PRIVATE, 0, IPC_CREAT | 0600)));
    printf("shmctl IPC_STAT bad pointer: %s\n", RES(shmctl(id2, IPC_STAT, BAD)));
    printf("shmctl IPC_SET bad pointer: %s\n", RES(shmctl(id2, IPC_SET, BAD)));
    printf("shmctl IPC_STAT id -1: %s\n", RES(shmctl(-1, IPC_STAT, &ds)));
    printf("shmctl IPC_STAT bad id, bad pointer: %s\n", RES(shmctl(0x7ffffff0, IPC_STAT, BAD)));
    printf("shmctl unknown command: %s\n", RES(shmctl(id2, 999, &ds)));
    struct shminfo info;
    printf("shmctl IPC_INFO: %s\n", shmctl(0, IPC_INFO, (struct shmid_ds *)&info) >= 0 && info.shmmni > 0 ? "ok" : en(errno));
    struct shm_info sinfo;
    printf("shmctl SHM_INFO: %s\n", shmctl(0, SHM_INFO, (struct shmid_ds *)&sinfo) >= 0 ? "ok" : en(errno));
    printf("shmat id -1: %s\n", shmat(-1, NULL, 0) == (void *)-1 ? en(errno) : "ok");
    printf("shmat bad id: %s\n", shmat(0x7ffffff0, NULL, 0) == (void *)-1 ? en(errno) : "ok");
    CHECK(shmctl(id2, IPC_RMID, NULL) == 0);
}

/* Code in a segment attached with SHM_EXEC runs; what runs follows the segment attached
 * at that address, and a write through the attachment. (A write through another
 * attachment of the same segment is not seen by the emulator's translations, as for any
 * other aliased MAP_SHARED memory: IC IVAU and FENCE.I are no-ops in xrun.) */
static int call_at(char *p)
{
    __builtin___clear_cache(p, p + 16);
    return ((int (*)(void))p)();
}

static void test_shm_code(void)
{
    int a = shmget(IPC_PRIVATE, pagesize, IPC_CREAT | 0700), b = shmget(IPC_PRIVATE, pagesize, IPC_CREAT | 0700);
    char *pa = shmat(a, NULL, 0), *pb = shmat(b, NULL, 0);
    CHECK(pa != (void *)-1 && pb != (void *)-1);
    emit_return((unsigned char *)pa, 1);
    emit_return((unsigned char *)pb, 2);
    char *at = free_range(1);
    char *x = shmat(a, at, SHM_EXEC);
    printf("shmat SHM_EXEC: %s, runs: %d\n", x == at ? "ok" : en(errno), x == at ? call_at(x) : -1);
    CHECK(shmdt(at) == 0);
    x = shmat(b, at, SHM_EXEC);
    printf("the other segment there: %d\n", x == at ? call_at(x) : -1);
    emit_return((unsigned char *)x, 3);
    printf("after a write through it: %d\n", call_at(x));
    CHECK(shmdt(at) == 0 && shmdt(pa) == 0 && shmdt(pb) == 0);
    shmctl(a, IPC_RMID, NULL);
    shmctl(b, IPC_RMID, NULL);
}

static void test_sem(void)
{
    int id = semget(IPC_PRIVATE, 3, IPC_CREAT | 0600);
    CHECK(id >= 0, "%s", en(errno));
    unsigned short set[3] = {1, 2, 3}, got[3] = {0};
    printf("SETALL: %s\n", RES(semctl(id, 0, SETALL, set)));
    int r = semctl(id, 0, GETALL, got);
    printf("GETALL: %s %d %d %d\n", RES(r), got[0], got[1], got[2]);
    printf("GETVAL 1: %d\n", semctl(id, 1, GETVAL));
    r = semctl(id, 0, SETVAL, 5);
    printf("SETVAL 0 to 5: %s, GETVAL %d\n", RES(r), semctl(id, 0, GETVAL));
    struct sembuf op = {.sem_num = 0, .sem_op = -1};
    r = semop(id, &op, 1);
    printf("semop -1: %s, GETVAL %d, GETPID is mine %d\n", RES(r), semctl(id, 0, GETVAL), semctl(id, 0, GETPID) == getpid());
    struct semid_ds ds;
    r = semctl(id, 0, IPC_STAT, &ds);
    printf("IPC_STAT: %s nsems %lu mode %o uid==euid %d otime set %d ctime set %d\n", RES(r), (unsigned long)ds.sem_nsems,
           ds.sem_perm.mode & 0777, ds.sem_perm.uid == geteuid(), ds.sem_otime > 1000000000, ds.sem_ctime > 1000000000);
    CHECK(r == 0 && ds.sem_nsems == 3 && ds.sem_otime > 1000000000);
    ds.sem_perm.mode = 0640;
    printf("IPC_SET mode 640: %s\n", RES(semctl(id, 0, IPC_SET, &ds)));
    memset(&ds, 0, sizeof ds);
    semctl(id, 0, IPC_STAT, &ds);
    printf("mode now %o, nsems %lu\n", ds.sem_perm.mode & 0777, (unsigned long)ds.sem_nsems);

    /* A child waits for 10 on semaphore 2: GETNCNT counts it; adding 10 wakes it. */
    pid_t child = fork();
    if (child == 0) {
        struct sembuf wait10 = {.sem_num = 2, .sem_op = -10};
        _exit(semop(id, &wait10, 1) == 0 ? 0 : 1);
    }
    int ncnt = 0;
    for (int i = 0; i < 1000 && (ncnt = semctl(id, 2, GETNCNT)) == 0; i++) usleep(5000);
    printf("GETNCNT with a waiting child: %d, GETZCNT %d\n", ncnt, semctl(id, 2, GETZCNT));
    struct sembuf add10 = {.sem_num = 2, .sem_op = 10};
    CHECK(semop(id, &add10, 1) == 0);
    int status = 0;
    waitpid(child, &status, 0);
    printf("child woken: exit %d, GETVAL 2 %d\n", WEXITSTATUS(status), semctl(id, 2, GETVAL));

    /* Waiting for zero on a semaphore that is 1: IPC_NOWAIT, then a timeout. */
    struct sembuf zero = {.sem_num = 1, .sem_op = 0};
    printf("semop wait-for-zero IPC_NOWAIT: %s\n", RES(semop(id, &(struct sembuf){.sem_num = 1, .sem_op = 0, .sem_flg = IPC_NOWAIT}, 1)));
    struct timespec ts = {0, 50 * 1000 * 1000};
    printf("semtimedop 50 ms: %s\n", RES(semtimedop(id, &zero, 1, &ts)));
    ts.tv_nsec = 2000000000;
    printf("semtimedop bad timespec: %s\n", RES(semtimedop(id, &zero, 1, &ts)));
    printf("semtimedop bad timeout pointer: %s\n", RES(semtimedop(id, &zero, 1, BAD)));

    /* Errors. */
    printf("semctl IPC_STAT bad pointer: %s\n", RES(semctl(id, 0, IPC_STAT, BAD)));
    printf("semctl IPC_SET bad pointer: %s\n", RES(semctl(id, 0, IPC_SET, BAD)));
    printf("semctl GETALL bad pointer: %s\n", RES(semctl(id, 0, GETALL, BAD)));
    printf("semctl SETALL bad pointer: %s\n", RES(semctl(id, 0, SETALL, BAD)));
    printf("semctl IPC_STAT id -1: %s\n", RES(semctl(-1, 0, IPC_STAT, &ds)));
    printf("semctl IPC_SET id -1, bad pointer: %s\n", RES(semctl(-1, 0, IPC_SET, BAD)));
    printf("semctl GETVAL semnum 7: %s\n", RES(semctl(id, 7, GETVAL)));
    printf("semctl unknown command: %s\n", RES(semctl(id, 0, 999)));
    struct seminfo si;
    printf("semctl IPC_INFO: %s\n", semctl(0, 0, IPC_INFO, &si) >= 0 && si.semmsl > 0 ? "ok" : en(errno));
    printf("semctl SEM_INFO: %s\n", semctl(0, 0, SEM_INFO, &si) >= 0 ? "ok" : en(errno));
    printf("semop bad pointer: %s\n", RES(semop(id, BAD, 1)));
    printf("semop nsops 0: %s\n", RES(semop(id, &op, 0)));
    printf("semop semnum 9: %s\n", RES(semop(id, &(struct sembuf){.sem_num = 9, .sem_op = 1}, 1)));
    printf("semget nsems -1: %s\n", RES(semget(IPC_PRIVATE, -1, IPC_CREAT | 0600)));
    printf("IPC_RMID: %s\n", RES(semctl(id, 0, IPC_RMID)));
    printf("then GETVAL: %s\n", RES(semctl(id, 0, GETVAL)));
}

struct msg {
    long mtype;
    char mtext[32];
};

static volatile int alarms;
static void on_alarm(int sig) { (void)sig, alarms++; }

static void rcv(int id, long type, int flags, size_t size, const char *what)
{
    struct msg m = {0};
    errno = 0;
    long n = msgrcv(id, &m, size, type, flags);
    if (n < 0) printf("msgrcv %s: %s\n", what, en(errno));
    else printf("msgrcv %s: %ld bytes, type %ld \"%.*s\"\n", what, n, m.mtype, (int)n, m.mtext);
}

static void snd(int id, long type, const char *text)
{
    struct msg m = {.mtype = type};
    strcpy(m.mtext, text);
    CHECK(msgsnd(id, &m, strlen(text), 0) == 0, "%s", en(errno));
}

static void test_msg(void)
{
    int id = msgget(IPC_PRIVATE, IPC_CREAT | 0600);
    CHECK(id >= 0, "%s", en(errno));
    snd(id, 3, "three");
    snd(id, 1, "one");
    snd(id, 2, "two");
    snd(id, 5, "five");
    snd(id, 4, "four");
    struct msqid_ds ds;
    int r = msgctl(id, IPC_STAT, &ds);
    printf("IPC_STAT: %s qnum %lu cbytes %lu lspid is mine %d mode %o stime set %d\n", RES(r), (unsigned long)ds.msg_qnum,
           (unsigned long)ds.__msg_cbytes, ds.msg_lspid == getpid(), ds.msg_perm.mode & 0777, ds.msg_stime > 1000000000);
    CHECK(r == 0 && ds.msg_qnum == 5 && ds.__msg_cbytes == 19);
    rcv(id, 2, 0, 32, "type 2");
    rcv(id, -3, 0, 32, "type <= 3");
    rcv(id, 0, 0, 32, "first");
    rcv(id, 5, 0, 2, "type 5 into 2 bytes");
    rcv(id, 5, MSG_NOERROR, 2, "type 5 into 2 bytes, MSG_NOERROR");
    rcv(id, 4, MSG_EXCEPT | IPC_NOWAIT, 32, "not type 4");
    rcv(id, 0, IPC_NOWAIT, 32, "first");
    rcv(id, 0, IPC_NOWAIT, 32, "on an empty queue, IPC_NOWAIT");
    msgctl(id, IPC_STAT, &ds);
    printf("qnum %lu cbytes %lu lrpid is mine %d\n", (unsigned long)ds.msg_qnum, (unsigned long)ds.__msg_cbytes,
           ds.msg_lrpid == getpid());

    /* A wait a signal ends: EINTR even with SA_RESTART (signal(7)). */
    struct sigaction sa = {.sa_handler = on_alarm, .sa_flags = SA_RESTART}, old;
    sigaction(SIGALRM, &sa, &old);
    struct itimerval it = {.it_value = {0, 100000}};
    setitimer(ITIMER_REAL, &it, NULL);
    rcv(id, 0, 0, 32, "waiting, SIGALRM with SA_RESTART");
    printf("handler ran %d times\n", alarms);
    sigaction(SIGALRM, &old, NULL);

    /* Errors. */
    struct msg m = {.mtype = 0};
    printf("msgsnd type 0: %s\n", RES(msgsnd(id, &m, 1, 0)));
    printf("msgsnd bad pointer: %s\n", RES(msgsnd(id, BAD, 1, 0)));
    printf("msgsnd size -1: %s\n", RES(msgsnd(id, &(struct msg){.mtype = 1}, (size_t)-1, 0)));
    printf("msgsnd id -1: %s\n", RES(msgsnd(-1, &(struct msg){.mtype = 1}, 1, 0)));
    printf("msgrcv id -1: %s\n", RES(msgrcv(-1, &m, 1, 0, IPC_NOWAIT)));
    snd(id, 1, "lost");
    printf("msgrcv bad pointer: %s\n", RES(msgrcv(id, BAD, 32, 0, IPC_NOWAIT)));
    msgctl(id, IPC_STAT, &ds);
    printf("qnum after it: %lu\n", (unsigned long)ds.msg_qnum);
    printf("msgctl IPC_STAT bad pointer: %s\n", RES(msgctl(id, IPC_STAT, BAD)));
    printf("msgctl IPC_SET bad pointer: %s\n", RES(msgctl(id, IPC_SET, BAD)));
    printf("msgctl unknown command: %s\n", RES(msgctl(id, 999, &ds)));
    struct msginfo mi;
    printf("msgctl IPC_INFO: %s\n", msgctl(0, IPC_INFO, (struct msqid_ds *)&mi) >= 0 && mi.msgmax > 0 ? "ok" : en(errno));
    printf("IPC_RMID: %s\n", RES(msgctl(id, IPC_RMID, NULL)));
    printf("then IPC_STAT: %s\n", RES(msgctl(id, IPC_STAT, &ds)));
}

static sem_t notified;
static volatile int notify_value;
static void on_notify(union sigval v)
{
    notify_value = v.sival_int;
    sem_post(&notified);
}

static mqd_t alarm_queue;
static void on_alarm_send(int sig)
{
    (void)sig;
    alarms++;
    mq_send(alarm_queue, "from the handler", 16, 3);
}

static void mqrcv(mqd_t q, size_t size, const char *what)
{
    char buf[128];
    unsigned prio = 99;
    errno = 0;
    ssize_t n = mq_receive(q, buf, size, &prio);
    if (n < 0) printf("mq_receive %s: %s\n", what, en(errno));
    else printf("mq_receive %s: \"%.*s\" prio %u\n", what, (int)n, buf, prio);
}

static void test_mq(void)
{
    char name[64];
    snprintf(name, sizeof name, "/xrun-ipc-%d", (int)getpid());
    mq_unlink(name);
    struct mq_attr attr = {.mq_maxmsg = 4, .mq_msgsize = 64};
    mqd_t q = mq_open(name, O_CREAT | O_EXCL | O_RDWR, 0600, &attr);
    CHECK(q >= 0, "%s", en(errno));
    printf("mq_open O_EXCL again: %s\n", RES(mq_open(name, O_CREAT | O_EXCL | O_RDWR, 0600, &attr)));
    CHECK(mq_send(q, "low", 3, 1) == 0 && mq_send(q, "high", 4, 9) == 0 && mq_send(q, "mid", 3, 5) == 0);
    struct mq_attr got;
    mq_getattr(q, &got);
    printf("mq_getattr: flags %ld maxmsg %ld msgsize %ld curmsgs %ld\n", got.mq_flags, got.mq_maxmsg, got.mq_msgsize,
           got.mq_curmsgs);
    mqrcv(q, 128, "1");
    mqrcv(q, 128, "2");
    mqrcv(q, 128, "3");
    mqrcv(q, 10, "into a buffer below mq_msgsize");
    printf("mq_send of 65 bytes: %s\n", RES(mq_send(q, name, 65, 0)));
    printf("mq_send prio MQ_PRIO_MAX: %s\n", RES(mq_send(q, "x", 1, 32768)));

    struct mq_attr nb = {.mq_flags = O_NONBLOCK};
    printf("mq_setattr O_NONBLOCK: %s\n", RES(mq_setattr(q, &nb, &got)));
    mq_getattr(q, &got);
    printf("flags now O_NONBLOCK: %d\n", got.mq_flags == O_NONBLOCK);
    mqrcv(q, 128, "empty, O_NONBLOCK");
    nb.mq_flags = 0;
    mq_setattr(q, &nb, NULL);
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    ts.tv_nsec += 50 * 1000 * 1000;
    if (ts.tv_nsec >= 1000000000) ts.tv_sec++, ts.tv_nsec -= 1000000000;
    char buf[128];
    printf("mq_timedreceive 50 ms: %s\n", RES(mq_timedreceive(q, buf, 128, NULL, &ts)));

    /* A wait a handler interrupts: restarted under SA_RESTART (ipc/mqueue.c: ERESTARTSYS),
     * where it gets what the handler sent; EINTR without. */
    alarm_queue = q;
    alarms = 0;
    struct sigaction sa = {.sa_handler = on_alarm_send, .sa_flags = SA_RESTART}, old;
    sigaction(SIGALRM, &sa, &old);
    struct itimerval it = {.it_value = {0, 100000}};
    setitimer(ITIMER_REAL, &it, NULL);
    mqrcv(q, 128, "waiting, SIGALRM with SA_RESTART");
    sa.sa_flags = 0;
    sa.sa_handler = on_alarm;
    sigaction(SIGALRM, &sa, NULL);
    setitimer(ITIMER_REAL, &it, NULL);
    mqrcv(q, 128, "waiting, SIGALRM without SA_RESTART");
    printf("handlers ran %d times\n", alarms);
    sigaction(SIGALRM, &old, NULL);

    /* mq_notify by signal: SI_MESGQ with the value, from this process. */
    sigset_t usr1;
    sigemptyset(&usr1);
    sigaddset(&usr1, SIGUSR1);
    sigprocmask(SIG_BLOCK, &usr1, NULL);
    struct sigevent sev = {.sigev_notify = SIGEV_SIGNAL, .sigev_signo = SIGUSR1, .sigev_value.sival_int = 42};
    printf("mq_notify SIGEV_SIGNAL: %s\n", RES(mq_notify(q, &sev)));
    printf("mq_notify again: %s\n", RES(mq_notify(q, &sev)));
    CHECK(mq_send(q, "ping", 4, 0) == 0);
    siginfo_t si;
    struct timespec second = {1, 0};
    int sig = sigtimedwait(&usr1, &si, &second);
    printf("notification: %s code SI_MESGQ %d value %d pid is mine %d\n", sig == SIGUSR1 ? "SIGUSR1" : en(errno),
           si.si_code == SI_MESGQ, si.si_value.sival_int, si.si_pid == getpid());
    sigprocmask(SIG_UNBLOCK, &usr1, NULL);
    mqrcv(q, 128, "the ping");
    printf("mq_notify NULL (none registered): %s\n", RES(mq_notify(q, NULL)));

    /* mq_notify by thread: glibc's helper thread, woken through a netlink socket. */
    sem_init(&notified, 0, 0);
    struct sigevent tev = {.sigev_notify = SIGEV_THREAD, .sigev_notify_function = on_notify, .sigev_value.sival_int = 7};
    printf("mq_notify SIGEV_THREAD: %s\n", RES(mq_notify(q, &tev)));
    CHECK(mq_send(q, "pong", 4, 0) == 0);
    clock_gettime(CLOCK_REALTIME, &ts);
    ts.tv_sec += 5;
    int w;
    while ((w = sem_timedwait(&notified, &ts)) < 0 && errno == EINTR) continue;
    printf("thread notified: %s value %d\n", RES(w), notify_value);
    mqrcv(q, 128, "the pong");

    /* Errors. A receive that cannot store the message has taken it (ipc/mqueue.c). */
    CHECK(mq_send(q, "y", 1, 0) == 0 && mq_send(q, "z", 1, 0) == 0);
    printf("mq_receive bad buffer: %s\n", RES(syscall(SYS_mq_timedreceive, q, BAD, 128, NULL, NULL)));
    printf("mq_receive bad prio pointer: %s\n", RES(syscall(SYS_mq_timedreceive, q, buf, 128, BAD, NULL)));
    mq_getattr(q, &got);
    printf("messages left: %ld\n", got.mq_curmsgs);
    printf("mq_send bad buffer: %s\n", RES(syscall(SYS_mq_timedsend, q, BAD, 1, 0, NULL)));
    printf("mq_send bad timeout: %s\n", RES(syscall(SYS_mq_timedsend, q, "a", 1, 0, BAD)));
    printf("mq_getsetattr bad new: %s\n", RES(syscall(SYS_mq_getsetattr, q, BAD, NULL)));
    printf("mq_getsetattr bad old: %s\n", RES(syscall(SYS_mq_getsetattr, q, NULL, BAD)));
    printf("mq_notify bad pointer: %s\n", RES(syscall(SYS_mq_notify, q, BAD)));
    printf("mq_notify bad descriptor: %s\n", RES(mq_notify(-1, &sev)));
    printf("mq_open bad name: %s\n", RES(syscall(SYS_mq_open, BAD, O_RDWR, 0, NULL)));
    printf("mq_open bad attr: %s\n", RES(syscall(SYS_mq_open, name + 1, O_RDWR | O_CREAT, 0600, BAD)));
    printf("mq_open missing: %s\n", RES(mq_open("/xrun-ipc-no-such-queue", O_RDWR)));
    printf("mq_timedsend on a plain file: %s\n", RES(syscall(SYS_mq_timedsend, 0, "a", 1, 0, NULL)));
    CHECK(mq_close(q) == 0);
    printf("mq_unlink: %s\n", RES(mq_unlink(name)));
    printf("mq_unlink again: %s\n", RES(mq_unlink(name)));
}

int main(void)
{
    pagesize = sysconf(_SC_PAGESIZE);
    test_shm();
    test_shm_code();
    test_sem();
    test_msg();
    test_mq();
    return conf_exit();
}
