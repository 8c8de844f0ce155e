import XCTest
import XrunCore
import GuestTestSupport
@testable import GuestAArch64

/// FEAT_AES, FEAT_PMULL, FEAT_SHA1, FEAT_SHA256, FEAT_SHA512 and FEAT_SHA3 (Crypto/).
/// Expected values come from qemu-aarch64 -cpu max running each instruction in a static
/// test program (inputs loaded into the listed registers, outputs and FPSR stored back);
/// encodings and disassembly are from the GNU assembler.
final class CryptoTests: XCTestCase {
    /// The first two cases are FIPS-197 appendix B, round 1 (SubBytes+ShiftRows, then
    /// MixColumns); the rest are random, including Vd = Vn.
    func testAES() throws {
        try checkV(0x4e284820, in: [(0, 0x2be2f4a0bee33d19, 0x848f8e92a8dc69a), (1, 0x0, 0x0)],
                 out: [(0, 0xae52b4e0305dbfd4, 0xe598271ef11141b8), (1, 0x0, 0x0)], fpsr: 0x0) // aese v0.16b, v1.16b
        try checkV(0x4e286820, in: [(0, 0x0, 0x0), (1, 0xae52b4e0305dbfd4, 0xe598271ef11141b8)],
                 out: [(0, 0x9a19cbe0e5816604, 0x4c2606287ad3f848), (1, 0xae52b4e0305dbfd4, 0xe598271ef11141b8)], fpsr: 0x0) // aesmc v0.16b, v1.16b
        try checkV(0x4e284820, in: [(0, 0x950e87d7f5606615, 0x2c61275c9e6b6cf8), (1, 0x1f00bca0042db923, 0x6dbca290a9eab706)],
                 out: [(0, 0xa1c1b9f5830ce205, 0x9aab9e4b7ee397bb), (1, 0x1f00bca0042db923, 0x6dbca290a9eab706)], fpsr: 0x0) // aese v0.16b, v1.16b
        try checkV(0x4e285820, in: [(0, 0x4c10a4fe30cffdda, 0xf26fff4cc4fd394d), (1, 0x6814a2bc786a6d2d, 0xa26b351e6c8042c5)],
                 out: [(0, 0x6f3096f6a6131026, 0xd43003486c29a597), (1, 0x6814a2bc786a6d2d, 0xa26b351e6c8042c5)], fpsr: 0x0) // aesd v0.16b, v1.16b
        try checkV(0x4e286820, in: [(0, 0x54760e7fbc051c6c, 0xd4c08880a5a4666d), (1, 0x29610ae0eed8f1e7, 0xc34bd8e2fe5213e5)],
                 out: [(0, 0x2537e8ddc9483eb, 0x33f25724924bcb48), (1, 0x29610ae0eed8f1e7, 0xc34bd8e2fe5213e5)], fpsr: 0x0) // aesmc v0.16b, v1.16b
        try checkV(0x4e287820, in: [(0, 0x6c50afb6e9fb123d, 0x6f28d015a2aa0b9d), (1, 0x4e385994ebac94af, 0x194f9545adba52ce)],
                 out: [(0, 0xa946d387359fb264, 0x7d11e60c05e0f799), (1, 0x4e385994ebac94af, 0x194f9545adba52ce)], fpsr: 0x0) // aesimc v0.16b, v1.16b
        try checkV(0x4e284863, in: [(3, 0xc675ce05588f882f, 0x57de8c051d4b7ef2)],
                 out: [(3, 0x6363636363636363, 0x6363636363636363)], fpsr: 0x0) // aese v3.16b, v3.16b
        try checkV(0x4e287842, in: [(2, 0xd998efd82733e933, 0x6df216c33f8f3201)],
                 out: [(2, 0xe8ea3246feffb778, 0xf13f1e9a800d909e)], fpsr: 0x0) // aesimc v2.16b, v2.16b
        try checkV(0x4e285a3f, in: [(17, 0x33176469aa6ef630, 0x607507ebc5b864d7), (31, 0x11dc6f3fcb57d5d8, 0x8860a84722025e05)],
                 out: [(17, 0x33176469aa6ef630, 0x607507ebc5b864d7), (31, 0xb02f32b994c01bc8, 0xd859a2aac85b9e7f)], fpsr: 0x0) // aesd v31.16b, v17.16b
    }

    /// 64 x 64 -> 128 carry-less products; PMULL2 takes the upper doublewords.
    func testPMULL() throws {
        try checkV(0x0ee2e020, in: [(0, 0x7a2f11088d29b146, 0xda10faaa6fc24b83), (1, 0x2de288f12fcb9940, 0xb98937dfef041066), (2, 0xdd4b712ed355871e, 0xc5b790314a2e3224)],
                 out: [(0, 0x80651e622472c980, 0x1ea8df8589d3f365), (1, 0x2de288f12fcb9940, 0xb98937dfef041066), (2, 0xdd4b712ed355871e, 0xc5b790314a2e3224)], fpsr: 0x0) // pmull v0.1q, v1.1d, v2.1d
        try checkV(0x4ee2e020, in: [(0, 0x7fdc889fa017ed7, 0x81eeadd71198bf15), (1, 0x3a46305c425a7de1, 0xaaabc8d366e0440d), (2, 0x3371364fc51d1a5e, 0x4763dd191ac44b70)],
                 out: [(0, 0x368f64488e06fd30, 0x29c1d3363dabeb22), (1, 0x3a46305c425a7de1, 0xaaabc8d366e0440d), (2, 0x3371364fc51d1a5e, 0x4763dd191ac44b70)], fpsr: 0x0) // pmull2 v0.1q, v1.2d, v2.2d
        try checkV(0x0ee2e020, in: [(0, 0x1, 0x2), (1, 0xffffffffffffffff, 0x3), (2, 0xffffffffffffffff, 0x5)],
                 out: [(0, 0x5555555555555555, 0x5555555555555555), (1, 0xffffffffffffffff, 0x3), (2, 0xffffffffffffffff, 0x5)], fpsr: 0x0) // pmull v0.1q, v1.1d, v2.1d
        try checkV(0x4ee1e021, in: [(1, 0x16590c55646e6d0, 0xb7a6e1d81e4b9e7)],
                 out: [(1, 0x4001541045415415, 0x45154414540151)], fpsr: 0x0) // pmull2 v1.1q, v1.2d, v1.2d
    }

    func testSHA1() throws {
        try checkV(0x5e020020, in: [(0, 0xe5a2a8bef16e981a, 0x1167fba4a2927979), (1, 0x3d01ac0f1b534b87, 0xd27a5f0f5532c867), (2, 0xee26cbc0358b24d3, 0x9bdb39b2ca3c6a00)],
                 out: [(0, 0x7dd9641c2f4e9206, 0xbde3bbc28a963b5), (1, 0x3d01ac0f1b534b87, 0xd27a5f0f5532c867), (2, 0xee26cbc0358b24d3, 0x9bdb39b2ca3c6a00)], fpsr: 0x0) // sha1c q0, s1, v2.4s
        try checkV(0x5e021020, in: [(0, 0x8de06fbe1a741555, 0xd6257b492186c8b5), (1, 0xdee7539c539445f3, 0x4307513f1ec1b0b1), (2, 0x1d790bcaeffd4d2d, 0xde18f50a43cf423a)],
                 out: [(0, 0x34a4c81028d1a116, 0x43160681c5cb2370), (1, 0xdee7539c539445f3, 0x4307513f1ec1b0b1), (2, 0x1d790bcaeffd4d2d, 0xde18f50a43cf423a)], fpsr: 0x0) // sha1p q0, s1, v2.4s
        try checkV(0x5e022020, in: [(0, 0xd36c78ab3537a844, 0x64b5e3f81a293b3b), (1, 0xe8eef3d67646f8a9, 0xa88d379db047719d), (2, 0xf177d49f03ddc3bf, 0xa745fdd552965bca)],
                 out: [(0, 0x4c2fdf2c7f6ec3b3, 0x5cd1d02afcd441fb), (1, 0xe8eef3d67646f8a9, 0xa88d379db047719d), (2, 0xf177d49f03ddc3bf, 0xa745fdd552965bca)], fpsr: 0x0) // sha1m q0, s1, v2.4s
        try checkV(0x5e280820, in: [(0, 0xd0b6a46a7048daca, 0xfce79398852e0400), (1, 0x760c9b756320dbe3, 0x4e52b41980271e94)],
                 out: [(0, 0xd8c836f8, 0x0), (1, 0x760c9b756320dbe3, 0x4e52b41980271e94)], fpsr: 0x0) // sha1h s0, s1
        try checkV(0x5e023020, in: [(0, 0x293f65848aa18f43, 0x520e015e444ed0f2), (1, 0x793ff51bb0baf029, 0x7ad955568f86a26a), (2, 0x1c720603ec8602d9, 0xd08e7565d487d342)],
                 out: [(0, 0x674362d922695d68, 0xfbbf81202073f399), (1, 0x793ff51bb0baf029, 0x7ad955568f86a26a), (2, 0x1c720603ec8602d9, 0xd08e7565d487d342)], fpsr: 0x0) // sha1su0 v0.4s, v1.4s, v2.4s
        try checkV(0x5e281820, in: [(0, 0x310288290b43dbfb, 0xd50ca99e8e59ea07), (1, 0x6c24e82c6dbbac73, 0xb7a13dce8e4595df)],
                 out: [(0, 0x7e8e3bedcece67ae, 0x37859c6073f1af92), (1, 0x6c24e82c6dbbac73, 0xb7a13dce8e4595df)], fpsr: 0x0) // sha1su1 v0.4s, v1.4s
        try checkV(0x5e0500a5, in: [(5, 0xe91b8ec1f011e633, 0x9293bf4aed9a76b9)],
                 out: [(5, 0xebab2ee576577351, 0xf77eb29bae24e3af)], fpsr: 0x0) // sha1c q5, s5, v5.4s
    }

    /// Includes every operand aliased (the SHA-NI path reads all inputs before writing).
    func testSHA256() throws {
        try checkV(0x5e024020, in: [(0, 0x75c33f8fcb8031fe, 0x1e7c31d385989296), (1, 0x5574e314ddfc20fe, 0xd17dad339930e76e), (2, 0xacfbba2a3f8666ee, 0xa4e307830deef007)],
                 out: [(0, 0x6eafa7b9c0f3e318, 0x84870a8c03f7dfb4), (1, 0x5574e314ddfc20fe, 0xd17dad339930e76e), (2, 0xacfbba2a3f8666ee, 0xa4e307830deef007)], fpsr: 0x0) // sha256h q0, q1, v2.4s
        try checkV(0x5e025020, in: [(0, 0x8fcd110ce94f47b0, 0xe1660a4195d74835), (1, 0xd6d91d39227d512d, 0x2abb018969cbe6eb), (2, 0x9cea2a86a921843, 0x3fe9e76493a8b5d8)],
                 out: [(0, 0x135c73c9e3c14725, 0xa6abf994e8b3c42a), (1, 0xd6d91d39227d512d, 0x2abb018969cbe6eb), (2, 0x9cea2a86a921843, 0x3fe9e76493a8b5d8)], fpsr: 0x0) // sha256h2 q0, q1, v2.4s
        try checkV(0x5e282820, in: [(0, 0x602f8e87d16bc8be, 0xe376bd78d7304cb6), (1, 0x748781c961ef7dfc, 0xff5e243c496a590b)],
                 out: [(0, 0xc4956b4ab2d03f84, 0xef7e6b71a264ebe), (1, 0x748781c961ef7dfc, 0xff5e243c496a590b)], fpsr: 0x0) // sha256su0 v0.4s, v1.4s
        try checkV(0x5e026020, in: [(0, 0x89934a93d71d058, 0x3deadc7d1d2e1a2e), (1, 0xe443e6031233f1e0, 0x5ab59d10b4a20569), (2, 0x658141e73ede6f12, 0xf5d46d8127762b7b)],
                 out: [(0, 0x7888eb5df290e13a, 0xe5a47cfee46a3a60), (1, 0xe443e6031233f1e0, 0x5ab59d10b4a20569), (2, 0x658141e73ede6f12, 0xf5d46d8127762b7b)], fpsr: 0x0) // sha256su1 v0.4s, v1.4s, v2.4s
        try checkV(0x5e044084, in: [(4, 0xad1dd1408b87cfcb, 0xf9afa64760083c7d)],
                 out: [(4, 0x7c501eb07055d39b, 0xaf8e50b4ca86adf1)], fpsr: 0x0) // sha256h q4, q4, v4.4s
        try checkV(0x5e0650e6, in: [(6, 0xb7a68aa8611b9b59, 0xd828056ea86fc09c), (7, 0x1c0ae9a87893032b, 0x34c8a05ca34be96a)],
                 out: [(6, 0x2cd3f524a9ee490b, 0x9ad8ed5dda4f570c), (7, 0x1c0ae9a87893032b, 0x34c8a05ca34be96a)], fpsr: 0x0) // sha256h2 q6, q7, v6.4s
        try checkV(0x5e096129, in: [(9, 0xc966aed65a10eeaf, 0x6b7e21f0921082df)],
                 out: [(9, 0x3054190d74885cef, 0x553a3bc523861b91)], fpsr: 0x0) // sha256su1 v9.4s, v9.4s, v9.4s
    }

    func testSHA512() throws {
        try checkV(0xce628020, in: [(0, 0x6e5d9a3007c331a3, 0x3a0806a754f57983), (1, 0xa07a198f7767fd6, 0xf0723a8383f43dc4), (2, 0xfb65e62582414d3f, 0x504516f2106025b5)],
                 out: [(0, 0xeff9cbdf52cece1d, 0xc0ef5450adc69e6a), (1, 0xa07a198f7767fd6, 0xf0723a8383f43dc4), (2, 0xfb65e62582414d3f, 0x504516f2106025b5)], fpsr: 0x0) // sha512h q0, q1, v2.2d
        try checkV(0xce628420, in: [(0, 0xa0d72f15feb859eb, 0x115600523ea6fb4d), (1, 0x1be3ae0c3b97b6c9, 0x5fe2b11364b97756), (2, 0x5a8a944097dea5e8, 0xc330642bbf1317f8)],
                 out: [(0, 0xed3ef814fe4020be, 0x462aef0f6cfda766), (1, 0x1be3ae0c3b97b6c9, 0x5fe2b11364b97756), (2, 0x5a8a944097dea5e8, 0xc330642bbf1317f8)], fpsr: 0x0) // sha512h2 q0, q1, v2.2d
        try checkV(0xcec08020, in: [(0, 0xf0b02956ff594f79, 0xa4002d902b1b1e58), (1, 0xba351d1d2912ab9f, 0x56761e8879073c59)],
                 out: [(0, 0xfc9c4015a549f187, 0xe7d4ff39df0d808b), (1, 0xba351d1d2912ab9f, 0x56761e8879073c59)], fpsr: 0x0) // sha512su0 v0.2d, v1.2d
        try checkV(0xce628820, in: [(0, 0x3912a0fca373e01b, 0xec004af1d0efd4ff), (1, 0x8919551203d33d87, 0x64f85da91a44dfa0), (2, 0x21d287d8efb4cad1, 0x1732b75d08d75496)],
                 out: [(0, 0x884365bd0f5d8b9c, 0xc0d802f057c1f6ca), (1, 0x8919551203d33d87, 0x64f85da91a44dfa0), (2, 0x21d287d8efb4cad1, 0x1732b75d08d75496)], fpsr: 0x0) // sha512su1 v0.2d, v1.2d, v2.2d
        try checkV(0xce638063, in: [(3, 0x27623245c6251a5c, 0x987abb69ec5093da)],
                 out: [(3, 0xc3deb8491dbe44e8, 0x7847dd695e829d3d)], fpsr: 0x0) // sha512h q3, q3, v3.2d
    }

    /// XAR by 0 is a plain EOR; by 63 a rotate left by one.
    func testSHA3() throws {
        try checkV(0xce020c20, in: [(0, 0xea45cdaf628e21c8, 0x272834f4d8a9084), (1, 0xab699ad2c231185b, 0x6ff327f4119ee914), (2, 0x6b06b34098ca4c3f, 0x725461191d5d7302), (3, 0x511173b251af8015, 0xebbfbb2bc3846ece)],
                 out: [(0, 0x917e5a200b54d471, 0xf618fdc6cf47f4d8), (1, 0xab699ad2c231185b, 0x6ff327f4119ee914), (2, 0x6b06b34098ca4c3f, 0x725461191d5d7302), (3, 0x511173b251af8015, 0xebbfbb2bc3846ece)], fpsr: 0x0) // eor3 v0.16b, v1.16b, v2.16b, v3.16b
        try checkV(0xce220c20, in: [(0, 0xed8b79ed1d74a080, 0x9736b29f0b03d0e1), (1, 0xceaf0df42de3540c, 0x576c473aecbeb26f), (2, 0x6782e42f80a0f27d, 0xf39f015e2cafb91c), (3, 0x293c27e425e74da2, 0x1a18b9b1c2c8b502)],
                 out: [(0, 0x882dcdffade3e651, 0xb6eb4774c099ba73), (1, 0xceaf0df42de3540c, 0x576c473aecbeb26f), (2, 0x6782e42f80a0f27d, 0xf39f015e2cafb91c), (3, 0x293c27e425e74da2, 0x1a18b9b1c2c8b502)], fpsr: 0x0) // bcax v0.16b, v1.16b, v2.16b, v3.16b
        try checkV(0xce251084, in: [(4, 0x731535ecb7b2a53b, 0x4f7d9b08c0f76e59), (5, 0x3e115e3e75118be1, 0x689db40cdd801db4)],
                 out: [(4, 0x7f157ffef7b3affb, 0x6ffdbf0cddf77ffd), (5, 0x3e115e3e75118be1, 0x689db40cdd801db4)], fpsr: 0x0) // bcax v4.16b, v4.16b, v5.16b, v4.16b
        try checkV(0xce628c20, in: [(0, 0x399246294d8fc042, 0xc018ee73ff8f5cff), (1, 0xa364f1b057f4865e, 0xbd5993b1f9f2dce0), (2, 0x1fb37062a68f65c1, 0x2a5f2d8aca707a92)],
                 out: [(0, 0x9c0211751aea4ddc, 0xe9e7c8a46d1229c4), (1, 0xa364f1b057f4865e, 0xbd5993b1f9f2dce0), (2, 0x1fb37062a68f65c1, 0x2a5f2d8aca707a92)], fpsr: 0x0) // rax1 v0.2d, v1.2d, v2.2d
        try checkV(0xce820020, in: [(0, 0x3ff1295c1d296c14, 0x4ea7feaa1455fcad), (1, 0xb484b8d3f354db28, 0xdef5e3507a2ee034), (2, 0x1a46b9e3a2663f03, 0x5665aca3177d70d6)],
                 out: [(0, 0xaec201305132e42b, 0x88904ff36d5390e2), (1, 0xb484b8d3f354db28, 0xdef5e3507a2ee034), (2, 0x1a46b9e3a2663f03, 0x5665aca3177d70d6)], fpsr: 0x0) // xar v0.2d, v1.2d, v2.2d, #0
        try checkV(0xce820420, in: [(0, 0x36a208e01b1b4ee3, 0x822ed4e33a0336), (1, 0x9d3bd30e22749e54, 0x703666d165265fe5), (2, 0xebe4418c6286ef71, 0xe07f915527fcb0f2)],
                 out: [(0, 0xbb6fc94120793892, 0xc824fbc2216d778b), (1, 0x9d3bd30e22749e54, 0x703666d165265fe5), (2, 0xebe4418c6286ef71, 0xe07f915527fcb0f2)], fpsr: 0x0) // xar v0.2d, v1.2d, v2.2d, #1
        try checkV(0xce82fc20, in: [(0, 0xcfedc87950868c9c, 0x95825097784ecbbb), (1, 0x106572c92038d12e, 0x79b713272176822e), (2, 0x810287a90cffae31, 0x7c8f5a44b03c1008)],
                 out: [(0, 0x22cfeac0598efe3f, 0xa7092c72295244c), (1, 0x106572c92038d12e, 0x79b713272176822e), (2, 0x810287a90cffae31, 0x7c8f5a44b03c1008)], fpsr: 0x0) // xar v0.2d, v1.2d, v2.2d, #63
        try checkV(0xce9ca3be, in: [(28, 0x113167635255aa79, 0x9f0600356aab79e5), (29, 0x559ccfb8c80ce420, 0x33fc57dd263695f9), (30, 0xc2299345df0b305d, 0x3519cb88dac97abb)],
                 out: [(28, 0x113167635255aa79, 0x9f0600356aab79e5), (29, 0x559ccfb8c80ce420, 0x33fc57dd263695f9), (30, 0xdb9a594e5944ada8, 0xe84c9dec1cacfa57)], fpsr: 0x0) // xar v30.2d, v29.2d, v28.2d, #40
    }

    /// The host-instruction kernels (AES-NI, PCLMULQDQ, SHA-NI) against their portable
    /// twins on random inputs: whichever the decoder picks on a given host, the result
    /// is the same.
    func testHostKernelsMatchPortable() throws {
        let r = try runFP([])
        var rng = SystemRandomNumberGenerator()
        let pairs: [(OpDef, OpDef, String)] = zip(AESOps.host, AESOps.portable).map { ($0, $1, "AES") }
            + zip(PMULL64Ops.clmul, PMULL64Ops.portable).map { ($0, $1, "PMULL") }
            + (CryptoHost.sha ? [(SHA256Ops.sha256hHost, SHA256Ops.sha256h, "SHA256H"),
                                 (SHA256Ops.sha256h2Host, SHA256Ops.sha256h2, "SHA256H2"),
                                 (SHA256Ops.sha256su0Host, SHA256Ops.sha256su0, "SHA256SU0"),
                                 (SHA256Ops.sha256su1Host, SHA256Ops.sha256su1, "SHA256SU1")] : [])
        for (host, portable, name) in pairs {
            for i in 0..<2000 {
                // a = Vd, b = Vn, c = Vm; every few cases with operands aliased.
                let (a, b, c): (UInt8, UInt8, UInt8) = i % 7 == 0 ? (1, 1, 1) : i % 5 == 0 ? (1, 2, 1) : (1, 2, 3)
                let v = (0..<6).map { _ in UInt64.random(in: .min ... .max, using: &rng) }
                var results: [[UInt64]] = []
                for fn in [host, portable] {
                    r.setV(1, v[0], v[1]); r.setV(2, v[2], v[3]); r.setV(3, v[4], v[5])
                    var op = Op(fn.run, pc: 0, a: a, b: b, c: c)
                    fn.run(r.cpu, &op)
                    results.append([r.vLo(1), r.vHi(1), r.vLo(2), r.vHi(2), r.vLo(3), r.vHi(3)])
                }
                XCTAssertEqual(results[0], results[1], "\(name) host vs portable, inputs \(v), operands \(a) \(b) \(c)")
                if results[0] != results[1] { return }
            }
        }
    }

    /// UNALLOCATED neighbours of the new classes (objdump: "undefined") and encodings of
    /// extensions xrun does not advertise (SM3/SM4, RDM, I8MM, FP16 forms of FCMA) raise
    /// SIGILL.
    func testUnallocatedAndUnadvertised() throws {
        try expectUndefined([
            (0xce62_c020, "sm3partw1 v0.4s, v1.4s, v2.4s (FEAT_SM3)"),
            (0xce42_0c20, "sm3ss1 v0.4s, v1.4s, v2.4s, v3.4s (FEAT_SM3)"),
            (0xce42_8020, "sm3tt1a v0.4s, v1.4s, v2.s[0] (FEAT_SM3)"),
            (0xcec0_8420, "sm4e v0.4s, v1.4s (FEAT_SM4)"),
            (0x4e82_9c20, "usdot v0.4s, v1.16b, v2.16b (FEAT_I8MM)"),
            (0x4f02_f020, "sudot v0.4s, v1.16b, v2.4b[0] (FEAT_I8MM)"),
            (0x6e82_8420, "sqrdmlah v0.4s, v1.4s, v2.4s (FEAT_RDM)"),
            (0x6fa2_d020, "sqrdmlah v0.4s, v1.4s, v2.s[1] (FEAT_RDM)"),
            (0x7fa2_d020, "sqrdmlah s0, s1, v2.s[1] (FEAT_RDM)"),
            (0x6e42_c420, "fcmla v0.8h, v1.8h, v2.8h, #0 (FEAT_FCMA with FEAT_FP16)"),
            (0x2e42_e420, "fcadd v0.4h, v1.4h, v2.4h, #90 (FEAT_FCMA with FEAT_FP16)"),
            (0x2ec2_c420, "fcmla .2d with Q=0"),
            (0x6fa2_3820, "fcmla by element, size 10 with L=1"),
            (0x6fc2_3820, "fcmla by element, size 11"),
            (0x2f82_3820, "fcmla by element, size 10 with Q=0"),
            (0x6e02_c420, "fcmla with size 00"),
            (0x4e68_4820, "aese with size=01"),
            (0x5e02_7020, "three-register SHA opcode 111"),
            (0x5e42_0020, "sha1c with size=01"),
            (0x5e28_3020, "two-register SHA opcode 00011"),
            (0x4e42_9420, "sdot with size=01"),
            (0x0ea2_e020, "pmull with size=10"),
            (0x7e62_9020, "scalar three different with U=1"),
            (0x5e22_9020, "scalar sqdmlal with size=00"),
            (0x7f42_b020, "scalar by element, U=1 opcode 1011"),
            (0x5f42_f020, "scalar by element, U=0 opcode 1111"),
        ])
    }
}
