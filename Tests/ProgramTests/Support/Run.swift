import Foundation

/// How a process ended.
enum Termination: Equatable, CustomStringConvertible {
    case exited(Int32)
    case signaled(Int32)

    var description: String {
        switch self {
        case .exited(let c): return "exit status \(c)"
        case .signaled(let s): return "signal \(s) (\(String(cString: strsignal(s))))"
        }
    }
}

struct RunResult {
    var stdout: [UInt8]
    var stderr: [UInt8]
    var termination: Termination
    var command: [String]

    var out: String { String(decoding: stdout, as: UTF8.self) }
    var err: String { String(decoding: stderr, as: UTF8.self) }

    /// A short account of the run for failure messages.
    var summary: String {
        func clip(_ s: String) -> String { s.count > 2000 ? String(s.prefix(2000)) + "…(\(s.count) chars)" : s }
        return "$ \(command.joined(separator: " "))\n→ \(termination)\n--- stdout\n\(clip(out))--- stderr\n\(clip(err))---"
    }
}

/// Runs `path` with `arguments` (argv[0] is `argv0`, by default `path`), feeding `stdin`, capturing stdout and
/// stderr, in `cwd`, with exactly the environment `env`. The child gets its own process
/// group and default signal dispositions. After `timeout` seconds the whole group is
/// killed and the run fails. Descendants still holding the output pipes two seconds after
/// the child ended are killed too.
func runProcess(_ path: String, _ arguments: [String], argv0: String? = nil, stdin: [UInt8] = [],
                env: [String: String] = TestEnv.baseEnvironment, cwd: String? = nil,
                timeout: Double = TestEnv.timeout) throws -> RunResult {
    ProcessSetup.once
    let command = [path] + arguments

    // Close-on-exec pipes (pipe2 is not visible to Swift; the tests spawn from one thread).
    var inPipe: [Int32] = [0, 0], outPipe: [Int32] = [0, 0], errPipe: [Int32] = [0, 0]
    guard pipe(&inPipe) == 0, pipe(&outPipe) == 0, pipe(&errPipe) == 0 else {
        throw TestFailure("pipe: \(String(cString: strerror(errno)))")
    }
    for fd in inPipe + outPipe + errPipe { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, inPipe[0], 0)
    posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
    posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
    if let cwd {
        guard let addchdir = ProcessSetup.addchdir else {
            throw TestFailure("posix_spawn_file_actions_addchdir_np is missing (glibc >= 2.29 needed)")
        }
        _ = addchdir(&actions, cwd)
    }

    var attr = posix_spawnattr_t()
    posix_spawnattr_init(&attr)
    defer { posix_spawnattr_destroy(&attr) }
    var all = sigset_t(), none = sigset_t()
    sigfillset(&all)
    sigemptyset(&none)
    posix_spawnattr_setsigdefault(&attr, &all)
    posix_spawnattr_setsigmask(&attr, &none)
    posix_spawnattr_setpgroup(&attr, 0)
    posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETPGROUP))

    func cStrings(_ a: [String]) -> [UnsafeMutablePointer<CChar>?] { a.map { strdup($0) } + [nil] }
    let argv = cStrings([argv0 ?? path] + arguments)
    let envp = cStrings(env.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })
    defer { (argv + envp).forEach { free($0) } }

    var pid: pid_t = 0
    let rc = posix_spawn(&pid, path, &actions, &attr, argv, envp)
    close(inPipe[0]); close(outPipe[1]); close(errPipe[1])
    guard rc == 0 else {
        close(inPipe[1]); close(outPipe[0]); close(errPipe[0])
        throw TestFailure("cannot start \(path): \(String(cString: strerror(rc)))")
    }

    var stdinFD: Int32 = inPipe[1]
    if stdin.isEmpty { close(stdinFD); stdinFD = -1 } else { _ = fcntl(stdinFD, F_SETFL, O_NONBLOCK) }
    var written = 0
    var out: [UInt8] = [], err: [UInt8] = []
    var open: [Int32: Bool] = [outPipe[0]: true, errPipe[0]: true]
    var status: Int32 = 0
    var exited = false
    var timedOut = false
    let start = Date()
    var exitTime: Date?
    var chunk = [UInt8](repeating: 0, count: 65536)

    while true {
        if !exited {
            let w = waitpid(pid, &status, WNOHANG)
            if w == pid { exited = true; exitTime = Date() }
        }
        let stillOpen = open.filter { $0.value }.map { $0.key }
        if exited && stillOpen.isEmpty { break }
        if Date().timeIntervalSince(start) > timeout { timedOut = true; break }
        if let t = exitTime, Date().timeIntervalSince(t) > 2 { break }   // a descendant holds the pipes

        var fds = stillOpen.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        if stdinFD >= 0 { fds.append(pollfd(fd: stdinFD, events: Int16(POLLOUT), revents: 0)) }
        _ = poll(&fds, nfds_t(fds.count), 20)
        for p in fds where p.revents != 0 {
            if p.fd == stdinFD {
                let n = stdin.withUnsafeBytes { buf in
                    write(stdinFD, buf.baseAddress! + written, min(65536, stdin.count - written))
                }
                if n > 0 { written += n }
                if n < 0 && errno != EAGAIN && errno != EINTR { written = stdin.count }   // EPIPE: reader gone
                if written >= stdin.count { close(stdinFD); stdinFD = -1 }
                continue
            }
            let n = read(p.fd, &chunk, chunk.count)
            if n > 0 {
                if p.fd == outPipe[0] { out += chunk[0..<n] } else { err += chunk[0..<n] }
            } else if n == 0 || (errno != EAGAIN && errno != EINTR) {
                open[p.fd] = false
            }
        }
    }
    // Whatever is left of the process group (on timeout: everything) goes now.
    kill(-pid, SIGKILL)
    if !exited {
        kill(pid, SIGKILL)
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    }
    if stdinFD >= 0 { close(stdinFD) }
    close(outPipe[0]); close(errPipe[0])

    let termination: Termination = (status & 0x7f) == 0 ? .exited((status >> 8) & 0xff) : .signaled(status & 0x7f)
    let result = RunResult(stdout: out, stderr: err, termination: termination, command: command)
    if timedOut {
        throw TestFailure("timed out after \(timeout) s and killed (XRUN_TEST_TIMEOUT raises the limit)\n\(result.summary)")
    }
    return result
}

/// Process-wide settings of the test process, applied before the first run.
private enum ProcessSetup {
    static let once: Void = {
        // Writing stdin to a child that exited must give EPIPE, not kill the test process.
        signal(SIGPIPE, SIG_IGN)
        // Crashing guests and oracles must not leave core files around.
        var none = rlimit(rlim_cur: 0, rlim_max: 0)
        setrlimit(__rlimit_resource_t(RLIMIT_CORE.rawValue), &none)
    }()

    typealias AddChdir = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32
    /// glibc's posix_spawn_file_actions_addchdir_np, which Swift's Glibc module hides (_GNU_SOURCE).
    static let addchdir: AddChdir? = {
        guard let sym = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addchdir_np") else { return nil }
        return unsafeBitCast(sym, to: AddChdir.self)
    }()
}
