#!/usr/bin/env python3
"""Runs a command inside a foreign root the way a user of binfmt_misc does (a container
build, a debootstrap chroot): in a private user + mount namespace it mounts its own
binfmt_misc instance (Linux >= 6.7 has one per user namespace), registers EMULATOR for
the guest's ELF machine with flags PF (P: argv[0] kept; F: the emulator file opened now,
so it need not exist inside the root), binds the host's /dev and /proc into ROOT as a
container runtime does, chroots into ROOT and execs the command, whose
every exec of a guest program goes through the emulator. The emulator must be static
(inside ROOT there is no host dynamic loader).

    foreign_chroot.py ROOT aarch64|riscv64 EMULATOR [VAR=VALUE ...] -- COMMAND ...

VAR=VALUE set the command's environment (QEMU_CPU=cortex-a72 picks a CPU for both qemu and
xrun). tools/bench uses it for the rows that run a whole toolchain (gcc, go build)."""
import ctypes
import os
import sys

CLONE_NEWNS, CLONE_NEWUSER = 0x00020000, 0x10000000
MS_BIND, MS_REC, MS_PRIVATE = 0x1000, 0x4000, 0x40000
MACHINES = {"aarch64": 183, "riscv64": 243}


def die(msg):
    sys.stderr.write(f"foreign_chroot: {msg}\n")
    sys.exit(125)


def main():
    argv = sys.argv[1:]
    if "--" not in argv or argv.index("--") < 3:
        die("usage: foreign_chroot.py ROOT aarch64|riscv64 EMULATOR [VAR=VALUE ...] -- COMMAND ...")
    sep = argv.index("--")
    root, isa, emulator, assignments, command = argv[0], argv[1], argv[2], argv[3:sep], argv[sep + 1:]
    if isa not in MACHINES or not command:
        die("usage: foreign_chroot.py ROOT aarch64|riscv64 EMULATOR [VAR=VALUE ...] -- COMMAND ...")
    libc = ctypes.CDLL(None, use_errno=True)
    uid, gid = os.geteuid(), os.getegid()
    if libc.unshare(CLONE_NEWUSER | CLONE_NEWNS) != 0:
        die("unshare(CLONE_NEWUSER|CLONE_NEWNS): " + os.strerror(ctypes.get_errno()))
    # Only one's own ids can be mapped from inside; root stays root.
    with open("/proc/self/setgroups", "w") as f:
        f.write("deny")
    with open("/proc/self/uid_map", "w") as f:
        f.write(f"0 {uid} 1\n")
    with open("/proc/self/gid_map", "w") as f:
        f.write(f"0 {gid} 1\n")
    if libc.mount(b"none", b"/", None, MS_REC | MS_PRIVATE, None) != 0:
        die("making / private: " + os.strerror(ctypes.get_errno()))
    if libc.mount(b"binfmt_misc", b"/proc/sys/fs/binfmt_misc", b"binfmt_misc", 0, None) != 0:
        die("mounting binfmt_misc (Linux >= 6.7 needed): " + os.strerror(ctypes.get_errno()))
    m = MACHINES[isa]
    magic = [0x7f, 0x45, 0x4c, 0x46, 2, 1, 1] + [0] * 9 + [2, 0, m & 0xff, m >> 8]
    mask = [0xff] * 7 + [0] * 9 + [0xfe, 0xff, 0xff, 0xff]
    esc = lambda bs: "".join("\\x%02x" % b for b in bs)
    with open("/proc/sys/fs/binfmt_misc/register", "w") as f:
        f.write(f":bench-{isa}:M::{esc(magic)}:{esc(mask)}:{os.path.abspath(emulator)}:PF")
    # What a container runtime or a debootstrap chroot gives it: the host's /dev and /proc.
    for d in ("dev", "proc"):
        target = os.path.join(root, d)
        os.makedirs(target, exist_ok=True)
        if libc.mount(("/" + d).encode(), target.encode(), None, MS_BIND | MS_REC, None) != 0:
            die(f"binding /{d}: " + os.strerror(ctypes.get_errno()))
    os.chroot(root)
    os.chdir("/")
    env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": "/tmp", "LANG": "C.UTF-8"}
    for a in assignments:
        k, _, v = a.partition("=")
        env[k] = v
    try:
        os.execve(command[0], command, env)
    except OSError as e:
        die(f"{command[0]}: {e.strerror}")


main()
