/* Netlink route sockets, as glibc's getifaddrs and if_nameindex and iproute2 use them
 * (AF_NETLINK, NETLINK_ROUTE: socket, bind, getsockname, sendto, recvmsg with
 * RTM_GETLINK/RTM_GETADDR dumps; rtnetlink(7)). Struct sockaddr_nl and the netlink
 * messages have one layout on every little-endian 64-bit Linux, so the guest must see
 * exactly what the host build sees: the interfaces, their flags and addresses. */
#include "conf.h"
#include <arpa/inet.h>
#include <ifaddrs.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/ioctl.h>
#include <sys/socket.h>

static void print_addr(const char *what, struct sockaddr *sa)
{
    char buf[INET6_ADDRSTRLEN] = "-";
    if (!sa) {
        printf(" %s=none", what);
        return;
    }
    if (sa->sa_family == AF_INET) inet_ntop(AF_INET, &((struct sockaddr_in *)sa)->sin_addr, buf, sizeof buf);
    if (sa->sa_family == AF_INET6) inet_ntop(AF_INET6, &((struct sockaddr_in6 *)sa)->sin6_addr, buf, sizeof buf);
    printf(" %s=%s", what, buf);
}

static void ifaddrs_list(void)
{
    struct ifaddrs *list;
    CHECK(getifaddrs(&list) == 0, "getifaddrs: %s", en(errno));
    int loopback = 0, n = 0;
    for (struct ifaddrs *i = list; i; i = i->ifa_next) {
        int family = i->ifa_addr ? i->ifa_addr->sa_family : -1;
        printf("ifaddr %s family %d flags %#x", i->ifa_name, family, i->ifa_flags);
        if (family == AF_INET || family == AF_INET6) {
            print_addr("addr", i->ifa_addr);
            print_addr("mask", i->ifa_netmask);
        }
        printf("\n");
        if (strcmp(i->ifa_name, "lo") == 0 && family == AF_INET) {
            loopback = ((struct sockaddr_in *)i->ifa_addr)->sin_addr.s_addr == htonl(INADDR_LOOPBACK);
        }
        n++;
    }
    freeifaddrs(list);
    CHECK(n > 0, "getifaddrs found nothing");
    CHECK(loopback, "no lo with 127.0.0.1");
}

static void nameindex_list(void)
{
    struct if_nameindex *ni = if_nameindex();
    CHECK(ni != NULL, "if_nameindex: %s", en(errno));
    if (!ni) return;
    for (struct if_nameindex *i = ni; i->if_index; i++) {
        printf("nameindex %u %s\n", i->if_index, i->if_name);
        CHECK(if_nametoindex(i->if_name) == i->if_index, "if_nametoindex(%s)", i->if_name);
    }
    if_freenameindex(ni);
}

/* The raw flow: bind with a kernel-chosen port id, read it back, dump the links and
 * count the messages up to NLMSG_DONE. */
static void raw_dump(void)
{
    int fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
    CHECK(fd >= 0, "socket: %s", en(errno));
    struct sockaddr_nl local = { .nl_family = AF_NETLINK };
    CHECK(bind(fd, (struct sockaddr *)&local, sizeof local) == 0, "bind: %s", en(errno));
    socklen_t len = sizeof local;
    memset(&local, 0xff, sizeof local);
    CHECK(getsockname(fd, (struct sockaddr *)&local, &len) == 0, "getsockname: %s", en(errno));
    printf("getsockname len %u family %u pid %s groups %u\n", len, local.nl_family,
           local.nl_pid == (unsigned)getpid() ? "= getpid()" : local.nl_pid ? "nonzero" : "0", local.nl_groups);

    struct {
        struct nlmsghdr h;
        struct ifinfomsg i;
    } req = { { NLMSG_LENGTH(sizeof(struct ifinfomsg)), RTM_GETLINK, NLM_F_REQUEST | NLM_F_DUMP, 42, 0 },
              { .ifi_family = AF_UNSPEC } };
    struct sockaddr_nl kernel = { .nl_family = AF_NETLINK };
    CHECK(sendto(fd, &req, req.h.nlmsg_len, 0, (struct sockaddr *)&kernel, sizeof kernel) == (ssize_t)req.h.nlmsg_len,
          "sendto: %s", en(errno));
    int links = 0, done = 0;
    char buf[32768];
    while (!done) {
        struct sockaddr_nl from;
        struct iovec iov = { buf, sizeof buf };
        struct msghdr msg = { &from, sizeof from, &iov, 1, NULL, 0, 0 };
        ssize_t n = recvmsg(fd, &msg, 0);
        CHECK(n > 0, "recvmsg: %s", en(errno));
        if (n <= 0) break;
        CHECK(msg.msg_namelen == sizeof from && from.nl_family == AF_NETLINK && from.nl_pid == 0,
              "from: len %u family %u pid %u", msg.msg_namelen, from.nl_family, from.nl_pid);
        for (struct nlmsghdr *h = (struct nlmsghdr *)buf; NLMSG_OK(h, (unsigned)n); h = NLMSG_NEXT(h, n)) {
            CHECK(h->nlmsg_seq == 42, "seq %u", h->nlmsg_seq);
            if (h->nlmsg_type == NLMSG_DONE) done = 1;
            else if (h->nlmsg_type == RTM_NEWLINK) links++;
            else if (h->nlmsg_type == NLMSG_ERROR) { CHECK(0, "NLMSG_ERROR"); done = 1; }
        }
    }
    printf("RTM_GETLINK dump: %d links\n", links);
    CHECK(links > 0, "no links");
    close(fd);
}

/* The interface ioctls on an inet socket (struct ifreq, struct ifconf): what
 * if_nametoindex and net-tools use. */
static void interface_ioctls(void)
{
    int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    CHECK(fd >= 0, "socket: %s", en(errno));
    struct ifreq req[16];
    struct ifconf conf = { .ifc_len = sizeof req, .ifc_req = req };
    CHECK(ioctl(fd, SIOCGIFCONF, &conf) == 0, "SIOCGIFCONF: %s", en(errno));
    for (int i = 0; i < conf.ifc_len / (int)sizeof(struct ifreq); i++) {
        struct ifreq r;
        memset(&r, 0, sizeof r);
        memcpy(r.ifr_name, req[i].ifr_name, IFNAMSIZ);
        CHECK(ioctl(fd, SIOCGIFINDEX, &r) == 0, "SIOCGIFINDEX: %s", en(errno));
        int index = r.ifr_ifindex;
        CHECK(ioctl(fd, SIOCGIFFLAGS, &r) == 0, "SIOCGIFFLAGS: %s", en(errno));
        int flags = r.ifr_flags & 0xffff;
        CHECK(ioctl(fd, SIOCGIFMTU, &r) == 0, "SIOCGIFMTU: %s", en(errno));
        char buf[INET_ADDRSTRLEN];
        inet_ntop(AF_INET, &((struct sockaddr_in *)&req[i].ifr_addr)->sin_addr, buf, sizeof buf);
        printf("ifconf %s %s index %d flags %#x mtu %d\n", req[i].ifr_name, buf, index, flags, r.ifr_mtu);
    }
    struct ifconf sizing = { .ifc_len = 0, .ifc_buf = NULL };
    CHECK(ioctl(fd, SIOCGIFCONF, &sizing) == 0 && sizing.ifc_len == conf.ifc_len, "SIOCGIFCONF sizing: %d vs %d",
          sizing.ifc_len, conf.ifc_len);
    struct ifreq bad;
    memset(&bad, 0, sizeof bad);
    strcpy(bad.ifr_name, "no-such-if0");
    printf("SIOCGIFINDEX of an unknown name: %s\n", RES(ioctl(fd, SIOCGIFINDEX, &bad)));
    close(fd);
}

int main(void)
{
    interface_ioctls();
    raw_dump();
    ifaddrs_list();
    nameindex_list();
    return conf_exit();
}
