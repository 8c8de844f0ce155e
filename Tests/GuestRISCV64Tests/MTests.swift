import XCTest
import XrunCore
import GuestTestSupport
import GuestRISCV64

/// M extension. Expected values follow the spec's definitions (chapter 13, table
/// 13.1 for division by zero and signed overflow), computed with exact integers.
final class MTests: XCTestCase {
    static let code =
        w(0x02b5_0633) + // mul a2,a0,a1
        w(0x02b5_16b3) + // mulh a3,a0,a1
        w(0x02b5_2733) + // mulhsu a4,a0,a1
        w(0x02b5_37b3) + // mulhu a5,a0,a1
        w(0x02b5_4833) + // div a6,a0,a1
        w(0x02b5_58b3) + // divu a7,a0,a1
        w(0x02b5_6933) + // rem s2,a0,a1
        w(0x02b5_79b3) + // remu s3,a0,a1
        w(0x02b5_0a3b) + // mulw s4,a0,a1
        w(0x02b5_4abb) + // divw s5,a0,a1
        w(0x02b5_5b3b) + // divuw s6,a0,a1
        w(0x02b5_6bbb) + // remw s7,a0,a1
        w(0x02b5_7c3b)   // remuw s8,a0,a1

    /// (a0, a1, [a2 ... s8]) — results in the order of `code`.
    static let cases: [(UInt64, UInt64, [UInt64])] = [
        (0x0000000000000007, 0x0000000000000002, [0xe, 0x0, 0x0, 0x0, 0x3, 0x3, 0x1, 0x1, 0xe, 0x3, 0x3, 0x1, 0x1]),
        (0xfffffffffffffff9, 0x0000000000000002, [0xfffffffffffffff2, 0xffffffffffffffff, 0xffffffffffffffff, 0x1, 0xfffffffffffffffd, 0x7ffffffffffffffc, 0xffffffffffffffff, 0x1, 0xfffffffffffffff2, 0xfffffffffffffffd, 0x7ffffffc, 0xffffffffffffffff, 0x1]),
        (0x0000000000000007, 0xfffffffffffffffe, [0xfffffffffffffff2, 0xffffffffffffffff, 0x6, 0x6, 0xfffffffffffffffd, 0x0, 0x1, 0x7, 0xfffffffffffffff2, 0xfffffffffffffffd, 0x0, 0x1, 0x7]),
        (0xfffffffffffffff9, 0xfffffffffffffffe, [0xe, 0x0, 0xfffffffffffffff9, 0xfffffffffffffff7, 0x3, 0x0, 0xffffffffffffffff, 0xfffffffffffffff9, 0xe, 0x3, 0x0, 0xffffffffffffffff, 0xfffffffffffffff9]),
        // INT64_MIN / -1: quotient INT64_MIN, remainder 0 (the W forms see 0 / -1)
        (0x8000000000000000, 0xffffffffffffffff, [0x8000000000000000, 0x0, 0x8000000000000000, 0x7fffffffffffffff, 0x8000000000000000, 0x0, 0x0, 0x8000000000000000, 0x0, 0x0, 0x0, 0x0, 0x0]),
        // division by zero: all ones, remainder = dividend
        (0x0000000000000005, 0x0000000000000000, [0x0, 0x0, 0x0, 0x0, 0xffffffffffffffff, 0xffffffffffffffff, 0x5, 0x5, 0x0, 0xffffffffffffffff, 0xffffffffffffffff, 0x5, 0x5]),
        // INT32_MIN / -1 in the W forms
        (0xffffffff80000000, 0xffffffffffffffff, [0x80000000, 0x0, 0xffffffff80000000, 0xffffffff7fffffff, 0x80000000, 0x0, 0x0, 0xffffffff80000000, 0xffffffff80000000, 0xffffffff80000000, 0x0, 0x0, 0xffffffff80000000]),
        (0x123456789abcdef0, 0xfedcba9876543210, [0x236d88fe5618cf00, 0xffeb49923cc09532, 0x121fa00ad77d7422, 0x121fa00ad77d7422, 0xfffffffffffffff1, 0x0, 0x123456789abcde0, 0x123456789abcdef0, 0x5618cf00, 0x0, 0x1, 0xffffffff9abcdef0, 0x2468ace0]),
        (0xffffffffffffffff, 0xffffffffffffffff, [0x1, 0x0, 0xffffffffffffffff, 0xfffffffffffffffe, 0x1, 0x1, 0x0, 0x0, 0x1, 0x1, 0x1, 0x0, 0x0]),
        (0x8000000000000005, 0x0000000000000003, [0x800000000000000f, 0xfffffffffffffffe, 0xfffffffffffffffe, 0x1, 0xd555555555555557, 0x2aaaaaaaaaaaaaac, 0x0, 0x1, 0xf, 0x1, 0x1, 0x2, 0x2]),
    ]
    static let names = ["mul", "mulh", "mulhsu", "mulhu", "div", "divu", "rem", "remu",
                        "mulw", "divw", "divuw", "remw", "remuw"]

    func testAllOperationsOnEdgeCases() throws {
        for (a, b, expected) in Self.cases {
            let r = try runRV(Self.code) { r in
                r.setX(10, a)
                r.setX(11, b)
            }
            for (i, e) in expected.enumerated() {
                XCTAssertEqual(r.x(12 + i), e, "\(Self.names[i]) 0x\(String(a, radix: 16)), 0x\(String(b, radix: 16))")
            }
        }
    }

    func testResultIntoX0IsDropped() throws {
        let r = try runRV(w(0x02b5_4033)) { r in // div zero,a0,a1
            r.setX(10, 1); r.setX(11, 0)
        }
        XCTAssertEqual(r.x(0), 0)
    }
}
