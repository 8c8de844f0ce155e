import Foundation
import XCTest

/// libcrypto's SHA-1/SHA-2/MD5 updates as host calls (-thunk libcrypto, on by default;
/// CXrunHost/host_digests.c): `Tests/Programs/digest_thunks.c`, linked against the
/// guests' own Debian libcrypto.so.3 (bookworm arm64, trixie riscv64), and Python's
/// hashlib (bookworm arm64 python3.11, whose _hashlib uses OpenSSL's EVP interface) must
/// print the same with the updates run as guest code (-thunk none) and on the host, in
/// the interpreter and with every block compiled; -strace shows the host calls.
/// The fixtures are the Debian trees tools/test and tools/bench fetch (.build-debian/arm64,
/// .build-debian/trixie-riscv64).
final class HostCallDigestTests: XCTestCase {
    static let guests = [
        HostCallGuest(name: "aarch64", compiler: "aarch64-linux-gnu-gcc", tree: "arm64",
                      libDir: "usr/lib/aarch64-linux-gnu", sysroot: "/usr/aarch64-linux-gnu"),
        // trixie's libcrypto needs trixie's glibc (2.38 symbols): the tree is the sysroot.
        HostCallGuest(name: "riscv64", compiler: "riscv64-linux-gnu-gcc", tree: "trixie-riscv64",
                      libDir: "usr/lib/riscv64-linux-gnu", sysroot: TestEnv.path(".build-debian/trixie-riscv64/root")),
    ]

    /// The guest's libcrypto may name a newer glibc than the cross compiler's: it is
    /// resolved at run time against the sysroot's.
    private func build(_ g: HostCallGuest) throws -> String {
        try g.build("digest_thunks", library: "libcrypto.so.3", flags: ["-Wl,--allow-shlib-undefined"])
    }

    func testSameDigestsWithLibcryptoThunks() throws {
        try Emulator.get().requireXrun("host-library calls")
        var outputs: [String] = []
        for g in Self.guests {
            let binary = try build(g)
            for tier in HostCallGuest.tiers {
                let reference = try HostCallGuest.run(binary, [], sysroot: g.sysroot, thunks: "none", tier: tier)
                XCTAssertEqual(reference.termination, .exited(0), reference.summary)
                XCTAssertTrue(reference.out.contains("sha512 bad data pointer: SIGSEGV"), reference.summary)
                XCTAssertTrue(reference.out.contains("signals during long updates: delivered, digest exact"), reference.summary)
                XCTAssertTrue(reference.out.contains("thread 3: digests exact"), reference.summary)
                XCTAssertFalse(reference.out.contains("DIFFERENT"), reference.summary)
                let host = try HostCallGuest.run(binary, [], sysroot: g.sysroot, thunks: "default", tier: tier)
                XCTAssertEqual(host.termination, .exited(0), host.summary)
                XCTAssertEqual(host.out, reference.out, "\(g.name) \(tier): digests on the host\n\(host.summary)")
                outputs.append(reference.out)
            }
        }
        // The program prints nothing that depends on the ISA.
        XCTAssertEqual(Set(outputs).count, 1)
    }

    /// -strace names the updates that ran on the host, following -thunk.
    func testStraceShowsDigestUpdates() throws {
        try Emulator.get().requireXrun("host-library calls")
        for g in Self.guests {
            let binary = try build(g)
            func calls(_ thunks: String) throws -> Set<String> {
                let r = try HostCallGuest.run(binary, [], sysroot: g.sysroot, thunks: thunks, tier: [:], strace: true)
                XCTAssertEqual(r.termination, .exited(0), r.summary)
                return HostCallGuest.thunkedCalls(r)
            }
            let byDefault = try calls("default")
            XCTAssertTrue(byDefault.isSuperset(of: ["SHA1_Update", "SHA256_Update", "SHA512_Update", "MD5_Update"]),
                          "\(g.name): \(byDefault.sorted())")
            XCTAssertTrue(try calls("-libcrypto").isDisjoint(with: ["SHA1_Update", "SHA256_Update", "SHA512_Update", "MD5_Update"]))
        }
    }

    /// Python's hashlib (OpenSSL EVP through _hashlib): digests of many sizes, copy(),
    /// update after a copy, and threads, the same with and without the host's updates.
    func testPythonHashlibSameWithThunks() throws {
        try Emulator.get().requireXrun("host-library calls")
        let root = TestEnv.path(".build-debian/arm64/root")
        let python = root + "/usr/bin/python3.11"
        guard FileManager.default.fileExists(atPath: python) else {
            try TestEnv.missing("arm64: no Debian python3.11 fixture (tools/test fetches it)")
        }
        let script = """
            import hashlib, threading
            data = bytes((i * 7919 + (i >> 7)) & 255 for i in range(1 << 18))
            for name in ["sha1", "sha224", "sha256", "sha384", "sha512", "md5"]:
                sizes = [hashlib.new(name, data[:n]).hexdigest()[:12] for n in (0, 1, 55, 56, 63, 64, 65, 127, 128, 129, 1000)]
                h = hashlib.new(name)
                for i in range(0, len(data), 4099):
                    h.update(data[i:i + 4099])
                c = h.copy()
                h.update(b"after")
                c.update(data[:77])
                print(name, " ".join(sizes), h.hexdigest(), c.hexdigest(), hashlib.new(name, data + b"after").hexdigest() == h.hexdigest())
            out = {}
            def work(k):
                out[k] = hashlib.sha256(data[k:]).hexdigest() + hashlib.md5(data[:-k - 1]).hexdigest()
            ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
            for t in ts: t.start()
            for t in ts: t.join()
            print("threads", [out[k][:16] for k in range(4)])
            """
        for tier in HostCallGuest.tiers {
            let reference = try HostCallGuest.run(python, ["-c", script], sysroot: root, thunks: "none", tier: tier)
            XCTAssertEqual(reference.termination, .exited(0), reference.summary)
            XCTAssertTrue(reference.out.contains("threads"), reference.summary)
            let host = try HostCallGuest.run(python, ["-c", script], sysroot: root, thunks: "default", tier: tier)
            XCTAssertEqual(host.out, reference.out, "\(tier): hashlib on the host\n\(host.summary)")
        }
    }
}
