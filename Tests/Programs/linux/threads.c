/* Threads: create/join/detach, mutex, condvar, rwlock, barrier, __thread TLS,
 * pthread_once, atomics, thread-specific data, cancellation, per-thread signals,
 * pthread_exit from main. Runs many times in a row (the test repeats it). */
// xrun-test-cflags: -pthread
#include "conf.h"
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <stdint.h>
#include <sys/syscall.h>
#include <sys/mman.h>
#include <sys/wait.h>

#define NT 8

static pid_t tid(void) { return (pid_t)syscall(SYS_gettid); }

/* ---- create / join with return values, distinct tids, pthread_equal ---- */
static pid_t tids[NT];
static void *ret_index(void *arg)
{
    long i = (long)arg;
    tids[i] = tid();
    return (void *)(i * 10 + 1);
}

static void test_create_join(void)
{
    pthread_t th[NT];
    for (long i = 0; i < NT; i++) CHECK(pthread_create(&th[i], NULL, ret_index, (void *)i) == 0);
    long sum = 0;
    for (int i = 0; i < NT; i++) {
        void *r;
        CHECK(pthread_join(th[i], &r) == 0);
        sum += (long)r;
    }
    int distinct = 1;
    for (int i = 0; i < NT; i++) {
        if (tids[i] == getpid() || tids[i] <= 0) distinct = 0;
        for (int j = 0; j < i; j++)
            if (tids[i] == tids[j]) distinct = 0;
    }
    CHECK(sum == 288, "sum %ld", sum);
    CHECK(distinct);
    CHECK(pthread_equal(pthread_self(), pthread_self()));
    CHECK(!pthread_equal(th[0], th[1]));
    printf("create/join: sum %ld, distinct tids %d\n", sum, distinct);
}

/* ---- detached threads report through a semaphore ---- */
static sem_t done_sem;
static int detached_sum;
static pthread_mutex_t sum_lock = PTHREAD_MUTEX_INITIALIZER;
static void *detached(void *arg)
{
    pthread_mutex_lock(&sum_lock);
    detached_sum += (int)(long)arg;
    pthread_mutex_unlock(&sum_lock);
    sem_post(&done_sem);
    return NULL;
}

static void test_detach(void)
{
    sem_init(&done_sem, 0, 0);
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    for (long i = 1; i <= NT; i++) {
        pthread_t t;
        CHECK(pthread_create(&t, &attr, detached, (void *)i) == 0);
    }
    pthread_t self_detached;
    CHECK(pthread_create(&self_detached, NULL, detached, (void *)100L) == 0);
    CHECK(pthread_detach(self_detached) == 0);
    for (int i = 0; i < NT + 1; i++)
        while (sem_wait(&done_sem) != 0) {}
    pthread_attr_destroy(&attr);
    CHECK(detached_sum == 136, "%d", detached_sum);
    printf("detach: sum %d\n", detached_sum);
}

/* ---- mutex: plain counter, recursive and errorcheck kinds, trylock ---- */
static pthread_mutex_t counter_lock = PTHREAD_MUTEX_INITIALIZER;
static long counter;
static void *count_up(void *arg)
{
    (void)arg;
    for (int i = 0; i < 20000; i++) {
        pthread_mutex_lock(&counter_lock);
        counter++;
        pthread_mutex_unlock(&counter_lock);
    }
    return NULL;
}

static void test_mutex(void)
{
    pthread_t th[NT];
    for (int i = 0; i < NT; i++) pthread_create(&th[i], NULL, count_up, NULL);
    for (int i = 0; i < NT; i++) pthread_join(th[i], NULL);
    CHECK(counter == NT * 20000L, "%ld", counter);

    pthread_mutexattr_t a;
    pthread_mutex_t m;
    pthread_mutexattr_init(&a);
    pthread_mutexattr_settype(&a, PTHREAD_MUTEX_RECURSIVE);
    pthread_mutex_init(&m, &a);
    int r1 = pthread_mutex_lock(&m), r2 = pthread_mutex_lock(&m), r3 = pthread_mutex_trylock(&m);
    pthread_mutex_unlock(&m); pthread_mutex_unlock(&m); pthread_mutex_unlock(&m);
    pthread_mutex_destroy(&m);
    pthread_mutexattr_settype(&a, PTHREAD_MUTEX_ERRORCHECK);
    pthread_mutex_init(&m, &a);
    pthread_mutex_lock(&m);
    int relock = pthread_mutex_lock(&m);
    pthread_mutex_unlock(&m);
    int unlock_unowned = pthread_mutex_unlock(&m);
    pthread_mutex_destroy(&m);
    pthread_mutexattr_destroy(&a);
    CHECK(r1 == 0 && r2 == 0 && r3 == 0);
    CHECK(relock == EDEADLK && unlock_unowned == EPERM);
    printf("mutex: counter %ld, recursive %d%d%d, errorcheck relock %s unlock %s\n", counter, r1, r2, r3,
           en(relock), en(unlock_unowned));
}

/* ---- condition variable: bounded queue, 4 producers and 4 consumers ---- */
#define QCAP 8
#define PER_PRODUCER 2000
static int queue[QCAP], qhead, qcount, producers_left;
static long consumed_sum, consumed_count;
static pthread_mutex_t qlock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t not_full = PTHREAD_COND_INITIALIZER, not_empty = PTHREAD_COND_INITIALIZER;

static void *producer(void *arg)
{
    int base = (int)(long)arg * PER_PRODUCER;
    for (int i = 0; i < PER_PRODUCER; i++) {
        pthread_mutex_lock(&qlock);
        while (qcount == QCAP) pthread_cond_wait(&not_full, &qlock);
        queue[(qhead + qcount++) % QCAP] = base + i;
        pthread_cond_signal(&not_empty);
        pthread_mutex_unlock(&qlock);
    }
    pthread_mutex_lock(&qlock);
    if (--producers_left == 0) pthread_cond_broadcast(&not_empty);
    pthread_mutex_unlock(&qlock);
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    for (;;) {
        pthread_mutex_lock(&qlock);
        while (qcount == 0 && producers_left > 0) pthread_cond_wait(&not_empty, &qlock);
        if (qcount == 0) {
            pthread_mutex_unlock(&qlock);
            return NULL;
        }
        int v = queue[qhead];
        qhead = (qhead + 1) % QCAP;
        qcount--;
        consumed_sum += v;
        consumed_count++;
        pthread_cond_signal(&not_full);
        pthread_mutex_unlock(&qlock);
    }
}

static void test_condvar(void)
{
    pthread_t th[8];
    producers_left = 4;
    for (long i = 0; i < 4; i++) pthread_create(&th[i], NULL, producer, (void *)i);
    for (int i = 4; i < 8; i++) pthread_create(&th[i], NULL, consumer, NULL);
    for (int i = 0; i < 8; i++) pthread_join(th[i], NULL);
    long n = 4L * PER_PRODUCER;
    CHECK(consumed_count == n && consumed_sum == n * (n - 1) / 2, "%ld %ld", consumed_count, consumed_sum);

    /* A timed wait that times out. */
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    ts.tv_nsec += 20 * 1000 * 1000;
    if (ts.tv_nsec >= 1000000000) { ts.tv_sec++; ts.tv_nsec -= 1000000000; }
    pthread_mutex_lock(&qlock);
    int r = pthread_cond_timedwait(&not_full, &qlock, &ts);
    pthread_mutex_unlock(&qlock);
    CHECK(r == ETIMEDOUT);
    printf("condvar: consumed %ld items, sum %ld, timedwait %s\n", consumed_count, consumed_sum, en(r));
}

/* ---- rwlock: writers keep a == b, readers check it ---- */
static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static long rw_a, rw_b;
static int rw_bad;
static void *rw_writer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 3000; i++) {
        pthread_rwlock_wrlock(&rw);
        rw_a++;
        rw_b++;
        pthread_rwlock_unlock(&rw);
    }
    return NULL;
}
static void *rw_reader(void *arg)
{
    (void)arg;
    for (int i = 0; i < 3000; i++) {
        pthread_rwlock_rdlock(&rw);
        if (rw_a != rw_b) __atomic_fetch_add(&rw_bad, 1, __ATOMIC_RELAXED);
        pthread_rwlock_unlock(&rw);
    }
    return NULL;
}

static void test_rwlock(void)
{
    pthread_t th[NT];
    for (int i = 0; i < NT; i++) pthread_create(&th[i], NULL, i % 2 ? rw_writer : rw_reader, NULL);
    for (int i = 0; i < NT; i++) pthread_join(th[i], NULL);
    pthread_rwlock_rdlock(&rw);
    int tw = pthread_rwlock_trywrlock(&rw), tr = pthread_rwlock_tryrdlock(&rw);
    pthread_rwlock_unlock(&rw);
    pthread_rwlock_unlock(&rw);
    CHECK(rw_a == 4 * 3000 && rw_b == rw_a && rw_bad == 0);
    CHECK(tw == EBUSY && tr == 0);
    printf("rwlock: a %ld b %ld torn reads %d, trywrlock %s tryrdlock %s\n", rw_a, rw_b, rw_bad, en(tw), en(tr));
}

/* ---- barrier: every round, every thread sees all slots of that round ---- */
#define ROUNDS 50
static pthread_barrier_t barrier;
static int slots[NT];
static int barrier_bad, serial_count;
static void *barrier_worker(void *arg)
{
    int me = (int)(long)arg;
    for (int r = 1; r <= ROUNDS; r++) {
        slots[me] = r;
        if (pthread_barrier_wait(&barrier) == PTHREAD_BARRIER_SERIAL_THREAD)
            __atomic_fetch_add(&serial_count, 1, __ATOMIC_RELAXED);
        for (int i = 0; i < NT; i++)
            if (slots[i] != r) __atomic_fetch_add(&barrier_bad, 1, __ATOMIC_RELAXED);
        pthread_barrier_wait(&barrier);
    }
    return NULL;
}

static void test_barrier(void)
{
    pthread_t th[NT];
    pthread_barrier_init(&barrier, NULL, NT);
    for (long i = 0; i < NT; i++) pthread_create(&th[i], NULL, barrier_worker, (void *)i);
    for (int i = 0; i < NT; i++) pthread_join(th[i], NULL);
    pthread_barrier_destroy(&barrier);
    CHECK(barrier_bad == 0 && serial_count == ROUNDS, "%d %d", barrier_bad, serial_count);
    printf("barrier: %d rounds, mismatches %d, serial threads %d\n", ROUNDS, barrier_bad, serial_count);
}

/* ---- __thread: initialised, per thread, main's copy untouched ---- */
static __thread long tls_value = 1000;
static __thread char tls_buf[64] = "initial";
static void *tls_worker(void *arg)
{
    long me = (long)arg;
    long seen_initial = tls_value;
    int buf_ok = strcmp(tls_buf, "initial") == 0;
    for (int i = 0; i < 1000; i++) tls_value += me;
    snprintf(tls_buf, sizeof tls_buf, "thread %ld", me);
    sched_yield();
    char expect[64];
    snprintf(expect, sizeof expect, "thread %ld", me);
    long ok = seen_initial == 1000 && buf_ok && tls_value == 1000 + 1000 * me && strcmp(tls_buf, expect) == 0;
    return (void *)ok;
}

static void test_tls(void)
{
    pthread_t th[NT];
    tls_value = 7;
    for (long i = 0; i < NT; i++) pthread_create(&th[i], NULL, tls_worker, (void *)(i + 1));
    int good = 0;
    for (int i = 0; i < NT; i++) {
        void *r;
        pthread_join(th[i], &r);
        good += r != NULL;
    }
    CHECK(good == NT && tls_value == 7 && strcmp(tls_buf, "initial") == 0);
    printf("tls: %d threads with their own copies, main's value %ld\n", good, tls_value);
}

/* ---- pthread_once ---- */
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int once_runs;
static void once_init(void)
{
    __atomic_fetch_add(&once_runs, 1, __ATOMIC_RELAXED);
    usleep(1000);
}
static void *once_worker(void *arg)
{
    (void)arg;
    pthread_once(&once, once_init);
    return (void *)(long)__atomic_load_n(&once_runs, __ATOMIC_ACQUIRE);
}

static void test_once(void)
{
    pthread_t th[NT];
    for (int i = 0; i < NT; i++) pthread_create(&th[i], NULL, once_worker, NULL);
    int all_saw_one = 1;
    for (int i = 0; i < NT; i++) {
        void *r;
        pthread_join(th[i], &r);
        if ((long)r != 1) all_saw_one = 0;
    }
    CHECK(once_runs == 1 && all_saw_one);
    printf("once: init ran %d time(s), every caller saw it done: %d\n", once_runs, all_saw_one);
}

/* ---- atomics: fetch_add, CAS loops, exchange spinlock, 128-bit CAS-free mix ---- */
static uint64_t a_add, a_cas, a_spin_protected;
static uint32_t a_small;
static int spin;
static uint64_t a_max;
static void *atomics_worker(void *arg)
{
    uint64_t me = (uint64_t)(long)arg;
    for (int i = 0; i < 20000; i++) {
        __atomic_fetch_add(&a_add, 3, __ATOMIC_RELAXED);
        __atomic_fetch_add(&a_small, 1, __ATOMIC_SEQ_CST);
        uint64_t old = __atomic_load_n(&a_cas, __ATOMIC_RELAXED);
        while (!__atomic_compare_exchange_n(&a_cas, &old, old + me, 1, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED)) {}
        uint64_t v = me * 100000 + (uint64_t)i;
        uint64_t cur = __atomic_load_n(&a_max, __ATOMIC_RELAXED);
        while (cur < v && !__atomic_compare_exchange_n(&a_max, &cur, v, 0, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED)) {}
        if (i % 8 == 0) {
            while (__atomic_exchange_n(&spin, 1, __ATOMIC_ACQUIRE)) {}
            a_spin_protected++;
            __atomic_store_n(&spin, 0, __ATOMIC_RELEASE);
        }
    }
    return NULL;
}

static void test_atomics(void)
{
    pthread_t th[NT];
    for (long i = 0; i < NT; i++) pthread_create(&th[i], NULL, atomics_worker, (void *)(i + 1));
    for (int i = 0; i < NT; i++) pthread_join(th[i], NULL);
    uint64_t n = 20000;
    CHECK(a_add == 3 * n * NT && a_small == n * NT && a_cas == n * 36 && a_spin_protected == NT * n / 8
          && a_max == NT * 100000 + n - 1);
    printf("atomics: add %llu, u32 %u, cas %llu, spinlocked %llu, max %llu\n", (unsigned long long)a_add, a_small,
           (unsigned long long)a_cas, (unsigned long long)a_spin_protected, (unsigned long long)a_max);
}

/* ---- thread-specific data with destructors ---- */
static pthread_key_t key;
static int destructor_calls;
static long destructor_sum;
static void tsd_destructor(void *p)
{
    __atomic_fetch_add(&destructor_calls, 1, __ATOMIC_RELAXED);
    __atomic_fetch_add(&destructor_sum, *(long *)p, __ATOMIC_RELAXED);
    free(p);
}
static void *tsd_worker(void *arg)
{
    long me = (long)arg;
    long ok = pthread_getspecific(key) == NULL;
    if (me % 2 == 0) {
        long *p = malloc(sizeof *p);
        *p = me;
        pthread_setspecific(key, p);
        sched_yield();
        ok = ok && pthread_getspecific(key) == p;
    }
    return (void *)ok;
}

static void test_tsd(void)
{
    CHECK(pthread_key_create(&key, tsd_destructor) == 0);
    pthread_t th[NT];
    for (long i = 0; i < NT; i++) pthread_create(&th[i], NULL, tsd_worker, (void *)(i + 1));
    int good = 0;
    for (int i = 0; i < NT; i++) {
        void *r;
        pthread_join(th[i], &r);
        good += r != NULL;
    }
    pthread_key_delete(key);
    CHECK(good == NT && destructor_calls == NT / 2 && destructor_sum == 2 + 4 + 6 + 8);
    printf("tsd: %d threads ok, destructors %d (sum %ld)\n", good, destructor_calls, destructor_sum);
}

/* ---- mappings made by many threads at once never overlap ---- */
static void *mapper(void *arg)
{
    long me = (long)arg, bad = 0;
    for (int i = 0; i < 200; i++) {
        size_t len = (size_t)(1 + (me + i) % 7) * 16384;
        unsigned char *p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED) return (void *)-1L;
        memset(p, (int)me, len);
        sched_yield();
        for (size_t j = 0; j < len; j += 512) bad += p[j] != (unsigned char)me;
        munmap(p, len);
    }
    return (void *)bad;
}

static void test_concurrent_mmap(void)
{
    pthread_t th[NT];
    for (long i = 0; i < NT; i++) pthread_create(&th[i], NULL, mapper, (void *)(i + 1));
    long bad = 0;
    for (int i = 0; i < NT; i++) {
        void *r;
        pthread_join(th[i], &r);
        bad += (long)r;
    }
    CHECK(bad == 0, "%ld", bad);
    printf("concurrent mmap/munmap: %ld foreign bytes seen\n", bad);
}

/* ---- cancellation (SIGCANCEL to one thread) of threads blocked in a syscall ---- */
static int cleanup_ran;
static void cleanup(void *arg) { (void)arg; __atomic_fetch_add(&cleanup_ran, 1, __ATOMIC_RELAXED); }
static void *cancel_me(void *arg)
{
    int *pipefd = arg;
    pthread_cleanup_push(cleanup, NULL);
    char c;
    for (;;) read(pipefd[0], &c, 1); /* a cancellation point that blocks */
    pthread_cleanup_pop(0);
    return NULL;
}

static void test_cancel(void)
{
    int p[2];
    CHECK(pipe(p) == 0);
    pthread_t th[4];
    for (int i = 0; i < 4; i++) pthread_create(&th[i], NULL, cancel_me, p);
    usleep(2000);
    int canceled = 0;
    for (int i = 0; i < 4; i++) {
        void *r;
        pthread_cancel(th[i]);
        pthread_join(th[i], &r);
        canceled += r == PTHREAD_CANCELED;
    }
    close(p[0]);
    close(p[1]);
    CHECK(canceled == 4 && cleanup_ran == 4);
    printf("cancel: %d canceled, %d cleanup handlers\n", canceled, cleanup_ran);
}

/* ---- signals sent to one thread reach that thread ---- */
static __thread volatile int got_usr1;
static __thread volatile pid_t handled_on;
static void usr1(int sig)
{
    (void)sig;
    got_usr1++;
    handled_on = tid();
}
static pthread_barrier_t sig_barrier;
static void *sig_worker(void *arg)
{
    (void)arg;
    pthread_barrier_wait(&sig_barrier); /* all started */
    for (int i = 0; i < 100000 && !got_usr1; i++) usleep(100); /* up to 10 s under load */
    pthread_barrier_wait(&sig_barrier); /* everyone has had theirs */
    /* 1 when exactly one signal arrived, on this thread. */
    return (void *)(long)(got_usr1 == 1 && handled_on == tid());
}
static void *busy_syscalls(void *arg)
{
    volatile int *stop = arg;
    while (!*stop) getppid();
    return NULL;
}

static void test_thread_signals(void)
{
    struct sigaction sa = { .sa_handler = usr1 };
    sigaction(SIGUSR1, &sa, NULL);
    pthread_t th[NT], busy[2];
    volatile int stop = 0;
    /* Two threads that keep making system calls, with SIGUSR1 blocked: they must never
     * take a signal meant for someone else. */
    sigset_t set, old;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    pthread_sigmask(SIG_BLOCK, &set, &old);
    for (int i = 0; i < 2; i++) pthread_create(&busy[i], NULL, busy_syscalls, (void *)&stop);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    pthread_barrier_init(&sig_barrier, NULL, NT + 1);
    for (long i = 0; i < NT; i++) pthread_create(&th[i], NULL, sig_worker, (void *)i);
    pthread_barrier_wait(&sig_barrier);
    for (int i = 0; i < NT; i++) pthread_kill(th[i], SIGUSR1);
    pthread_barrier_wait(&sig_barrier);
    int right = 0;
    for (int i = 0; i < NT; i++) {
        void *r;
        pthread_join(th[i], &r);
        right += r != NULL;
    }
    stop = 1;
    for (int i = 0; i < 2; i++) pthread_join(busy[i], NULL);
    pthread_barrier_destroy(&sig_barrier);
    signal(SIGUSR1, SIG_DFL);
    CHECK(right == NT && got_usr1 == 0, "right %d main %d", right, got_usr1);
    printf("pthread_kill: %d of %d threads got exactly their own signal, main none: %d\n", right, NT, got_usr1 == 0);
}

/* ---- main thread calls pthread_exit; the process ends with the last thread ---- */
static void *last_one(void *arg)
{
    (void)arg;
    usleep(5000);
    printf("  last thread done\n");
    exit(5);
}

static void test_main_pthread_exit(void)
{
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        pthread_t t;
        pthread_create(&t, NULL, last_one, NULL);
        pthread_exit(NULL);
    }
    int status;
    CHECK(waitpid(pid, &status, 0) == pid);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 5);
    printf("pthread_exit in main: child exited %d\n", WIFEXITED(status) ? WEXITSTATUS(status) : -1);
}

/* ---- a thread forks; the child has only that thread ---- */
static void *forker(void *arg)
{
    (void)arg;
    pid_t pid = fork();
    if (pid == 0) _exit(tid() == getpid() ? 9 : 1);
    int status;
    waitpid(pid, &status, 0);
    return (void *)(long)(WIFEXITED(status) ? WEXITSTATUS(status) : -1);
}

static void test_fork_in_thread(void)
{
    pthread_t t;
    void *r;
    pthread_create(&t, NULL, forker, NULL);
    pthread_join(t, &r);
    CHECK((long)r == 9);
    printf("fork in a thread: child status %ld\n", (long)r);
}

int main(void)
{
    test_create_join();
    test_detach();
    test_mutex();
    test_condvar();
    test_rwlock();
    test_barrier();
    test_tls();
    test_once();
    test_atomics();
    test_tsd();
    test_concurrent_mmap();
    test_cancel();
    test_thread_signals();
    test_fork_in_thread();
    test_main_pthread_exit();
    return conf_exit();
}
