import XCTest
import XrunCore
import GuestTestSupport
import GuestAArch64

/// FEAT_DotProd and the base Advanced SIMD gaps closed with it (SUQADD/USQADD, scalar
/// saturating doubling multiplies). Expected values from qemu-aarch64 -cpu max running
/// each instruction in a static test program; encodings from the GNU assembler.
final class SIMDExtensionTests: XCTestCase {
    /// SDOT/UDOT vector (.2S zeroes the upper half) and by element (Vm up to V31, index H:L);
    /// the byte products wrap into the 32-bit accumulators.
    func testDotProduct() throws {
        try checkV(0x4e829420, in: [(0, 0xf348700ae08c4751, 0x9524c17089e601a3), (1, 0x796f59e2829c7149, 0x72cf4237061eff40), (2, 0xccd4885099ce4adf, 0xf702363ccca01dd7)],
                 out: [(0, 0xf348114ae08ca4cc, 0x9524d7dc89e5eace), (1, 0x796f59e2829c7149, 0x72cf4237061eff40), (2, 0xccd4885099ce4adf, 0xf702363ccca01dd7)], fpsr: 0x0) // sdot v0.4s, v1.16b, v2.16b
        try checkV(0x0e829420, in: [(0, 0x59c6b21dbf14e20e, 0xe022e6b6111ad2f1), (1, 0xc5d3d7e0144e9a87, 0x71e4600b0400ea24), (2, 0x4311ba5beb2cae9, 0x451a46b4a4efceec)],
                 out: [(0, 0x59c6afa1bf14e585, 0x0), (1, 0xc5d3d7e0144e9a87, 0x71e4600b0400ea24), (2, 0x4311ba5beb2cae9, 0x451a46b4a4efceec)], fpsr: 0x0) // sdot v0.2s, v1.8b, v2.8b
        try checkV(0x6e829420, in: [(0, 0x7bdd3e1d264dca65, 0x4078d75211bbc6b3), (1, 0x2854f94c366fddda, 0x409dde8880b92ce0), (2, 0xe261f933794bfbaf, 0x50856deebc960319)],
                 out: [(0, 0x7bde8296264f7225, 0x407a19d911bca77d), (1, 0x2854f94c366fddda, 0x409dde8880b92ce0), (2, 0xe261f933794bfbaf, 0x50856deebc960319)], fpsr: 0x0) // udot v0.4s, v1.16b, v2.16b
        try checkV(0x2e829420, in: [(0, 0x219f449add46185a, 0x2d2d1070af8bd825), (1, 0xe61a5d614abda80d, 0x1878ef6cd5bb7ce3), (2, 0xd3ecc64c6a0897d0, 0xc3871103dc4a5f2c)],
                 out: [(0, 0x21a07ededd46aa8e, 0x0), (1, 0xe61a5d614abda80d, 0x1878ef6cd5bb7ce3), (2, 0xd3ecc64c6a0897d0, 0xc3871103dc4a5f2c)], fpsr: 0x0) // udot v0.2s, v1.8b, v2.8b
        try checkV(0x4e829420, in: [(0, 0x0, 0x0), (1, 0x8080808080808080, 0x8080808080808080), (2, 0x8080808080808080, 0x8080808080808080)],
                 out: [(0, 0x1000000010000, 0x1000000010000), (1, 0x8080808080808080, 0x8080808080808080), (2, 0x8080808080808080, 0x8080808080808080)], fpsr: 0x0) // sdot v0.4s, v1.16b, v2.16b
        try checkV(0x6e829420, in: [(0, 0x5ffffffff, 0x700000006), (1, 0xffffffffffffffff, 0xffffffffffffffff), (2, 0xffffffffffffffff, 0xffffffffffffffff)],
                 out: [(0, 0x3f8090003f803, 0x3f80b0003f80a), (1, 0xffffffffffffffff, 0xffffffffffffffff), (2, 0xffffffffffffffff, 0xffffffffffffffff)], fpsr: 0x0) // udot v0.4s, v1.16b, v2.16b
        try checkV(0x4e839463, in: [(3, 0xd2c79c2c1aab7f3e, 0xa41da6b26318d002)],
                 out: [(3, 0xd2c7dfc11aabec20, 0xa41e02736319018f)], fpsr: 0x0) // sdot v3.4s, v3.16b, v3.16b
        try checkV(0x4f82e020, in: [(0, 0xf9c68817b98d31be, 0xdfef72fc1411c800), (1, 0xbf092bac63699aa4, 0x7bcf8a80c4162955), (2, 0x481b13a4bed55bf, 0x4d5ce27fe1b00333)],
                 out: [(0, 0xf9c697fcb98d3c72, 0xdfef93fa1411acd2), (1, 0xbf092bac63699aa4, 0x7bcf8a80c4162955), (2, 0x481b13a4bed55bf, 0x4d5ce27fe1b00333)], fpsr: 0x0) // sdot v0.4s, v1.16b, v2.4b[0]
        try checkV(0x4fa2e820, in: [(0, 0xed449ca7ddaf8743, 0x312161547bb925ce), (1, 0xd17b573951e413d5, 0x2183a31bdae85c64), (2, 0x61b68d69927282ab, 0xb9107b230534e3ec)],
                 out: [(0, 0xed44e2f8ddaf724c, 0x3121275f7bb968b8), (1, 0xd17b573951e413d5, 0x2183a31bdae85c64), (2, 0x61b68d69927282ab, 0xb9107b230534e3ec)], fpsr: 0x0) // sdot v0.4s, v1.16b, v2.4b[3]
        try checkV(0x0f91e820, in: [(0, 0x639e3f79850a2ded, 0xe588a01c580d6617), (1, 0x495034e782cffb47, 0x822f0782312d6898), (17, 0x165b9bf67e1a7305, 0x74d9c81166f30ecb)],
                 out: [(0, 0x639e60848509ef3d, 0x0), (1, 0x495034e782cffb47, 0x822f0782312d6898), (17, 0x165b9bf67e1a7305, 0x74d9c81166f30ecb)], fpsr: 0x0) // sdot v0.2s, v1.8b, v17.4b[2]
        try checkV(0x6fbfe020, in: [(0, 0x62617061dc1ddd54, 0x66093e7f7ad8cf2e), (1, 0x4b5c606c2fa6d9b, 0x204d08e54c1a0bab), (31, 0xc380b8ab3eacbf73, 0x6c1bb24220d721be)],
                 out: [(0, 0x6262603fdc1fa3fb, 0x660a1c167ad99033), (1, 0x4b5c606c2fa6d9b, 0x204d08e54c1a0bab), (31, 0xc380b8ab3eacbf73, 0x6c1bb24220d721be)], fpsr: 0x0) // udot v0.4s, v1.16b, v31.4b[1]
        try checkV(0x2fa7e8c5, in: [(5, 0x4b5a8766454b92a5, 0x528194abb9135c1d), (6, 0xf0e0b8aaf32a9c4d, 0x3b6408245d6212fe), (7, 0xdbbe99f3efa3bd58, 0x81a1c033ff270722)],
                 out: [(5, 0x4b5c3914454cabd9, 0x0), (6, 0xf0e0b8aaf32a9c4d, 0x3b6408245d6212fe), (7, 0xdbbe99f3efa3bd58, 0x81a1c033ff270722)], fpsr: 0x0) // udot v5.2s, v6.8b, v7.4b[3]
    }

    /// Scalar SQDMLAL/SQDMLSL/SQDMULL (three different and by element) and scalar
    /// SQDMULH/SQRDMULH by element (KNOWN-DIFFERENCES X2), with the saturating cases.
    func testScalarLong() throws {
        try checkV(0x4e203820, in: [(0, 0x40807f0001ff807f, 0x8001ff00817e3fc0), (1, 0x408000ff7fffff01, 0x7f80818001804140)],
                 out: [(0, 0x7f007f7f7f7f7f7f, 0xff7f7f7f827f7f00), (1, 0x408000ff7fffff01, 0x7f80818001804140)], fpsr: 0x8000000) // suqadd v0.16b, v1.16b
        try checkV(0x0e203820, in: [(0, 0x40807f0001ff807f, 0x8001ff00817e3fc0), (1, 0x408000ff7fffff01, 0x7f80818001804140)],
                 out: [(0, 0x7f007f7f7f7f7f7f, 0x0), (1, 0x408000ff7fffff01, 0x7f80818001804140)], fpsr: 0x8000000) // suqadd v0.8b, v1.8b
        try checkV(0x4e603820, in: [(0, 0xb2f77ef73b1f5aa8, 0x786446679c05109f), (1, 0x136bf91b3eff3d03, 0x9d56c40c08d044c1)],
                 out: [(0, 0xc6627fff7a1e7fff, 0x7fff7fffa4d55560), (1, 0x136bf91b3eff3d03, 0x9d56c40c08d044c1)], fpsr: 0x8000000) // suqadd v0.8h, v1.8h
        try checkV(0x4ea03820, in: [(0, 0x800000007fffffff, 0x5ffffffff), (1, 0xffffffff00000001, 0x6ffffffff)],
                 out: [(0, 0x7fffffff7fffffff, 0xb7fffffff), (1, 0xffffffff00000001, 0x6ffffffff)], fpsr: 0x8000000) // suqadd v0.4s, v1.4s
        try checkV(0x4ee03820, in: [(0, 0x7fffffffffffffff, 0x8000000000000000), (1, 0x1, 0xffffffffffffffff)],
                 out: [(0, 0x7fffffffffffffff, 0x7fffffffffffffff), (1, 0x1, 0xffffffffffffffff)], fpsr: 0x8000000) // suqadd v0.2d, v1.2d
        try checkV(0x5e203820, in: [(0, 0x7f, 0x1234), (1, 0x1, 0x0)],
                 out: [(0, 0x7f, 0x0), (1, 0x1, 0x0)], fpsr: 0x8000000) // suqadd b0, b1
        try checkV(0x5e603820, in: [(0, 0x8000, 0x5), (1, 0xffff, 0x0)],
                 out: [(0, 0x7fff, 0x0), (1, 0xffff, 0x0)], fpsr: 0x0) // suqadd h0, h1
        try checkV(0x5ea03820, in: [(0, 0xf8a42055cdabc917, 0x49cf7709d100ad7b), (1, 0xf87800676c78bd32, 0x47ea658af4342513)],
                 out: [(0, 0x3a248649, 0x0), (1, 0xf87800676c78bd32, 0x47ea658af4342513)], fpsr: 0x0) // suqadd s0, s1
        try checkV(0x5ee03820, in: [(0, 0x7ffffffffffffffe, 0x9), (1, 0x1, 0x0)],
                 out: [(0, 0x7fffffffffffffff, 0x0), (1, 0x1, 0x0)], fpsr: 0x0) // suqadd d0, d1
        try checkV(0x5e629020, in: [(0, 0xf18a3334fe4e908b, 0xe0037fed472bf741), (1, 0xd260efcd77f09227, 0x600a2ac6d337f88), (2, 0xc20168080ff9c564, 0xf9fd4101b3370d83)],
                 out: [(0, 0x309ac503, 0x0), (1, 0xd260efcd77f09227, 0x600a2ac6d337f88), (2, 0xc20168080ff9c564, 0xf9fd4101b3370d83)], fpsr: 0x0) // sqdmlal s0, h1, h2
        try checkV(0x5ea29020, in: [(0, 0x4aa5276adae126c9, 0x4dbd6fc13959d3d4), (1, 0x28b8391b5ae9d16a, 0x1fd7c21f5dc4c173), (2, 0xd9dbb49cd73c15d7, 0xdf4dfcfde8cae662)],
                 out: [(0, 0x2db0ef7421aa4ad5, 0x0), (1, 0x28b8391b5ae9d16a, 0x1fd7c21f5dc4c173), (2, 0xd9dbb49cd73c15d7, 0xdf4dfcfde8cae662)], fpsr: 0x0) // sqdmlal d0, s1, s2
        try checkV(0x5e62b020, in: [(0, 0x6ba1bc96310d67ce, 0x64595b29703fff8b), (1, 0xc4e229749d0ca8cc, 0xc25e90c616939784), (2, 0x94494dc44685dddd, 0xa6b089850c74c524)],
                 out: [(0, 0x19cbbf96, 0x0), (1, 0xc4e229749d0ca8cc, 0xc25e90c616939784), (2, 0x94494dc44685dddd, 0xa6b089850c74c524)], fpsr: 0x0) // sqdmlsl s0, h1, h2
        try checkV(0x5ea2b020, in: [(0, 0x9ae8860916772b3d, 0x28b34b00a22000d7), (1, 0x2d0098e0d265f7e6, 0x26cecfa04b78d17a), (2, 0x4bf72b87bd650eac, 0xd18069f4528ec9b7)],
                 out: [(0, 0x832de68ffed8e62d, 0x0), (1, 0x2d0098e0d265f7e6, 0x26cecfa04b78d17a), (2, 0x4bf72b87bd650eac, 0xd18069f4528ec9b7)], fpsr: 0x0) // sqdmlsl d0, s1, s2
        try checkV(0x5e62d020, in: [(0, 0x62e7313cc7d99d5, 0x83c66a8c49901079), (1, 0xf22e8bc997dc69e6, 0x730cac156c8cf87e), (2, 0x55639ff3e28d5990, 0xfc27d767e66a9bf9)],
                 out: [(0, 0x4a190ec0, 0x0), (1, 0xf22e8bc997dc69e6, 0x730cac156c8cf87e), (2, 0x55639ff3e28d5990, 0xfc27d767e66a9bf9)], fpsr: 0x0) // sqdmull s0, h1, h2
        try checkV(0x5ea2d020, in: [(0, 0x51e16efc52f4e95, 0x5ec751a79eb64e4c), (1, 0x2b63cd18b930c8e0, 0xe76ed9b2c57fd7df), (2, 0x119687238e3792c1, 0xf5160b9ca7c0b700)],
                 out: [(0, 0x3ef1cedfb0ee61c0, 0x0), (1, 0x2b63cd18b930c8e0, 0xe76ed9b2c57fd7df), (2, 0x119687238e3792c1, 0xf5160b9ca7c0b700)], fpsr: 0x0) // sqdmull d0, s1, s2
        try checkV(0x5e62d020, in: [(0, 0x16e61f15854d3481, 0x35ce7dd035f69ab2), (1, 0x8000, 0x1), (2, 0x8000, 0x2)],
                 out: [(0, 0x7fffffff, 0x0), (1, 0x8000, 0x1), (2, 0x8000, 0x2)], fpsr: 0x8000000) // sqdmull s0, h1, h2
        try checkV(0x5ea29020, in: [(0, 0x7fffffffffffffff, 0x1), (1, 0x40000000, 0x0), (2, 0x2, 0x0)],
                 out: [(0, 0x7fffffffffffffff, 0x0), (1, 0x40000000, 0x0), (2, 0x2, 0x0)], fpsr: 0x8000000) // sqdmlal d0, s1, s2
        try checkV(0x5e62b020, in: [(0, 0x80000000, 0x1), (1, 0x1, 0x0), (2, 0x1, 0x0)],
                 out: [(0, 0x80000000, 0x0), (1, 0x1, 0x0), (2, 0x1, 0x0)], fpsr: 0x8000000) // sqdmlsl s0, h1, h2
        try checkV(0x5f723820, in: [(0, 0xb377f0ef3cc8fa66, 0xb5a16bdd05fbd0b2), (1, 0x7d8fa5c7ec0fb0dc, 0x740774608c85b243), (2, 0x88d5a02cda21aab0, 0x69473512b2bd2ee6)],
                 out: [(0, 0xfbb18c6e, 0x0), (1, 0x7d8fa5c7ec0fb0dc, 0x740774608c85b243), (2, 0x88d5a02cda21aab0, 0x69473512b2bd2ee6)], fpsr: 0x0) // sqdmlal s0, h1, v2.h[7]
        try checkV(0x5fa23820, in: [(0, 0xea5b6f77dcecfa6a, 0x71365362a3245adc), (1, 0xd0bcc85cde8d81a8, 0xb9850ee028c7b17), (2, 0xcc5e936f4a0373b8, 0x911fa33e0b6a95eb)],
                 out: [(0, 0x75474a59343b7ca, 0x0), (1, 0xd0bcc85cde8d81a8, 0xb9850ee028c7b17), (2, 0xcc5e936f4a0373b8, 0x911fa33e0b6a95eb)], fpsr: 0x0) // sqdmlal d0, s1, v2.s[3]
        try checkV(0x5f6f7020, in: [(0, 0x16ec73307b2d164e, 0xe9952da8e481e1e3), (1, 0x97927749613809e, 0xac45bcf83f436569), (15, 0xca5c58405d610f33, 0x56aaac8afeb0a21d)],
                 out: [(0, 0x7fffffff, 0x0), (1, 0x97927749613809e, 0xac45bcf83f436569), (15, 0xca5c58405d610f33, 0x56aaac8afeb0a21d)], fpsr: 0x8000000) // sqdmlsl s0, h1, v15.h[2]
        try checkV(0x5fb67364, in: [(4, 0xce13534fa12bcaa9, 0x372cf23e422b0d43), (22, 0x818b600c7ac0d2b8, 0x314e816ca8cbd196), (27, 0x5a73677f9183e5bf, 0xdb39fbd999cc4e7e)],
                 out: [(4, 0x8000000000000000, 0x0), (22, 0x818b600c7ac0d2b8, 0x314e816ca8cbd196), (27, 0x5a73677f9183e5bf, 0xdb39fbd999cc4e7e)], fpsr: 0x8000000) // sqdmlsl d4, s27, v22.s[1]
        try checkV(0x5f52b820, in: [(0, 0xcc77e07a1bdef4b7, 0xcee4cb5268ba723d), (1, 0x8000, 0x0), (2, 0x80000000, 0x80000000)],
                 out: [(0, 0x7fffffff, 0x0), (1, 0x8000, 0x0), (2, 0x80000000, 0x80000000)], fpsr: 0x8000000) // sqdmull s0, h1, v2.h[5]
        try checkV(0x5f9fb820, in: [(0, 0x745b9b1c2047f0e7, 0xb5a1d74d109a7f5d), (1, 0xea0375db55d15fe3, 0x87459b64eeb9bba0), (31, 0x24cdf87f5b8b3172, 0x71130fff728fc3c)],
                 out: [(0, 0xfa12c1cc6fdbda68, 0x0), (1, 0xea0375db55d15fe3, 0x87459b64eeb9bba0), (31, 0x24cdf87f5b8b3172, 0x71130fff728fc3c)], fpsr: 0x0) // sqdmull d0, s1, v31.s[2]
        try checkV(0x5f52c820, in: [(0, 0x1f13cfe34fc5951d, 0x81acf32f53cdb040), (1, 0xfebd812199a393ff, 0x1abd3ca799606df7), (2, 0xacc6a7181b6ae026, 0x67d4073e132d0adc)],
                 out: [(0, 0xefd1, 0x0), (1, 0xfebd812199a393ff, 0x1abd3ca799606df7), (2, 0xacc6a7181b6ae026, 0x67d4073e132d0adc)], fpsr: 0x0) // sqdmulh h0, h1, v2.h[5]
        try checkV(0x5f82c020, in: [(0, 0x40008b09652dbae4, 0xf397aa7a5f8f438e), (1, 0x80000000, 0x0), (2, 0x80000000, 0x0)],
                 out: [(0, 0x7fffffff, 0x0), (1, 0x80000000, 0x0), (2, 0x80000000, 0x0)], fpsr: 0x8000000) // sqdmulh s0, s1, v2.s[0]
        try checkV(0x5f42d020, in: [(0, 0xef1f53eeb00e3ecd, 0x531834ed6691e15b), (1, 0x286c4586e6054177, 0x4c3d81a64eb86265), (2, 0x6c966b36cc885d89, 0x61d02b9f133b6ea)],
                 out: [(0, 0x2fd7, 0x0), (1, 0x286c4586e6054177, 0x4c3d81a64eb86265), (2, 0x6c966b36cc885d89, 0x61d02b9f133b6ea)], fpsr: 0x0) // sqrdmulh h0, h1, v2.h[0]
        try checkV(0x5f9bdb30, in: [(16, 0xa4bf876754196558, 0x3837aabaf0b9187c), (25, 0xf35009ded8e3b4ac, 0xdd96dd904cd5c4a3), (27, 0xa03e0bbbb461f219, 0xde262badbb6d309)],
                 out: [(16, 0xb165110, 0x0), (25, 0xf35009ded8e3b4ac, 0xdd96dd904cd5c4a3), (27, 0xa03e0bbbb461f219, 0xde262badbb6d309)], fpsr: 0x0) // sqrdmulh s16, s25, v27.s[2]
    }

    /// SUQADD/USQADD (KNOWN-DIFFERENCES X1): lanes chosen to saturate both ways; FPSR.QC
    /// (0x8000000) is set when one does.
    func testSaturatingAccumulate() throws {
        try checkV(0x6e203820, in: [(0, 0x40807f0001ff807f, 0x8001ff00817e3fc0), (1, 0x408000ff7fffff01, 0x7f80818001804140)],
                 out: [(0, 0x80007f0080fe7f80, 0xff008000820080ff), (1, 0x408000ff7fffff01, 0x7f80818001804140)], fpsr: 0x8000000) // usqadd v0.16b, v1.16b
        try checkV(0x2e203820, in: [(0, 0x40807f0001ff807f, 0x8001ff00817e3fc0), (1, 0x4000007f7f7f7f01, 0x3)],
                 out: [(0, 0x80807f7f80ffff80, 0x0), (1, 0x4000007f7f7f7f01, 0x3)], fpsr: 0x8000000) // usqadd v0.8b, v1.8b
        try checkV(0x2e603820, in: [(0, 0xf64371e656dbaa49, 0xb3384c0965d13e0f), (1, 0xbf3b358b4eb1374f, 0x602942b586c676c)],
                 out: [(0, 0xb57ea771a58ce198, 0x0), (1, 0xbf3b358b4eb1374f, 0x602942b586c676c)], fpsr: 0x0) // usqadd v0.4h, v1.4h
        try checkV(0x2ea03820, in: [(0, 0x3fffffff0, 0x0), (1, 0xfffffffc00000010, 0x0)],
                 out: [(0, 0xffffffff, 0x0), (1, 0xfffffffc00000010, 0x0)], fpsr: 0x8000000) // usqadd v0.2s, v1.2s
        try checkV(0x6ee03820, in: [(0, 0xfffffffffffffff0, 0x2), (1, 0x10, 0xfffffffffffffffd)],
                 out: [(0, 0xffffffffffffffff, 0x0), (1, 0x10, 0xfffffffffffffffd)], fpsr: 0x8000000) // usqadd v0.2d, v1.2d
        try checkV(0x6ee03820, in: [(0, 0xfffffffffffffff0, 0x7), (1, 0xf, 0xfffffffffffffffd)],
                 out: [(0, 0xffffffffffffffff, 0x4), (1, 0xf, 0xfffffffffffffffd)], fpsr: 0x0) // usqadd v0.2d, v1.2d
        try checkV(0x7e203820, in: [(0, 0x5, 0x77), (1, 0xfa, 0x0)],
                 out: [(0, 0x0, 0x0), (1, 0xfa, 0x0)], fpsr: 0x8000000) // usqadd b0, b1
        try checkV(0x7e603820, in: [(0, 0xfff0, 0x0), (1, 0x7fff, 0x0)],
                 out: [(0, 0xffff, 0x0), (1, 0x7fff, 0x0)], fpsr: 0x8000000) // usqadd h0, h1
        try checkV(0x7ea03820, in: [(0, 0x96f3752393974671, 0xda2396bf2b188a2a), (1, 0x8c5c94f38d4c0378, 0xa89570052e35e7a4)],
                 out: [(0, 0x20e349e9, 0x0), (1, 0x8c5c94f38d4c0378, 0xa89570052e35e7a4)], fpsr: 0x0) // usqadd s0, s1
        try checkV(0x7ee03820, in: [(0, 0x3, 0x1), (1, 0xfffffffffffffffc, 0x0)],
                 out: [(0, 0x0, 0x0), (1, 0xfffffffffffffffc, 0x0)], fpsr: 0x8000000) // usqadd d0, d1
    }

    /// FPCR.AHP, alternative half precision (KNOWN-DIFFERENCES X3): FCVT and FCVTL/FCVTN
    /// with the all-ones exponent as normal numbers, NaN -> signed zero and infinity or
    /// overflow -> sign:ones with IOC alone; the last case is the same FCVTN with AHP = 0.
    func testAlternativeHalfPrecision() throws {
        try checkV(0x1e23c020, in: [(0, 0x1234, 0x5678), (1, 0x7fc00001, 0x0)],
                 out: [(0, 0x0, 0x0), (1, 0x7fc00001, 0x0)], fpsr: 0x1, fpcr: 0x4000000) // fcvt h0, s1
        try checkV(0x1e23c020, in: [(0, 0x1234, 0x5678), (1, 0x7f800001, 0x0)],
                 out: [(0, 0x0, 0x0), (1, 0x7f800001, 0x0)], fpsr: 0x1, fpcr: 0x4000000) // fcvt h0, s1
        try checkV(0x1e23c020, in: [(0, 0x1234, 0x5678), (1, 0xffc00000, 0x0)],
                 out: [(0, 0x8000, 0x0), (1, 0xffc00000, 0x0)], fpsr: 0x1, fpcr: 0x4000000) // fcvt h0, s1
        try checkV(0x1e23c020, in: [(0, 0x1234, 0x5678), (1, 0x7f800000, 0x0)],
                 out: [(0, 0x7fff, 0x0), (1, 0x7f800000, 0x0)], fpsr: 0x1, fpcr: 0x4000000) // fcvt h0, s1
        try checkV(0x1e23c020, in: [(0, 0x1234, 0x5678), (1, 0xff800000, 0x0)],
                 out: [(0, 0xffff, 0x0), (1, 0xff800000, 0x0)], fpsr: 0x1, fpcr: 0x4000000) // fcvt h0, s1
        try checkV(0x1e23c020, in: [(0, 0x1234, 0x5678), (1, 0x4788b800, 0x0)],
                 out: [(0, 0x7c46, 0x0), (1, 0x4788b800, 0x0)], fpsr: 0x10, fpcr: 0x4000000) // fcvt h0, s1
        try checkV(0x1e23c020, in: [(0, 0x1234, 0x5678), (1, 0x47ffe000, 0x0)],
                 out: [(0, 0x7fff, 0x0), (1, 0x47ffe000, 0x0)], fpsr: 0x0, fpcr: 0x4000000) // fcvt h0, s1
        try checkV(0x1e23c020, in: [(0, 0x1234, 0x5678), (1, 0x47ffff80, 0x0)],
                 out: [(0, 0x7fff, 0x0), (1, 0x47ffff80, 0x0)], fpsr: 0x1, fpcr: 0x4000000) // fcvt h0, s1
        try checkV(0x1e23c020, in: [(0, 0x1234, 0x5678), (1, 0x48000000, 0x0)],
                 out: [(0, 0x7fff, 0x0), (1, 0x48000000, 0x0)], fpsr: 0x1, fpcr: 0x4000000) // fcvt h0, s1
        try checkV(0x1e23c020, in: [(0, 0x1234, 0x5678), (1, 0xce6e6b28, 0x0)],
                 out: [(0, 0xffff, 0x0), (1, 0xce6e6b28, 0x0)], fpsr: 0x1, fpcr: 0x4000000) // fcvt h0, s1
        try checkV(0x1e23c020, in: [(0, 0x1234, 0x5678), (1, 0x477ff000, 0x0)],
                 out: [(0, 0x7c00, 0x0), (1, 0x477ff000, 0x0)], fpsr: 0x10, fpcr: 0x4000000) // fcvt h0, s1
        try checkV(0x1e23c020, in: [(0, 0x1234, 0x5678), (1, 0x377ba882, 0x0)],
                 out: [(0, 0xfc, 0x0), (1, 0x377ba882, 0x0)], fpsr: 0x18, fpcr: 0x4000000) // fcvt h0, s1
        try checkV(0x1e23c020, in: [(0, 0x1234, 0x5678), (1, 0x3300d959, 0x0)],
                 out: [(0, 0x1, 0x0), (1, 0x3300d959, 0x0)], fpsr: 0x18, fpcr: 0x4000000) // fcvt h0, s1
        try checkV(0x1e23c020, in: [(0, 0x1234, 0x5678), (1, 0x80000000, 0x0)],
                 out: [(0, 0x8000, 0x0), (1, 0x80000000, 0x0)], fpsr: 0x0, fpcr: 0x4000000) // fcvt h0, s1
        try checkV(0x1e23c020, in: [(0, 0x1234, 0x5678), (1, 0x3f800000, 0x0)],
                 out: [(0, 0x3c00, 0x0), (1, 0x3f800000, 0x0)], fpsr: 0x0, fpcr: 0x4000000) // fcvt h0, s1
        try checkV(0x1e23c020, in: [(0, 0x0, 0x0), (1, 0x47ffff80, 0x0)],
                 out: [(0, 0x7fff, 0x0), (1, 0x47ffff80, 0x0)], fpsr: 0x1, fpcr: 0x4400000) // fcvt h0, s1
        try checkV(0x1e23c020, in: [(0, 0x0, 0x0), (1, 0x47ffff80, 0x0)],
                 out: [(0, 0x7fff, 0x0), (1, 0x47ffff80, 0x0)], fpsr: 0x10, fpcr: 0x4800000) // fcvt h0, s1
        try checkV(0x1e23c020, in: [(0, 0x0, 0x0), (1, 0x47ffff80, 0x0)],
                 out: [(0, 0x7fff, 0x0), (1, 0x47ffff80, 0x0)], fpsr: 0x10, fpcr: 0x4c00000) // fcvt h0, s1
        try checkV(0x1e63c020, in: [(0, 0x0, 0x0), (1, 0x7ff0000000000000, 0x0)],
                 out: [(0, 0x7fff, 0x0), (1, 0x7ff0000000000000, 0x0)], fpsr: 0x1, fpcr: 0x4000000) // fcvt h0, d1
        try checkV(0x1e63c020, in: [(0, 0x0, 0x0), (1, 0x40fffc0000000000, 0x0)],
                 out: [(0, 0x7fff, 0x0), (1, 0x40fffc0000000000, 0x0)], fpsr: 0x0, fpcr: 0x4000000) // fcvt h0, d1
        try checkV(0x1e63c020, in: [(0, 0x0, 0x0), (1, 0x40fffdffd70a3d71, 0x0)],
                 out: [(0, 0x7fff, 0x0), (1, 0x40fffdffd70a3d71, 0x0)], fpsr: 0x10, fpcr: 0x4000000) // fcvt h0, d1
        try checkV(0x1e63c020, in: [(0, 0x0, 0x0), (1, 0x40fffe0000000000, 0x0)],
                 out: [(0, 0x7fff, 0x0), (1, 0x40fffe0000000000, 0x0)], fpsr: 0x1, fpcr: 0x4000000) // fcvt h0, d1
        try checkV(0x1e63c020, in: [(0, 0x0, 0x0), (1, 0x7ff0000000000001, 0x0)],
                 out: [(0, 0x0, 0x0), (1, 0x7ff0000000000001, 0x0)], fpsr: 0x1, fpcr: 0x4000000) // fcvt h0, d1
        try checkV(0x1e63c020, in: [(0, 0x0, 0x0), (1, 0xc1086a0000000000, 0x0)],
                 out: [(0, 0xffff, 0x0), (1, 0xc1086a0000000000, 0x0)], fpsr: 0x1, fpcr: 0x4000000) // fcvt h0, d1
        try checkV(0x1ee24020, in: [(0, 0x0, 0x0), (1, 0x7c00, 0x0)],
                 out: [(0, 0x47800000, 0x0), (1, 0x7c00, 0x0)], fpsr: 0x0, fpcr: 0x4000000) // fcvt s0, h1
        try checkV(0x1ee2c020, in: [(0, 0x0, 0x0), (1, 0x7c00, 0x0)],
                 out: [(0, 0x40f0000000000000, 0x0), (1, 0x7c00, 0x0)], fpsr: 0x0, fpcr: 0x4000000) // fcvt d0, h1
        try checkV(0x1ee24020, in: [(0, 0x0, 0x0), (1, 0x7fff, 0x0)],
                 out: [(0, 0x47ffe000, 0x0), (1, 0x7fff, 0x0)], fpsr: 0x0, fpcr: 0x4000000) // fcvt s0, h1
        try checkV(0x1ee2c020, in: [(0, 0x0, 0x0), (1, 0x7fff, 0x0)],
                 out: [(0, 0x40fffc0000000000, 0x0), (1, 0x7fff, 0x0)], fpsr: 0x0, fpcr: 0x4000000) // fcvt d0, h1
        try checkV(0x1ee24020, in: [(0, 0x0, 0x0), (1, 0xfe00, 0x0)],
                 out: [(0, 0xc7c00000, 0x0), (1, 0xfe00, 0x0)], fpsr: 0x0, fpcr: 0x4000000) // fcvt s0, h1
        try checkV(0x1ee2c020, in: [(0, 0x0, 0x0), (1, 0xfe00, 0x0)],
                 out: [(0, 0xc0f8000000000000, 0x0), (1, 0xfe00, 0x0)], fpsr: 0x0, fpcr: 0x4000000) // fcvt d0, h1
        try checkV(0x1ee24020, in: [(0, 0x0, 0x0), (1, 0xfc01, 0x0)],
                 out: [(0, 0xc7802000, 0x0), (1, 0xfc01, 0x0)], fpsr: 0x0, fpcr: 0x4000000) // fcvt s0, h1
        try checkV(0x1ee2c020, in: [(0, 0x0, 0x0), (1, 0xfc01, 0x0)],
                 out: [(0, 0xc0f0040000000000, 0x0), (1, 0xfc01, 0x0)], fpsr: 0x0, fpcr: 0x4000000) // fcvt d0, h1
        try checkV(0x1ee24020, in: [(0, 0x0, 0x0), (1, 0x7bff, 0x0)],
                 out: [(0, 0x477fe000, 0x0), (1, 0x7bff, 0x0)], fpsr: 0x0, fpcr: 0x4000000) // fcvt s0, h1
        try checkV(0x1ee2c020, in: [(0, 0x0, 0x0), (1, 0x7bff, 0x0)],
                 out: [(0, 0x40effc0000000000, 0x0), (1, 0x7bff, 0x0)], fpsr: 0x0, fpcr: 0x4000000) // fcvt d0, h1
        try checkV(0x1ee24020, in: [(0, 0x0, 0x0), (1, 0x1, 0x0)],
                 out: [(0, 0x33800000, 0x0), (1, 0x1, 0x0)], fpsr: 0x0, fpcr: 0x4000000) // fcvt s0, h1
        try checkV(0x1ee2c020, in: [(0, 0x0, 0x0), (1, 0x1, 0x0)],
                 out: [(0, 0x3e70000000000000, 0x0), (1, 0x1, 0x0)], fpsr: 0x0, fpcr: 0x4000000) // fcvt d0, h1
        try checkV(0x0e217820, in: [(0, 0x0, 0x0), (1, 0xfc007fff7e007c00, 0x0)],
                 out: [(0, 0x47c0000047800000, 0xc780000047ffe000), (1, 0xfc007fff7e007c00, 0x0)], fpsr: 0x0, fpcr: 0x4000000) // fcvtl v0.4s, v1.4h
        try checkV(0x4e617820, in: [(0, 0x0, 0x0), (1, 0x0, 0x400000003f800000)],
                 out: [(0, 0x3ff0000000000000, 0x4000000000000000), (1, 0x0, 0x400000003f800000)], fpsr: 0x0, fpcr: 0x4000000) // fcvtl2 v0.2d, v1.4s
        try checkV(0x0e216820, in: [(0, 0x1, 0x2), (1, 0x7fc000004808b800, 0xff80000040000000)],
                 out: [(0, 0xffff400000007fff, 0x0), (1, 0x7fc000004808b800, 0xff80000040000000)], fpsr: 0x1, fpcr: 0x4000000) // fcvtn v0.4h, v1.4s
        try checkV(0x4e2168e4, in: [(4, 0x1111, 0x2222), (7, 0x7fc0000047ffdc00, 0xc788b80040000000)],
                 out: [(4, 0x1111, 0xfc46400000007fff), (7, 0x7fc0000047ffdc00, 0xc788b80040000000)], fpsr: 0x11, fpcr: 0x4000000) // fcvtn2 v4.8h, v7.4s
        try checkV(0x0e216820, in: [(0, 0x1, 0x2), (1, 0x7fc000004808b800, 0xff80000040000000)],
                 out: [(0, 0xfc0040007e007c00, 0x0), (1, 0x7fc000004808b800, 0xff80000040000000)], fpsr: 0x14) // fcvtn v0.4h, v1.4s

    }

    /// FJCVTZS w0, d1 (1e7e0020): (input bits, FPCR, W0, NZCV, FPSR) from qemu, NZCV
    /// starting as C set (it must end 0Z00) and X0 holding junk (the W result is
    /// zero-extended): zeros of both signs, rounding toward zero, modulo 2^32 beyond the
    /// int32 range (IOC) up to 2^84 and past it, NaN and infinity (0, IOC), denormals
    /// with and without FPCR.FZ, random encodings. One row departs from QEMU (below).
    func testFJCVTZS() throws {
        let cases: [(UInt64, UInt32, UInt64, UInt64, UInt32)] = [
            (0x0000000000000000, 0x0, 0x0, 0x40000000, 0x0),
            (0x8000000000000000, 0x0, 0x0, 0x0, 0x0),
            (0x3ff0000000000000, 0x0, 0x1, 0x40000000, 0x0),
            (0xbff0000000000000, 0x0, 0xffffffff, 0x40000000, 0x0),
            (0x3ff8000000000000, 0x0, 0x1, 0x0, 0x10),
            (0xbff8000000000000, 0x0, 0xffffffff, 0x0, 0x10),
            (0x41dfffffffc00000, 0x0, 0x7fffffff, 0x40000000, 0x0),
            (0x41e0000000000000, 0x0, 0x80000000, 0x0, 0x1),
            (0xc1e0000000000000, 0x0, 0x80000000, 0x40000000, 0x0),
            (0xc1e0000000200000, 0x0, 0x7fffffff, 0x0, 0x1),
            (0x41f0000000500000, 0x0, 0x5, 0x0, 0x1),
            (0xc1f0000000500000, 0x0, 0xfffffffb, 0x0, 0x1),
            (0x4330000000000003, 0x0, 0x3, 0x0, 0x1),
            (0xc340000000000001, 0x0, 0xfffffffe, 0x0, 0x1),
            (0x43e0000000000000, 0x0, 0x0, 0x0, 0x1),
            (0x4415af1d78b58c40, 0x0, 0x63100000, 0x0, 0x1),
            (0xfe37e43c8800759c, 0x0, 0x0, 0x0, 0x1),
            (0x4530000000000002, 0x0, 0x0, 0x0, 0x1),
            (0x7ff0000000000000, 0x0, 0x0, 0x0, 0x1),
            (0xfff0000000000000, 0x0, 0x0, 0x0, 0x1),
            (0x7ff8000000000001, 0x0, 0x0, 0x0, 0x1),
            (0x7ff0000000000001, 0x0, 0x0, 0x0, 0x1),
            (0xfff8000000000000, 0x0, 0x0, 0x0, 0x1),
            (0x0000000000000001, 0x0, 0x0, 0x0, 0x10),
            (0x8000000000000001, 0x0, 0x0, 0x0, 0x10),
            // QEMU 7.2 gives Z = 1 here; FPToFixedJS clears Z for +0 from a flushed
            // denormal ("sign == '0' && value == 0.0 && !IsZero(op<51:0>)").
            // KNOWN-DIFFERENCES Q6.
            (0x0000000000000001, 0x1000000, 0x0, 0x0, 0x80),
            (0x8000000000000001, 0x1000000, 0x0, 0x0, 0x80),
            (0x3feffffde7210be9, 0x0, 0x0, 0x0, 0x10),
            (0xbfe0000000000000, 0x0, 0x0, 0x0, 0x10),
            (0x41678c29dccccccd, 0x0, 0xbc614e, 0x0, 0x10),
            (0xc1e65a0bc0080000, 0x0, 0x4d2fa200, 0x0, 0x1),
            (0x41efffffffe00000, 0x0, 0xffffffff, 0x0, 0x1),
            (0x41dfffffffe00000, 0x0, 0x7fffffff, 0x0, 0x10),
            (0xc1e0000000100000, 0x0, 0x80000000, 0x0, 0x10),
            (0x4164d8399f767c45, 0x0, 0xa6c1cc, 0x0, 0x10),
            (0x5bc8fbbcbde5c099, 0x0, 0x0, 0x0, 0x1),
            (0xb0c11fdecb91ce37, 0x0, 0x0, 0x0, 0x10),
            (0xd76d4330f1446bea, 0x0, 0x0, 0x0, 0x1),
            (0xa6eb8c9ebd69fe29, 0x0, 0x0, 0x0, 0x10),
            (0x87b0b125ec1d7da0, 0x0, 0x0, 0x0, 0x10),
        ]
        for (bits, fpcr, w, nzcv, fpsr) in cases {
            let r = try runFP([0x1e7e_0020], setup: { r in    // fjcvtzs w0, d1
                r.setV(1, bits)
                r.setX(0, 0xdead_beef_cafe_babe)
                r.cpu.nzcv = 0x2000_0000
                r.cpu.fpcr = fpcr
            })
            XCTAssertEqual(r.x(0), w, "W0 for 0x\(String(bits, radix: 16))")
            XCTAssertEqual(r.cpu.nzcv, nzcv, "NZCV for 0x\(String(bits, radix: 16))")
            XCTAssertEqual(r.fpsrValue, fpsr, "FPSR for 0x\(String(bits, radix: 16))")
        }
    }

    /// FCMLA (vector, by element) and FCADD, every rotation, single and double, with NaNs
    /// (FPNeg flips a NaN's sign before it propagates), infinities, zeros and denormals,
    /// under FPCR 0, FZ, DN and directed rounding.
    func testComplexArithmetic() throws {
        try checkV(0x6e82c420, in: [(0, 0xc1257e2240ec4825, 0x7f800000), (1, 0xc2c33b6c4299a269, 0x41cc689fc2883cc4), (2, 0x42973d4a7f800000, 0xc2c3935042a2c38b)],
                 out: [(0, 0x45b534697f800000, 0x45d0295e7f800000), (1, 0xc2c33b6c4299a269, 0x41cc689fc2883cc4), (2, 0x42973d4a7f800000, 0xc2c3935042a2c38b)], fpsr: 0x10) // fcmla v0.4s, v1.4s, v2.4s, #0
        try checkV(0x6ec2c420, in: [(0, 0xc200cb61a231b4c2, 0x41bf984d80e91ea0), (1, 0x8008000000000000, 0xc1ec43f4c127b6ae), (2, 0x0, 0x4200509387e46e8c)],
                 out: [(0, 0xc200cb61a231b4c2, 0x41bf984d80e91ea0), (1, 0x8008000000000000, 0xc1ec43f4c127b6ae), (2, 0x0, 0x4200509387e46e8c)], fpsr: 0x10) // fcmla v0.2d, v1.2d, v2.2d, #0
        try checkV(0x6e82c420, in: [(0, 0xc276fae24291de0b, 0x4206a1f900000001), (1, 0xc174e857c2930f3a, 0x4210a053ff800000), (2, 0x1c205c4f3, 0xc1c0dbbd80400000)],
                 out: [(0, 0xc276fae2451e3f09, 0x7f8000007f800000), (1, 0xc174e857c2930f3a, 0x4210a053ff800000), (2, 0x1c205c4f3, 0xc1c0dbbd80400000)], fpsr: 0x10) // fcmla v0.4s, v1.4s, v2.4s, #0
        try checkV(0x6ec2c420, in: [(0, 0xc1f5ad3c3e143fb7, 0x7ff0000000000000), (1, 0xc1fea191b4ce5ef2, 0xc201ec3ec0c2d5d9), (2, 0xc1a06a98d8634e40, 0xc1f88e3e32cd203b)],
                 out: [(0, 0x43af6da4b49210d4, 0x7ff0000000000000), (1, 0xc1fea191b4ce5ef2, 0xc201ec3ec0c2d5d9), (2, 0xc1a06a98d8634e40, 0xc1f88e3e32cd203b)], fpsr: 0x10) // fcmla v0.2d, v1.2d, v2.2d, #0
        try checkV(0x6e82c420, in: [(0, 0x4292d27742980523, 0x7fc00000007fffff), (1, 0xc2a6502500000001, 0x427830a0420967b7), (2, 0xff800000c22aba0d, 0xffc0000180000000)],
                 out: [(0, 0x7fc0000042980523, 0x7fc0000000000000), (1, 0xc2a6502500000001, 0x427830a0420967b7), (2, 0xff800000c22aba0d, 0xffc0000180000000)], fpsr: 0x81, fpcr: 0x1000000) // fcmla v0.4s, v1.4s, v2.4s, #0
        try checkV(0x6ec2c420, in: [(0, 0x41f65db2af84b0cc, 0xc2006163beb06e2a), (1, 0xc1ff46b80d7079ce, 0xc1df3ad90e7e7da4), (2, 0x41fbfdcac04eb5f0, 0x41ce4a5a1a6f3330)],
                 out: [(0, 0xc40b5bb894d50c89, 0xc3dd9af827775c16), (1, 0xc1ff46b80d7079ce, 0xc1df3ad90e7e7da4), (2, 0x41fbfdcac04eb5f0, 0x41ce4a5a1a6f3330)], fpsr: 0x10, fpcr: 0x1000000) // fcmla v0.2d, v1.2d, v2.2d, #0
        try checkV(0x6e82c420, in: [(0, 0x7f800000ff800042, 0xc160dfe1ff800000), (1, 0x7fffff7f800000, 0x3fb3b01b00000000), (2, 0xff800042ffc00001, 0xc222dfd1c1b11fa9)],
                 out: [(0, 0x7fc000007fc00000, 0xc160dfe1ff800000), (1, 0x7fffff7f800000, 0x3fb3b01b00000000), (2, 0xff800042ffc00001, 0xc222dfd1c1b11fa9)], fpsr: 0x1, fpcr: 0x2000000) // fcmla v0.4s, v1.4s, v2.4s, #0
        try checkV(0x6ec2c420, in: [(0, 0xfff0000000000042, 0x4200cc2511f96c38), (1, 0xc1f1586920ff19c6, 0xc1e137863137bb24), (2, 0x7ff8000000000000, 0x41fa0e6c898ac9f8)],
                 out: [(0, 0x7ff8000000000000, 0xc3fc3f4ddb5ae931), (1, 0xc1f1586920ff19c6, 0xc1e137863137bb24), (2, 0x7ff8000000000000, 0x41fa0e6c898ac9f8)], fpsr: 0x11, fpcr: 0x2000000) // fcmla v0.2d, v1.2d, v2.2d, #0
        try checkV(0x6e82c420, in: [(0, 0xc2a2092b80400000, 0xc2866a9141e75961), (1, 0xc27ebc7bc2183244, 0x42065c9800000001), (2, 0x41423a1e4267864d, 0x1ffc00001)],
                 out: [(0, 0xc407b9cac509a533, 0xc2866a90ffc00001), (1, 0xc27ebc7bc2183244, 0x42065c9800000001), (2, 0x41423a1e4267864d, 0x1ffc00001)], fpsr: 0x10, fpcr: 0xc00000) // fcmla v0.4s, v1.4s, v2.4s, #0
        try checkV(0x6ec2c420, in: [(0, 0x7ff8000000000000, 0xc1c9c02028fff360), (1, 0x1, 0x4200b55011a92f54), (2, 0x41f6c5499450d198, 0xfff8000000000001)],
                 out: [(0, 0x7ff8000000000000, 0xfff8000000000001), (1, 0x1, 0x4200b55011a92f54), (2, 0x41f6c5499450d198, 0xfff8000000000001)], fpsr: 0x0, fpcr: 0xc00000) // fcmla v0.2d, v1.2d, v2.2d, #0
        try checkV(0x2e82c420, in: [(0, 0x422b97d44225f4e6, 0xff800042ff800042), (1, 0x42058820c28df678, 0x7f80012341bb7c08), (2, 0xc286ab797f800000, 0xc202ae39c24922a6)],
                 out: [(0, 0x4596b363ff800000, 0x0), (1, 0x42058820c28df678, 0x7f80012341bb7c08), (2, 0xc286ab797f800000, 0xc202ae39c24922a6)], fpsr: 0x10) // fcmla v0.2s, v1.2s, v2.2s, #0
        try checkV(0x6f821820, in: [(0, 0x425dc5a6c29af400, 0x42776ffbc26f7c1c), (1, 0x42030486bfe35050, 0xff80000042c4f5c8), (2, 0xc148688fc14c3f9e, 0x1c2c79e81)],
                 out: [(0, 0x425dc5a642c78c59, 0x42776ffbc61a847e), (1, 0x42030486bfe35050, 0xff80000042c4f5c8), (2, 0xc148688fc14c3f9e, 0x1c2c79e81)], fpsr: 0x10) // fcmla v0.4s, v1.4s, v2.s[1], #0
        try checkV(0x6f911083, in: [(3, 0xc1a2ab5c41ec3b0e, 0x8000000041d33149), (4, 0x80400000c203a115, 0x7f800123ffc00001), (17, 0x4292f556bffaaf7b, 0xc20b45c0007fffff)],
                 out: [(3, 0xc518655d42bbf44c, 0x7fc000007fc00000), (4, 0x80400000c203a115, 0x7f800123ffc00001), (17, 0x4292f556bffaaf7b, 0xc20b45c0007fffff)], fpsr: 0x10, fpcr: 0x3000000) // fcmla v3.4s, v4.4s, v17.s[0], #0
        try checkV(0x6e82cc20, in: [(0, 0x42b6e8d142bd058b, 0x4114fdffc2bae3c8), (1, 0x414871c84296a10b, 0x17f800000), (2, 0xc0cf79fe4266b373, 0x42b9fb26ff800000)],
                 out: [(0, 0x444b7fd5432fbc88, 0xff800000c2bae3c8), (1, 0x414871c84296a10b, 0x17f800000), (2, 0xc0cf79fe4266b373, 0x42b9fb26ff800000)], fpsr: 0x10) // fcmla v0.4s, v1.4s, v2.4s, #90
        try checkV(0x6ec2cc20, in: [(0, 0x8008000000000000, 0xc20208c1ed9e4d56), (1, 0xc1e4bc526608372e, 0xc1e3cdeb6e448ed4), (2, 0x41dc7a16c60dfe58, 0x41ffc1c6f4945410)],
                 out: [(0, 0x43f3a769284221b3, 0xc3d19fbd2ac54e03), (1, 0xc1e4bc526608372e, 0xc1e3cdeb6e448ed4), (2, 0x41dc7a16c60dfe58, 0x41ffc1c6f4945410)], fpsr: 0x10) // fcmla v0.2d, v1.2d, v2.2d, #90
        try checkV(0x6e82cc20, in: [(0, 0xc135798742895953, 0x4117e1d84245c2a0), (1, 0x428dfb2541fe5eff, 0x41cb80e7007fffff), (2, 0xc14c9025c24c8f8a, 0x4280a361c23ddef3)],
                 out: [(0, 0xc5639cf444741351, 0xc495bfa2c4c65692), (1, 0x428dfb2541fe5eff, 0x41cb80e7007fffff), (2, 0xc14c9025c24c8f8a, 0x4280a361c23ddef3)], fpsr: 0x10) // fcmla v0.4s, v1.4s, v2.4s, #90
        try checkV(0x6ec2cc20, in: [(0, 0x41c034ebc6c3d6b0, 0x41eae236cef29958), (1, 0xc1eca5efe906e18c, 0xc1f9f7bfdb42b458), (2, 0x416d9886c86cd000, 0x7ff0000000000000)],
                 out: [(0, 0x7ff0000000000000, 0xc378044c00acf714), (1, 0xc1eca5efe906e18c, 0xc1f9f7bfdb42b458), (2, 0x416d9886c86cd000, 0x7ff0000000000000)], fpsr: 0x10) // fcmla v0.2d, v1.2d, v2.2d, #90
        try checkV(0x6e82cc20, in: [(0, 0x41a499f980000000, 0x402a2339c294fdd7), (1, 0xc231e0df427d988a, 0xff800042c17ac765), (2, 0x42069703ffc00001, 0x420d3d8d42ba0ab9)],
                 out: [(0, 0xffc0000144bb0945, 0xffc00042ffc00042), (1, 0xc231e0df427d988a, 0xff800042c17ac765), (2, 0x42069703ffc00001, 0x420d3d8d42ba0ab9)], fpsr: 0x11, fpcr: 0x1000000) // fcmla v0.4s, v1.4s, v2.4s, #90
        try checkV(0x6ec2cc20, in: [(0, 0x41fa8192463f92ce, 0x41f1a0cad98fbe74), (1, 0xc1e1e91464541002, 0x41f0f8728d0f099a), (2, 0x8008000000000000, 0x41ee533c1004f0ec)],
                 out: [(0, 0xc3f0150fa7971705, 0x41f1a0cad98fbe74), (1, 0xc1e1e91464541002, 0x41f0f8728d0f099a), (2, 0x8008000000000000, 0x41ee533c1004f0ec)], fpsr: 0x90, fpcr: 0x1000000) // fcmla v0.2d, v1.2d, v2.2d, #90
        try checkV(0x6e82cc20, in: [(0, 0xc230ca58c2a0335f, 0xffc0000100000001), (1, 0xc1ec286042b51bcc, 0x42c2dc7cffc00001), (2, 0x7f800123411e5647, 0x42b82420c2a895c2)],
                 out: [(0, 0xc3a829cd7fc00000, 0x7fc00000c60c29f8), (1, 0xc1ec286042b51bcc, 0x42c2dc7cffc00001), (2, 0x7f800123411e5647, 0x42b82420c2a895c2)], fpsr: 0x11, fpcr: 0x2000000) // fcmla v0.4s, v1.4s, v2.4s, #90
        try checkV(0x6ec2cc20, in: [(0, 0x41e456f34eb8b9bc, 0x41ece9c697832dfc), (1, 0xc1e870977d7dc842, 0xfff0000000000000), (2, 0x7ff0000000000000, 0x1)],
                 out: [(0, 0x7ff0000000000000, 0xfff0000000000000), (1, 0xc1e870977d7dc842, 0xfff0000000000000), (2, 0x7ff0000000000000, 0x1)], fpsr: 0x0, fpcr: 0x2000000) // fcmla v0.2d, v1.2d, v2.2d, #90
        try checkV(0x6e82cc20, in: [(0, 0x429e6a28c106548d, 0x42b1c88fc2111ec6), (1, 0x1c202cf26, 0xc178b0dfc276e60b), (2, 0x4191f0f6425413d9, 0xc0d56da5c1d508b7)],
                 out: [(0, 0x429e6a28c106548d, 0x43fb65c4c30bf288), (1, 0x1c202cf26, 0xc178b0dfc276e60b), (2, 0x4191f0f6425413d9, 0xc0d56da5c1d508b7)], fpsr: 0x10, fpcr: 0xc00000) // fcmla v0.4s, v1.4s, v2.4s, #90
        try checkV(0x6ec2cc20, in: [(0, 0xc1c18f8e8ff9aff0, 0xc1f6dd8162b8fa74), (1, 0xc1fdca4aca746b95, 0xc1fcb2aec92fd612), (2, 0xc1d71114eb4daac0, 0xc1e9ca0511bda988)],
                 out: [(0, 0xc3f720c50859e2d3, 0x43e4afbf4ffaa0ad), (1, 0xc1fdca4aca746b95, 0xc1fcb2aec92fd612), (2, 0xc1d71114eb4daac0, 0xc1e9ca0511bda988)], fpsr: 0x10, fpcr: 0xc00000) // fcmla v0.2d, v1.2d, v2.2d, #90
        try checkV(0x2e82cc20, in: [(0, 0x7f80012341b6866c, 0x7f80000042b7ca85), (1, 0xc208d7844284d4ec, 0xff80000080000000), (2, 0x1c2c02c47, 0x800000007fc00000)],
                 out: [(0, 0x7fc0012341b6866c, 0x0), (1, 0xc208d7844284d4ec, 0xff80000080000000), (2, 0x1c2c02c47, 0x800000007fc00000)], fpsr: 0x11) // fcmla v0.2s, v1.2s, v2.2s, #90
        try checkV(0x6f823820, in: [(0, 0x429c7798c26d0fc0, 0xc2baf6e642789a02), (1, 0xc1a33809c228cdfe, 0x413362e842c1ceb8), (2, 0xc23f3d31c1edc77b, 0xc1ce9291424be56a)],
                 out: [(0, 0xc4707075c4128586, 0x43ef02a643afd38b), (1, 0xc1a33809c228cdfe, 0x413362e842c1ceb8), (2, 0xc23f3d31c1edc77b, 0xc1ce9291424be56a)], fpsr: 0x10) // fcmla v0.4s, v1.4s, v2.s[1], #90
        try checkV(0x6f913083, in: [(3, 0x4215522600000000, 0xc198351c80400000), (4, 0x80000000c207458d, 0xc0c11da500000000), (17, 0xc1ce122ec270d41a, 0xc1c50fd080400000)],
                 out: [(3, 0x4215522600000000, 0x43ac2879c31b7392), (4, 0x80000000c207458d, 0xc0c11da500000000), (17, 0xc1ce122ec270d41a, 0xc1c50fd080400000)], fpsr: 0x90, fpcr: 0x3000000) // fcmla v3.4s, v4.4s, v17.s[0], #90
        try checkV(0x6e82d420, in: [(0, 0x42832eae7f800123, 0x427d9b16c16efe84), (1, 0xc20c5d99c2ab2d56, 0x4017a2bd42b748a7), (2, 0xffc000014297b5f4, 0x429b750b42be12ff)],
                 out: [(0, 0x7fc000017fc00123, 0xc5dc9e5cc6085145), (1, 0xc20c5d99c2ab2d56, 0x4017a2bd42b748a7), (2, 0xffc000014297b5f4, 0x429b750b42be12ff)], fpsr: 0x11) // fcmla v0.4s, v1.4s, v2.4s, #180
        try checkV(0x6ec2d420, in: [(0, 0x7ff0000000000123, 0xc2023a1910c20f54), (1, 0x7ff0000000000000, 0xc1e9bbbb82af1dd8), (2, 0x0, 0x41f63226cdafb674)],
                 out: [(0, 0x7ff8000000000123, 0xfff0000000000000), (1, 0x7ff0000000000000, 0xc1e9bbbb82af1dd8), (2, 0x0, 0x41f63226cdafb674)], fpsr: 0x1) // fcmla v0.2d, v1.2d, v2.2d, #180
        try checkV(0x6e82d420, in: [(0, 0xc245daff80000000, 0xc28e9f857fc00000), (1, 0x41e13d987fc00000, 0xc1a5c860c245dc52), (2, 0xc04945d2c2875736, 0x7fc00000c266937a)],
                 out: [(0, 0x7fc000007fc00000, 0xffc000007fc00000), (1, 0x41e13d987fc00000, 0xc1a5c860c245dc52), (2, 0xc04945d2c2875736, 0x7fc00000c266937a)], fpsr: 0x0) // fcmla v0.4s, v1.4s, v2.4s, #180
        try checkV(0x6ec2d420, in: [(0, 0xfff0000000000042, 0x1), (1, 0xfff0000000000042, 0xc1f09da8909cbf8e), (2, 0x7ff8000000000000, 0x8000000000000000)],
                 out: [(0, 0xfff8000000000042, 0xfff8000000000042), (1, 0xfff0000000000042, 0xc1f09da8909cbf8e), (2, 0x7ff8000000000000, 0x8000000000000000)], fpsr: 0x1) // fcmla v0.2d, v1.2d, v2.2d, #180
        try checkV(0x6e82d420, in: [(0, 0x42acb2cfc2abe5f9, 0xc294cd3080000000), (1, 0xffc000014210efab, 0xc1215b97429e611f), (2, 0x7f8000007fc00000, 0x4214be6bc1b8f9a3)],
                 out: [(0, 0xff800000ffc00000, 0xc53cb25244e4e07f), (1, 0xffc000014210efab, 0xc1215b97429e611f), (2, 0x7f8000007fc00000, 0x4214be6bc1b8f9a3)], fpsr: 0x10, fpcr: 0x1000000) // fcmla v0.4s, v1.4s, v2.4s, #180
        try checkV(0x6ec2d420, in: [(0, 0x41f64fd73825648e, 0x7ff0000000000000), (1, 0xc1e3ffc9f389879c, 0xfff0000000000042), (2, 0x7ff8000000000000, 0x41f50c00a7269bc4)],
                 out: [(0, 0xfff8000000000000, 0x7ff0000000000000), (1, 0xc1e3ffc9f389879c, 0xfff0000000000042), (2, 0x7ff8000000000000, 0x41f50c00a7269bc4)], fpsr: 0x0, fpcr: 0x1000000) // fcmla v0.2d, v1.2d, v2.2d, #180
        try checkV(0x6e82d420, in: [(0, 0x3f64bebfc23a6ff7, 0x42710642c13cddac), (1, 0xc2b1351b41e7806c, 0xc2a4a5d2c218e9d6), (2, 0xc1bf0c37c1aa2fa2, 0x7fc0000042ac9db9)],
                 out: [(0, 0x442cfd0c440e3f5b, 0x7fc00000454d79c6), (1, 0xc2b1351b41e7806c, 0xc2a4a5d2c218e9d6), (2, 0xc1bf0c37c1aa2fa2, 0x7fc0000042ac9db9)], fpsr: 0x10, fpcr: 0x2000000) // fcmla v0.4s, v1.4s, v2.4s, #180
        try checkV(0x6ec2d420, in: [(0, 0x8008000000000000, 0x41fb1e995d0b92ec), (1, 0x41c4260c74272300, 0x0), (2, 0x41a20d9b4473dbc0, 0x41cbe06e9ac3be60)],
                 out: [(0, 0xc376bbf07396a789, 0xc3a18d6a7a076f41), (1, 0x41c4260c74272300, 0x0), (2, 0x41a20d9b4473dbc0, 0x41cbe06e9ac3be60)], fpsr: 0x10, fpcr: 0x2000000) // fcmla v0.2d, v1.2d, v2.2d, #180
        try checkV(0x6e82d420, in: [(0, 0xff800042c25b1239, 0xc248364bc2aa4720), (1, 0x4294e7d1, 0x42a46e43c274f789), (2, 0x422bab7040ba9890, 0x1007fffff)],
                 out: [(0, 0xffc00042c3f4749d, 0xc248364ac2aa471f), (1, 0x4294e7d1, 0x42a46e43c274f789), (2, 0x422bab7040ba9890, 0x1007fffff)], fpsr: 0x11, fpcr: 0xc00000) // fcmla v0.4s, v1.4s, v2.4s, #180
        try checkV(0x6ec2d420, in: [(0, 0x4201c6b3e8ff79f2, 0xc1e080126e0139a4), (1, 0xc2009dc2cd763c60, 0xfff0000000000000), (2, 0x0, 0xc1def1fdba1d6dec)],
                 out: [(0, 0x4201c6b3e8ff79f2, 0xc3f0118e83b2e7df), (1, 0xc2009dc2cd763c60, 0xfff0000000000000), (2, 0x0, 0xc1def1fdba1d6dec)], fpsr: 0x10, fpcr: 0xc00000) // fcmla v0.2d, v1.2d, v2.2d, #180
        try checkV(0x2e82d420, in: [(0, 0xc271633fc27df8f3, 0xff800042ffc00001), (1, 0x41f5cb9d007fffff, 0xc2118053c2945c08), (2, 0xff800042c2bbcbc8, 0xc1c94f0441425fd5)],
                 out: [(0, 0x7fc00042c27df8f3, 0x0), (1, 0x41f5cb9d007fffff, 0xc2118053c2945c08), (2, 0xff800042c2bbcbc8, 0xc1c94f0441425fd5)], fpsr: 0x11) // fcmla v0.2s, v1.2s, v2.2s, #180
        try checkV(0x6f825820, in: [(0, 0xc2befa34ffc00001, 0x8040000041f6b669), (1, 0xff800000, 0x40541911ffc00001), (2, 0x7f80012342346bc1, 0x42a1598bc2c53e5c)],
                 out: [(0, 0x7f800000ffc00001, 0xffc00001ffc00001), (1, 0xff800000, 0x40541911ffc00001), (2, 0x7f80012342346bc1, 0x42a1598bc2c53e5c)], fpsr: 0x0) // fcmla v0.4s, v1.4s, v2.s[1], #180
        try checkV(0x6f915083, in: [(3, 0x4240463cc21ef0b8, 0xc0a1e2e741ec0134), (4, 0x7fc0000042a9cb26, 0x427d5a4380400000), (17, 0x7fffffff800000, 0x41ad5dcd4278d5b5)],
                 out: [(3, 0x4240463c7f800000, 0xc0a1e2e77fc00000), (4, 0x7fc0000042a9cb26, 0x427d5a4380400000), (17, 0x7fffffff800000, 0x41ad5dcd4278d5b5)], fpsr: 0x81, fpcr: 0x3000000) // fcmla v3.4s, v4.4s, v17.s[0], #180
        try checkV(0x6e82dc20, in: [(0, 0xff800000c2a91f47, 0x4294f15742629e75), (1, 0x4287e64b42940688, 0xc291df3cc02d97ca), (2, 0xc0d1b5f6c293b8f3, 0x80400000)],
                 out: [(0, 0xff800000c4047785, 0x4294f15742629e75), (1, 0x4287e64b42940688, 0xc291df3cc02d97ca), (2, 0xc0d1b5f6c293b8f3, 0x80400000)], fpsr: 0x10) // fcmla v0.4s, v1.4s, v2.4s, #270
        try checkV(0x6ec2dc20, in: [(0, 0xc1fe4e5a85f5a8d0, 0x0), (1, 0x41e249964f2304d8, 0x41f07d120b54a1c0), (2, 0x41e28e7322227e1c, 0xc1c370bed3bc58b0)],
                 out: [(0, 0xc3c408b5942000d0, 0xc3e31f80f302c898), (1, 0x41e249964f2304d8, 0x41f07d120b54a1c0), (2, 0x41e28e7322227e1c, 0xc1c370bed3bc58b0)], fpsr: 0x10) // fcmla v0.2d, v1.2d, v2.2d, #270
        try checkV(0x6e82dc20, in: [(0, 0x8040000000000001, 0xc2472c4b428efdf1), (1, 0xffc0000141ab1583, 0x4259e44200000000), (2, 0x7f800000c1c8ad87, 0x1c22d298d)],
                 out: [(0, 0xffc00001ffc00001, 0x451045ed428efdf1), (1, 0xffc0000141ab1583, 0x4259e44200000000), (2, 0x7f800000c1c8ad87, 0x1c22d298d)], fpsr: 0x10) // fcmla v0.4s, v1.4s, v2.4s, #270
        try checkV(0x6ec2dc20, in: [(0, 0xc1c28ca638a16d60, 0x41f607be3076175a), (1, 0x41f0528370b62d16, 0x41f80b64469d8f4a), (2, 0xc1fcc1924f4c718b, 0x0)],
                 out: [(0, 0xc1c28ca638a16d60, 0x44059b6a622dd9a4), (1, 0x41f0528370b62d16, 0x41f80b64469d8f4a), (2, 0xc1fcc1924f4c718b, 0x0)], fpsr: 0x10) // fcmla v0.2d, v1.2d, v2.2d, #270
        try checkV(0x6e82dc20, in: [(0, 0x7fc000004193a853, 0x42bb4cd5c2b56c45), (1, 0x7fc00000c24b26ee, 0x804000004041b903), (2, 0x425d3182c1cc0edd, 0xc1495a5b00000000)],
                 out: [(0, 0x7fc000007fc00000, 0x42bb4cd5c2b56c45), (1, 0x7fc00000c24b26ee, 0x804000004041b903), (2, 0x425d3182c1cc0edd, 0xc1495a5b00000000)], fpsr: 0x80, fpcr: 0x1000000) // fcmla v0.4s, v1.4s, v2.4s, #270
        try checkV(0x6ec2dc20, in: [(0, 0x7ff8000000000000, 0x1), (1, 0xfff0000000000000, 0xc1f2cd71b6df8045), (2, 0x41f2ed33659e956a, 0x41fd32046626e98c)],
                 out: [(0, 0x7ff8000000000000, 0x43f63ddf7865effd), (1, 0xfff0000000000000, 0xc1f2cd71b6df8045), (2, 0x41f2ed33659e956a, 0x41fd32046626e98c)], fpsr: 0x90, fpcr: 0x1000000) // fcmla v0.2d, v1.2d, v2.2d, #270
        try checkV(0x6e82dc20, in: [(0, 0xffc00001c2a0095d, 0xc27dc34ec0d60dd0), (1, 0xc24e7d6dc2b87857, 0x4298a67b42787eb3), (2, 0x42b53d3a7fc00000, 0x80400000007fffff)],
                 out: [(0, 0x7fc00000c594b036, 0xc27dc34ec0d60dd0), (1, 0xc24e7d6dc2b87857, 0x4298a67b42787eb3), (2, 0x42b53d3a7fc00000, 0x80400000007fffff)], fpsr: 0x10, fpcr: 0x2000000) // fcmla v0.4s, v1.4s, v2.4s, #270
        try checkV(0x6ec2dc20, in: [(0, 0x41fa7d2411024aec, 0xc20143e1a65cb738), (1, 0xc1ec25bc8cab9eee, 0x41f6d648ae7282c0), (2, 0xc1e0ce06d36398da, 0xc1e7784597c54cec)],
                 out: [(0, 0xc3f0bfd97832ab73, 0x43e7fc595406bd81), (1, 0xc1ec25bc8cab9eee, 0x41f6d648ae7282c0), (2, 0xc1e0ce06d36398da, 0xc1e7784597c54cec)], fpsr: 0x10, fpcr: 0x2000000) // fcmla v0.2d, v1.2d, v2.2d, #270
        try checkV(0x6e82dc20, in: [(0, 0xc2626cf4bd9075e8, 0x8040000042c6302a), (1, 0x42608fb4415957cc, 0x42051ab0c2c5c7e8), (2, 0x4210e782ff800000, 0xc2a08cb680400000)],
                 out: [(0, 0x7f80000044fe3590, 0x2811ab0c520c22d), (1, 0x42608fb4415957cc, 0x42051ab0c2c5c7e8), (2, 0x4210e782ff800000, 0xc2a08cb680400000)], fpsr: 0x10, fpcr: 0xc00000) // fcmla v0.4s, v1.4s, v2.4s, #270
        try checkV(0x6ec2dc20, in: [(0, 0x41f2a91d334201d0, 0xfff0000000000042), (1, 0x41fb99fd7b04b1c4, 0xc1e71f6a4e26f66a), (2, 0x41e5dc003445c45c, 0xc1e00096ee0464a8)],
                 out: [(0, 0x43d720446cefde28, 0xfff8000000000042), (1, 0x41fb99fd7b04b1c4, 0xc1e71f6a4e26f66a), (2, 0x41e5dc003445c45c, 0xc1e00096ee0464a8)], fpsr: 0x11, fpcr: 0xc00000) // fcmla v0.2d, v1.2d, v2.2d, #270
        try checkV(0x2e82dc20, in: [(0, 0x429fd16342a325ed, 0x428589d000000000), (1, 0x42057e6342baee32, 0xffc0000100000001), (2, 0xbf9a16e6c11c420b, 0x80000000c20c5ade)],
                 out: [(0, 0x43caeb42422597e9, 0x0), (1, 0x42057e6342baee32, 0xffc0000100000001), (2, 0xbf9a16e6c11c420b, 0x80000000c20c5ade)], fpsr: 0x10) // fcmla v0.2s, v1.2s, v2.2s, #270
        try checkV(0x6f827820, in: [(0, 0xc2a87952007fffff, 0x7fc00000c28840f8), (1, 0xc133654542358418, 0xc26d3ec442c64b8b), (2, 0x7f8001237f800000, 0xc28f6c7a4291cb00)],
                 out: [(0, 0x443746114449032c, 0x7fc000004582c993), (1, 0xc133654542358418, 0xc26d3ec442c64b8b), (2, 0x7f8001237f800000, 0xc28f6c7a4291cb00)], fpsr: 0x10) // fcmla v0.4s, v1.4s, v2.s[1], #270
        try checkV(0x6f917083, in: [(3, 0xc1df220bc28747a0, 0x7f80012380400000), (4, 0x80000000c20c56b1, 0x42ae0746c0c04fe6), (17, 0x42c088ceffc00001, 0x7f80000042781754)],
                 out: [(3, 0x7fc00000c28747a0, 0x7fc000004602e274), (4, 0x80000000c20c56b1, 0x42ae0746c0c04fe6), (17, 0x42c088ceffc00001, 0x7f80000042781754)], fpsr: 0x91, fpcr: 0x3000000) // fcmla v3.4s, v4.4s, v17.s[0], #270
        try checkV(0x6e82e420, in: [(0, 0x4294edd2c1b1ca8c, 0xff800042), (1, 0xc25f2c58c218649b, 0xff80000041d0af97), (2, 0xc15af989c2a43453, 0x42bbce6c007fffff)],
                 out: [(0, 0xc309e540c1c34c72, 0xff800000c287a286), (1, 0xc25f2c58c218649b, 0xff80000041d0af97), (2, 0xc15af989c2a43453, 0x42bbce6c007fffff)], fpsr: 0x10) // fcadd v0.4s, v1.4s, v2.4s, #90
        try checkV(0x6ec2e420, in: [(0, 0xc1eeb333c623e648, 0xc1f48b2536846e45), (1, 0x8000000000000000, 0xc1ecf11553aff59a), (2, 0x420112e01f7e6acc, 0x1)],
                 out: [(0, 0x8000000000000001, 0x41f3ad359524dacb), (1, 0x8000000000000000, 0xc1ecf11553aff59a), (2, 0x420112e01f7e6acc, 0x1)], fpsr: 0x0) // fcadd v0.2d, v1.2d, v2.2d, #90
        try checkV(0x6e82e420, in: [(0, 0xff80000042b25732, 0xc2a6211a420c5a99), (1, 0x80400000421112ed, 0xc243e5714291822f), (2, 0x7fffff418c8246, 0xc242bbbac1f44640)],
                 out: [(0, 0x418c8246421112ed, 0xc29f044842f2e00c), (1, 0x80400000421112ed, 0xc243e5714291822f), (2, 0x7fffff418c8246, 0xc242bbbac1f44640)], fpsr: 0x10) // fcadd v0.4s, v1.4s, v2.4s, #90
        try checkV(0x6ec2e420, in: [(0, 0x4201a21201458380, 0x41f7725241483762), (1, 0x7ff0000000000000, 0xc2003550132235a5), (2, 0xc1fe8e99960b2306, 0xc1e7d378d921cc56)],
                 out: [(0, 0x7ff0000000000000, 0xc20f7c9cde27c728), (1, 0x7ff0000000000000, 0xc2003550132235a5), (2, 0xc1fe8e99960b2306, 0xc1e7d378d921cc56)], fpsr: 0x0) // fcadd v0.2d, v1.2d, v2.2d, #90
        try checkV(0x6e82e420, in: [(0, 0x7fc0000000000000, 0x40bdc5fc7fc00000), (1, 0x408c062d4256940e, 0x422fda61ff800042), (2, 0xbe3ce28ac0f69b4e, 0x4165c2ec80400000)],
                 out: [(0, 0xc0552a42425750f1, 0x422fda61ffc00042), (1, 0x408c062d4256940e, 0x422fda61ff800042), (2, 0xbe3ce28ac0f69b4e, 0x4165c2ec80400000)], fpsr: 0x91, fpcr: 0x1000000) // fcadd v0.4s, v1.4s, v2.4s, #90
        try checkV(0x6ec2e420, in: [(0, 0xc1f95fe517cba570, 0x8000000000000000), (1, 0x8000000000000000, 0x41a3747a99e56cc0), (2, 0x8008000000000000, 0x8008000000000000)],
                 out: [(0, 0x0, 0x41a3747a99e56cc0), (1, 0x8000000000000000, 0x41a3747a99e56cc0), (2, 0x8008000000000000, 0x8008000000000000)], fpsr: 0x80, fpcr: 0x1000000) // fcadd v0.2d, v1.2d, v2.2d, #90
        try checkV(0x6e82e420, in: [(0, 0x7fffff4218095e, 0xc29aa3284204e45b), (1, 0xc29281d342afc720, 0x7f80000040f1a159), (2, 0xc238a8e5411de20f, 0x41f1cae9429b0f34)],
                 out: [(0, 0xc27d8b2243060dc9, 0x7f800000c1b56293), (1, 0xc29281d342afc720, 0x7f80000040f1a159), (2, 0xc238a8e5411de20f, 0x41f1cae9429b0f34)], fpsr: 0x10, fpcr: 0x2000000) // fcadd v0.4s, v1.4s, v2.4s, #90
        try checkV(0x6ec2e420, in: [(0, 0x41fb4794916f214c, 0x8008000000000000), (1, 0x41d1a2761bc306b8, 0xc200e1e8e8fa808b), (2, 0x8008000000000000, 0xc1c63d9561be0fd0)],
                 out: [(0, 0x41dcc140cca20ea0, 0xc200e1e8e8fa808b), (1, 0x41d1a2761bc306b8, 0xc200e1e8e8fa808b), (2, 0x8008000000000000, 0xc1c63d9561be0fd0)], fpsr: 0x10, fpcr: 0x2000000) // fcadd v0.2d, v1.2d, v2.2d, #90
        try checkV(0x6e82e420, in: [(0, 0xc251d2c2c1e102c1, 0xc260fa38bfe1e2e1), (1, 0x40f506ad40766b6e, 0x7f8001234010526c), (2, 0x7fc00000007fffff, 0x417c3ef642a3753e)],
                 out: [(0, 0x40f506aeffc00000, 0x7fc00123c1582a5b), (1, 0x40f506ad40766b6e, 0x7f8001234010526c), (2, 0x7fc00000007fffff, 0x417c3ef642a3753e)], fpsr: 0x11, fpcr: 0x400000) // fcadd v0.4s, v1.4s, v2.4s, #90
        try checkV(0x6ec2e420, in: [(0, 0xc1f58f6393433c5c, 0xc1ef1be70658fb9c), (1, 0x41ee012d5df260f0, 0xc1eafe3a80fbdb48), (2, 0x41f75f370880fab2, 0x7ff8000000000000)],
                 out: [(0, 0xfff8000000000000, 0x41e3c03390061a1c), (1, 0x41ee012d5df260f0, 0xc1eafe3a80fbdb48), (2, 0x41f75f370880fab2, 0x7ff8000000000000)], fpsr: 0x0, fpcr: 0x400000) // fcadd v0.2d, v1.2d, v2.2d, #90
        try checkV(0x2e82e420, in: [(0, 0xc2c6e60ec2afe74d, 0x42b4aa4bc2a65465), (1, 0x42574b6d4299c727, 0x7fffffc1937995), (2, 0xc223ab227f800123, 0xff800042c195bf62)],
                 out: [(0, 0x7fc0012342eb9cb8, 0x0), (1, 0x42574b6d4299c727, 0x7fffffc1937995), (2, 0xc223ab227f800123, 0xff800042c195bf62)], fpsr: 0x1) // fcadd v0.2s, v1.2s, v2.2s, #90
        try checkV(0x6e85e4a5, in: [(5, 0x7fffff42b1a962, 0x80000000ff800042)],
                 out: [(5, 0x42b1a96242b1a962, 0xffc00042ffc00042)], fpsr: 0x11) // fcadd v5.4s, v5.4s, v5.4s, #90
        try checkV(0x6e82f420, in: [(0, 0x7fffffc180c6a7, 0x8040000080000000), (1, 0x42801ecf422db9ed, 0x4294817bff800042), (2, 0x42b48a9ac2b3689f, 0x4257e039427cc6cd)],
                 out: [(0, 0x4319c3b74305b3c8, 0x4130f0a4ffc00042), (1, 0x42801ecf422db9ed, 0x4294817bff800042), (2, 0x42b48a9ac2b3689f, 0x4257e039427cc6cd)], fpsr: 0x11) // fcadd v0.4s, v1.4s, v2.4s, #270
        try checkV(0x6ec2f420, in: [(0, 0x8008000000000000, 0x41f5abfedff000fe), (1, 0xc1f9c0b2447c949a, 0x0), (2, 0x8008000000000000, 0xfff0000000000042)],
                 out: [(0, 0xfff8000000000042, 0x8000000000000), (1, 0xc1f9c0b2447c949a, 0x0), (2, 0x8008000000000000, 0xfff0000000000042)], fpsr: 0x1) // fcadd v0.2d, v1.2d, v2.2d, #270
        try checkV(0x6e82f420, in: [(0, 0x7f800000ffc00001, 0x429c15b1c286964a), (1, 0x4233fff000000001, 0x4209512c80000000), (2, 0x80000000c19a9f2e, 0xff80000041c3cb49)],
                 out: [(0, 0x4280a7c400000001, 0x411dae1eff800000), (1, 0x4233fff000000001, 0x4209512c80000000), (2, 0x80000000c19a9f2e, 0xff80000041c3cb49)], fpsr: 0x10) // fcadd v0.4s, v1.4s, v2.4s, #270
        try checkV(0x6ec2f420, in: [(0, 0xc1f5c284e108714e, 0x7ff8000000000000), (1, 0xfff8000000000001, 0x41fd404dc936f4f4), (2, 0x41efcf0b90bf5f58, 0x7ff0000000000000)],
                 out: [(0, 0xfff8000000000001, 0x41eab19001ae8a90), (1, 0xfff8000000000001, 0x41fd404dc936f4f4), (2, 0x41efcf0b90bf5f58, 0x7ff0000000000000)], fpsr: 0x0) // fcadd v0.2d, v1.2d, v2.2d, #270
        try checkV(0x6e82f420, in: [(0, 0x7fffffc2b19e88, 0xff800042ff800000), (1, 0x423dbd5bff800042, 0xff800000c20276a5), (2, 0xc2b6cf4e415cf2e6, 0xc27f3f2ec2ad51a3)],
                 out: [(0, 0x420680a2ffc00042, 0xff800000c2c0daea), (1, 0x423dbd5bff800042, 0xff800000c20276a5), (2, 0xc2b6cf4e415cf2e6, 0xc27f3f2ec2ad51a3)], fpsr: 0x11, fpcr: 0x1000000) // fcadd v0.4s, v1.4s, v2.4s, #270
        try checkV(0x6ec2f420, in: [(0, 0xc1e1074daa4866f8, 0x41e60f990e7fae34), (1, 0xfff0000000000000, 0x1), (2, 0xc1f7810614f477be, 0x1)],
                 out: [(0, 0xfff0000000000000, 0x41f7810614f477be), (1, 0xfff0000000000000, 0x1), (2, 0xc1f7810614f477be, 0x1)], fpsr: 0x80, fpcr: 0x1000000) // fcadd v0.2d, v1.2d, v2.2d, #270
        try checkV(0x6e82f420, in: [(0, 0xc24d299042a2b37b, 0xc223aff2c23bc9c7), (1, 0xc1f74c86007fffff, 0x7f80000042b61158), (2, 0x422e44057f800000, 0xc23603f242919637)],
                 out: [(0, 0xff800000422e4405, 0x7f80000042361ebe), (1, 0xc1f74c86007fffff, 0x7f80000042b61158), (2, 0x422e44057f800000, 0xc23603f242919637)], fpsr: 0x10, fpcr: 0x2000000) // fcadd v0.4s, v1.4s, v2.4s, #270
        try checkV(0x6ec2f420, in: [(0, 0xc1f2c6a145b2f0aa, 0xc1d57ecaf1a15858), (1, 0x41fbb480b1abab4c, 0xc1fc38624290e995), (2, 0x41e738f0bb40d160, 0xc1fe83c02f6fa02b)],
                 out: [(0, 0xc1c679fbee1fa6f8, 0xc203ea6d5018a922), (1, 0x41fbb480b1abab4c, 0xc1fc38624290e995), (2, 0x41e738f0bb40d160, 0xc1fe83c02f6fa02b)], fpsr: 0x10, fpcr: 0x2000000) // fcadd v0.2d, v1.2d, v2.2d, #270
        try checkV(0x6e82f420, in: [(0, 0xc2c591ca7f800000, 0x8000000042b72012), (1, 0x7f800000, 0x4088f131c2acabcb), (2, 0xc21b611e00000000, 0xffc00001c02401ca)],
                 out: [(0, 0x7f800000, 0x40daf216ffc00001), (1, 0x7f800000, 0x4088f131c2acabcb), (2, 0xc21b611e00000000, 0xffc00001c02401ca)], fpsr: 0x0, fpcr: 0x400000) // fcadd v0.4s, v1.4s, v2.4s, #270
        try checkV(0x6ec2f420, in: [(0, 0x41fddd0e13bd3dc8, 0x4200faef78d6ee96), (1, 0xc2026adcd68b825c, 0xc1ec26c45e23efea), (2, 0x41e8bd2bce7bf9d4, 0xc2012c315c3895e7)],
                 out: [(0, 0xc211cb8719620c21, 0xc1fa71f8164ff4df), (1, 0xc2026adcd68b825c, 0xc1ec26c45e23efea), (2, 0x41e8bd2bce7bf9d4, 0xc2012c315c3895e7)], fpsr: 0x10, fpcr: 0x400000) // fcadd v0.2d, v1.2d, v2.2d, #270
        try checkV(0x2e82f420, in: [(0, 0x7fc00000c08ebaa6, 0x42a829f242b59bd0), (1, 0xc20ef44d41e55f95, 0x42942c33428ece86), (2, 0x427b0425c19ca7d8, 0x80400000ff800042)],
                 out: [(0, 0xc18140c242b6d9f8, 0x0), (1, 0xc20ef44d41e55f95, 0x42942c33428ece86), (2, 0x427b0425c19ca7d8, 0x80400000ff800042)], fpsr: 0x10) // fcadd v0.2s, v1.2s, v2.2s, #270
        try checkV(0x6e85f4a5, in: [(5, 0xff80000000000000, 0xc1f879357f800000)],
                 out: [(5, 0xff800000ff800000, 0xff8000007f800000)], fpsr: 0x0) // fcadd v5.4s, v5.4s, v5.4s, #270

    }
}
