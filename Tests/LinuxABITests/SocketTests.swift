import Glibc
import XCTest
import XrunCore
@testable import LinuxABI

/// Sockets: msghdr conversion with SCM_RIGHTS, addresses, options.
let STREAM = Int32(SOCK_STREAM.rawValue), DGRAM = Int32(SOCK_DGRAM.rawValue)
let SHUTWR: UInt64 = 1

final class SocketTests: XCTestCase {
    /// A guest socketpair(AF_UNIX, SOCK_STREAM or DGRAM).
    func pair(_ bed: LinuxBed, _ type: Int32 = STREAM) -> (UInt64, UInt64) {
        let sv = LinuxBed.data + 0xF000
        XCTAssertEqual(bed.call(N.socketpair, UInt64(AF_UNIX), UInt64(type) | UInt64(O_CLOEXEC), 0, sv), 0)
        return (UInt64(bed.i32(sv)), UInt64(bed.i32(sv + 4)))
    }

    func testSendmsgRecvmsgWithIovecsAndRights() throws {
        let bed = try LinuxBed()
        let (a, b) = pair(bed)
        defer { close(Int32(a)); close(Int32(b)) }
        var pfd: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&pfd), 0)
        defer { close(pfd[0]); close(pfd[1]) }

        // Guest msghdr at M: name NULL, iov → two segments, control → SCM_RIGHTS(pfd[1]).
        let m = LinuxBed.data, iov = LinuxBed.data + 0x100, ctl = LinuxBed.data + 0x200
        let s1 = LinuxBed.data + 0x1000, s2 = LinuxBed.data + 0x2000
        bed.memory.writeBytes(s1, Array("abc".utf8)); bed.memory.writeBytes(s2, Array("defg".utf8))
        bed.memory.write(iov, s1); bed.memory.write(iov + 8, UInt64(3))
        bed.memory.write(iov + 16, s2); bed.memory.write(iov + 24, UInt64(4))
        // struct cmsghdr: size_t len (CMSG_LEN(4) = 20), int level, int type, data.
        bed.memory.write(ctl, UInt64(20)); bed.memory.write(ctl + 8, Int32(SOL_SOCKET))
        bed.memory.write(ctl + 12, Int32(1) /* SCM_RIGHTS */); bed.memory.write(ctl + 16, pfd[1])
        bed.memory.write(m, UInt64(0)); bed.memory.write(m + 8, UInt64(0))
        bed.memory.write(m + 16, iov); bed.memory.write(m + 24, UInt64(2))
        bed.memory.write(m + 32, ctl); bed.memory.write(m + 40, UInt64(24)) // CMSG_SPACE(4)
        bed.memory.write(m + 48, UInt64(0))
        XCTAssertEqual(bed.call(N.sendmsg, a, m, 0), 7)

        // Receive into one segment with room for a control message.
        let rm = LinuxBed.data + 0x400, riov = LinuxBed.data + 0x500, rctl = LinuxBed.data + 0x600
        let dst = LinuxBed.data + 0x3000
        bed.memory.write(riov, dst); bed.memory.write(riov + 8, UInt64(64))
        bed.memory.writeBytes(rctl, [UInt8](repeating: 0, count: 64))
        bed.memory.write(rm, UInt64(0)); bed.memory.write(rm + 8, UInt64(0))
        bed.memory.write(rm + 16, riov); bed.memory.write(rm + 24, UInt64(1))
        bed.memory.write(rm + 32, rctl); bed.memory.write(rm + 40, UInt64(64))
        bed.memory.write(rm + 48, UInt32(0xFFFF_FFFF))
        XCTAssertEqual(bed.call(N.recvmsg, b, rm, UInt64(MSG_CMSG_CLOEXEC)), 7)
        XCTAssertEqual(bed.bytes(dst, 7), Array("abcdefg".utf8))
        XCTAssertEqual(bed.u64(rm + 40), 24, "msg_controllen written back")
        // The kernel echoes MSG_CMSG_CLOEXEC into msg_flags (net/socket.c ____sys_recvmsg).
        XCTAssertEqual(bed.u32(rm + 48), UInt32(MSG_CMSG_CLOEXEC), "msg_flags written back")
        XCTAssertEqual(bed.u64(rctl), 20)
        XCTAssertEqual(bed.i32(rctl + 8), SOL_SOCKET)
        XCTAssertEqual(bed.i32(rctl + 12), 1)
        let newfd = bed.i32(rctl + 16)
        XCTAssertGreaterThanOrEqual(newfd, 0)
        defer { close(newfd) }
        // The passed descriptor is the pipe's write end.
        XCTAssertEqual(write(newfd, "p", 1), 1)
        var c: UInt8 = 0
        XCTAssertEqual(read(pfd[0], &c, 1), 1)
        XCTAssertEqual(c, UInt8(ascii: "p"))

        // Bad pointers inside the msghdr.
        bed.memory.write(m + 16, LinuxBed.outside)
        XCTAssertEqual(bed.call(N.sendmsg, a, m, 0), neg(EFAULT))
        bed.memory.write(m + 16, iov); bed.memory.write(m + 32, LinuxBed.outside)
        XCTAssertEqual(bed.call(N.sendmsg, a, m, 0), neg(EFAULT))
        bed.memory.write(m + 32, UInt64(0)); bed.memory.write(m + 40, UInt64(0)); bed.memory.write(m + 24, UInt64(1025))
        XCTAssertEqual(bed.call(N.sendmsg, a, m, 0), neg(EMSGSIZE))
        XCTAssertEqual(bed.call(N.sendmsg, a, LinuxBed.unmapped, 0), neg(EFAULT))
    }

    func testSendmmsgRecvmmsg() throws {
        let bed = try LinuxBed()
        let (a, b) = pair(bed, DGRAM)
        defer { close(Int32(a)); close(Int32(b)) }
        // Two guest mmsghdr (64 bytes each), one iovec each.
        let v = LinuxBed.data, iov = LinuxBed.data + 0x200
        let s1 = LinuxBed.data + 0x1000, s2 = LinuxBed.data + 0x2000
        bed.memory.writeBytes(s1, Array("one".utf8)); bed.memory.writeBytes(s2, Array("three".utf8))
        bed.memory.writeBytes(v, [UInt8](repeating: 0, count: 128))
        bed.memory.write(iov, s1); bed.memory.write(iov + 8, UInt64(3))
        bed.memory.write(iov + 16, s2); bed.memory.write(iov + 24, UInt64(5))
        for i in 0..<2 {
            let h = v + UInt64(64 * i)
            bed.memory.write(h + 16, iov + UInt64(16 * i)); bed.memory.write(h + 24, UInt64(1))
        }
        XCTAssertEqual(bed.call(N.sendmmsg, a, v, 2, 0), 2)
        XCTAssertEqual(bed.u32(v + 56), 3, "msg_len of the first")
        XCTAssertEqual(bed.u32(v + 64 + 56), 5, "msg_len of the second")

        let r = LinuxBed.data + 0x400, riov = LinuxBed.data + 0x600
        let d1 = LinuxBed.data + 0x3000, d2 = LinuxBed.data + 0x4000
        bed.memory.writeBytes(r, [UInt8](repeating: 0, count: 128))
        bed.memory.write(riov, d1); bed.memory.write(riov + 8, UInt64(100))
        bed.memory.write(riov + 16, d2); bed.memory.write(riov + 24, UInt64(100))
        for i in 0..<2 {
            let h = r + UInt64(64 * i)
            bed.memory.write(h + 16, riov + UInt64(16 * i)); bed.memory.write(h + 24, UInt64(1))
        }
        XCTAssertEqual(bed.call(N.recvmmsg, b, r, 2, UInt64(MSG_DONTWAIT), 0), 2)
        XCTAssertEqual(bed.u32(r + 56), 3)
        XCTAssertEqual(bed.u32(r + 64 + 56), 5)
        XCTAssertEqual(bed.bytes(d1, 3), Array("one".utf8))
        XCTAssertEqual(bed.bytes(d2, 5), Array("three".utf8))
    }

    func testAddressesAndDatagrams() throws {
        let bed = try LinuxBed()
        let dir = makeTempDir()
        defer { removeTree(dir) }
        let s = bed.call(N.socket, UInt64(AF_UNIX), UInt64(DGRAM), 0)
        XCTAssertGreaterThanOrEqual(s, 0)
        defer { close(Int32(s)) }
        // struct sockaddr_un: sa_family_t, char sun_path[108].
        let sa = LinuxBed.data
        let path = dir + "/sock"
        bed.memory.write(sa, UInt16(AF_UNIX))
        bed.memory.writeBytes(sa + 2, Array(path.utf8) + [0])
        let salen = UInt64(2 + path.utf8.count + 1)
        XCTAssertEqual(bed.call(N.bind, UInt64(s), sa, salen), 0)
        XCTAssertEqual(bed.call(N.bind, UInt64(s), LinuxBed.outside, salen), neg(EFAULT))

        // getsockname: length in/out.
        let out = LinuxBed.data + 0x200, len = LinuxBed.data + 0x300
        bed.memory.write(len, Int32(110))
        XCTAssertEqual(bed.call(N.getsockname, UInt64(s), out, len), 0)
        XCTAssertEqual(bed.i32(len), Int32(salen))
        XCTAssertEqual(bed.bytes(out + 2, path.utf8.count), Array(path.utf8))
        bed.memory.write(len, Int32(0))
        XCTAssertEqual(bed.call(N.getsockname, UInt64(s), 0, len), 0, "NULL address with length 0")
        XCTAssertEqual(bed.call(N.getsockname, UInt64(s), out, LinuxBed.unmapped), neg(EFAULT))

        // sendto the bound socket from an unbound one, recvfrom with the peer address.
        let c = bed.call(N.socket, UInt64(AF_UNIX), UInt64(DGRAM), 0)
        XCTAssertGreaterThanOrEqual(c, 0)
        defer { close(Int32(c)) }
        let msg = LinuxBed.data + 0x1000
        bed.memory.writeBytes(msg, Array("dgram".utf8))
        XCTAssertEqual(bed.call(N.sendto, UInt64(c), msg, 5, 0, sa, salen), 5)
        let buf = LinuxBed.data + 0x2000
        bed.memory.write(len, Int32(110))
        XCTAssertEqual(bed.call(N.recvfrom, UInt64(s), buf, 100, 0, out, len), 5)
        XCTAssertEqual(bed.bytes(buf, 5), Array("dgram".utf8))
        XCTAssertEqual(bed.call(N.recvfrom, UInt64(s), buf, 100, UInt64(MSG_DONTWAIT), 0, 0), neg(EAGAIN))
        XCTAssertEqual(bed.call(N.sendto, UInt64(c), LinuxBed.outside, 5, 0, sa, salen), neg(EFAULT))
    }

    func testSocketOptions() throws {
        let bed = try LinuxBed()
        let (a, b) = pair(bed)
        defer { close(Int32(a)); close(Int32(b)) }
        let v = LinuxBed.data, l = LinuxBed.data + 0x10
        bed.memory.write(v, Int32(65536))
        XCTAssertEqual(bed.call(N.setsockopt, a, UInt64(SOL_SOCKET), UInt64(SO_SNDBUF), v, 4), 0)
        bed.memory.write(l, Int32(4))
        XCTAssertEqual(bed.call(N.getsockopt, a, UInt64(SOL_SOCKET), UInt64(SO_TYPE), v, l), 0)
        XCTAssertEqual(bed.i32(v), STREAM)
        XCTAssertEqual(bed.i32(l), 4)
        XCTAssertEqual(bed.call(N.setsockopt, a, UInt64(SOL_SOCKET), UInt64(SO_SNDBUF), LinuxBed.outside, 4), neg(EFAULT))
        XCTAssertEqual(bed.call(N.getsockopt, a, UInt64(SOL_SOCKET), UInt64(SO_TYPE), LinuxBed.outside, l), neg(EFAULT))
        // SO_ATTACH_FILTER: struct sock_fprog holds a guest pointer to the program.
        // One instruction: BPF_RET | BPF_K, k = 0xffffffff (accept all).
        let prog = LinuxBed.data + 0x100, fprog = LinuxBed.data + 0x200
        bed.memory.write(prog, UInt16(0x06)); bed.memory.write(prog + 2, UInt8(0)); bed.memory.write(prog + 3, UInt8(0))
        bed.memory.write(prog + 4, UInt32(0xFFFF_FFFF))
        bed.memory.write(fprog, UInt16(1)); bed.memory.write(fprog + 8, prog)
        let (d1, d2) = pair(bed, DGRAM)
        defer { close(Int32(d1)); close(Int32(d2)) }
        XCTAssertEqual(bed.call(N.setsockopt, d1, UInt64(SOL_SOCKET), 26 /* SO_ATTACH_FILTER */, fprog, 16), 0)
        bed.memory.write(fprog + 8, LinuxBed.outside)
        XCTAssertEqual(bed.call(N.setsockopt, d1, UInt64(SOL_SOCKET), 26, fprog, 16), neg(EFAULT))
        XCTAssertEqual(bed.call(N.shutdown, a, SHUTWR), 0)
        XCTAssertEqual(bed.call(N.listen, a, 1), neg(EINVAL))
    }
}
