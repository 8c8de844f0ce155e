import Glibc
import XCTest
import XrunCore
@testable import LinuxABI

/// uname, limits, sysinfo, getrandom, futex, prctl, scheduler, time.
final class SystemInfoTests: XCTestCase {
    func field(_ bed: LinuxBed, _ addr: UInt64, _ i: Int) -> String {
        String(decoding: bed.memory.readCString(addr + UInt64(65 * i), max: 65) ?? [], as: UTF8.self)
    }

    func testUnameMachineIsTheGuests() throws {
        var host = utsname()
        XCTAssertEqual(Glibc.uname(&host), 0)
        let release = withUnsafeBytes(of: host.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        for profile in [StubLinuxProfile.aarch64, .riscv64] {
            let name = profile.name
            let bed = try LinuxBed(profile)
            let u = LinuxBed.data + 0x100
            bed.memory.writeBytes(u, [UInt8](repeating: 0xFF, count: 390))
            XCTAssertEqual(bed.call(N.uname, u), 0)
            XCTAssertEqual(field(bed, u, 0), "Linux")
            XCTAssertEqual(field(bed, u, 2), release)
            XCTAssertEqual(field(bed, u, 4), name)
            // The rest of the machine field is NUL-filled.
            XCTAssertEqual(bed.bytes(u + 260 + UInt64(name.utf8.count), 65 - name.utf8.count),
                           [UInt8](repeating: 0, count: 65 - name.utf8.count))
        }
    }

    func testLimits() throws {
        let bed = try LinuxBed()
        let rl = LinuxBed.data
        var host = rlimit()
        XCTAssertEqual(getrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &host), 0)
        XCTAssertEqual(bed.call(N.getrlimit, UInt64(RLIMIT_NOFILE.rawValue), rl), 0)
        XCTAssertEqual(bed.u64(rl), UInt64(host.rlim_cur))
        XCTAssertEqual(bed.u64(rl + 8), UInt64(host.rlim_max))
        XCTAssertEqual(bed.call(N.prlimit64, 0, UInt64(RLIMIT_NOFILE.rawValue), 0, rl + 16), 0)
        XCTAssertEqual(bed.bytes(rl, 16), bed.bytes(rl + 16, 16))
        // RLIMIT_AS is accepted but kept off the host (it would break the 1 TiB reservation).
        var asBefore = rlimit()
        XCTAssertEqual(getrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &asBefore), 0)
        bed.memory.write(rl, UInt64(1 << 20)); bed.memory.write(rl + 8, UInt64(1 << 20))
        XCTAssertEqual(bed.call(N.setrlimit, 9 /* RLIMIT_AS */, rl), 0)
        XCTAssertEqual(bed.call(N.prlimit64, 0, 9, rl, rl + 32), 0)
        var asAfter = rlimit()
        XCTAssertEqual(getrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &asAfter), 0)
        XCTAssertEqual(asAfter.rlim_cur, asBefore.rlim_cur)
        bed.memory.write(rl, UInt64(2 << 20))
        XCTAssertEqual(bed.call(N.setrlimit, 9, rl), neg(EINVAL), "cur > max")
        XCTAssertEqual(bed.call(N.getrlimit, 7, LinuxBed.outside), neg(EFAULT))
        XCTAssertEqual(bed.call(N.getrusage, 0, LinuxBed.data + 0x100), 0)
    }

    func testSysinfoGetrandomGetcpuAffinity() throws {
        let bed = try LinuxBed()
        let si = LinuxBed.data
        XCTAssertEqual(bed.call(N.sysinfo, si), 0)
        XCTAssertGreaterThan(bed.u64(si + 32), 0, "totalram")
        XCTAssertGreaterThan(bed.u32(si + 104), 0, "mem_unit")
        let buf = LinuxBed.data + 0x1000
        bed.memory.writeBytes(buf, [UInt8](repeating: 0, count: 64))
        XCTAssertEqual(bed.call(N.getrandom, buf, 64, 0), 64)
        XCTAssertNotEqual(bed.bytes(buf, 64), [UInt8](repeating: 0, count: 64))
        XCTAssertEqual(bed.call(N.getcpu, buf, buf + 4, 0), 0)
        XCTAssertEqual(bed.call(N.getcpu, 0, 0, 0), 0)
        let n = bed.call(N.sched_getaffinity, 0, 128, buf)
        XCTAssertGreaterThan(n, 0)
        XCTAssertNotEqual(bed.u64(buf), 0, "some CPU allowed")
        XCTAssertEqual(bed.call(N.sched_getaffinity, 0, 128, LinuxBed.outside), neg(EFAULT))
        XCTAssertEqual(bed.call(N.sched_getscheduler, 0), 0 /* SCHED_OTHER */)
        XCTAssertEqual(bed.call(N.sched_get_priority_max, 1 /* SCHED_FIFO */), 99)
        XCTAssertEqual(bed.call(N.getpriority, 0, 0), 20 - Int(getpriority(__priority_which_t(0), 0)))
    }

    func testFutexOnGuestMemory() throws {
        let bed = try LinuxBed()
        let word = LinuxBed.data + 0x40
        bed.memory.write(word, UInt32(7))
        // FUTEX_WAIT with a value that does not match: -EAGAIN at once.
        XCTAssertEqual(bed.call(N.futex, word, 0 | 128, 8, 0), neg(EAGAIN))
        // FUTEX_WAKE with nobody waiting: 0.
        XCTAssertEqual(bed.call(N.futex, word, 1 | 128, 1), 0)
        // FUTEX_WAIT with a matching value and a 1 ms timeout.
        let ts = LinuxBed.data + 0x80
        bed.memory.write(ts, UInt64(0)); bed.memory.write(ts + 8, UInt64(1_000_000))
        XCTAssertEqual(bed.call(N.futex, word, 0 | 128, 7, ts), neg(ETIMEDOUT))
        XCTAssertEqual(bed.call(N.futex, word, 0 | 128, 7, LinuxBed.outside), neg(EFAULT))
        XCTAssertEqual(bed.call(N.futex, word + 1, 0 | 128, 7, ts), neg(EINVAL), "misaligned")
        XCTAssertEqual(bed.call(N.futex, LinuxBed.outside, 1 | 128, 1), neg(EFAULT))
        // FUTEX_CMP_REQUEUE: val2 travels in the timeout slot as a number.
        XCTAssertEqual(bed.call(N.futex, word, 4 | 128, 1, 1, word + 4, 7), 0)
        XCTAssertEqual(bed.call(N.futex, word, 4 | 128, 1, 1, LinuxBed.outside, 7), neg(EFAULT))
        XCTAssertEqual(bed.call(N.futex, word, 2, 0), neg(ENOSYS), "FUTEX_FD")
    }

    func testPrctl() throws {
        let bed = try LinuxBed()
        var saved = [CChar](repeating: 0, count: 16)
        XCTAssertEqual(saved.withUnsafeMutableBytes { hostSyscall(SYS_prctl, 16, Int(bitPattern: $0.baseAddress)) }, 0)
        defer { _ = saved.withUnsafeMutableBytes { hostSyscall(SYS_prctl, 15, Int(bitPattern: $0.baseAddress)) } }
        let name = bed.put("guest-thread-name-long", at: LinuxBed.data)
        XCTAssertEqual(bed.call(N.prctl, 15 /* PR_SET_NAME */, name), 0)
        let out = LinuxBed.data + 0x100
        XCTAssertEqual(bed.call(N.prctl, 16 /* PR_GET_NAME */, out), 0)
        XCTAssertEqual(bed.memory.readCString(out).map { String(decoding: $0, as: UTF8.self) }, "guest-thread-na")
        XCTAssertEqual(bed.call(N.prctl, 16, LinuxBed.unmapped), neg(EFAULT))
        XCTAssertEqual(bed.call(N.prctl, 3 /* PR_GET_DUMPABLE */), hostSyscall(SYS_prctl, 3))
        XCTAssertEqual(bed.call(N.prctl, 2 /* PR_GET_PDEATHSIG */, out), 0)
        XCTAssertEqual(bed.call(N.prctl, 22 /* PR_SET_SECCOMP */, 2, 0), neg(EINVAL))
        XCTAssertEqual(bed.call(N.prctl, 50 /* PR_SVE_SET_VL */, 16), neg(EINVAL))
    }

    func testClocks() throws {
        let bed = try LinuxBed()
        let ts = LinuxBed.data
        var host = timespec()
        clock_gettime(CLOCK_REALTIME, &host)
        XCTAssertEqual(bed.call(N.clock_gettime, 0 /* CLOCK_REALTIME */, ts), 0)
        XCTAssertLessThanOrEqual(abs(Int(bed.u64(ts)) - host.tv_sec), 2)
        XCTAssertLessThan(bed.u64(ts + 8), 1_000_000_000)
        XCTAssertEqual(bed.call(N.clock_getres, 1 /* CLOCK_MONOTONIC */, ts), 0)
        XCTAssertEqual(bed.call(N.clock_getres, 1, 0), 0)
        XCTAssertEqual(bed.call(N.clock_gettime, 12345, ts), neg(EINVAL))
        let tv = LinuxBed.data + 0x100
        XCTAssertEqual(bed.call(N.gettimeofday, tv, 0), 0)
        XCTAssertLessThanOrEqual(abs(Int(bed.u64(tv)) - host.tv_sec), 2)
        XCTAssertLessThan(bed.u64(tv + 8), 1_000_000)
        bed.memory.write(ts, UInt64(0)); bed.memory.write(ts + 8, UInt64(100_000))
        XCTAssertEqual(bed.call(N.nanosleep, ts, 0), 0)
        XCTAssertEqual(bed.call(N.clock_nanosleep, 1, 0, ts, tv), 0)
        XCTAssertGreaterThanOrEqual(bed.call(N.times, LinuxBed.data + 0x200), 0)
        XCTAssertEqual(bed.call(N.times, LinuxBed.outside), neg(EFAULT))
        // timerfd: struct itimerspec passes through.
        let tfd = bed.call(N.timerfd_create, 1, UInt64(O_CLOEXEC))
        XCTAssertGreaterThanOrEqual(tfd, 0)
        defer { close(Int32(tfd)) }
        let its = LinuxBed.data + 0x300
        bed.memory.writeBytes(its, [UInt8](repeating: 0, count: 32))
        bed.memory.write(its + 16, UInt64(100)) // it_value.tv_sec
        XCTAssertEqual(bed.call(N.timerfd_settime, UInt64(tfd), 0, its, 0), 0)
        XCTAssertEqual(bed.call(N.timerfd_gettime, UInt64(tfd), its + 32), 0)
        XCTAssertGreaterThan(bed.u64(its + 48), 90)
    }
}
