// Dispatch micro-benchmark (ARCHITECTURE.md, "Closures: measure, don't guess"):
// a guest loop of 8 register ops plus its counter and branch, run through the real
// engine; prints nanoseconds per guest instruction. Re-run it when the engine changes:
//   swift build -c release && .build/release/xrun-dispatch-bench
import Glibc
import GuestAArch64
import XrunCore

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
}

let iterations: UInt64 = 20_000_000
// loop: add x1,x1,#1 ; add x2,x2,x1 ; eor x3,x3,x2 ; add x4,x4,#3 ; orr x5,x5,x4 ;
//       sub x6,x6,x1 ; add x7,x7,x6 ; and x9,x9,x7 ; subs x0,x0,#1 ; b.ne loop ; brk #0
let words: [UInt32] = [
    0x9100_0421, 0x8b01_0042, 0xca02_0063, 0x9100_0c84, 0xaa04_00a5,
    0xcb01_00c6, 0x8b06_00e7, 0x8a07_0129, 0xf100_0400, 0x54ff_fee1, 0xd420_0000,
]
do {
    let run = try IsolatedRun(isa: A64ISA(), words: words)
    run.cpu.x[0] = iterations
    let t0 = now()
    let trap = run.run()
    let t1 = now()
    guard trap == .breakpoint(pc: IsolatedRun.codeAddress + 40, info: 0), run.cpu.x[0] == 0 else {
        print("unexpected stop: \(trap) (is the A64 integer group implemented?)")
        exit(1)
    }
    let ops = Double(iterations) * 10
    print("dispatch: \(String(format1: (t1 - t0) * 1e9 / ops)) ns per guest instruction "
          + "(\(iterations) iterations of a 10-instruction loop, blocks chained)")
} catch {
    print("error: \(error)")
    exit(1)
}

extension String {
    init(format1 v: Double) {
        let scaled = Int((v * 100).rounded())
        self = "\(scaled / 100).\(scaled % 100 < 10 ? "0" : "")\(scaled % 100)"
    }
}
