/* Sockets over loopback: AF_UNIX stream and datagram (named, abstract, socketpair),
 * SCM_RIGHTS descriptor passing and SCM_CREDENTIALS, AF_INET and AF_INET6 TCP and UDP on
 * 127.0.0.1 / ::1 with poll and epoll, getsockname/getpeername, setsockopt/getsockopt,
 * shutdown, MSG_PEEK/MSG_DONTWAIT/MSG_TRUNC, sendmmsg/recvmmsg, accept4 flags,
 * error cases (ECONNREFUSED, EADDRINUSE, ENOTCONN, EPIPE). */
#include "conf.h"
#include <arpa/inet.h>
#include <fcntl.h>
#include <net/if.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <sys/epoll.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <stddef.h>

static void test_socketpair(void)
{
    int sv[2];
    CHECK(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) == 0);
    printf("socketpair: cloexec %d\n", fcntl(sv[0], F_GETFD));
    CHECK(write(sv[0], "ping", 4) == 4);
    char buf[64] = { 0 };
    ssize_t n = recv(sv[1], buf, sizeof buf, MSG_PEEK);
    printf("MSG_PEEK: %zd %s\n", n, buf);
    memset(buf, 0, sizeof buf);
    n = read(sv[1], buf, sizeof buf);
    printf("read: %zd %s\n", n, buf);
    errno = 0;
    n = recv(sv[1], buf, sizeof buf, MSG_DONTWAIT);
    printf("MSG_DONTWAIT on empty: %zd %s\n", n, en(errno));
    shutdown(sv[0], SHUT_WR);
    n = read(sv[1], buf, sizeof buf);
    printf("after SHUT_WR the peer reads EOF: %zd\n", n);
    signal(SIGPIPE, SIG_IGN);
    errno = 0;
    n = write(sv[0], "x", 1);
    printf("write after SHUT_WR: %zd %s\n", n, en(errno));
    errno = 0;
    n = send(sv[0], "x", 1, MSG_NOSIGNAL);
    printf("send MSG_NOSIGNAL after SHUT_WR: %zd %s\n", n, en(errno));
    signal(SIGPIPE, SIG_DFL);
    close(sv[0]);
    close(sv[1]);

    CHECK(socketpair(AF_UNIX, SOCK_DGRAM, 0, sv) == 0);
    send(sv[0], "one", 3, 0);
    send(sv[0], "second", 6, 0);
    n = recv(sv[1], buf, 2, MSG_TRUNC);
    printf("datagram truncated: MSG_TRUNC returns the real length %zd\n", n);
    struct msghdr mh;
    memset(&mh, 0, sizeof mh);
    struct iovec iov = { buf, 3 };
    mh.msg_iov = &iov;
    mh.msg_iovlen = 1;
    n = recvmsg(sv[1], &mh, 0);
    printf("recvmsg into a short buffer: %zd, MSG_TRUNC flag %d\n", n, !!(mh.msg_flags & MSG_TRUNC));
    close(sv[0]);
    close(sv[1]);

    errno = 0;
    int r = socketpair(AF_INET, SOCK_STREAM, 0, sv);
    printf("socketpair AF_INET: %d %s\n", r, en(errno));
}

static void test_unix_named(void)
{
    int srv = socket(AF_UNIX, SOCK_STREAM, 0);
    struct sockaddr_un a = { .sun_family = AF_UNIX };
    strcpy(a.sun_path, "sock");
    CHECK(bind(srv, (struct sockaddr *)&a, sizeof a) == 0);
    struct stat st;
    stat("sock", &st);
    printf("bound: the path is a socket %d\n", S_ISSOCK(st.st_mode));
    errno = 0;
    int dup = socket(AF_UNIX, SOCK_STREAM, 0);
    int r = bind(dup, (struct sockaddr *)&a, sizeof a);
    printf("bind to the same path: %d %s\n", r, en(errno));
    close(dup);
    int cl = socket(AF_UNIX, SOCK_STREAM, 0);
    errno = 0;
    r = connect(cl, (struct sockaddr *)&a, sizeof a);
    printf("connect before listen: %d %s\n", r, en(errno));
    close(cl);
    CHECK(listen(srv, 4) == 0);
    cl = socket(AF_UNIX, SOCK_STREAM, 0);
    CHECK(connect(cl, (struct sockaddr *)&a, sizeof a) == 0);
    struct sockaddr_un peer;
    socklen_t len = sizeof peer;
    int c = accept4(srv, (struct sockaddr *)&peer, &len, SOCK_NONBLOCK | SOCK_CLOEXEC);
    CHECK(c >= 0);
    printf("accept4: nonblock %d cloexec %d, unnamed peer len %u\n", !!(fcntl(c, F_GETFL) & O_NONBLOCK),
           fcntl(c, F_GETFD), len);
    struct sockaddr_un name;
    len = sizeof name;
    getsockname(srv, (struct sockaddr *)&name, &len);
    printf("getsockname: %s (len %u)\n", name.sun_path, len);
    len = sizeof name;
    getpeername(cl, (struct sockaddr *)&name, &len);
    printf("getpeername of the client: %s\n", name.sun_path);

    /* Credentials of the peer. */
    struct ucred cred;
    len = sizeof cred;
    CHECK(getsockopt(c, SOL_SOCKET, SO_PEERCRED, &cred, &len) == 0);
    printf("SO_PEERCRED: pid/uid/gid are ours %d, len %u\n", cred.pid == getpid() && cred.uid == getuid() &&
           cred.gid == getgid(), len);
    close(c);
    close(cl);
    close(srv);
    unlink("sock");

    /* Abstract names. */
    srv = socket(AF_UNIX, SOCK_DGRAM, 0);
    struct sockaddr_un ab = { .sun_family = AF_UNIX };
    char abstract_name[64];
    int nlen = snprintf(abstract_name, sizeof abstract_name, "xrun-conformance-%d", (int)getpid());
    memcpy(ab.sun_path + 1, abstract_name, nlen);
    socklen_t alen = offsetof(struct sockaddr_un, sun_path) + 1 + nlen;
    CHECK(bind(srv, (struct sockaddr *)&ab, alen) == 0);
    cl = socket(AF_UNIX, SOCK_DGRAM, 0);
    CHECK(sendto(cl, "abstract", 8, 0, (struct sockaddr *)&ab, alen) == 8);
    char buf[32] = { 0 };
    struct sockaddr_un from;
    len = sizeof from;
    ssize_t n = recvfrom(srv, buf, sizeof buf, 0, (struct sockaddr *)&from, &len);
    printf("abstract datagram: %zd %s, sender unnamed (len %u)\n", n, buf, len);
    close(cl);
    close(srv);
}

static void test_fd_passing(void)
{
    int sv[2];
    CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
    int p[2];
    pipe(p);
    int f = open("passed.txt", O_RDWR | O_CREAT | O_TRUNC, 0644);
    write(f, "through SCM_RIGHTS", 18);
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        close(sv[0]);
        char data[8];
        struct iovec iov = { data, sizeof data };
        union { struct cmsghdr h; char buf[CMSG_SPACE(3 * sizeof(int))]; } u;
        struct msghdr mh = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = u.buf, .msg_controllen = sizeof u.buf };
        ssize_t n = recvmsg(sv[1], &mh, 0);
        struct cmsghdr *cm = CMSG_FIRSTHDR(&mh);
        int ok = n == 3 && cm && cm->cmsg_level == SOL_SOCKET && cm->cmsg_type == SCM_RIGHTS &&
                 cm->cmsg_len == CMSG_LEN(3 * sizeof(int));
        int fds[3];
        if (ok) memcpy(fds, CMSG_DATA(cm), sizeof fds);
        printf("  child: got %zd bytes and %d descriptors\n", n, ok ? 3 : 0);
        if (ok) {
            char text[32] = { 0 };
            pread(fds[0], text, 18, 0);
            printf("  child reads the passed file: %s\n", text);
            write(fds[1], "via passed pipe", 15);
            printf("  the passed copies are new numbers %d\n", fds[0] != f || fds[1] != p[1]);
        }
        _exit(ok ? 0 : 1);
    }
    close(sv[1]);
    int fds[3] = { f, p[1], 0 };
    union { struct cmsghdr h; char buf[CMSG_SPACE(3 * sizeof(int))]; } u;
    memset(&u, 0, sizeof u);
    struct iovec iov = { "fds", 3 };
    struct msghdr mh = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = u.buf, .msg_controllen = sizeof u.buf };
    struct cmsghdr *cm = CMSG_FIRSTHDR(&mh);
    cm->cmsg_level = SOL_SOCKET;
    cm->cmsg_type = SCM_RIGHTS;
    cm->cmsg_len = CMSG_LEN(sizeof fds);
    memcpy(CMSG_DATA(cm), fds, sizeof fds);
    CHECK(sendmsg(sv[0], &mh, 0) == 3);
    int st;
    waitpid(pid, &st, 0);
    char got[32] = { 0 };
    read(p[0], got, sizeof got - 1);
    printf("parent reads what the child wrote into the passed pipe: %s; child %s\n", got,
           WIFEXITED(st) && WEXITSTATUS(st) == 0 ? "ok" : "failed");
    close(p[0]); close(p[1]); close(f); close(sv[0]);

    /* SCM_CREDENTIALS with SO_PASSCRED. */
    CHECK(socketpair(AF_UNIX, SOCK_DGRAM, 0, sv) == 0);
    int on = 1;
    setsockopt(sv[1], SOL_SOCKET, SO_PASSCRED, &on, sizeof on);
    send(sv[0], "c", 1, 0);
    char d;
    struct iovec ci = { &d, 1 };
    union { struct cmsghdr h; char buf[CMSG_SPACE(sizeof(struct ucred))]; } cu;
    struct msghdr cmh = { .msg_iov = &ci, .msg_iovlen = 1, .msg_control = cu.buf, .msg_controllen = sizeof cu.buf };
    ssize_t n = recvmsg(sv[1], &cmh, 0);
    struct cmsghdr *c = CMSG_FIRSTHDR(&cmh);
    struct ucred uc = { 0 };
    if (c && c->cmsg_type == SCM_CREDENTIALS) memcpy(&uc, CMSG_DATA(c), sizeof uc);
    printf("SCM_CREDENTIALS: %zd byte, type ok %d, pid/uid ours %d\n", n, c && c->cmsg_type == SCM_CREDENTIALS,
           uc.pid == getpid() && uc.uid == getuid());
    close(sv[0]);
    close(sv[1]);
}

static void print_opt(const char *name, int fd, int level, int opt)
{
    int v = -1;
    socklen_t len = sizeof v;
    int r = getsockopt(fd, level, opt, &v, &len);
    printf("  %s: %s %d (len %u)\n", name, RES(r), v, len);
}

static void tcp(int family)
{
    const char *fam = family == AF_INET ? "IPv4" : "IPv6";
    int srv = socket(family, SOCK_STREAM, 0);
    CHECK(srv >= 0);
    int on = 1;
    CHECK(setsockopt(srv, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on) == 0);
    struct sockaddr_storage ss;
    memset(&ss, 0, sizeof ss);
    socklen_t slen;
    if (family == AF_INET) {
        struct sockaddr_in *a = (struct sockaddr_in *)&ss;
        a->sin_family = AF_INET;
        a->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        slen = sizeof *a;
    } else {
        struct sockaddr_in6 *a = (struct sockaddr_in6 *)&ss;
        a->sin6_family = AF_INET6;
        a->sin6_addr = in6addr_loopback;
        slen = sizeof *a;
    }
    CHECK(bind(srv, (struct sockaddr *)&ss, slen) == 0);
    CHECK(listen(srv, 8) == 0);
    socklen_t len = sizeof ss;
    CHECK(getsockname(srv, (struct sockaddr *)&ss, &len) == 0);
    int port = ntohs(family == AF_INET ? ((struct sockaddr_in *)&ss)->sin_port : ((struct sockaddr_in6 *)&ss)->sin6_port);
    char addr[64];
    inet_ntop(family, family == AF_INET ? (void *)&((struct sockaddr_in *)&ss)->sin_addr
                                        : (void *)&((struct sockaddr_in6 *)&ss)->sin6_addr, addr, sizeof addr);
    printf("%s TCP: listening on %s, port assigned %d, name len %u\n", fam, addr, port > 0, len);

    /* Non-blocking connect, completion seen by poll. */
    int cl = socket(family, SOCK_STREAM | SOCK_NONBLOCK, 0);
    int r = connect(cl, (struct sockaddr *)&ss, len);
    int e = errno;
    struct pollfd pf = { cl, POLLOUT, 0 };
    int pr = poll(&pf, 1, 2000);
    int soerr = -1;
    socklen_t el = sizeof soerr;
    getsockopt(cl, SOL_SOCKET, SO_ERROR, &soerr, &el);
    printf("  nonblocking connect: %s, poll %d POLLOUT %d, SO_ERROR %d\n", r == 0 ? "done" : en(e), pr,
           !!(pf.revents & POLLOUT), soerr);
    int c = accept(srv, NULL, NULL);
    CHECK(c >= 0);
    fcntl(cl, F_SETFL, 0);

    struct sockaddr_storage local, peer;
    socklen_t ll = sizeof local, pl = sizeof peer;
    getsockname(cl, (struct sockaddr *)&local, &ll);
    getpeername(c, (struct sockaddr *)&peer, &pl);
    int same = ll == pl && memcmp(&local, &peer, ll) == 0;
    printf("  client's name is the server side's peer: %d\n", same);

    setsockopt(cl, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    print_opt("TCP_NODELAY", cl, IPPROTO_TCP, TCP_NODELAY);
    print_opt("SO_TYPE", cl, SOL_SOCKET, SO_TYPE);
    print_opt("SO_ACCEPTCONN (listener)", srv, SOL_SOCKET, SO_ACCEPTCONN);
    print_opt("SO_REUSEADDR", srv, SOL_SOCKET, SO_REUSEADDR);
    int big = 1 << 16;
    setsockopt(cl, SOL_SOCKET, SO_SNDBUF, &big, sizeof big);
    int got = 0;
    len = sizeof got;
    getsockopt(cl, SOL_SOCKET, SO_SNDBUF, &got, &len);
    printf("  SO_SNDBUF set 65536, kernel doubles it: %d\n", got == 2 * big);
    struct linger lg = { 1, 5 }, lg2;
    setsockopt(cl, SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
    len = sizeof lg2;
    getsockopt(cl, SOL_SOCKET, SO_LINGER, &lg2, &len);
    printf("  SO_LINGER: %d %d (len %u)\n", lg2.l_onoff, lg2.l_linger, len);
    struct timeval tv = { 2, 500000 }, tv2;
    setsockopt(cl, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    len = sizeof tv2;
    getsockopt(cl, SOL_SOCKET, SO_RCVTIMEO, &tv2, &len);
    printf("  SO_RCVTIMEO: %ld.%06ld (len %u)\n", (long)tv2.tv_sec, (long)tv2.tv_usec, len);
    errno = 0;
    r = setsockopt(cl, SOL_SOCKET, 9999, &on, sizeof on);
    printf("  unknown option: %d %s\n", r, en(errno));

    /* A megabyte through the connection, from a child, with an epoll-driven reader. */
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        char chunk[8192];
        for (int i = 0; i < (int)sizeof chunk; i++) chunk[i] = (char)i;
        for (int i = 0; i < 128; i++) {
            size_t off = 0;
            while (off < sizeof chunk) {
                ssize_t w = write(cl, chunk + off, sizeof chunk - off);
                if (w <= 0) _exit(1);
                off += w;
            }
        }
        shutdown(cl, SHUT_WR);
        _exit(0);
    }
    close(cl);
    int ep = epoll_create1(0);
    struct epoll_event ev = { .events = EPOLLIN, .data.u64 = 0xfeedfacecafebeefull };
    epoll_ctl(ep, EPOLL_CTL_ADD, c, &ev);
    long total = 0;
    uint64_t sum = 0;
    int bad_data = 0;
    for (;;) {
        struct epoll_event out;
        if (epoll_wait(ep, &out, 1, 5000) != 1) break;
        if (out.data.u64 != 0xfeedfacecafebeefull) bad_data = 1;
        char buf[4096];
        ssize_t n = read(c, buf, sizeof buf);
        if (n <= 0) break;
        for (ssize_t i = 0; i < n; i++) sum += (unsigned char)buf[i];
        total += n;
    }
    int st;
    waitpid(pid, &st, 0);
    printf("  received %ld bytes, byte sum %llu, epoll data ok %d, writer %s\n", total, (unsigned long long)sum,
           !bad_data, WIFEXITED(st) && WEXITSTATUS(st) == 0 ? "ok" : "failed");
    close(ep);
    close(c);

    /* Address in use, connection refused. */
    int again = socket(family, SOCK_STREAM, 0);
    errno = 0;
    r = bind(again, (struct sockaddr *)&ss, slen);
    printf("  bind to the listening port: %d %s\n", r, en(errno));
    close(again);
    close(srv);
    cl = socket(family, SOCK_STREAM, 0);
    errno = 0;
    r = connect(cl, (struct sockaddr *)&ss, slen);
    printf("  connect to the closed port: %d %s\n", r, en(errno));
    errno = 0;
    ssize_t n = send(cl, "x", 1, MSG_NOSIGNAL);
    printf("  send on an unconnected socket: %zd %s\n", n, en(errno));
    close(cl);
}

static void udp(int family)
{
    const char *fam = family == AF_INET ? "IPv4" : "IPv6";
    int a = socket(family, SOCK_DGRAM, 0), b = socket(family, SOCK_DGRAM, 0);
    struct sockaddr_storage sa, sb;
    memset(&sa, 0, sizeof sa);
    socklen_t slen;
    if (family == AF_INET) {
        struct sockaddr_in *x = (struct sockaddr_in *)&sa;
        x->sin_family = AF_INET;
        x->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        slen = sizeof *x;
    } else {
        struct sockaddr_in6 *x = (struct sockaddr_in6 *)&sa;
        x->sin6_family = AF_INET6;
        x->sin6_addr = in6addr_loopback;
        slen = sizeof *x;
    }
    sb = sa;
    CHECK(bind(a, (struct sockaddr *)&sa, slen) == 0);
    CHECK(bind(b, (struct sockaddr *)&sb, slen) == 0);
    socklen_t la = sizeof sa, lb = sizeof sb;
    getsockname(a, (struct sockaddr *)&sa, &la);
    getsockname(b, (struct sockaddr *)&sb, &lb);
    for (int i = 0; i < 5; i++) {
        char msg[32];
        int len = snprintf(msg, sizeof msg, "datagram %d", i);
        CHECK(sendto(a, msg, len, 0, (struct sockaddr *)&sb, lb) == len);
    }
    struct pollfd pf = { b, POLLIN, 0 };
    poll(&pf, 1, 1000);
    int count = 0, from_a = 1;
    char last[32] = { 0 };
    for (;;) {
        struct sockaddr_storage from;
        socklen_t fl = sizeof from;
        char buf[32] = { 0 };
        ssize_t n = recvfrom(b, buf, sizeof buf, MSG_DONTWAIT, (struct sockaddr *)&from, &fl);
        if (n < 0) break;
        count++;
        memcpy(last, buf, sizeof last);
        if (fl != la || memcmp(&from, &sa, fl) != 0) from_a = 0;
    }
    printf("%s UDP: %d datagrams, last \"%s\", sender address right %d\n", fam, count, last, from_a);

    /* connect() on UDP fixes the peer; sendmmsg/recvmmsg move several at once. */
    CHECK(connect(a, (struct sockaddr *)&sb, lb) == 0);
    struct mmsghdr msgs[3];
    struct iovec iovs[3];
    char *texts[3] = { "m0", "mm1", "mmm2" };
    memset(msgs, 0, sizeof msgs);
    for (int i = 0; i < 3; i++) {
        iovs[i].iov_base = texts[i];
        iovs[i].iov_len = strlen(texts[i]);
        msgs[i].msg_hdr.msg_iov = &iovs[i];
        msgs[i].msg_hdr.msg_iovlen = 1;
    }
    int sent = sendmmsg(a, msgs, 3, 0);
    poll(&pf, 1, 1000);
    struct mmsghdr in[4];
    struct iovec rio[4];
    char rbuf[4][16];
    memset(in, 0, sizeof in);
    for (int i = 0; i < 4; i++) {
        rio[i].iov_base = rbuf[i];
        rio[i].iov_len = sizeof rbuf[i];
        in[i].msg_hdr.msg_iov = &rio[i];
        in[i].msg_hdr.msg_iovlen = 1;
    }
    int got = recvmmsg(b, in, 4, MSG_DONTWAIT, NULL);
    printf("  sendmmsg %d, recvmmsg %d, lengths", sent, got);
    for (int i = 0; i < got; i++) printf(" %u", in[i].msg_len);
    printf("\n");
    close(a);
    close(b);
}

/* Interface queries by ioctl on any socket (glibc's if_nametoindex: SIOCGIFINDEX;
 * if_indextoname: SIOCGIFNAME; and SIOCGIFFLAGS, SIOCGIFMTU on the loopback). */
static void test_interface_ioctls(void)
{
    unsigned idx = if_nametoindex("lo");
    char name[IF_NAMESIZE] = "";
    CHECK(idx != 0 && if_indextoname(idx, name) != NULL && !strcmp(name, "lo"));
    printf("if_nametoindex(lo) %s, back to name %s\n", idx ? "found" : "missing", name);
    int s = socket(AF_INET, SOCK_DGRAM, 0);
    struct ifreq ifr;
    memset(&ifr, 0, sizeof ifr);
    strcpy(ifr.ifr_name, "lo");
    int r = ioctl(s, SIOCGIFFLAGS, &ifr);
    printf("SIOCGIFFLAGS lo: %s loopback %d\n", RES(r), r == 0 && (ifr.ifr_flags & IFF_LOOPBACK) != 0);
    r = ioctl(s, SIOCGIFMTU, &ifr);
    printf("SIOCGIFMTU lo: %s mtu > 0 %d\n", RES(r), r == 0 && ifr.ifr_mtu > 0);
    errno = 0;
    strcpy(ifr.ifr_name, "no-such-if0");
    r = ioctl(s, SIOCGIFINDEX, &ifr);
    printf("SIOCGIFINDEX of a missing interface: %d %s\n", r, en(errno));
    close(s);
}

int main(void)
{
    test_interface_ioctls();
    test_socketpair();
    test_unix_named();
    test_fd_passing();
    tcp(AF_INET);
    tcp(AF_INET6);
    udp(AF_INET);
    udp(AF_INET6);
    return conf_exit();
}
