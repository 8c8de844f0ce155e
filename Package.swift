// swift-tools-version:6.0
import PackageDescription

// Layout and rationale: see README.md ("Design") and ARCHITECTURE.md in shared/.
let package = Package(
    name: "xrun",
    products: [
        .executable(name: "xrun", targets: ["xrun"]),
    ],
    targets: [
        .systemLibrary(name: "CElf", pkgConfig: "libelf",
                       providers: [.apt(["libelf-dev"])]),
        .systemLibrary(name: "CFFI", pkgConfig: "libffi",
                       providers: [.apt(["libffi-dev"])]),
        .target(name: "CXrunHost", linkerSettings: [.linkedLibrary("z"), .linkedLibrary("m"), .linkedLibrary("crypto")]),
        .target(name: "XrunCore", dependencies: ["CElf", "CXrunHost"]),
        .target(name: "GuestAArch64", dependencies: ["XrunCore", "CXrunHost"]),
        .target(name: "GuestRISCV64", dependencies: ["XrunCore", "CXrunHost"]),
        .target(name: "LinuxABI", dependencies: ["XrunCore", "CXrunHost"]),
        .target(name: "Debugger", dependencies: ["XrunCore", "CXrunHost"]),
        // Host-library calls: chosen guest library functions run as the host's own (libffi).
        .target(name: "HostCalls", dependencies: ["XrunCore", "CFFI", "CElf", "CXrunHost"]),
        .target(name: "XrunCLI", dependencies: ["XrunCore", "GuestAArch64", "GuestRISCV64", "LinuxABI", "Debugger",
                                                "HostCalls", "CXrunHost"]),
        .executableTarget(name: "xrun", dependencies: ["XrunCLI"]),
        .executableTarget(name: "xrun-dispatch-bench", dependencies: ["XrunCore", "GuestAArch64"]),
        // The ELF loader's fuzz target: libFuzzer in tools/fuzz-elf's build, replay/mutate in this one.
        .executableTarget(name: "xrun-fuzz-elf", dependencies: ["XrunCore", "GuestAArch64", "GuestRISCV64", "CXrunHost"]),
        // What the instruction, differential and program tests share: guest runs in a
        // chosen tier and the interpreter/native comparison, tool lookup, processes.
        .target(name: "GuestTestSupport", dependencies: ["XrunCore", "CXrunHost", "GuestAArch64", "GuestRISCV64"],
                path: "Tests/GuestTestSupport"),
        .testTarget(name: "XrunCoreTests", dependencies: ["XrunCore", "CXrunHost"]),
        .testTarget(name: "GuestAArch64Tests", dependencies: ["GuestAArch64", "XrunCore", "GuestTestSupport"]),
        .testTarget(name: "GuestRISCV64Tests", dependencies: ["GuestRISCV64", "XrunCore", "GuestTestSupport"]),
        .testTarget(name: "XrunCLITests", dependencies: ["XrunCLI", "LinuxABI", "XrunCore"]),
        .testTarget(name: "ProgramTests", dependencies: ["GuestTestSupport"]),
        .testTarget(name: "LinuxABITests", dependencies: ["LinuxABI", "XrunCore"]),
        // Random instruction sequences under xrun and qemu-user, compared (Tests/Differential/README.md).
        .testTarget(name: "DifferentialTests", dependencies: ["GuestTestSupport"]),
    ]
)
