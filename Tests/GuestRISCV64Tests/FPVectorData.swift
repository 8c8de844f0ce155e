/// Generated reference vectors for FPVectorTests (see there for the format).
let fpVectorData = """
fadd.s 3 c587fcdd 40200000 c587e8dd 0
fadd.s 2 b8da1e2c ffb2122a 7fc00000 10
fadd.s 2 c9239d0b 7f000000 7effffff 1
fadd.s 3 ff800000 fe7dd1ff ff800000 0
fadd.s 1 fffffffc 7ffffffb 7fc00000 0
fadd.s 3 34000000 b3ffffff 28000000 0
fadd.s 3 4b0a2590 cb0a2592 c0000000 0
fadd.s 0 7fe196c0 ffe196c0 7fc00000 0
fadd.s 4 397ffffe ff600000 ff600000 1
fadd.s 0 !5c49a0c911de6fd 45fffffd 7fc00000 0
fadd.s 3 807fffff 7fc00000 7fc00000 0
fadd.s 4 34000000 4c608276 4c608276 1
fadd.s 0 c7bd6143 fe784371 fe784371 1
fadd.s 3 807fffff b3d00000 b3d00000 1
fadd.s 0 ffced09b 7fced09d 7fc00000 0
fadd.s 0 800000 fe5fda57 fe5fda57 1
fadd.s 1 3effffff 317fffff 3effffff 1
fadd.s 3 3e92370a ff09c56d ff09c56c 1
fadd.s 4 37fffffe c25c1737 c25c172f 1
fadd.s 3 df000000 5efffffe d3800000 0
fadd.s 0 5f000000 401ee136 5f000000 1
fadd.s 4 fe1b7ed7 7e1b7ed9 73000000 0
fadd.s 3 bbcd90c0 cf9f2c bbcd90bf 1
fadd.s 1 4ef1c4ec 5f000000 5f000000 1
fadd.s 3 32f919c9 ffc00001 7fc00000 0
fadd.s 0 cd9c2533 4d9c2534 42000000 0
fadd.s 3 b1f44e2c 800000 b1f44e2b 1
fadd.s 0 !73306558e276a727 4a7ffffc 7fc00000 0
fadd.s 1 fd800000 7d7ffffe f2000000 0
fadd.s 4 !5274159405e02397 b1c2f55f 7fc00000 0
fadd.s 3 fe7ffffe 391bc796 fe7ffffd 1
fadd.s 2 c7ffffff c17ffffc c8000400 1
fadd.s 0 43e1db5c c3e1db5a 38800000 0
fadd.s 1 7fc62b96 ffc62b96 7fc00000 0
fadd.s 0 bb400000 3b3fffff af800000 0
fadd.s 1 b8942106 49fffffc 49fffffb 1
fadd.s 2 35d5a527 fffb580f 7fc00000 0
fadd.s 2 3effffff 800001 3effffff 1
fadd.s 1 7f800001 ffc00000 7fc00000 10
fadd.s 4 7fc00000 317ac3ea 7fc00000 0
fadd.s 2 7fffff 3fc00000 3fc00000 1
fadd.s 1 1a8b937 81a8b935 8 0
fadd.s 2 3fc00000 4771202e 477121ae 0
fadd.s 4 fec1b49e c67b4f66 fec1b49e 1
fadd.s 1 fe44e55e ba7ffffe fe44e55e 1
fadd.s 4 7f7fffff 3adae78c 7f7fffff 1
fadd.s 3 cdfffffd 4dfffffc c2000000 0
fadd.s 3 7f800000 ff800001 7fc00000 10
fadd.s 4 7f400000 ff400000 0 0
fadd.s 3 5f000000 b8400000 5f000000 1
fadd.s 2 b45d999f 345d99a1 29000000 0
fadd.s 3 3a200000 bdd804da bdd6c4da 0
fadd.s 3 ff1d8c2d c7500000 ff1d8c2d 1
fadd.s 2 bbfa2fe6 ffcb1e7e 7fc00000 0
fadd.s 4 7f7fffff b4200000 7f7fffff 1
fadd.s 3 1fffffd 81fffffc 4 0
fadd.s 3 4a800000 46e00000 4a80e000 0
fadd.s 4 bf000000 bf000000 bf800000 0
fadd.s 4 7f7fffff c37ffffd 7f7fffff 1
fadd.s 0 4bfffffe cbfffffc 40800000 0
fsub.s 4 3782d52b 3f100000 bf0ffefa 1
fsub.s 3 4f800000 7f7fffff ff7ffffe 1
fsub.s 0 b448824a 34000000 b4a44125 0
fsub.s 4 38200000 36200000 38160000 0
fsub.s 1 4f800000 4f7ffffe 44000000 0
fsub.s 2 80fffffc bf800000 3f7fffff 1
fsub.s 0 c28b0713 c28b0715 37800000 0
fsub.s 1 b5ffffff 3fc00000 bfc0000f 1
fsub.s 2 7fc00000 7fbfffff 7fc00000 10
fsub.s 2 3effffff 3effffff 80000000 0
fsub.s 1 62bf09 7ec56c74 fec56c73 1
fsub.s 2 7f7fffff 4f000000 7f7ffffe 1
fsub.s 3 0 3f800000 bf800000 0
fsub.s 1 bf000000 7e7ffffc fe7ffffc 1
fsub.s 1 4f800000 c7f00000 4f8000f0 0
fsub.s 1 !6b2a414720cb91cc ba7ffffe 7fc00000 0
fsub.s 4 fdd00000 bbfffffe fdd00000 1
fsub.s 3 81fffffd ffdce97a 7fc00000 0
fsub.s 2 7f7fffff c5b9f64d 7f7fffff 1
fsub.s 1 800001 7f800000 ff800000 0
fsub.s 1 42700000 42700002 b7000000 0
fsub.s 1 3ee93b62 c661074b 4661091d 1
fsub.s 4 3c7fffff 3c7ffffd 31000000 0
fsub.s 4 4f000000 ca0e902f 4f0023a4 1
fsub.s 4 fdc55547 45fffffc fdc55547 1
fsub.s 3 4818096a ffa00000 7fc00000 10
fsub.s 3 c51f3ebe ffc00001 7fc00000 0
fsub.s 4 431b56eb 3effffff 431ad6eb 1
fsub.s 3 3ffffffd 1 3ffffffd 1
fsub.s 2 df000000 df000001 53800000 0
fsub.s 0 81a44735 7f7fffff ff7fffff 1
fsub.s 0 bc2426cb cf000000 4f000000 1
fsub.s 2 bcd00000 5f000000 df000001 1
fsub.s 1 b1848d4a bcff19a0 3cff199d 1
fsub.s 4 c677b86b 3f800000 c677bc6b 0
fsub.s 0 bf000000 bf000000 0 0
fsub.s 2 7ff00000 c766c690 7fc00000 0
fsub.s 4 3fc00000 3fc00000 0 0
fsub.s 2 c89a851d 800000 c89a851e 1
fsub.s 2 4e6633f6 b87fffff 4e6633f6 1
fsub.s 2 7e07adb1 7fffffff 7fc00000 0
fsub.s 4 bf9aa5ad 80c00000 bf9aa5ad 1
fsub.s 4 c97fffff 3d300000 c9800000 1
fsub.s 3 5f000000 5f000001 d3800000 0
fsub.s 1 ff3bebff 4f000000 ff3bebff 1
fsub.s 2 7f800000 35505c2c 7f800000 0
fsub.s 0 35795ccb 46600000 c6600000 1
fsub.s 0 484a43c5 484a43c6 bc800000 0
fsub.s 3 4e290b53 4e290b55 c3000000 0
fsub.s 1 43ca0464 5f000000 deffffff 1
fsub.s 3 df000000 deffffff d3000000 0
fsub.s 4 b81631a5 b81631a7 2d000000 0
fsub.s 0 4981ad21 17ffffc 4981ad21 1
fsub.s 4 404b844b 404b844c b4800000 0
fsub.s 4 40200000 7f7fffff ff7fffff 1
fsub.s 2 b7d112cc df000000 5effffff 1
fsub.s 4 feba4300 7f800001 7fc00000 10
fsub.s 1 7ff8d1c3 7ff8d1c2 7fc00000 0
fsub.s 1 80f9e159 c77fffff 477ffffe 1
fsub.s 2 b19b89fb b19b89f9 a6800000 0
fmul.s 1 80fffffe 3f6699d7 80e699d5 1
fmul.s 4 cbffffff ff800000 7f800000 0
fmul.s 1 807fffff 807fffff 0 3
fmul.s 3 80324969 3ef00000 80179269 3
fmul.s 0 fdf103b1 4ca52a1d ff800000 5
fmul.s 1 1fffffd 34000000 7 3
fmul.s 2 4e100000 3ee7b599 4d825626 1
fmul.s 4 beffffff 1c00000 813fffff 1
fmul.s 2 81fffffe 34000000 80000008 3
fmul.s 0 3f800000 c77fffff c77fffff 0
fmul.s 2 ff800000 !2b3d2381c01563ea 7fc00000 0
fmul.s 3 c3ae27ed 3effffff c32e27ec 1
fmul.s 3 5f000000 40c17594 60417594 0
fmul.s 0 1ddcaf0 5f000000 215dcaf0 0
fmul.s 3 800000 fe3be958 bf3be958 0
fmul.s 2 bc7fffff 34841ccc b1841ccc 1
fmul.s 0 b1d7ca70 800000 80000000 3
fmul.s 4 f98a88 19e3e75 0 3
fmul.s 2 7e48ce1c cd600000 ff800000 5
fmul.s 1 b8e00000 807fffff 37f 3
fmul.s 1 b87776ec 38800000 b17776ec 0
fmul.s 2 bf000000 c9500000 48d00000 0
fmul.s 0 7e7ffffd 31600000 705ffffd 1
fmul.s 1 4db6bcca 817ffffd 8fb6bcc7 1
fmul.s 0 3f800000 800001 800001 0
fmul.s 0 7f800001 ffc00001 7fc00000 10
fmul.s 1 5f800000 367fffff 567fffff 0
fmul.s 3 387ffffd 3f800000 387ffffd 0
fmul.s 2 7ec3ceac be55a333 fda367c9 1
fmul.s 1 387ffffe b1a00000 aa9ffffe 1
fmul.s 1 3eddf337 df000000 de5df337 0
fmul.s 0 7fc00000 b96bba5c 7fc00000 0
fmul.s 4 7fc00000 df000000 7fc00000 0
fmul.s 1 415b3476 3ce1933a 3ec1272c 1
fmul.s 4 c4300000 c27ffffe 472fffff 1
fmul.s 4 9d34c1 38700000 24e 3
fmul.s 0 497682a7 bc03bfa1 c5fdbac4 1
fmul.s 4 c6be9955 7f4b05e5 ff800000 5
fmul.s 3 ff800000 155a09d ff800000 0
fmul.s 4 3f800000 ce91c90a ce91c90a 0
fmul.s 4 80000000 3ef06057 80000000 0
fmul.s 4 df000000 fe400000 7f800000 5
fmul.s 1 7fc00000 ffc00001 7fc00000 0
fmul.s 2 4f000000 3efffffd 4e7ffffd 0
fmul.s 0 800000 5f800000 20800000 0
fmul.s 2 45800000 41cbe500 47cbe500 0
fmul.s 3 4f800000 7e100000 7f800000 5
fmul.s 1 7e26b322 fdd00000 ff7fffff 5
fmul.s 0 1d3f2bf 4ea9cfe1 110c975c 1
fmul.s 0 3c758b2b 80000000 80000000 0
fmul.s 2 b2500000 5f000000 d1d00000 0
fmul.s 1 df000000 !4b537e702904115a 7fc00000 0
fmul.s 4 45700000 ffdcc0a6 7fc00000 0
fmul.s 4 c5b00000 bdffffff 442fffff 1
fmul.s 4 ff5903ee df000000 7f800000 5
fmul.s 2 b8800000 315a7ba8 aa5a7ba8 0
fmul.s 1 c017233a 81142258 1aee948 1
fmul.s 4 !3898d8742fa4c815 c185138e 7fc00000 0
fmul.s 4 3fc00000 7fc00000 7fc00000 0
fmul.s 4 817b6759 7fab1d39 7fc00000 10
fdiv.s 0 !3cc8cda184a7b387 40200000 7fc00000 0
fdiv.s 0 4dd00000 3a7ffffe 52d00002 1
fdiv.s 0 8046594e cbd00000 0 3
fdiv.s 2 4f800000 1f6de6f 7f7fffff 5
fdiv.s 0 b3b883a4 800001 f2b883a3 1
fdiv.s 2 33fffffd bf000000 b47ffffd 0
fdiv.s 2 !d99ad9c9685f6d fda32fd4 7fc00000 0
fdiv.s 1 bd773ec9 4619d471 b6cdbad7 1
fdiv.s 4 c75a48ce 3fc00000 c71185df 1
fdiv.s 3 40200000 8033cdb3 ff7fffff 5
fdiv.s 3 !6b6d7919dcd20b93 be700000 7fc00000 0
fdiv.s 2 807fffff 351f9fa4 8acd486d 1
fdiv.s 0 800000 c9f9b5cd 80000004 3
fdiv.s 4 498bc6a5 fea00000 8a5fa43b 1
fdiv.s 2 7fc00000 44c636f2 7fc00000 0
fdiv.s 2 4efc0862 3c400000 52280596 1
fdiv.s 2 1fffffd ffaaedda 7fc00000 10
fdiv.s 0 3d7ffffc 4f800000 2d7ffffc 0
fdiv.s 2 bf800000 b97e1ebf 4580f268 1
fdiv.s 2 bf405ec4 4f000000 afc05ec4 0
fdiv.s 2 3f800000 3a790d97 44839202 1
fdiv.s 2 7f800001 ff800000 7fc00000 10
fdiv.s 4 3812b3cf 1 7f800000 5
fdiv.s 2 !51a95e8447483753 807fffff 7fc00000 0
fdiv.s 0 df000000 3ec9fe94 dfa238e7 1
fdiv.s 1 b7c00000 800000 f6c00000 0
fdiv.s 2 b6f597a3 807fffff 75f597a4 1
fdiv.s 3 8195de6d bed00000 2387438 1
fdiv.s 2 c48d73c1 3fc00000 c43c9a57 1
fdiv.s 4 bf000000 7fb43d9f 7fc00000 10
fdiv.s 2 7f800001 40200000 7fc00000 10
fdiv.s 4 4155ecf0 bf800000 c155ecf0 0
fdiv.s 3 900000 80cf588e bf31ca33 1
fdiv.s 4 c5b39c24 ffc00001 7fc00000 0
fdiv.s 2 c95aae40 3effffff c9daae41 1
fdiv.s 3 bdfffffc 4d615a9c b0116823 1
fdiv.s 2 3da36bd4 7efffffe 51b5e 3
fdiv.s 4 7f1db90d ff800000 80000000 0
fdiv.s 1 bf000000 b3fffffd 4a800001 1
fdiv.s 0 81fffffc c8fffffe 80 3
fdiv.s 4 49e3eff8 ff7ffffc 89e3effc 1
fdiv.s 0 3fe04b88 3472ea6f 4aec6056 1
fdiv.s 2 805df571 cd800000 0 3
fdiv.s 0 40200000 41e07376 3db67d5d 1
fdiv.s 3 80000000 b13b1091 0 0
fdiv.s 1 ca800000 b16789e9 588d85d4 1
fdiv.s 1 bf7ffffd 807fffff 7e7ffffe 1
fdiv.s 4 7f7fffff ffffff 7f800000 5
fdiv.s 0 c66ddeed 1f0160b ff800000 5
fdiv.s 2 842185 ba538db3 859fe41e 1
fdiv.s 4 807fffff 4e1544d3 80000000 3
fdiv.s 3 4ef86f27 !42b332f6897af6bd 7fc00000 0
fdiv.s 0 42900000 7f5cd17d 2a6f153 1
fdiv.s 0 1500000 df000000 80000000 3
fdiv.s 4 40ded7e2 3fc00000 40948fec 0
fdiv.s 1 c472e53b 3fc00000 c421ee27 1
fdiv.s 2 !7e55bd387d2566f5 326ad3b7 7fc00000 0
fdiv.s 4 0 3d5562ee 0 0
fdiv.s 1 800001 800000 3f800001 0
fdiv.s 2 !598180d1b1c60985 c3fffffc 7fc00000 0
fsqrt.s 2 35958584 3a8a57c8 1
fsqrt.s 3 5f800000 4f800000 0
fsqrt.s 0 1 1a3504f3 1
fsqrt.s 3 3e600000 3eef7751 1
fsqrt.s 4 4d2c3958 4651f981 1
fsqrt.s 0 379f1f0f 3b8eb701 1
fsqrt.s 2 80300000 7fc00000 10
fsqrt.s 3 7f43c0a9 5f5fdbcc 1
fsqrt.s 3 !a457dd0009057cb 7fc00000 0
fsqrt.s 3 b1b541ac 7fc00000 10
fsqrt.s 1 44400000 41ddb3d7 1
fsqrt.s 4 38500000 3be6c15a 1
fsqrt.s 3 7fc00000 7fc00000 0
fsqrt.s 1 cf000000 7fc00000 10
fsqrt.s 1 34000000 39b504f3 1
fsqrt.s 0 b4e00000 7fc00000 10
fsqrt.s 3 37fffffd 3bb504f3 1
fsqrt.s 0 b74c810e 7fc00000 10
fsqrt.s 4 7f800000 7f800000 0
fsqrt.s 1 c3700000 7fc00000 10
fsqrt.s 0 b642122f 7fc00000 10
fsqrt.s 0 cf000000 7fc00000 10
fsqrt.s 0 7f10d793 5f408f82 1
fsqrt.s 4 5f000000 4f3504f3 1
fsqrt.s 1 7ecf1407 5f22ce82 1
fsqrt.s 2 3efffffc 3f3504f1 1
fsqrt.s 1 !2fc78f65d4d65034 7fc00000 0
fsqrt.s 2 33d2900a 39a42bb3 1
fsqrt.s 2 7fc00000 7fc00000 0
fsqrt.s 4 7f800000 7f800000 0
fsqrt.s 1 !1ff6a7fe9c942b00 7fc00000 0
fsqrt.s 0 fe8984ba 7fc00000 10
fsqrt.s 3 804f5df3 7fc00000 10
fsqrt.s 3 4f000000 473504f4 1
fsqrt.s 1 bf800000 7fc00000 10
fsqrt.s 4 815dbafc 7fc00000 10
fsqrt.s 3 48d00000 44232b2b 1
fsqrt.s 1 96b424 200ae381 1
fsqrt.s 1 bf000000 7fc00000 10
fsqrt.s 3 387ffffd 3bffffff 1
fsqrt.s 3 3e71d071 3ef8ce59 1
fsqrt.s 1 357fffff 3a7fffff 1
fsqrt.s 1 4f000000 473504f3 1
fsqrt.s 2 4a7ffffe 44fffffe 1
fsqrt.s 2 4f800000 47800000 0
fsqrt.s 1 ff373f81 7fc00000 10
fsqrt.s 4 80000000 80000000 0
fsqrt.s 1 4f800000 47800000 0
fsqrt.s 1 39bf1724 3c9c6543 1
fsqrt.s 2 b8d2d169 7fc00000 10
fsqrt.s 2 4f000000 473504f3 1
fsqrt.s 1 5f800000 4f800000 0
fsqrt.s 0 fecee63e 7fc00000 10
fsqrt.s 2 7f800001 7fc00000 10
fsqrt.s 4 0 0 0
fsqrt.s 2 !1dcff7d3c690a7c4 7fc00000 0
fsqrt.s 2 3fc00000 3f9cc470 1
fsqrt.s 1 b24339a9 7fc00000 10
fsqrt.s 0 7f800001 7fc00000 10
fsqrt.s 0 32c7f63d 391ffc18 1
fmadd.s 2 7f7fffff c6800000 45fffffc ff800000 5
fmadd.s 1 33fffffc 49600000 3413fe 3ddffffc 1
fmadd.s 2 b6100000 ffc00000 7f800001 7fc00000 10
fmadd.s 4 e00000 !544bd1649d82b725 40200000 7fc00000 0
fmadd.s 4 7f800000 34000000 7e0f8f34 7f800000 0
fmadd.s 0 c9c3da6f 7f313eda 48fffffb ff800000 5
fmadd.s 2 !eef7fec97f30edb 3d3a2842 5f800000 7fc00000 0
fmadd.s 4 a84472 4f000000 90284475 85400000 0
fmadd.s 1 0 807fffff cca04ac9 cca04ac9 0
fmadd.s 2 fdf7f74e ffd5bce1 31b1424c 7fc00000 0
fmadd.s 4 c08bc3c6 7f800001 b2178b1a 7fc00000 10
fmadd.s 4 4f800000 40200000 d0200001 c4800000 0
fmadd.s 2 c94e36b7 400000 7e05ac7d 7e05ac7c 1
fmadd.s 3 fe028e53 7e298bc0 c770534a ff7fffff 5
fmadd.s 4 4df5a3e4 7ffffc fdd00000 fdd00000 1
fmadd.s 1 7f782aee 4d000000 fe7fffff 7f7fffff 5
fmadd.s 4 c6fffffd 330731a0 ff600000 ff600000 1
fmadd.s 4 3fc00000 4951c905 c99d56c6 be900000 0
fmadd.s 2 !7cc6bbb460d81239 bf800000 c47439a7 7fc00000 0
fmadd.s 2 bf800000 !6266cc6b0a2e5a86 187c478 7fc00000 0
fmadd.s 4 ffffff fea67b38 800000 c0267b37 1
fmadd.s 4 cf000000 43ffffff b597f8ba d37fffff 1
fmadd.s 4 ff7ffffe 1d0e3f2 41d0e3f0 b53c7038 0
fmadd.s 1 4f800000 bf000000 cc800000 cf040000 0
fmadd.s 4 bac56051 c27ffffd 3d000000 3e02b027 1
fmadd.s 3 b36011ea 0 3b1fb544 3b1fb544 0
fmadd.s 0 !2d2b46d2868fc048 3e7ffffc cf000000 7fc00000 0
fmadd.s 0 fdf3b9a3 807fffff bbd00000 3ef079a1 1
fmadd.s 4 3be00000 81800000 bece298b bece298b 1
fmadd.s 0 cc6cf7cc bd7fffff ca6cf7cc be6cf7cc 0
fmadd.s 0 42ead19a 34000000 4dfffffc 4dfffffc 1
fmadd.s 2 ffffff 7fc00000 ffbfffff 7fc00000 10
fmadd.s 2 fff6bede 4f800000 7ff6bedb 7fc00000 0
fmadd.s 2 !7a58e32d11ee9629 367fffff 88ee962a 7fc00000 0
fmadd.s 4 800000 81400000 !6a14daa6e916ffa9 7fc00000 0
fmadd.s 3 bd000000 43e5f8db ffffffff 7fc00000 0
fmadd.s 0 5f800000 817fffff c1f0e134 c1f0e134 1
fmadd.s 3 ffc00001 bba00000 812db38e 7fc00000 0
fmadd.s 3 4bfffffc 40200000 cca00000 c1a00000 0
fmadd.s 4 36fffffc ccd3b4ff ff600000 ff600000 1
fmadd.s 2 17ffffe d3332d 80000002 80000002 3
fmadd.s 3 4ae84f5d df000000 6a684f5d 0 0
fmadd.s 4 b86967da b3ffe93d ace95316 21d24a3d 1
fmadd.s 1 45e7e393 b47721f5 0 badfdb55 1
fmadd.s 2 fffffd !5ae24aa475ee00d8 b401d7ec 7fc00000 0
fmadd.s 3 be7ffffe 1881a57 1acc01f 18ab98a 1
fmadd.s 4 37a1d3ac 3859d347 b089b1f8 25c91e2d 0
fmadd.s 3 81fffffd 3a667453 c5000000 c5000000 1
fmadd.s 1 3ef3f609 df000000 5e73f606 d3400000 0
fmadd.s 2 ca0c5c51 3effffff 498c5c52 3e462e28 1
fmadd.s 4 1 ff93fd6c cc7e44b9 7fc00000 10
fmadd.s 3 800001 40958773 81958777 8000000b 3
fmadd.s 3 0 7fc00000 ffc00001 7fc00000 0
fmadd.s 2 b37ffffc 36200000 ffffffff 7fc00000 0
fmadd.s 2 7f800001 3effffff ffc00002 7fc00000 10
fmadd.s 3 c6fffffe 3fc00000 473ffffb bc600000 0
fmadd.s 1 3f800000 7ef8c755 ffffffff 7fc00000 0
fmadd.s 4 1c36fd8 ffc2a50c 5f800000 7fc00000 0
fmadd.s 1 3e72bd60 31100000 b0088a84 25000000 0
fmadd.s 3 b17ffffd 3510d565 2710d566 1c2ca00c 1
fmadd.s 1 3d900000 807fffff 90001 1 3
fmadd.s 2 475a1c93 4afffffe 31e2861a 52da1c91 1
fmadd.s 0 c9200000 c37ffffe cd200000 c1a00000 0
fmadd.s 4 801976cc ca7fffff 1fffffd a4bb6df 1
fmadd.s 3 7f8ee554 36906fe8 cd7fffff 7fc00000 10
fmadd.s 2 49500000 3666b3a4 4b50a678 4b50a67a 1
fmadd.s 3 bbebd75c 5f000000 df000000 df00ebd7 1
fmadd.s 2 b56d7332 33600000 294fc4c9 9e300000 0
fmadd.s 1 3fe118eb 0 3b500000 3b500000 0
fmadd.s 1 7efffffd 40200000 c6200003 7f7fffff 5
fmsub.s 4 810f0e1b c07ffffc 20f0e16 16 3
fmsub.s 2 5f800000 7ef45334 7efffffd 7f7fffff 5
fmsub.s 3 807fffff 4ed00000 fdae41ea 7dae41ea 1
fmsub.s 4 42fffffe 11a05b9 49a05b8 80000034 3
fmsub.s 2 !5515075e87cf5059 81600000 bf000000 7fc00000 0
fmsub.s 2 356ec852 31db5a63 7ec24d23 fec24d23 1
fmsub.s 3 800000 4ebecb3a fbecb3a 0 0
fmsub.s 4 bf800000 40200000 ffffff c0200000 1
fmsub.s 2 c43c1ff8 4b0c449d cfce27cf 41213a00 0
fmsub.s 3 480235a6 7de00000 45800000 7f800000 5
fmsub.s 2 cf000000 3a9e9dcd 3cc00000 ca1e9dce 1
fmsub.s 3 fef58513 5f000000 3b061711 ff7fffff 5
fmsub.s 2 1f77cc8 0 fe4da7dc 7e4da7dc 0
fmsub.s 2 cb7ffffc 80400000 bfffff9 c00000 0
fmsub.s 1 !b862c2469628e9b 42ffffff 6ce28e9a 7fc00000 0
fmsub.s 3 7f7fffff ce0e5e9b c4d00002 ff7fffff 5
fmsub.s 2 c361ad4e b81afc8a c7514c37 47514c39 1
fmsub.s 2 8063b9d7 b3b7bbe8 2 80000002 3
fmsub.s 1 14c6359 40200000 4f800000 cf7fffff 1
fmsub.s 3 80000000 cb9d7e67 37200000 b7200000 0
fmsub.s 3 427ffffd 7fc1eb9d 7f800001 7fc00000 10
fmsub.s 1 3e8d5fe5 c4c7752f df000000 5effffff 1
fmsub.s 4 3e365b7b 800000 3f1e0774 bf1e0774 1
fmsub.s 0 7fc00000 ffaca296 7fbffffd 7fc00000 10
fmsub.s 2 bf800000 ff0559c5 7f0559c5 80000000 0
fmsub.s 1 ffc00001 377fffff ffc00004 7fc00000 0
fmsub.s 1 ffc00001 b0b00000 fff00000 7fc00000 0
fmsub.s 1 beb800a6 bdfffffd 3d3800a2 31ebff07 0
fmsub.s 1 800000 1200000 bf000000 3f000000 1
fmsub.s 0 3446741c 3fc00000 3494d717 a9800000 0
fmsub.s 4 41100000 5f800000 610fffff 55800000 0
fmsub.s 4 c063886c 807fffff 163886b 80000002 3
fmsub.s 3 46d087c3 4f000000 cb130f3f 565087c6 1
fmsub.s 3 3fc00000 ffc00001 ffc00001 7fc00000 0
fmsub.s 4 800001 3fc00000 c00004 80000003 3
fmsub.s 3 7f97f654 4f800000 bb75fed4 7fc00000 10
fmsub.s 3 35ffffff b8cff46f af4ff471 2433fd1c 1
fmsub.s 2 4af753d2 347ffffe 4ebdd89e cebdd89e 1
fmsub.s 4 817af334 !4824fabcfec9ab3e bccd2d12 7fc00000 0
fmsub.s 1 0 800000 1 80000001 0
fmsub.s 2 3a7ffffe 3b500000 364ffffe 29c00000 0
fmsub.s 2 ff80c163 80fffffc 80e091e8 7fc00000 10
fmsub.s 3 34fffffe ff5ebe8a 32fffffe f4debe88 1
fmsub.s 1 b42953b1 3a7797e4 af23c436 a372f0a4 0
fmsub.s 4 3fc00000 b9e00000 ba280001 2e800000 0
fmsub.s 4 ff300000 4d7ffffe 4ed00000 ff800000 5
fmsub.s 1 0 b8d65e3a ff800000 7f800000 0
fmsub.s 0 ff300000 80000000 5f800000 df800000 0
fmsub.s 4 4f000000 bfa00000 4f000000 cf900000 0
fmsub.s 1 ffbf77d1 1521d42 7f800000 7fc00000 10
fmsub.s 3 354d0363 !68f692f6eda67139 b9e92495 7fc00000 0
fmsub.s 0 ca9c10dc 7fc00000 7fc00002 7fc00000 0
fmsub.s 4 3c7ffffd 7dfffffe b4d00000 7afffffb 1
fmsub.s 2 3effffff 7f800001 ffc00001 7fc00000 10
fmsub.s 0 c94c3b37 497b0c75 d34847ff c52a4230 0
fmsub.s 1 357fffff fee4d04d 16e3676 f4e4d04c 1
fmsub.s 0 fe8f3aea 4c265c7a 3fc00000 ff800000 5
fmsub.s 4 7e700000 df000000 7f7ffffe ff800000 5
fmsub.s 3 80000000 7f800001 7fbfffff 7fc00000 10
fmsub.s 3 bf800000 cf000000 3f800000 4f000000 1
fmsub.s 0 342da80d 49753e74 3e265c2f 333512f9 0
fmsub.s 0 1 bdec2129 354fe040 b54fe040 1
fmsub.s 3 df000000 1 7fc00000 7fc00000 0
fmsub.s 2 3f800000 bf000000 bf000000 80000000 0
fmsub.s 1 377ffffd 3923a395 476b40a4 c76b40a3 1
fmsub.s 0 7f800001 !40d1ae69883947c6 36efa79a 7fc00000 10
fmsub.s 2 bf800000 !1c17c8aa065d3e5d c40eee75 7fc00000 0
fmsub.s 3 ca7ffffd 34000000 4510d5f3 c510ddf2 1
fmsub.s 1 81a2b01d 3fc00000 357b4a 8200b37f 0
fmsub.s 0 34000000 b4123d65 3ecffbd5 becffbd5 1
fnmsub.s 2 387ffffe df000000 43ffffff 57fffffe 1
fnmsub.s 1 b64b1724 37465d9d bdfffffe bdfffffd 1
fnmsub.s 0 45f99191 5f000000 43d00000 e5799191 1
fnmsub.s 2 3fc00000 800000 447ffffd 447ffffc 1
fnmsub.s 2 b0a6c5c3 81fffffe 81c00000 81c00001 1
fnmsub.s 1 817ffffc c3500000 4f000000 4effffff 1
fnmsub.s 1 c1395f18 80b4fde9 458400dc 458400db 1
fnmsub.s 2 4f800000 43065339 53065338 c7800000 0
fnmsub.s 1 800000 81b9608e b1fffffc b1fffffb 1
fnmsub.s 2 bc7ffffe 44200000 !70b6cda8fe273210 7fc00000 0
fnmsub.s 4 b2fffffd 7fc00000 7fc00000 7fc00000 0
fnmsub.s 2 ca300000 cd000000 ca27d819 d7b00001 1
fnmsub.s 2 1091598 3fc00000 4f000000 4effffff 1
fnmsub.s 0 1a07e39 fdffffff 417fffff 41940fc7 1
fnmsub.s 1 34000000 40200000 1 b49fffff 1
fnmsub.s 4 c5a50851 7fffff bf800000 bf800000 1
fnmsub.s 3 ff800000 48700000 38d30183 7f800000 0
fnmsub.s 4 ffc00001 b4fffffe ffc00002 7fc00000 0
fnmsub.s 2 4a000000 7e1763a9 c5600000 ff800000 5
fnmsub.s 4 !72cc4e32101e4f16 37b0bfcd 85a99f6 7fc00000 0
fnmsub.s 0 7f7fffff 4effffff 1903c41 ff800000 5
fnmsub.s 2 bf000000 1400000 7fe00000 7fc00000 0
fnmsub.s 2 c26ed1f6 cf000000 800001 d1eed1f6 1
fnmsub.s 4 4f800000 4905ff1f bdb00000 d905ff1f 1
fnmsub.s 0 !736e076056dafd2a 5f000000 765afd29 7fc00000 0
fnmsub.s 4 3effffff 345a5f55 33da5f53 a812d056 1
fnmsub.s 2 385c4a0d 7f800000 80000000 ff800000 0
fnmsub.s 4 !741360d633efcbeb ff53b239 f3c64c04 7fc00000 0
fnmsub.s 3 bf000000 7fc00000 bcc00000 7fc00000 0
fnmsub.s 0 fdb04f00 bf800000 3effffff fdb04f00 1
fnmsub.s 4 !1fc2c7c9d2c31f7 4b849beb 7f7fffff 7fc00000 0
fnmsub.s 2 !1959ce3c2f171b63 7e7fffff 6e171b61 7fc00000 0
fnmsub.s 2 8149e183 7fa00000 800000 7fc00000 10
fnmsub.s 0 38e00000 ffe2fc49 80000000 7fc00000 0
fnmsub.s 1 4f000000 4b7fffff 5afffffd cf800000 0
fnmsub.s 3 b5fffffd 7fc00000 7fc00002 7fc00000 0
fnmsub.s 0 b4ffffff 4f800000 80f50524 44ffffff 1
fnmsub.s 2 !663d68910fb23bf6 453bf8d5 b8458cc4 7fc00000 0
fnmsub.s 3 7dedc2fb 3f800000 c97ffffd fdedc2fb 1
fnmsub.s 3 4e47b2cf 7de22a57 7f800002 7fc00000 10
fnmsub.s 4 1 7f800001 30e4f849 7fc00000 10
fnmsub.s 2 cbf00000 f00000 447ffffc 447ffffc 1
fnmsub.s 1 cf000000 cf000000 cc7cc953 de800000 1
fnmsub.s 1 41fffffc b5700000 b7effffc 2b000000 0
fnmsub.s 3 cb7ffffd 807fffff c7ffffe 13fffff 1
fnmsub.s 4 80a00000 bc900000 4f800000 4f800000 1
fnmsub.s 1 c07fffff 807ffffc 17ffff4 80000006 3
fnmsub.s 2 4f800000 !2c6019c764038931 fe6957e2 7fc00000 0
fnmsub.s 0 80400000 41300000 81affffd c 0
fnmsub.s 0 bf87dd97 b87ffffc 3887dd94 ace089a4 0
fnmsub.s 0 df000000 c9d00000 800001 e9500000 1
fnmsub.s 3 34000000 !2ec22ed1d0270a8c c4a70a8f 7fc00000 0
fnmsub.s 0 7ec00000 bc91343d bf800000 7bd9ce5b 1
fnmsub.s 1 b86f9cdc 7fc00000 7f800000 7fc00000 0
fnmsub.s 4 800000 be0a8477 80115091 80000002 3
fnmsub.s 4 3dccca8a 7f8a832d bd7ffffe 7fc00000 10
fnmsub.s 2 81d4ae2a !46976e69fb435abd 3da24c0b 7fc00000 0
fnmsub.s 3 1 c3e34b51 4f000000 4f000001 1
fnmsub.s 4 40200000 e14c5d c3b00000 c3b00000 1
fnmsub.s 0 1f5d548 337f2dee 81300000 81300002 1
fnmsub.s 0 437ffffd 37fffffd 3bfffffb 2ffffff7 0
fnmsub.s 1 5f800000 !1d9b15613e37f84e !7672adad37f5df35 7fc00000 0
fnmsub.s 0 bd69d1a1 3204c9bd b9300000 b92fffe2 1
fnmsub.s 4 34000000 b54dd26f a9cdd271 9e800000 0
fnmsub.s 3 3f800000 ffc00001 35d4b7d1 7fc00000 0
fnmsub.s 2 7fd3505f 395f56ec b7d00000 7fc00000 0
fnmsub.s 3 c6fffffd 800001 ff800000 ff800000 0
fnmsub.s 0 bc7441db 7fc00000 3effffff 7fc00000 0
fnmsub.s 3 7f0c124d ff800000 7e0aa93f 7f800000 0
fnmsub.s 3 1f00000 c9900000 8c06fffd 1400000 0
fnmadd.s 0 807fffff 4cff75e0 dff75dc 2804510 0
fnmadd.s 0 4f000000 3f800000 cf000001 43800000 0
fnmadd.s 3 3b61a473 !69df914e89a81f4c bdd0eba5 7fc00000 0
fnmadd.s 4 35fffffc ca7ffffc c70e3dfe 470e45fe 1
fnmadd.s 0 !74e86678980102f0 39330c8b 11b476c3 7fc00000 0
fnmadd.s 3 !eb5dd7d9a9dbbc 41fffffe 5c29dbba 7fc00000 0
fnmadd.s 2 3b7fed8f ff3d2d39 7b3d1f9a efd77c15 1
fnmadd.s 3 80cf6079 3fc00000 b27ffffd 327ffffe 1
fnmadd.s 4 bf016a6a b5a00000 7e500000 fe500000 1
fnmadd.s 3 7fc00000 4b300000 41700000 7fc00000 0
fnmadd.s 1 3fc00000 456748c4 c8d00000 48cd4a25 1
fnmadd.s 3 ffc00001 b3400000 7fc00003 7fc00000 0
fnmadd.s 4 b7611da7 3f800000 4c8f4d7e cc8f4d7e 1
fnmadd.s 3 3efffffc 7fc00000 ffbffffd 7fc00000 10
fnmadd.s 0 df000000 7f800000 7fc00000 7fc00000 0
fnmadd.s 0 7e500000 49c9e436 ffbfffff 7fc00000 10
fnmadd.s 4 cf000000 7f800000 7f7fffff 7f800000 0
fnmadd.s 3 4674c74c ff800000 7f800001 7fc00000 10
fnmadd.s 2 4f800000 34000000 b2ffffff c4000000 1
fnmadd.s 0 80989840 81fffffe 7fffffff 7fc00000 0
fnmadd.s 1 cc57ae4c 39fffffc 81b8da46 46d7ae48 1
fnmadd.s 3 fed4e56a 467b4084 7eafc28c 7f800000 5
fnmadd.s 1 7f800001 fdef0896 7e9449dd 7fc00000 10
fnmadd.s 3 4366b319 c1a48f18 16a40ec 45944bb0 1
fnmadd.s 3 417ffffd 7f800000 ff800002 7fc00000 10
fnmadd.s 0 30fffffc 7f95270e ffd5270c 7fc00000 10
fnmadd.s 3 3e6d17de fefffffd !5b9d983486ec01ca 7fc00000 0
fnmadd.s 4 8136a28e c5000000 467011f9 c67011f9 1
fnmadd.s 4 1 ff5c1835 34dc1834 29000000 0
fnmadd.s 3 ff800000 ff8984a5 7fc984a2 7fc00000 10
fnmadd.s 2 cdc00000 3effffff 4d3fffff 40800000 0
fnmadd.s 1 fe000000 3f800000 7e000003 f3400000 0
fnmadd.s 0 c37fffff 4f800000 537ffffc 48400000 0
fnmadd.s 1 807fffff ffc00001 7f800001 7fc00000 10
fnmadd.s 2 cf000000 !259dce8055684e75 7f038fa3 7fc00000 0
fnmadd.s 1 cf000000 b0fffffc 0 c07ffffc 0
fnmadd.s 3 4f800000 ffae8c2b 800001 7fc00000 10
fnmadd.s 1 3effffff fd87ff20 7d07ff1e 71bc0070 0
fnmadd.s 3 40200000 cd88a2b0 4e2acb5b 42800000 0
fnmadd.s 2 31ffffff 5f800000 bbb54a03 d1ffffff 1
fnmadd.s 0 80325154 7ecbab96 b43b7c8d 3f2020e1 1
fnmadd.s 3 3effffff 5f000000 4ac05129 de7fffff 1
fnmadd.s 0 7d900000 4f800000 ff7ffffe ff800000 5
fnmadd.s 0 1f01f58 !7f59c2f588b05a4e fffffffe 7fc00000 0
fnmadd.s 3 800001 fec00000 bf000000 40000001 1
fnmadd.s 0 44449a5b 4f000000 d3c49a59 c8800000 0
fnmadd.s 0 fffffd 49381fa7 5f000000 df000000 1
fnmadd.s 1 3effffff bb31dcdc 7f800000 ff800000 0
fnmadd.s 0 7fc00000 38800000 7db00000 7fc00000 0
fnmadd.s 4 cd400000 41bf3783 4f8f69a5 c4b00000 0
fnmadd.s 0 40200000 7f800001 bae09f3f 7fc00000 10
fnmadd.s 4 7fd5e7e2 800001 ffd5e7e4 7fc00000 0
fnmadd.s 3 806d0a1f b7fffffc 3dd01a89 bdd01a89 1
fnmadd.s 1 40200000 bdd00000 bf000000 3f410000 0
fnmadd.s 2 cf000000 c8300000 ccc0e9a8 d7affffd 1
fnmadd.s 2 4f800000 80fffffd 81500000 10fffffd 1
fnmadd.s 0 81100605 30cf0310 fffffffd 7fc00000 0
fnmadd.s 0 100000 ff5e754f 49400000 c93ffff9 1
fnmadd.s 4 b71d0b5c ffc00001 7fc00003 7fc00000 0
fnmadd.s 3 1 807fffff fffffffd 7fc00000 0
fnmadd.s 0 80d06cba b7a5a504 8000010c 80000002 3
fnmadd.s 3 33e00000 0 c41fca33 441fca33 0
fnmadd.s 0 394a9368 38fffffe 7f700000 ff700000 1
fnmadd.s 3 b3baf573 7f8f7bd7 ffcf7bd4 7fc00000 10
fnmadd.s 0 377fffff ce600000 3f800000 465ffbff 1
fnmadd.s 2 bdffffff 5f800000 5dfffffe 52000000 0
fnmadd.s 2 40200000 1600000 80aa7444 81ed62ef 0
fnmadd.s 4 bf800000 81a0aabe 81a0aabd 80000004 0
fnmadd.s 2 ffc00001 31300000 7fc00003 7fc00000 0
fnmadd.s 0 cbde103c 355d196e 41bfca11 36666ae4 0
fcvt.w.s 0 3acc7ab3 0 1
fcvt.w.s 4 3bffffff 0 1
fcvt.w.s 1 4cfffffe 7fffff0 0
fcvt.w.s 1 bd900000 0 1
fcvt.w.s 0 7f7ffffe 7fffffff 10
fcvt.w.s 0 7fc00000 7fffffff 10
fcvt.w.s 4 c2600000 ffffffffffffffc8 0
fcvt.w.s 1 7e8569a8 7fffffff 10
fcvt.w.s 3 7f800000 7fffffff 10
fcvt.w.s 1 347edd09 0 1
fcvt.w.s 1 !21f3bb6d3fb64689 7fffffff 10
fcvt.w.s 4 b74ac189 0 1
fcvt.w.s 1 8167ff59 0 1
fcvt.w.s 2 4f800000 7fffffff 10
fcvt.w.s 3 cbebf82e fffffffffe280fa4 0
fcvt.w.s 2 47fffffc 1ffff 1
fcvt.w.s 1 !74fac7f4101b3aab 7fffffff 10
fcvt.w.s 1 7f800000 7fffffff 10
fcvt.w.s 1 !e3f20d5fe005f33 7fffffff 10
fcvt.w.s 4 4b6b4cad eb4cad 0
fcvt.w.s 0 3effffff 0 1
fcvt.w.s 3 ba7951f1 0 1
fcvt.w.s 1 c493f0a4 fffffffffffffb61 1
fcvt.w.s 4 ffc00001 7fffffff 10
fcvt.w.s 4 3824e884 0 1
fcvt.w.s 3 3cc14736 1 1
fcvt.w.s 0 5f000000 7fffffff 10
fcvt.w.s 2 ffc00001 7fffffff 10
fcvt.w.s 3 39800000 1 1
fcvt.w.s 4 3b8bb7ad 0 1
fcvt.w.s 2 3fc00000 1 1
fcvt.w.s 1 80000000 0 0
fcvt.w.s 3 c2704c1b ffffffffffffffc4 1
fcvt.w.s 1 fe500000 ffffffff80000000 10
fcvt.w.s 0 ffc00001 7fffffff 10
fcvt.w.s 4 b978501b 0 1
fcvt.w.s 2 33600000 0 1
fcvt.w.s 3 c3f00000 fffffffffffffe20 0
fcvt.w.s 3 4869c4d3 3a714 1
fcvt.w.s 3 cc82fd35 fffffffffbe81658 0
fcvt.wu.s 2 cba6aa06 0 10
fcvt.wu.s 4 40200000 3 1
fcvt.wu.s 3 1 1 1
fcvt.wu.s 4 b8ccf26a 0 1
fcvt.wu.s 3 c01fab76 0 10
fcvt.wu.s 3 3c7ae797 1 1
fcvt.wu.s 2 feb62d1a 0 10
fcvt.wu.s 2 5f800000 ffffffffffffffff 10
fcvt.wu.s 1 500000 0 1
fcvt.wu.s 3 !78470eacfe92e963 ffffffffffffffff 10
fcvt.wu.s 0 7f800001 ffffffffffffffff 10
fcvt.wu.s 3 17fffff 1 1
fcvt.wu.s 1 81e2bdb8 0 1
fcvt.wu.s 1 c2e64e63 0 10
fcvt.wu.s 0 41900000 12 0
fcvt.wu.s 3 !814bf22c13a28f9 ffffffffffffffff 10
fcvt.wu.s 0 b7492b4c 0 1
fcvt.wu.s 0 367ffffe 0 1
fcvt.wu.s 0 bc7a2662 0 1
fcvt.wu.s 4 3aed6d87 0 1
fcvt.wu.s 2 ffa00000 ffffffffffffffff 10
fcvt.wu.s 1 bcfffffd 0 1
fcvt.wu.s 4 3fc00000 2 1
fcvt.wu.s 1 fe99404a 0 10
fcvt.wu.s 4 701161 0 1
fcvt.wu.s 0 df000000 0 10
fcvt.wu.s 4 7f800001 ffffffffffffffff 10
fcvt.wu.s 1 378135f5 0 1
fcvt.wu.s 0 caf97a2c 0 10
fcvt.wu.s 2 bf800000 0 10
fcvt.wu.s 0 417fffff 10 1
fcvt.wu.s 2 4dd2585f 1a4b0be0 0
fcvt.wu.s 2 df000000 0 10
fcvt.wu.s 1 cf000000 0 10
fcvt.wu.s 4 3159fbad 0 1
fcvt.wu.s 2 3bebced1 0 1
fcvt.wu.s 4 40200000 3 1
fcvt.wu.s 1 ff800000 0 10
fcvt.wu.s 4 3c0fb649 0 1
fcvt.wu.s 2 7fdae26c ffffffffffffffff 10
fcvt.l.s 3 ff8ed2e9 7fffffffffffffff 10
fcvt.l.s 0 ce7fffff ffffffffc0000040 0
fcvt.l.s 4 c1500000 fffffffffffffff3 0
fcvt.l.s 3 5f800000 7fffffffffffffff 10
fcvt.l.s 4 47fffffc 20000 1
fcvt.l.s 3 !1e4be5a543d8facf 7fffffffffffffff 10
fcvt.l.s 1 b2a00000 0 1
fcvt.l.s 3 7fa3bd5d 7fffffffffffffff 10
fcvt.l.s 2 b7da9e40 ffffffffffffffff 1
fcvt.l.s 1 c0b00000 fffffffffffffffb 1
fcvt.l.s 2 44f45a5e 7a2 1
fcvt.l.s 1 178c5d2 0 1
fcvt.l.s 2 3effffff 0 1
fcvt.l.s 4 0 0 0
fcvt.l.s 1 ce88ab13 ffffffffbbaa7680 0
fcvt.l.s 3 cf000000 ffffffff80000000 0
fcvt.l.s 3 4a867406 433a03 0
fcvt.l.s 4 ba7ffffe 0 1
fcvt.l.s 2 4c7ffffe 3fffff8 0
fcvt.l.s 3 ff800000 8000000000000000 10
fcvt.l.s 0 1600000 0 1
fcvt.l.s 0 b75164cb 0 1
fcvt.l.s 3 b9000000 0 1
fcvt.l.s 3 !56b13e6dc57586d9 7fffffffffffffff 10
fcvt.l.s 3 4bffa12a 1ff4254 0
fcvt.l.s 2 7ee00000 7fffffffffffffff 10
fcvt.l.s 2 41ffffff 1f 1
fcvt.l.s 1 31da1702 0 1
fcvt.l.s 2 b463b73b ffffffffffffffff 1
fcvt.l.s 3 cafffffd ffffffffff800002 1
fcvt.l.s 0 7f800001 7fffffffffffffff 10
fcvt.l.s 2 3eb4d08b 0 1
fcvt.l.s 4 807fffff 0 1
fcvt.l.s 2 fe600000 8000000000000000 10
fcvt.l.s 4 34000000 0 1
fcvt.l.s 1 7f4f8beb 7fffffffffffffff 10
fcvt.l.s 3 c459043c fffffffffffffc9c 1
fcvt.l.s 0 5f000000 7fffffffffffffff 10
fcvt.l.s 1 36fdf064 0 1
fcvt.l.s 1 800001 0 1
fcvt.lu.s 3 43ffffff 200 1
fcvt.lu.s 1 c9592e0f 0 10
fcvt.lu.s 2 1 0 1
fcvt.lu.s 3 ff7ffffe 0 10
fcvt.lu.s 0 fda00000 0 10
fcvt.lu.s 1 bd7fffff 0 1
fcvt.lu.s 0 40200000 2 1
fcvt.lu.s 2 355388dd 0 1
fcvt.lu.s 4 3fc00000 2 1
fcvt.lu.s 1 7f61078b ffffffffffffffff 10
fcvt.lu.s 0 3599f20c 0 1
fcvt.lu.s 1 7fc00000 ffffffffffffffff 10
fcvt.lu.s 0 7f7fffff ffffffffffffffff 10
fcvt.lu.s 4 7e777cb7 ffffffffffffffff 10
fcvt.lu.s 3 cf000000 0 10
fcvt.lu.s 4 80fffffd 0 1
fcvt.lu.s 3 fefffffe 0 10
fcvt.lu.s 0 ff7fffff 0 10
fcvt.lu.s 2 fe0580e6 0 10
fcvt.lu.s 0 b6a00000 0 1
fcvt.lu.s 0 13f9591 0 1
fcvt.lu.s 2 80000000 0 0
fcvt.lu.s 3 7f800001 ffffffffffffffff 10
fcvt.lu.s 3 3effffff 1 1
fcvt.lu.s 4 7f503a98 ffffffffffffffff 10
fcvt.lu.s 3 431cde17 9d 1
fcvt.lu.s 3 bf800000 0 10
fcvt.lu.s 3 fe7ffffe 0 10
fcvt.lu.s 0 34d00000 0 1
fcvt.lu.s 3 ca900000 0 10
fcvt.lu.s 2 3f800000 1 0
fcvt.lu.s 4 3af58ed0 0 1
fcvt.lu.s 3 34a00000 1 1
fcvt.lu.s 0 7e0b2c25 ffffffffffffffff 10
fcvt.lu.s 4 bb4d8b11 0 1
fcvt.lu.s 3 3effffff 1 1
fcvt.lu.s 4 800001 0 1
fcvt.lu.s 4 cce61231 0 10
fcvt.lu.s 0 80000000 0 0
fcvt.lu.s 1 5140b8 0 1
fcvt.s.w 2 fffffffffffffad5 c4a56000 0
fcvt.s.w 2 ffffffffff01524a cb7eadb6 0
fcvt.s.w 0 fffffffffff827d0 c8fb0600 0
fcvt.s.w 0 8000000000000000 0 0
fcvt.s.w 3 6b3 44d66000 0
fcvt.s.w 2 1 3f800000 0
fcvt.s.w 4 ffffffffffcd5ef2 ca4a8438 0
fcvt.s.w 4 1000001 4b800001 1
fcvt.s.w 1 4376895d94679b 4ebb28cf 1
fcvt.s.w 4 f 41700000 0
fcvt.s.w 0 fffffffffb76c406 cc91277f 1
fcvt.s.w 0 fffffffffffffffd c0400000 0
fcvt.s.w 3 fffffffffff12faa c96d0560 0
fcvt.s.w 2 ffffffffffffffff bf800000 0
fcvt.s.w 2 2d 42340000 0
fcvt.s.w 3 fffffffffffff001 c57ff000 0
fcvt.s.w 2 2d5e1ef794666b2 4ef28ccd 1
fcvt.s.w 2 c66 45466000 0
fcvt.s.w 4 ffffffff bf800000 0
fcvt.s.w 2 20000001 4e000000 1
fcvt.s.w 3 1000001 4b800001 1
fcvt.s.w 2 ffffffff80000000 cf000000 0
fcvt.s.w 4 8000000000000001 3f800000 0
fcvt.s.w 2 20000001 4e000000 1
fcvt.s.w 2 1 3f800000 0
fcvt.s.w 0 1 3f800000 0
fcvt.s.w 4 20000001 4e000000 1
fcvt.s.w 3 ffffffe13223da55 4e488f6a 1
fcvt.s.w 1 bd89ead6a9cc3c7 4ed53987 1
fcvt.s.w 2 ffffffff bf800000 0
fcvt.s.w 2 ffffffffffffffff bf800000 0
fcvt.s.w 2 1000001 4b800000 1
fcvt.s.w 3 ffe414a39f4a6e23 cec16b23 1
fcvt.s.w 1 fffffffffffffff9 c0e00000 0
fcvt.s.w 1 ffffffffffffffff bf800000 0
fcvt.s.w 2 ffffffffff8199a1 cafcccbe 0
fcvt.s.w 4 25abb 4816aec0 0
fcvt.s.w 0 1000001 4b800000 1
fcvt.s.w 4 18f09269ec90 cedb2c27 1
fcvt.s.w 0 20000000000001 3f800000 0
fcvt.s.wu 2 8000000000000001 3f800000 0
fcvt.s.wu 0 26e28839fa5b428 4f1fa5b4 1
fcvt.s.wu 3 641cec085e 4de76043 1
fcvt.s.wu 4 fffffffffffff1d8 4f7ffff2 1
fcvt.s.wu 1 fffffffffff9c046 4f7ff9c0 1
fcvt.s.wu 4 7fffffffffffffff 4f800000 1
fcvt.s.wu 4 7fffffff 4f000000 1
fcvt.s.wu 0 102d 45816800 0
fcvt.s.wu 4 fffffffd22439797 4e090e5e 1
fcvt.s.wu 4 ffffffc41d3a61c9 4de9d30e 1
fcvt.s.wu 3 8000000000000000 0 0
fcvt.s.wu 2 7fffffff 4effffff 1
fcvt.s.wu 1 ffffffffffffffff 4f7fffff 1
fcvt.s.wu 1 80000001 4f000000 1
fcvt.s.wu 2 0 0 0
fcvt.s.wu 2 987f 47187f00 0
fcvt.s.wu 0 ffffffff80000000 4f000000 0
fcvt.s.wu 0 20000001 4e000000 1
fcvt.s.wu 3 80000001 4f000001 1
fcvt.s.wu 4 1cdd83a 4be6ec1d 0
fcvt.s.wu 0 ff9c2ea41f4 4f42ea42 1
fcvt.s.wu 3 ffffffd0ffa72eb3 4f7fa72f 1
fcvt.s.wu 2 d72 45572000 0
fcvt.s.wu 2 8000000000000001 3f800000 0
fcvt.s.wu 0 ffffd5ca1757c5eb 4dbabe2f 1
fcvt.s.wu 3 1 3f800000 0
fcvt.s.wu 1 ffffffffffffff 4f7fffff 1
fcvt.s.wu 3 ffffffffffffc41a 4f7fffc5 1
fcvt.s.wu 2 20000001 4e000000 1
fcvt.s.wu 1 17bfdfeee 4ef7fbfd 1
fcvt.s.wu 2 ffffffe7b08cb7ca 4f308cb7 1
fcvt.s.wu 1 1c4 43e20000 0
fcvt.s.wu 1 ffffffe8c6ff149c 4f46ff14 1
fcvt.s.wu 4 63e7bcb1997717 4f319977 1
fcvt.s.wu 0 7da 44fb4000 0
fcvt.s.wu 0 8000000000000000 0 0
fcvt.s.wu 0 fffffffff0069926 4f700699 1
fcvt.s.wu 0 12c31c 499618e0 0
fcvt.s.wu 3 f3cfbf2b2d561fab 4e35587f 1
fcvt.s.wu 2 ffffffff74c6d6f1 4ee98dad 1
fcvt.s.l 4 80000000 4f000000 0
fcvt.s.l 4 fffffffffffffb40 c4980000 0
fcvt.s.l 1 190811 49c84088 0
fcvt.s.l 4 e3c913 4b63c913 0
fcvt.s.l 3 20000000000001 5a000001 1
fcvt.s.l 4 80000001 4f000000 1
fcvt.s.l 2 ffffffffffffffff bf800000 0
fcvt.s.l 0 bf2d 473f2d00 0
fcvt.s.l 2 2b 422c0000 0
fcvt.s.l 0 87993 49079930 0
fcvt.s.l 4 fffff0249c281146 d57db63d 1
fcvt.s.l 1 3dd8b0949f2421c7 5e7762c2 1
fcvt.s.l 1 20000001 4e000000 1
fcvt.s.l 2 41 42820000 0
fcvt.s.l 3 0 0 0
fcvt.s.l 1 1000001 4b800000 1
fcvt.s.l 4 1e4afbb45f10b 57f257de 1
fcvt.s.l 3 ffffffff80000000 cf000000 0
fcvt.s.l 1 8000000000000000 df000000 0
fcvt.s.l 4 20000000000001 5a000000 1
fcvt.s.l 1 8000000000000000 df000000 0
fcvt.s.l 4 8000000000000001 df000000 1
fcvt.s.l 4 1000001 4b800001 1
fcvt.s.l 0 ffffffff80000000 cf000000 0
fcvt.s.l 0 18 41c00000 0
fcvt.s.l 4 6484070adee8f 58c9080e 1
fcvt.s.l 2 ffffffffffffffff bf800000 0
fcvt.s.l 3 20000001 4e000001 1
fcvt.s.l 3 ffffffff 4f800000 1
fcvt.s.l 2 8000000000000000 df000000 0
fcvt.s.l 0 5 40a00000 0
fcvt.s.l 0 fffffffffd2ac19d cc354f99 1
fcvt.s.l 0 12d449b5f9e292f5 5d96a24e 1
fcvt.s.l 0 ffffffff80000000 cf000000 0
fcvt.s.l 1 7fffffffffffffff 5effffff 1
fcvt.s.l 4 6f04f62c44ea868 5cde09ec 1
fcvt.s.l 1 13f5 459fa800 0
fcvt.s.l 2 80000001 4f000000 1
fcvt.s.l 3 0 0 0
fcvt.s.l 1 ffffd94c19c54ee8 d61acf98 1
fcvt.s.lu 0 8f5a1d 4b0f5a1d 0
fcvt.s.lu 0 fffb88053efd3ce4 5f7ffb88 1
fcvt.s.lu 1 1000001 4b800000 1
fcvt.s.lu 1 9110b2f 4d1110b2 1
fcvt.s.lu 1 fffffffef33ac7bf 5f7fffff 1
fcvt.s.lu 3 39 42640000 0
fcvt.s.lu 3 ff8a5caaa6074ed9 5f7f8a5d 1
fcvt.s.lu 4 aff59d277 512ff59d 1
fcvt.s.lu 3 f2b9be 4b72b9be 0
fcvt.s.lu 0 0 0 0
fcvt.s.lu 3 0 0 0
fcvt.s.lu 4 3 40400000 0
fcvt.s.lu 1 c7c05dae62647a 5b47c05d 1
fcvt.s.lu 1 67fa7e6e25f1c 58cff4fc 1
fcvt.s.lu 3 20000000000001 5a000001 1
fcvt.s.lu 3 d7 43570000 0
fcvt.s.lu 0 fffffffffffff001 5f800000 1
fcvt.s.lu 2 f67561fb3c3e6642 5f767561 1
fcvt.s.lu 4 cae655 4b4ae655 0
fcvt.s.lu 3 fffffffffff6573c 5f800000 1
fcvt.s.lu 0 6a1 44d42000 0
fcvt.s.lu 3 0 0 0
fcvt.s.lu 2 69ad366cdda1404f 5ed35a6c 1
fcvt.s.lu 3 fffffffe78c5fa17 5f800000 1
fcvt.s.lu 0 8000000000000000 5f000000 0
fcvt.s.lu 4 fffffffffdadc137 5f800000 1
fcvt.s.lu 1 1000001 4b800000 1
fcvt.s.lu 4 ffffffff 4f800000 1
fcvt.s.lu 1 80000000 4f000000 0
fcvt.s.lu 2 ffffffffffffff01 5f7fffff 1
fcvt.s.lu 4 fffdb881063f285f 5f7ffdb9 1
fcvt.s.lu 3 ffffffffff8cac2b 5f800000 1
fcvt.s.lu 1 e5eaf673520d22c7 5f65eaf6 1
fcvt.s.lu 0 ffffffffffffff 5b800000 1
fcvt.s.lu 4 ffffffff80000000 5f800000 1
fcvt.s.lu 4 959601 4b159601 0
fcvt.s.lu 4 fffffffe72e1130b 5f800000 1
fcvt.s.lu 2 8000000000000001 5f000000 1
fcvt.s.lu 3 fffffffffffff001 5f800000 1
fcvt.s.lu 3 5a91158d02 52b5222c 1
fcvt.s.d 3 bfb6000000000000 bdb00000 0
fcvt.s.d 2 c10f11f58887f156 c8788fad 1
fcvt.s.d 3 7fbc76cde19583e8 7f800000 5
fcvt.s.d 4 3fd58349de820f63 3eac1a4f 1
fcvt.s.d 0 32e0a9f804f8e 0 3
fcvt.s.d 0 43e0000000000000 5f000000 0
fcvt.s.d 0 41dfffffffc00000 4f000000 1
fcvt.s.d 4 312c5b83b6f4bc 0 3
fcvt.s.d 0 36a0000000000000 1 0
fcvt.s.d 1 412ffffffffffffe 497fffff 1
fcvt.s.d 4 be67326c88b26245 b3399364 1
fcvt.s.d 4 ffc4000000000000 ff800000 5
fcvt.s.d 0 8010b9c79cfcab14 80000000 3
fcvt.s.d 1 3ff0000000000000 3f800000 0
fcvt.s.d 2 c3e0000000000000 df000000 0
fcvt.s.d 2 fff0000000000000 ff800000 0
fcvt.s.d 4 403f7d8bc6708301 41fbec5e 1
fcvt.s.d 0 3f5a000000000000 3ad00000 0
fcvt.s.d 4 3cb0000000000000 25800000 0
fcvt.s.d 1 3eab3ac10b0352ea 3559d608 1
fcvt.s.d 1 ffce000000000000 ff7fffff 5
fcvt.s.d 2 41f0000000000000 4f800000 0
fcvt.s.d 0 3faffffffffffffe 3d800000 1
fcvt.s.d 4 be1e000000000000 b0f00000 0
fcvt.s.d 4 401fffffffffffff 41000000 1
fcvt.s.d 1 7ff0000000000000 7f800000 0
fcvt.s.d 3 fffa000000000000 7fc00000 0
fcvt.s.d 2 80116b6c9d6645c4 80000001 3
fcvt.s.d 0 bff0000000000000 bf800000 0
fcvt.s.d 2 bff0000000000000 bf800000 0
fcvt.s.d 3 bff0000000000000 bf800000 0
fcvt.s.d 2 1 0 3
fcvt.s.d 1 41f0000000000000 4f800000 0
fcvt.s.d 4 40aa000000000000 45500000 0
fcvt.s.d 0 7ff0000000000000 7f800000 0
fcvt.s.d 2 7ff0000000000001 7fc00000 10
fcvt.s.d 1 7fe708f0b853e8f1 7f7fffff 5
fcvt.s.d 4 411ffffffffffffc 49000000 1
fcvt.s.d 0 41dfffffffc00000 4f000000 1
fcvt.s.d 3 410ffffffffffffc 48800000 1
fmin.s 3 40200000 b3c48450 b3c48450 0
fmin.s 3 !241ac9bfdfb84898 32ffffff 32ffffff 0
fmin.s 4 807fffff 3c084b72 807fffff 0
fmin.s 3 c674c0b6 ff8561a9 c674c0b6 10
fmin.s 2 4d400000 bf404d4d bf404d4d 0
fmin.s 0 1900000 7f7fffff 1900000 0
fmin.s 0 df000000 800000 df000000 0
fmin.s 0 ff800000 4f000000 ff800000 0
fmin.s 2 !6b51e9cf9bfa1452 !549ff901866265a5 7fc00000 0
fmin.s 3 7f7fffff 807fffff 807fffff 0
fmin.s 2 4e5b2c70 !42112284b65f39e5 4e5b2c70 0
fmin.s 0 48100000 3bcf3acc 3bcf3acc 0
fmin.s 0 c91bb78c df000000 df000000 0
fmin.s 2 43fffffc 4f000000 43fffffc 0
fmin.s 1 df000000 ce210840 df000000 0
fmin.s 2 b4000000 7f800001 b4000000 10
fmin.s 4 0 0 0 0
fmin.s 1 7ffffffd 34000000 34000000 0
fmin.s 0 !31551bcf35349eb3 397ffffe 397ffffe 0
fmin.s 0 4dd64e3e ad90c7 ad90c7 0
fmin.s 3 40203624 bbfe4e7b bbfe4e7b 0
fmin.s 2 4f800000 bb06696c bb06696c 0
fmin.s 1 bdffffff 41b54a2f bdffffff 0
fmin.s 4 3f800000 4f000000 3f800000 0
fmin.s 3 ca35e9e4 5f800000 ca35e9e4 0
fmin.s 4 80100000 36f4e488 80100000 0
fmin.s 0 81f064f5 ffc00001 81f064f5 0
fmin.s 2 34000000 7fc00000 34000000 0
fmin.s 2 df000000 fefffffd fefffffd 0
fmin.s 2 1 !70ae7048c6e8b2c5 1 0
fmax.s 0 4b7191a8 41600000 4b7191a8 0
fmax.s 4 fe3dcd42 800a44a1 800a44a1 0
fmax.s 0 aa2b6e c662e1d1 aa2b6e 0
fmax.s 4 7f800000 bf800000 7f800000 0
fmax.s 1 1 c97fffff 1 0
fmax.s 1 3f7ffffe c5c949b7 3f7ffffe 0
fmax.s 4 4d7ffffc 4f800000 4f800000 0
fmax.s 3 ffc00001 df000000 df000000 0
fmax.s 2 39cf21f8 b97fffff 39cf21f8 0
fmax.s 4 3f800000 4768d561 4768d561 0
fmax.s 2 7f868a67 807fffff 807fffff 10
fmax.s 4 ff800000 81622bc3 81622bc3 0
fmax.s 2 34fffffd 30ffffff 34fffffd 0
fmax.s 0 ff800000 1 1 0
fmax.s 3 3fc00000 bf000000 3fc00000 0
fmax.s 3 40200000 800000 40200000 0
fmax.s 3 39ffffff 436a33a5 436a33a5 0
fmax.s 0 3effffff 4a100000 4a100000 0
fmax.s 2 cdfbe40d 800000 800000 0
fmax.s 1 cd000000 8ce84f 8ce84f 0
fmax.s 2 7f800000 80000000 7f800000 0
fmax.s 3 32ffffff 80000000 32ffffff 0
fmax.s 3 c7379950 40200000 40200000 0
fmax.s 2 7f800001 cf000000 cf000000 10
fmax.s 3 b37ffffc 800001 800001 0
fmax.s 4 4cf00000 1 4cf00000 0
fmax.s 3 4088fbaf b0fffffe 4088fbaf 0
fmax.s 1 b2c1e134 40200000 40200000 0
fmax.s 1 4f800000 80400000 4f800000 0
fmax.s 0 838274 4f000000 4f000000 0
feq.s 1 44d00000 bf800000 0 0
feq.s 1 4ad00000 3a7ffffd 0 0
feq.s 4 !6a93971d5a4c25b0 fec72274 0 0
feq.s 1 bb9b1fa6 c2ffffff 0 0
feq.s 0 b77ffffc 7e700000 0 0
feq.s 2 bf800000 cf000000 0 0
feq.s 3 800000 7f7fffff 0 0
feq.s 0 !5d37768f4ddf4c78 bf83e9da 0 0
feq.s 3 b98e9d94 80000000 0 0
feq.s 1 47e8bb80 407ffffc 0 0
feq.s 2 ffc00001 3a828c24 0 0
feq.s 2 0 81c00000 0 0
feq.s 3 b9b00000 3baf8efb 0 0
feq.s 0 bf800000 fde4bce8 0 0
feq.s 1 cec5ea69 5f000000 0 0
feq.s 0 367fffff bb7ffffd 0 0
feq.s 3 434285f9 bb6aa565 0 0
feq.s 4 43500000 80000000 0 0
feq.s 0 fdb628a4 455f2579 0 0
feq.s 1 800000 5f800000 0 0
feq.s 0 81d00000 81d00000 1 0
feq.s 2 44fffffd b5ec41b9 0 0
feq.s 0 bf800000 b1f00000 0 0
feq.s 4 ffd6feff c94eb613 0 0
feq.s 2 ff800000 42b00000 0 0
feq.s 1 bf000000 4a200000 0 0
feq.s 0 34800000 b8000000 0 0
feq.s 2 ef36c0 ff39c60d 0 0
feq.s 3 7e850ee0 c4b00000 0 0
feq.s 4 4961f001 bcfffffe 0 0
flt.s 4 c5c3ab4d 80000000 1 0
flt.s 3 ff3fa481 476420d5 1 0
flt.s 1 ffe950e9 3d09cbd3 0 10
flt.s 0 41545b7b b27ffffe 0 0
flt.s 3 7f7fffff 1e2a204 0 0
flt.s 0 5f000000 3afffffc 0 0
flt.s 0 8079e4c0 3fc00000 1 0
flt.s 1 b9900000 800000 1 0
flt.s 3 b40a1ede bac9641c 0 0
flt.s 4 b5fffffd c4800000 0 0
flt.s 2 4f800000 c099e664 0 0
flt.s 0 34d65799 !19fd2e0ddbe0dc97 0 10
flt.s 4 ff800000 327ffffd 1 0
flt.s 3 cae00000 4f800000 1 0
flt.s 3 3c7fffff c115963c 0 0
flt.s 2 7f800001 819b4226 0 10
flt.s 4 df000000 80500000 1 0
flt.s 2 cf000000 7ea181c1 1 0
flt.s 4 c2000000 be0efa74 1 0
flt.s 1 fe77c73f 80400000 1 0
flt.s 4 3f800000 ffc00001 0 10
flt.s 1 7f8837ec 807fffff 0 10
flt.s 0 bf000000 ffb06f3f 0 10
flt.s 2 b2400000 b385290d 0 0
flt.s 4 7ffffffe ffc00001 0 10
flt.s 1 df000000 4f800000 1 0
flt.s 3 5f000000 40200000 0 0
flt.s 3 3c5fe29c 400c8226 1 0
flt.s 3 cc8984dc !250877a15aaf1e7a 0 10
flt.s 0 3f800000 7fc00000 0 10
fle.s 1 4f800000 7f800001 0 10
fle.s 2 4f000000 !5a973f1cc41ccc14 0 10
fle.s 2 39900000 81e02b32 0 0
fle.s 3 80fffffe 3effffff 1 0
fle.s 0 3f800000 800000 0 0
fle.s 2 31b5d394 ba000000 0 0
fle.s 1 34000000 807fffff 0 0
fle.s 4 7ffe5658 0 0 10
fle.s 0 !42e7e5be81250161 49831143 0 10
fle.s 0 ffc00001 807fffff 0 10
fle.s 3 7fc00000 c16abe69 0 10
fle.s 0 4b800000 34000000 0 0
fle.s 1 8037744e !7018ef2e047fdc03 0 10
fle.s 4 7f3e5c48 0 0 0
fle.s 4 4a7ffffc c61b415c 0 0
fle.s 0 fd8b06be fe17490c 0 0
fle.s 4 4cda12de b7c579b0 0 0
fle.s 4 c95f095a 3597f423 1 0
fle.s 3 cf000000 7f800000 1 0
fle.s 3 4f000000 bf9be20f 0 0
fle.s 4 ff000000 bcfffffc 1 0
fle.s 3 ccfffffe ffc00001 0 10
fle.s 4 3effffff 1 0 0
fle.s 4 c51f4197 bdf00000 1 0
fle.s 0 c1b1db8c c1fffffd 0 0
fle.s 2 a00000 800001 0 0
fle.s 2 197f3b5 813661d9 0 0
fle.s 3 945e41 fffffffc 0 10
fle.s 4 bc100000 ff800000 0 0
fle.s 3 49814425 fe3c72aa 0 0
fclass.s 2 7f2deba8 40 0
fclass.s 4 3fc00000 40 0
fclass.s 1 5f800000 40 0
fclass.s 2 3375aefb 40 0
fclass.s 2 47086a20 40 0
fclass.s 3 !1c106c008290c3df 200 0
fclass.s 1 5f000000 40 0
fclass.s 4 cc867921 2 0
fclass.s 0 3dffffff 40 0
fclass.s 1 7fc00000 200 0
fclass.s 2 3c7ffffe 40 0
fclass.s 3 4caaca46 40 0
fclass.s 1 c2600000 2 0
fclass.s 0 3a7ffffd 40 0
fclass.s 4 ffc00001 200 0
fclass.s 2 3fc00000 40 0
fclass.s 1 !214a913b2ce3076a 200 0
fclass.s 4 7deacfd6 40 0
fclass.s 2 bf000000 2 0
fclass.s 2 ff800000 1 0
fclass.s 0 ff800000 1 0
fclass.s 0 b1a0253c 2 0
fclass.s 1 34000000 40 0
fclass.s 4 800000 40 0
fclass.s 0 fd9c341c 2 0
fclass.s 4 41d87853 40 0
fclass.s 3 800001 40 0
fclass.s 4 800001 40 0
fclass.s 1 ff800000 1 0
fclass.s 3 bf000000 2 0
fsgnj.s 0 4f800000 c49d14eb cf800000 0
fsgnj.s 0 0 b7f8ac67 80000000 0
fsgnj.s 3 33c3faf7 48bb2b24 33c3faf7 0
fsgnj.s 1 bd7ffffc 1fffffd 3d7ffffc 0
fsgnj.s 4 800001 80fffffd 80800001 0
fsgnj.s 0 8bb022 4af094fa 8bb022 0
fsgnj.s 3 7f7ffffe 80000000 ff7ffffe 0
fsgnj.s 1 4f800000 bdfffffd cf800000 0
fsgnj.s 3 3effffff ce7ffffc beffffff 0
fsgnj.s 1 7f580a86 48c61cb7 7f580a86 0
fsgnj.s 1 37b0cd55 ffc00001 b7b0cd55 0
fsgnj.s 2 b367488d 5f800000 3367488d 0
fsgnj.s 3 36fee030 bde48939 b6fee030 0
fsgnj.s 1 4d7dafb0 cde00000 cd7dafb0 0
fsgnj.s 1 feffffff 42fffffc 7effffff 0
fsgnj.s 1 cd900000 b67fffff cd900000 0
fsgnj.s 2 3e7b1f74 bfa89223 be7b1f74 0
fsgnj.s 3 4afffffd 7effffff 4afffffd 0
fsgnj.s 0 807fffff bafffffd 807fffff 0
fsgnj.s 1 5f000000 1 5f000000 0
fsgnj.s 3 426c8263 cf000000 c26c8263 0
fsgnj.s 4 ff800000 c8a19c77 ff800000 0
fsgnj.s 3 8016b06a c1fffffc 8016b06a 0
fsgnj.s 1 800001 0 800001 0
fsgnj.s 4 !863b2c33ff88f32 bda166ce ffc00000 0
fsgnj.s 4 31b5287a b0b8e928 b1b5287a 0
fsgnj.s 2 80f82ced 4014c70b f82ced 0
fsgnj.s 4 fef00000 c08a94ed fef00000 0
fsgnj.s 3 32f00000 39a297df 32f00000 0
fsgnj.s 4 bf000000 4163a8e9 3f000000 0
fsgnjn.s 0 ffabb858 c1711b67 7fabb858 0
fsgnjn.s 4 3e25bcac 16b9ba3 be25bcac 0
fsgnjn.s 1 7f7fffff 80600000 7f7fffff 0
fsgnjn.s 1 cc4c2dcb 800000 cc4c2dcb 0
fsgnjn.s 3 df000000 cebe8b4b 5f000000 0
fsgnjn.s 1 c00000 7f7fffff 80c00000 0
fsgnjn.s 2 cbe5f7ca 7f7fffff cbe5f7ca 0
fsgnjn.s 4 cd800000 cc400000 4d800000 0
fsgnjn.s 3 1 bf800000 1 0
fsgnjn.s 0 fdb70e77 c87fffff 7db70e77 0
fsgnjn.s 1 807fffff ff300000 7fffff 0
fsgnjn.s 3 !6745a179c6f6a53 bead93d1 7fc00000 0
fsgnjn.s 1 ffb1ebda 4cd1a798 ffb1ebda 0
fsgnjn.s 2 !50ba2cd5fef0e106 31e536e0 ffc00000 0
fsgnjn.s 0 c13e1555 40200000 c13e1555 0
fsgnjn.s 3 800000 0 80800000 0
fsgnjn.s 4 31892323 43100000 b1892323 0
fsgnjn.s 1 cdfffffd 3effffff cdfffffd 0
fsgnjn.s 1 33400000 800001 b3400000 0
fsgnjn.s 4 4ad00000 3aad3f97 cad00000 0
fsgnjn.s 4 3cfffffe caad1baa 3cfffffe 0
fsgnjn.s 1 5f000000 35000000 df000000 0
fsgnjn.s 1 fe7fffff fe900000 7e7fffff 0
fsgnjn.s 4 46fffffd 3effffff c6fffffd 0
fsgnjn.s 1 b5dbafe3 7fc00000 b5dbafe3 0
fsgnjn.s 2 5f800000 8000563b 5f800000 0
fsgnjn.s 1 bdb00000 7f7fffff bdb00000 0
fsgnjn.s 0 ff800000 ff900000 7f800000 0
fsgnjn.s 1 3a9e2e10 42600000 ba9e2e10 0
fsgnjn.s 1 !4fa3e093869cec4c 7f800000 ffc00000 0
fsgnjx.s 0 c7f00000 80eb6991 47f00000 0
fsgnjx.s 3 345bbfb4 3f2a2d45 345bbfb4 0
fsgnjx.s 2 c0262ce8 7e009e36 c0262ce8 0
fsgnjx.s 1 800001 ff400000 80800001 0
fsgnjx.s 3 809fc095 ca7ffffd 9fc095 0
fsgnjx.s 4 df000000 cc337f8f 5f000000 0
fsgnjx.s 3 c8942e2c 7e109895 c8942e2c 0
fsgnjx.s 4 5f000000 348ede70 5f000000 0
fsgnjx.s 4 5f000000 807eee22 df000000 0
fsgnjx.s 0 7ef00000 80000000 fef00000 0
fsgnjx.s 3 80000000 fffffd 80000000 0
fsgnjx.s 1 13b8fdd 81fffffd 813b8fdd 0
fsgnjx.s 2 c87a7077 b260f04a 487a7077 0
fsgnjx.s 3 cb7ffffc 7f800001 cb7ffffc 0
fsgnjx.s 4 36f4156a 4e6122b8 36f4156a 0
fsgnjx.s 2 4f800000 7f800000 4f800000 0
fsgnjx.s 0 fd9b2087 b9000000 7d9b2087 0
fsgnjx.s 1 !1be272584835b04d ff800000 ffc00000 0
fsgnjx.s 4 5f800000 c6700000 df800000 0
fsgnjx.s 1 c33043eb 800000 c33043eb 0
fsgnjx.s 2 fefffffc 17fffff fefffffc 0
fsgnjx.s 2 34000000 fe7ffffc b4000000 0
fsgnjx.s 4 fda402c5 4878a39f fda402c5 0
fsgnjx.s 3 bad701ec 3fc00000 bad701ec 0
fsgnjx.s 1 bf000000 b2b695cf 3f000000 0
fsgnjx.s 1 !2907ef3d3fb5731 bf7ffffc ffc00000 0
fsgnjx.s 2 7f800001 42070d1f 7f800001 0
fsgnjx.s 1 800000 ff5e7aed 80800000 0
fsgnjx.s 0 3da00000 811288cb bda00000 0
fsgnjx.s 3 8062a59f 479c791a 8062a59f 0
fadd.d 0 c3e0000000000000 bf62ed8e211a2180 c3e0000000000000 1
fadd.d 2 0 c063dedaa501083c c063dedaa501083c 0
fadd.d 2 3f182c9dc05537af ffce000000000000 ffce000000000000 1
fadd.d 1 3ff8000000000000 3810000000000000 3ff8000000000000 1
fadd.d 1 ffc0000000000000 c14e8c97bde9121f ffc0000000000000 1
fadd.d 4 7fefffffffffffff c1e0000000000000 7fefffffffffffff 1
fadd.d 0 36a0000000000000 8000000000000000 36a0000000000000 0
fadd.d 1 ffb334beabf5e797 be69ce97b14b1433 ffb334beabf5e797 1
fadd.d 1 3f4ffffffffffffc c1ba401fd7865ab6 c1ba401fd7861ab6 1
fadd.d 2 800fffffffffffff 0 800fffffffffffff 0
fadd.d 2 c06fffffffffffff 7ff0000000000001 7ff8000000000000 10
fadd.d 4 802ffffffffffffd be6585dad5529fdb be6585dad5529fdb 1
fadd.d 0 3cbd25e89aeae6 1 3cbd25e89aeae6 1
fadd.d 0 41e0000000000000 c1e0000000000000 0 0
fadd.d 4 c09ffffffffffffe 409ffffffffffffe 0 0
fadd.d 2 fffdfe614fcce120 3ff0000000000000 7ff8000000000000 0
fadd.d 3 c10ffffffffffffc bf3fffffffffffff c1100000007ffffd 1
fadd.d 4 7ff0000000000001 fffa1b84b32fd03d 7ff8000000000000 10
fadd.d 2 bffb9cf3d08fca76 7ffb5dd15947d936 7ff8000000000000 0
fadd.d 1 7fd0bdb90fe4438c 3f9cf6569443c0ea 7fd0bdb90fe4438c 1
fadd.d 2 3ea1af0b88579125 fffe7cbdfd4c5a04 7ff8000000000000 0
fadd.d 3 1 c1b3720469aa5de0 c1b3720469aa5ddf 1
fadd.d 2 1b38ae81d22c89 4111c8f2d5c54026 4111c8f2d5c54026 1
fadd.d 3 3fa7e8e27321a6bf 3ff8000000000000 3ff8bf4713990d36 1
fadd.d 0 8016000000000000 be18d883a3ac3c7c be18d883a3ac3c7c 1
fadd.d 1 fff0000000000000 7fefffffffffffff fff0000000000000 0
fadd.d 3 3cb0000000000000 41f0000000000000 41f0000000000001 1
fadd.d 4 0 3fdfffffffffffff 3fdfffffffffffff 0
fadd.d 3 3edd2982d9d0d0b3 bedd2982d9d0d0b1 3ba0000000000000 0
fadd.d 2 c1961d4dace54ba1 803c4a087ab3db7d c1961d4dace54ba2 1
fadd.d 2 41f0000000000000 7ff8000000000000 7ff8000000000000 0
fadd.d 1 800ffffffffffffe bf5f084e69174cd4 bf5f084e69174cd4 1
fadd.d 0 bf36000000000000 3f36000000000000 0 0
fadd.d 0 be23de913b8764a9 3e78dbb08f3327c5 3e783cbc0556eca0 1
fadd.d 0 3e000000000000 803dfffffffffffe 8 0
fadd.d 4 bfd9e2524d73a526 3fd9e2524d73a527 3c90000000000000 0
fadd.d 1 c1e0000000000000 41e0000000000002 3eb0000000000000 0
fadd.d 2 c02e38773c70b0cc 3e48000000000000 c02e38773c10b0cc 0
fadd.d 4 41dfffffffc00000 c1dfffffffbffffe 3ea0000000000000 0
fadd.d 2 be8a000000000000 ffd8000000000000 ffd8000000000001 1
fadd.d 0 1ffffffffffffe 7ff8000000000000 7ff8000000000000 0
fadd.d 0 3810000000000000 418a000000000000 418a000000000000 1
fadd.d 3 10000000000001 c08dd95a8c6a3a19 c08dd95a8c6a3a18 1
fadd.d 3 40852a09f573f2b9 c0852a09f573f2b9 0 0
fadd.d 1 7fda000000000000 ffda000000000001 fc90000000000000 0
fadd.d 0 4125257988dfe570 c125257988dfe56e 3df0000000000000 0
fadd.d 3 bf3a97146225be98 be70000000000000 bf3a98146225be98 0
fadd.d 1 800fffffffffffff 7fe8caf561f02e41 7fe8caf561f02e40 1
fadd.d 3 c0809458a29b786b 3cb0000000000000 c0809458a29b786a 1
fadd.d 1 7ff0000000000000 3fdfffffffffffff 7ff0000000000000 0
fadd.d 0 fff0000000000000 802ffffffffffffd fff0000000000000 0
fadd.d 1 3f07d8afb1426cc8 3e7a000000000000 3f07e5afb1426cc8 0
fadd.d 3 7ff0000000000000 7ff0000000000001 7ff8000000000000 10
fadd.d 1 801f33008efaf9a0 bff0000000000000 bff0000000000000 1
fadd.d 0 fff8000000000001 43f0000000000000 7ff8000000000000 0
fadd.d 0 3f0df9dcb08dd11e ffe8000000000000 ffe8000000000000 1
fadd.d 2 43f0000000000000 40fc000000000000 43f000000000001c 0
fadd.d 3 7ff8000000000000 fff7fffffffffffe 7ff8000000000000 10
fadd.d 4 8021243f6cceb23c 21243f6cceb23a 8000000000000004 0
fadd.d 4 8012000000000000 becfffffffffffff becfffffffffffff 1
fsub.d 3 7fe88762c5d9c2ce 3ea40117a1b272ca 7fe88762c5d9c2ce 1
fsub.d 0 3f771767ba7682b5 404a1be62e9aee4b c04a1b2d735d1a97 1
fsub.d 0 7ff8000000000000 803e4dc3c366543d 7ff8000000000000 0
fsub.d 4 ffb206283f030505 21296c135e0ed0 ffb206283f030505 1
fsub.d 3 3e8aa2f7944a6107 bf2654d1d16d882b 3f265b7a8f529ac4 1
fsub.d 1 3fdfffffffffffff 3810000000000000 3fdffffffffffffe 1
fsub.d 3 bfe0000000000000 c19bc55230c683a4 419bc5522ec683a4 0
fsub.d 3 41f0000000000000 2ffffffffffffd 41f0000000000000 1
fsub.d 2 7ff0000000000001 7ff0000000000003 7ff8000000000000 10
fsub.d 1 7ff0000000000000 800fffffffffffff 7ff0000000000000 0
fsub.d 2 800d57ff446fb990 fff0000000000000 7ff0000000000000 0
fsub.d 1 bff0000000000000 43f0000000000000 c3f0000000000000 1
fsub.d 2 3ff0000000000000 3ff0000000000001 bcb0000000000000 0
fsub.d 0 1 3 8000000000000002 0
fsub.d 2 fff0000000000000 be8e6bdf90fb2428 fff0000000000000 0
fsub.d 0 bf0c039aab0f40c7 410f715099607bb5 c10f7150997c7f50 1
fsub.d 1 3810000000000000 7fb2000000000000 ffb1ffffffffffff 1
fsub.d 0 c3e0000000000000 7fe1800f3294201f ffe1800f3294201f 1
fsub.d 4 bfb5a939584ab76f fff0000000000000 7ff0000000000000 0
fsub.d 0 800ffffffffffffc 800ffffffffffffe 2 0
fsub.d 1 404d25cd54f46891 ffdffffffffffffe 7fdffffffffffffe 1
fsub.d 1 10000000000000 10000000000000 0 0
fsub.d 1 fffffffffffffffd fff8000000000001 7ff8000000000000 0
fsub.d 3 41bfffffffffffff 1 41bfffffffffffff 1
fsub.d 0 bf1fffffffffffff 41cffffffffffffc c1d00000000001fe 1
fsub.d 2 418cdbe2a592491b 418cdbe2a592491d be50000000000000 0
fsub.d 2 3efa000000000000 0 3efa000000000000 0
fsub.d 4 c1842c8263ad56d9 c1842c8263ad56da 3e40000000000000 0
fsub.d 0 43f0000000000000 36a0000000000000 43f0000000000000 1
fsub.d 3 7ff0000000000000 7fefffffffffffff 7ff0000000000000 0
fsub.d 2 3810000000000000 be75f7c0dcb34242 3e75f7c0dcb34242 1
fsub.d 4 3ea35a6a14dac2e6 41aef205d30d84e0 c1aef205d30d84cd 1
fsub.d 0 7fd696ccd5925eef 800fffffffffffff 7fd696ccd5925eef 1
fsub.d 0 ffdffffffffffffc 3810000000000000 ffdffffffffffffc 1
fsub.d 1 4106cb61537d970e 3f6cba4c82a2cb95 4106cb614c4f03ed 1
fsub.d 3 3ff8000000000000 3ff8000000000002 bcc0000000000000 0
fsub.d 2 802726e3616d0911 802726e3616d0911 8000000000000000 0
fsub.d 2 bf9009eb8e6f0904 22cd1ffaf1a1c8 bf9009eb8e6f0905 1
fsub.d 0 3e4ffffffffffffc fff8000000000001 7ff8000000000000 0
fsub.d 4 3ff8000000000000 3810000000000000 3ff8000000000000 1
fsub.d 2 ffefffffffffffff 8007be764183018c ffefffffffffffff 1
fsub.d 1 c19e6f23367c115f 3fdffffffffffffd c19e6f23387c115e 1
fsub.d 3 bfe0000000000000 bfe0000000000000 0 0
fsub.d 4 41dfffffffc00000 401e000000000000 41dffffffde00000 0
fsub.d 0 bedaeecd19b3b33a bedaeecd19b3b338 bba0000000000000 0
fsub.d 3 7fba16c8547961cf 41276ac65ad80f88 7fba16c8547961cf 1
fsub.d 2 3e78000000000000 800fffffffffffff 3e78000000000000 1
fsub.d 3 bf26000000000000 7fca7e41f2cb062e ffca7e41f2cb062e 1
fsub.d 2 be1c43cf371395cf c1a0000000000000 419fffffffffffff 1
fsub.d 4 7ff8000000000000 47efffffe0000000 7ff8000000000000 0
fsub.d 4 be7a000000000000 be7a000000000000 0 0
fsub.d 4 7fe2000000000000 c1126f45c05137ca 7fe2000000000000 1
fsub.d 4 7fefffffffffffff 7feffffffffffffe 7ca0000000000000 0
fsub.d 3 41d1a5acfe827703 41d1a5acfe827705 bea0000000000000 0
fsub.d 2 7fb65df64e1fbe6d 3e6c877254e74f29 7fb65df64e1fbe6c 1
fsub.d 2 7fefffffffffffff 7ff0000000000000 fff0000000000000 0
fsub.d 1 7ff0000000000000 3ffffffffffffffc 7ff0000000000000 0
fsub.d 4 4000d3a5a3c19415 41e0000000000000 c1dfffffff7962d3 1
fsub.d 0 bfafffffffffffff 3ff0000000000000 bff1000000000000 1
fsub.d 3 412c1bfeaf324786 7fb8000000000000 ffb7ffffffffffff 1
fmul.d 3 3e27bfd8998769dd 40cffffffffffffc 3f07bfd8998769db 1
fmul.d 1 10000000000001 bfbefafdc5cebdb5 8001efafdc5cebdb 3
fmul.d 1 be1e8e7ce8333a77 800fffffffffffff 7a39f3 3
fmul.d 1 1 800fffffffffffff 8000000000000000 3
fmul.d 2 7fbc000000000000 3ecd15d621763944 7e99731b5d47721b 1
fmul.d 1 7ff0000000000001 3edffffffffffffc 7ff8000000000000 10
fmul.d 3 bf1ffffffffffffc c07eae4ab2d58d0f 3faeae4ab2d58d0c 1
fmul.d 2 3ea0000000000000 800fffffffffffff 8000000080000000 3
fmul.d 1 c0fbd4437291a136 10000000000001 811bd4437291a137 1
fmul.d 3 3e2c8d08e9f93959 406352bfb62372e9 3ea13d91be1280b3 1
fmul.d 4 becf05f8733bce00 bf356998ae0a1e8d 3e14c24aa7efc537 1
fmul.d 4 410c000000000000 bebbace8ddbd8a3a bfd8374bc205d8f3 1
fmul.d 1 3e66afe904760f02 402ffffffffffffd 3ea6afe904760eff 1
fmul.d 0 7feffffffffffffd 800eda3b4beaa227 c00db47697d5444b 1
fmul.d 3 0 ffbca34debf02093 8000000000000000 0
fmul.d 4 7fefffffffffffff c1e0000000000000 fff0000000000000 5
fmul.d 2 be3e000000000000 bfe0000000000000 3e2e000000000000 0
fmul.d 3 41e0000000000000 be1fffffffffffff c00fffffffffffff 0
fmul.d 0 10000000000000 7ffe000000000000 7ff8000000000000 0
fmul.d 3 41f0000000000000 412006143192c0d7 432006143192c0d7 0
fmul.d 4 2a8d72b3fdbb59 3ff0000000000000 2a8d72b3fdbb59 0
fmul.d 3 47efffffe0000000 3ff0000000000000 47efffffe0000000 0
fmul.d 3 c13ffffffffffffd 40cadb053782b694 c21adb053782b691 1
fmul.d 0 bf8ffffffffffffc fff8000000000001 7ff8000000000000 0
fmul.d 4 8028000000000000 3810000000000000 8000000000000000 3
fmul.d 2 10000000000000 fffc000000000000 7ff8000000000000 0
fmul.d 1 3fdfffffffffffff 3810000000000000 37ffffffffffffff 0
fmul.d 2 fff0000000000000 41dbddd3cc30bf95 fff0000000000000 0
fmul.d 0 801cedaf939b5c76 41dfffffffc00000 820cedaf93618117 1
fmul.d 0 40fa000000000000 c0920a8d1a1e94fb c19d51254a71b218 1
fmul.d 3 7fefffffffffffff 1 3ccfffffffffffff 0
fmul.d 2 41cffffffffffffe 47efffffe0000000 49cfffffdffffffe 1
fmul.d 1 8000000000000000 be46000000000000 0 0
fmul.d 1 ffffc81a19f173ca 43e0000000000000 7ff8000000000000 0
fmul.d 2 412ffffffffffffe c0f8000000000000 c237ffffffffffff 1
fmul.d 1 c1e0000000000000 3cb0000000000000 bea0000000000000 0
fmul.d 0 41b605c89517f501 7fe84a76281c189a 7ff0000000000000 5
fmul.d 3 7fb9832109ef2546 7fbc6e0164f8ec7c 7ff0000000000000 5
fmul.d 0 10000000000000 802facfb82a18f37 8000000000000000 3
fmul.d 0 7fd4000000000000 2f806d54c560c 3fcdb04454fb5c78 0
fmul.d 2 4004000000000000 8028ceb639bc3bf2 803f0263c82b4aef 1
fmul.d 3 ffcffffffffffffc bfe0000000000000 7fbffffffffffffc 0
fmul.d 2 be8f6f2f921107d2 c3e0000000000000 427f6f2f921107d2 0
fmul.d 2 4146b1df7d536992 ffd04f6aa3367cf7 fff0000000000000 5
fmul.d 1 bfc7599a8e3bf1ff fff8000000000001 7ff8000000000000 0
fmul.d 4 3f48df0620b1186f 800fffffffffffff 8000031be0c41623 3
fmul.d 4 43f0000000000000 41f0000000000000 45f0000000000000 0
fmul.d 2 fff0000000000000 8000000000000000 7ff8000000000000 10
fmul.d 3 8000000000000000 ffcffffffffffffd 0 0
fmul.d 4 3810000000000000 7fe677a96d532b9c 780677a96d532b9c 0
fmul.d 1 3edffffffffffffc 802ffffffffffffd 8000001fffffffff 3
fmul.d 3 fff5d1877f0d2609 43f0000000000000 7ff8000000000000 10
fmul.d 2 802a514319bb7c19 401ffffffffffffe 805a514319bb7c18 1
fmul.d 3 41bf150ab3e06d86 c097b0d553a44738 c26702e2a1740327 1
fmul.d 3 fffbefdf258d31a7 fff0000000000000 7ff8000000000000 0
fmul.d 0 3e323b2095cc973d 405a8d6979bdc9b2 3e9e41363151ce76 1
fmul.d 1 7fd3be894cb842f4 40d6240ee21e2c72 7fefffffffffffff 5
fmul.d 1 bf1d6c9a44477024 7fefffffffffffff ff1d6c9a44477023 1
fmul.d 0 ffff9528325aa1f9 3e60134b9356f712 7ff8000000000000 0
fmul.d 4 c17a93b32767dd38 be2fffffffffffff 3fba93b32767dd37 1
fdiv.d 2 ffefffffffffffff 7fee000000000000 bff1111111111111 1
fdiv.d 1 c1e0000000000000 0 fff0000000000000 8
fdiv.d 0 7ff8000000000000 80085e06be7bf7ab 7ff8000000000000 0
fdiv.d 4 bfe0000000000000 bf2e77ab4065c947 40a0ce086874625b 1
fdiv.d 2 8027681b59fd9809 c3e0000000000000 0 3
fdiv.d 0 be931f13d8a75a48 3ff4000000000000 be8e981fc10bc3a6 1
fdiv.d 3 bff0000000000000 bf7c000000000000 4062492492492493 1
fdiv.d 1 ffb9a7e97a98c933 ffc4000000000000 3fe486546213d428 1
fdiv.d 2 8000000000000000 3f5ffffffffffffc 8000000000000000 0
fdiv.d 3 bf1450b71e36a881 3f8ffffffffffffc bf7450b71e36a883 1
fdiv.d 4 41dfffffffc00000 fff0000000000000 8000000000000000 0
fdiv.d 3 bf96000000000000 c01b9bba05cef14b 3f697fe3e8647136 1
fdiv.d 3 bf3cb1d25f9e2c5f 1 ffefffffffffffff 5
fdiv.d 2 ffefffffffffffff 801845153fb59de1 7fefffffffffffff 5
fdiv.d 1 8002000000000000 bf6fddbbdae598ee 6011347ef79b51 1
fdiv.d 3 4130b9f12833a929 c0affffffffffffd c070b9f12833a92a 1
fdiv.d 0 ffc31d9dc091325c 7ff0000000000001 7ff8000000000000 10
fdiv.d 0 7feffffffffffffe 7fbffffffffffffd 4020000000000001 1
fdiv.d 1 c1bb56bbaef32911 bfe0000000000000 41cb56bbaef32911 0
fdiv.d 4 8006000000000000 7feffffffffffffd 8000000000000000 3
fdiv.d 4 3e3fe1ba9f33895a fff0000000000000 8000000000000000 0
fdiv.d 0 801c000000000000 fff6000000000000 7ff8000000000000 10
fdiv.d 4 bf1ffffffffffffc 7fcfffffffffffff 8000008000000000 3
fdiv.d 0 3a000000000000 7fb4000000000000 0 3
fdiv.d 2 407a7f45db1fd6cf 7fba9eca4e20b3c7 afda1cfcca75c9 1
fdiv.d 1 c08d71c0e556ef77 43f0000000000000 bc8d71c0e556ef77 0
fdiv.d 1 fff0000000000000 3810000000000000 fff0000000000000 0
fdiv.d 2 7fc26af5bd5a9da7 800fb285f655c6a6 fff0000000000000 5
fdiv.d 1 3ff0000000000000 c1b1d7a66d7aae56 be2cb21a954855ff 1
fdiv.d 1 38c3de9e448881 bf53e80965b3c9b3 80d3e7bed61ca239 1
fdiv.d 0 4004000000000000 7fc2fc9b84c5ada8 30da9697c2f0ba 1
fdiv.d 1 8000000000000000 8000000000000000 7ff8000000000000 10
fdiv.d 4 bf0f5f7621dbb0ee 40b0c75fb36e1968 be4deaac70480ff1 1
fdiv.d 2 beec000000000000 3f7fffffffffffff bf5c000000000001 1
fdiv.d 3 4059e90524578493 41f0000000000000 3e59e90524578493 0
fdiv.d 0 41475fe5676a8e32 fff1b6fd68dd3872 7ff8000000000000 10
fdiv.d 1 c0cac351372a8b57 7fefffffffffffff 80cac351372a8b57 1
fdiv.d 0 7fe2000000000000 4196680bb4c38f45 7e39b4f7ecd46875 1
fdiv.d 2 7ff0000000000000 800230f317e8d6a1 fff0000000000000 0
fdiv.d 0 d995517e0b0d4 41f0000000000000 d9955 3
fdiv.d 4 4004000000000000 7ff6000000000000 7ff8000000000000 10
fdiv.d 4 bff0000000000000 416392144432744f be7a2962b5ea5064 1
fdiv.d 2 3f09418a0870c83c 3e7d5b760bd260d0 407b879083c3f57f 1
fdiv.d 2 ffde6b84c03fe04a 3810000000000000 fff0000000000000 5
fdiv.d 1 c17ad614deb6cdaa 7fcb0849f0378676 819fc490fac26197 1
fdiv.d 0 4048000000000000 40b8a1c144fdb8e4 3f7f2ddbf21e2d10 1
fdiv.d 2 3ff8000000000000 41e0000000000000 3e08000000000000 0
fdiv.d 0 fff8000000000001 7fefffffffffffff 7ff8000000000000 0
fdiv.d 2 ffcd0b5f23002064 3eeccc00d159ada9 fff0000000000000 5
fdiv.d 1 41dfffffffc00000 2000000000000 7fefffffffffffff 5
fdiv.d 1 36a0000000000000 c1a0000000000000 b4f0000000000000 0
fdiv.d 2 fffffffffffffffd 3fdfffffffffffff 7ff8000000000000 0
fdiv.d 3 3ee5bccbf136fd47 412c5a26cf6a1327 3da888c64b8138d0 1
fdiv.d 1 c14ffffffffffffc bf5d161031953c04 41e19a54f408190d 1
fdiv.d 0 800e9d511cabe54c 8000000000000000 7ff0000000000000 8
fdiv.d 0 7fefffffffffffff 3fa2eb8dc521b0c8 7ff0000000000000 5
fdiv.d 4 3ff0000000000000 c1d4000000000000 be0999999999999a 1
fdiv.d 0 1393a6acec6c47 bf276f97c27d43e8 80dabb09e64e4bec 1
fdiv.d 2 7fefffffffffffff 3fa5b7fb22fc4ee1 7fefffffffffffff 5
fdiv.d 2 10000000000001 fff0000000000000 8000000000000000 0
fsqrt.d 0 c1ac59f546e37e4c 7ff8000000000000 10
fsqrt.d 1 bf9f8fc43c06c7c6 7ff8000000000000 10
fsqrt.d 4 80238b6b8a584a99 7ff8000000000000 10
fsqrt.d 1 c042774d7352350b 7ff8000000000000 10
fsqrt.d 1 ffea000000000000 7ff8000000000000 10
fsqrt.d 0 c0b62e1e4dd93e52 7ff8000000000000 10
fsqrt.d 3 7ff8000000000000 7ff8000000000000 0
fsqrt.d 4 c14ffffffffffffd 7ff8000000000000 10
fsqrt.d 3 c190ce9df733c177 7ff8000000000000 10
fsqrt.d 1 4132000000000000 4090f876ccdf6cd9 1
fsqrt.d 3 fffc000000000000 7ff8000000000000 0
fsqrt.d 3 800ffffffffffffe 7ff8000000000000 10
fsqrt.d 3 c0dc000000000000 7ff8000000000000 10
fsqrt.d 4 fffffffffffffffe 7ff8000000000000 0
fsqrt.d 4 10000000000000 2000000000000000 0
fsqrt.d 3 ffc5bb5724f8bb1b 7ff8000000000000 10
fsqrt.d 3 409a5faac8130573 40448ac92cc54e9f 1
fsqrt.d 0 4028fc67e1877397 400c46bd6df0a189 1
fsqrt.d 3 800ffffffffffffc 7ff8000000000000 10
fsqrt.d 1 7ff8000000000000 7ff8000000000000 0
fsqrt.d 3 41785cb064df1621 40b3be40e47b8d21 1
fsqrt.d 0 c14fd0bc3c2988df 7ff8000000000000 10
fsqrt.d 3 bff0000000000000 7ff8000000000000 10
fsqrt.d 2 4004000000000000 3ff94c583ada5b52 1
fsqrt.d 4 ffea9d4b28f12788 7ff8000000000000 10
fsqrt.d 3 bf2ec73afbf73784 7ff8000000000000 10
fsqrt.d 4 bff0000000000000 7ff8000000000000 10
fsqrt.d 4 2fffffffffffff 200fffffffffffff 1
fsqrt.d 4 7fb87c1052a893ca 5fd3caf35f9659fd 1
fsqrt.d 1 2c000000000000 200deeea11683f49 1
fsqrt.d 0 80257e927c081bca 7ff8000000000000 10
fsqrt.d 2 43e0000000000000 41e6a09e667f3bcc 1
fsqrt.d 0 10000000000000 2000000000000000 0
fsqrt.d 2 c1d4000000000000 7ff8000000000000 10
fsqrt.d 2 be6ffffffffffffc 7ff8000000000000 10
fsqrt.d 1 be50000000000000 7ff8000000000000 10
fsqrt.d 0 3ff0000000000000 3ff0000000000000 0
fsqrt.d 4 3f02db6c0119574a 3f78909483d8f5f4 1
fsqrt.d 2 bfafffffffffffff 7ff8000000000000 10
fsqrt.d 2 7fcb38571f8ae9a3 5fdd8370233e8eab 1
fsqrt.d 0 7fcbc6310868d1a5 5fddcff3ac7c8cb2 1
fsqrt.d 4 3fdfffffffffffff 3fe6a09e667f3bcc 1
fsqrt.d 0 10000000000001 2000000000000000 1
fsqrt.d 4 ffd327d9a4ca09da 7ff8000000000000 10
fsqrt.d 4 8035263a5e703683 7ff8000000000000 10
fsqrt.d 0 ffcffffffffffffc 7ff8000000000000 10
fsqrt.d 3 3f5d154986d3dffd 3fa5924f190d9292 1
fsqrt.d 2 3f64b489ab7493d5 3fa9bd899e69e746 1
fsqrt.d 3 be74000000000000 7ff8000000000000 10
fsqrt.d 3 1969c1a3f327b2 20042a2115988bdb 1
fsqrt.d 4 10000000000000 2000000000000000 0
fsqrt.d 0 3f90000000000000 3fc0000000000000 0
fsqrt.d 2 41926d82b0bc8a16 40c12bc8e17b87d3 1
fsqrt.d 3 3f23ba687200bfca 3f89202e2239773f 1
fsqrt.d 1 7ff0000000000000 7ff0000000000000 0
fsqrt.d 4 bec60c04cd5eec0d 7ff8000000000000 10
fsqrt.d 4 800f3e5846461f76 7ff8000000000000 10
fsqrt.d 1 c0cfffffffffffff 7ff8000000000000 10
fsqrt.d 1 3ffdebcda7b8824f 3ff5e14ca2a2c94f 1
fsqrt.d 3 c000000000000 1ffbb67ae8584cab 1
fmadd.d 1 408ce7b75b12048b 11240cf8adb288 7ff8000000000000 7ff8000000000000 0
fmadd.d 4 da28b2ec10493 7ff0000000000001 bf3ffffffffffffe 7ff8000000000000 10
fmadd.d 2 3eb0000000000000 7fed9118883906e2 fead9118883906e2 8000000000000000 0
fmadd.d 4 8011b21c96f69395 3fd0bbc8bde772ce 800fffffffffffff 8014a07312621029 1
fmadd.d 0 3e8ffffffffffffc 3e32b71c417a091b 4132a9ed2cb31255 4132a9ed2cb31255 1
fmadd.d 0 ffc550b89c0b33aa 3810000000000000 1 f7e550b89c0b33aa 1
fmadd.d 4 4166f41b62aaacc2 41f0000000000000 2fb5f00d887cd 4366f41b62aaacc2 1
fmadd.d 0 fffe000000000000 800fffffffffffff 7ffe000000000003 7ff8000000000000 0
fmadd.d 1 beefffffffffffff 3810000000000000 3710000000000001 33d8000000000000 0
fmadd.d 1 4004000000000000 3ffffffffffffd 182235150e369 54182235150e34 1
fmadd.d 1 41c673cd1fafb522 10000000000000 be83b6ea4fe2f24b be83b6ea4fe2f24a 1
fmadd.d 3 41f0000000000000 c18c000000000000 4160bd9637beb9bc c38bfffffffbd09a 1
fmadd.d 3 7fbfffffffffffff ffe69c90b41f8fa2 7feffffffffffffd ffefffffffffffff 5
fmadd.d 3 c19b0fbe5eb05228 3cb0000000000000 3e5b0fbe5eb05229 3b10000000000000 0
fmadd.d 0 7fc12175b5d78f59 be7b5be25fbd40d5 7e4d4ad74f75effb 7af69b61e834f5e6 0
fmadd.d 4 ffce000000000000 eb22a018ae9d3 3feb8e0ec2e4766f 3cbb000000000000 0
fmadd.d 1 3e71f2849c030f5e c3e0000000000000 bfe0000000000000 c261f2849c031f5e 0
fmadd.d 2 3e98bbffe20cae29 3f2ffffffffffffe 4169791de77253e2 4169791de77253e2 1
fmadd.d 4 3f778843804bf24f c1dd52f7a1ae8e89 be7ffffffffffffc c165908073ec8e1d 1
fmadd.d 0 41e0000000000000 c1affffffffffffd ffb30e1ce9512bb2 ffb30e1ce9512bb2 1
fmadd.d 0 c1b155128ce898ef 800fffffffffffff 81d155128ce898ee 800000000155128d 3
fmadd.d 1 beee63db4b34127d 7fefffffffffffff 800fffffffffffff feee63db4b34127c 1
fmadd.d 2 40f0ad00692b473f 41781c11103207aa fff8000000000001 7ff8000000000000 0
fmadd.d 2 10000000000000 bf9ddf27553c5455 777c9d54f150 8000000000000002 3
fmadd.d 1 c1808a30012a0178 3ff8000000000000 4188cf4801bf0236 3e50000000000000 0
fmadd.d 4 36a0000000000000 3e70000000000000 b51fffffffffffff 31d0000000000000 0
fmadd.d 0 7ff5f2e74a7dfc21 3f7818fa12370d88 be5ece904443f127 7ff8000000000000 10
fmadd.d 2 2da514ae9ecf61 0 8000000000000003 8000000000000003 0
fmadd.d 0 8000000000000000 801623948150035c 8000000000000003 8000000000000003 0
fmadd.d 0 10000000000001 be8a000000000000 2ffffffffffffd 2fffffe5fffffd 1
fmadd.d 4 bf69ac2a9d576695 bff0000000000000 c192feb812970700 c192feb81293d17b 1
fmadd.d 3 3f0e000000000000 8000000000000000 1 1 0
fmadd.d 0 43e0000000000000 bf2ffffffffffffc 3e4c16e8932a893b c31ffffffffffffc 1
fmadd.d 3 41dfffffffc00000 411e0ef50db7c34d 4074000000000000 430e0ef50d7baf63 1
fmadd.d 0 ffec000000000000 41b1e03cc1740c43 7ff0000000000003 7ff8000000000000 10
fmadd.d 2 800fffffffffffff 802a27bf3875b64b 47efffffe0000000 47efffffe0000000 1
fmadd.d 3 405e000000000000 ffd2000000000000 7fca02580ffa3f85 ffefffffffffffff 5
fmadd.d 4 40fa000000000000 3f0fffffffffffff c019ffffffffffff 3ca8000000000000 0
fmadd.d 2 7fefffffffffffff 7ff6ef4d1f9e48dc 10000000000000 7ff8000000000000 10
fmadd.d 0 c0633f34b3a64ed9 c14e000000000000 7ff0000000000000 7ff0000000000000 0
fmadd.d 3 be1ffffffffffffe 3f9e000000000000 c16b77fc539bccaf c16b77fc539bccaf 1
fmadd.d 2 412fffffffffffff fffa000000000000 bfffedab81b2a54d 7ff8000000000000 0
fmadd.d 4 40dffffffffffffd bfb6000000000000 40a5fffffffffffc bd6f000000000000 0
fmadd.d 3 7fc055956019f351 408ffffffffffffe ffeffffffffffffd 7ff0000000000000 5
fmadd.d 0 fff0000000000000 43f0000000000000 7ff0000000000002 7ff8000000000000 10
fmadd.d 2 c118000000000000 bff0000000000000 408ffffffffffffc 41180fffffffffff 1
fmadd.d 1 3f6ffffffffffffe ffd7fd6f9fceefa4 7f57fd6f9fceefa2 fc000520c06220b8 0
fmadd.d 3 10000000000000 3f01f6c21afe005d 80000023ed8435f9 4 3
fmadd.d 3 c16ffffffffffffd 802ffffffffffffd fff0000000000000 fff0000000000000 0
fmadd.d 3 3f6a000000000000 3ed9e9d2a632d105 be550dfb270949d1 3b28800000000000 0
fmadd.d 0 411e080455b78e97 7ff0000000000001 3ff0000000000000 7ff8000000000000 10
fmadd.d 2 41dfffffffc00000 10000000000000 81ffffffffc00000 8000000000000000 0
fmadd.d 2 41f0000000000000 be2e842e0e27fa3b bf5fffffffffffff c02e852e0e27fa3b 1
fmadd.d 1 41f0000000000000 8015673a922c18e3 215673a922c18e2 8000000100000000 0
fmadd.d 3 c3e0000000000000 beeec6791b2e7afb bebfffffffffffff 42dec6791b2e7afb 1
fmadd.d 1 fff8000000000001 be5be836e66f160e 7ff8000000000000 7ff8000000000000 0
fmadd.d 0 3e78ef31e1797aa8 3ff8000000000000 bfe0000000000000 bfdfffff6a64d4b7 1
fmadd.d 4 bf6a965b114b885e c0cffffffffffffe 7ff0000000000000 7ff0000000000000 0
fmadd.d 2 2a8afab525d669 8024071f5ee8c23d 1 0 3
fmadd.d 1 bff0000000000000 41e0000000000000 1 c1dfffffffffffff 1
fmadd.d 2 bff0000000000000 bfdc000000000000 c0a0055da5e41581 c0a0047da5e41581 0
fmadd.d 3 41a7eccb85f95f70 ffc3ce6695aff840 7ff0000000000003 7ff8000000000000 10
fmadd.d 3 800fffffffffffff 41dfffffffc00000 bf6c6fe0b2d64a38 bf6c6fe0b2d64a38 1
fmadd.d 1 3e26000000000000 7ff8000000000000 fff8000000000002 7ff8000000000000 0
fmadd.d 1 803c000000000000 34b5117c03707b c3e0000000000000 c3e0000000000000 1
fmadd.d 2 41d3b271e37fec90 7fe9963fdbaf09b9 7ffffffffffffffe 7ff8000000000000 0
fmadd.d 3 802d0f042d14cf6b 43e0000000000000 c0dffffffffffffd c0dffffffffffffd 1
fmadd.d 2 c16bd0043c144ce4 4158d843e72cf882 42d597fa4e1a550e bfa9383947fefaf2 0
fmadd.d 3 fffffffffffffffc 1 7ffffffffffffffa 7ff8000000000000 0
fmadd.d 0 ffee8baca28a22e1 3fdfffffffffffff fffbcc15e7124413 7ff8000000000000 0
fmsub.d 3 410501ec80e9d0eb fffd4e4b5ecc52fe ffefffffffffffff 7ff8000000000000 0
fmsub.d 4 47efffffe0000000 7fc4000000000000 c0f8285e6c488f5a 7ff0000000000000 5
fmsub.d 0 bf6ffffffffffffc 7ff0000000000001 1 7ff8000000000000 10
fmsub.d 3 3e62000000000000 10000000000000 8ffffff 1 0
fmsub.d 1 7ff0000000000001 3ff8000000000000 3f4fffffffffffff 7ff8000000000000 10
fmsub.d 4 7ff364b07e79bd93 3ecee9016be89bd9 3f72000000000000 7ff8000000000000 10
fmsub.d 2 417e000000000000 41f0000000000000 3810000000000000 437dffffffffffff 1
fmsub.d 1 3fe0a635525db33c ffba000000000000 4191fc45b7139f78 ffab0e16a5d84341 1
fmsub.d 2 c089177518d00fc6 7fefffffffffffff 7fde000000000000 fff0000000000000 5
fmsub.d 2 8029454da4aa343f bff0000000000000 29454da4aa3441 8000000000000004 0
fmsub.d 0 3e30362b4f7af4dc 8029b3ad9291fb88 47efffffe0000000 c7efffffe0000000 1
fmsub.d 4 40c07580c3bb5b37 401b9396ee8bc79f 40ec5e1c1c4d43c5 3da78fe1de226829 0
fmsub.d 4 41dfffffffc00000 bfee000000000000 c1ddffffffc3fffe bea0000000000000 0
fmsub.d 0 bff0000000000000 41098b5147990d07 7fd308a1930940e9 ffd308a1930940e9 1
fmsub.d 2 bf7ffffffffffffe 409564fead2a2b6d be4ad6f84b54e906 c02564feacbecf8b 1
fmsub.d 3 ffe57116f0505292 800a000000000000 7feffffffffffffd ffeffffffffffffc 1
fmsub.d 0 4068000000000000 3f31cc216dd3adfe 3faab23224bd84ff bc70000000000000 0
fmsub.d 3 3ff0000000000000 10000000000000 3f98aef9806f5717 bf98aef9806f5716 1
fmsub.d 0 43f0000000000000 7fdcc740b3940f2a c1a98cec415b0bc9 7ff0000000000000 5
fmsub.d 2 c12ca9b7691d1c79 1 7fe65f3fcdd5e1a2 ffe65f3fcdd5e1a3 1
fmsub.d 4 3f386a57b0198354 aac85f9654eb0 c19fffffffffffff 419fffffffffffff 1
fmsub.d 3 40ab5c936d38b 36a0000000000000 c0703f6b0a260f1e 40703f6b0a260f1f 1
fmsub.d 0 7fdee5e73383820d 7ff7be9601cbad0f 7fffbe9601cbad0e 7ff8000000000000 10
fmsub.d 0 228098db98fb03 7fc3e822aa9f398b 3ff7052643c91f88 bca236039e5e14be 0
fmsub.d 2 4004000000000000 ffd4000000000000 ffe9000000000000 8000000000000000 0
fmsub.d 0 40fffffffffffffe c01fffffffffffff c12ffffffffffffa bdf8000000000000 1
fmsub.d 3 ffb93626be1397b9 bec8000000000000 7e92e89d0e8eb1c9 7b5c000000000000 0
fmsub.d 1 ffdfffffffffffff 3fe511fb03b4b871 ffd511fb03b4b86e fca2bb813f12d1e3 1
fmsub.d 2 bfe0000000000000 c142ababd9a3f5ca ffff4dd99f0db057 7ff8000000000000 0
fmsub.d 4 43f0000000000000 7fbfffffffffffff 41398348303e8775 7ff0000000000000 5
fmsub.d 4 c1062d50436c80d4 3fcffffffffffffc c0e62d50436c80ce bdb9d2afbc937f2c 0
fmsub.d 1 bff0000000000000 8000000000000000 4099d2d4c1737784 c099d2d4c1737784 0
fmsub.d 0 3eb69fe17544f34b befeb9b6743535ee 8000000000000000 bdc5b930acda15e5 1
fmsub.d 0 41f0000000000000 43e0000000000000 41e0000000000000 45e0000000000000 1
fmsub.d 2 40ce000000000000 7fe6e7a77d6408ca 7ff0000000000000 fff0000000000000 0
fmsub.d 0 3f32000000000000 fff0000000000000 fffcd5de6305033d 7ff8000000000000 0
fmsub.d 3 7ff0000000000000 c11852e5a8813a1f 7ff0000000000001 7ff8000000000000 10
fmsub.d 0 ffe1f6d48d0e8d14 41e0000000000000 c056cdea6d084407 fff0000000000000 5
fmsub.d 3 4060000000000000 3e6057bf2346a21c 3ed057bf2346a21d bb90000000000000 0
fmsub.d 3 4082000000000000 c140b07c37ad6373 80362a2ee9803b56 c1d2c68bbea30fe1 1
fmsub.d 1 1 fff0000000000000 c0090e5249a432dc fff0000000000000 0
fmsub.d 3 8000000000000000 401891e299485dc5 40fc000000000000 c0fc000000000000 0
fmsub.d 2 3ff554f3c1ed79c7 ffd6000000000000 7ffffffffffffffd 7ff8000000000000 0
fmsub.d 1 10000000000001 3934701d9fd816 ffffffffffffffff 7ff8000000000000 0
fmsub.d 4 47efffffe0000000 3e7e000000000000 801ffffffffffffc 467dffffe2000000 1
fmsub.d 4 3f2dd5468233cf6f c1dffffffffffffd c11dd5468233cf6b bdd340163cb248da 1
fmsub.d 1 ffca000000000000 801a000000000000 3ff51fffffffffff 3cb0000000000000 0
fmsub.d 1 0 409f2bfa1f9b54ce ffffffffffffffff 7ff8000000000000 0
fmsub.d 4 40a52a8d41b4f771 c18708c433f07fd9 ffe31fe762e2e0d7 7fe31fe762e2e0d7 1
fmsub.d 4 801ffffffffffffe 3e5a48481541abab 800000000d242408 8000000000000003 3
fmsub.d 3 7feffffffffffffe 3810000000000000 3e2ffffffffffffe 780ffffffffffffe 1
fmsub.d 4 41e0000000000000 803de43599fefafc 80364f650d488730 822de43599d25c32 1
fmsub.d 0 41f0000000000000 7ff0000000000001 beca000000000000 7ff8000000000000 10
fmsub.d 1 3ffffffffffffd c0ead58c5f9798b1 3e9ffffffffffffd be9ffffffffffffd 1
fmsub.d 0 3ff0000000000000 38000000000000 38000000000002 8000000000000008 0
fmsub.d 1 3fdfffffffffffff c1dfffffffffffff c1cffffffffffffe bb30000000000000 0
fmsub.d 4 802f6b100fee6fc5 c19fb51e3a9cf721 3ff8000000000000 bff8000000000000 1
fmsub.d 4 bea45724742cebce 7ff4000000000000 3cb0000000000000 7ff8000000000000 10
fmsub.d 4 41a529f622ac2ff5 10000000000000 7fbffffffffffffc ffbffffffffffffc 1
fmsub.d 1 801b4dec8e7e28e3 c026000000000000 be44669648d9047b 3e44669648d9047b 1
fmsub.d 4 43e0000000000000 c1e0000000000000 3cb0000000000000 c5d0000000000000 1
fmsub.d 1 ffd18e2d717c6d3d be69954ab0f6aa3c 7e4c11f4fc4006ef fb1b6957eed6f1da 0
fmsub.d 3 3d336d1bb61ff2 43e0000000000000 42d336d1bb61ff0 f0000000000000 0
fmsub.d 2 7ff0000000000000 7fb928f0524b6aef 3e60000000000000 7ff0000000000000 0
fmsub.d 3 be874375a1697d50 3e83a9a13736c600 bd1c96bea13d5f2d 39e1d7d5e51a1000 0
fmsub.d 1 3ffffffffffffc bffc000000000000 c08e5c31175e60c5 408e5c31175e60c4 1
fmsub.d 2 3ffffffffffffe 36a0000000000000 fff8000000000001 7ff8000000000000 0
fmsub.d 3 3efc8605c13ec350 412e000000000000 7fd6000000000000 ffd5ffffffffffff 1
fmsub.d 0 be2ffffffffffffe 3f42000000000000 ffe8b1535bc92ea2 7fe8b1535bc92ea2 1
fmsub.d 0 3fa2000000000000 3fffffffffffff 47ffffffffffe 2 3
fnmsub.d 2 7ffe46952e86e58c 3f556123edcf16ec 7ffe46952e86e58c 7ff8000000000000 0
fnmsub.d 1 10000000000000 803813d319765b66 803104357c6ced42 803104357c6ced41 1
fnmsub.d 3 3e9ffffffffffffe 800fffffffffffff c0cc000000000000 c0cbffffffffffff 1
fnmsub.d 1 c1815a7b4b282018 8016000000000000 3f22000000000000 3f21ffffffffffff 1
fnmsub.d 3 1ffffffffffffc 3ff0000000000000 410a355d3b5b0394 410a355d3b5b0394 1
fnmsub.d 4 416ee6e1697d88db fff8000000000001 fff7ffffffffffff 7ff8000000000000 10
fnmsub.d 2 7ffffffffffffffe 3e3d81143ae7a116 41f0000000000000 7ff8000000000000 0
fnmsub.d 1 fff8000000000001 3ff8000000000000 3ff0000000000000 7ff8000000000000 0
fnmsub.d 1 803eea51be13e687 40fc000000000000 814b0d07865169b9 8000000000170000 0
fnmsub.d 1 3e9d97054b9edb71 be2d1c631182463d bcdaeb1c8c93351b b985651e9ac2d013 0
fnmsub.d 2 bedffffffffffffe fff8000000000001 fff8000000000003 7ff8000000000000 0
fnmsub.d 1 ffd1babae468b251 803ffffffffffffe 40d611858ae687ac 40d60f4e3389fa95 1
fnmsub.d 3 c1e0000000000000 2384d61beb2451 821384d61beb2454 8000000300000000 0
fnmsub.d 3 ffe34fc19db3dbb6 c1a2c64bf4452000 7fefffffffffffff ffefffffffffffff 5
fnmsub.d 0 3fdfffffffffffff 7fb202d0efd8c531 7fa202d0efd8c52d fc7b7f4bc409ceb4 1
fnmsub.d 0 ffd9708dc3b8c8cb 41dfffffffc00000 7ff0000000000001 7ff8000000000000 10
fnmsub.d 4 3ebffffffffffffd 800ffffffffffffe 8000000200000003 8000000000000003 3
fnmsub.d 2 41e0000000000000 c1e0000000000000 8020fcdbca570f7b 43cfffffffffffff 1
fnmsub.d 0 be12000000000000 41f0000000000000 40cfffffffffffff 40d0012000000000 1
fnmsub.d 0 7fc5f4c1e18b3c25 3810000000000000 77e5f4c1e18b3c27 74b0000000000000 0
fnmsub.d 3 bf6fffffffffffff 41cf45fbff66ab7a 8000000000000000 414f45fbff66ab7a 1
fnmsub.d 3 7ff0000000000000 c1ca000000000000 ffeffffffffffffd 7ff0000000000000 0
fnmsub.d 1 bff0000000000000 bfadba12e71f552d 2930e3addf25e5 bfadba12e71f552c 1
fnmsub.d 2 41b0778e84b36d73 3f02000000000000 0 c0c286805549db22 1
fnmsub.d 2 bfaffffffffffffc c06bd93ad9ad5cab 1 c02bd93ad9ad5ca8 1
fnmsub.d 3 41f0000000000000 7fffffffffffffff 7ffffffffffffffe 7ff8000000000000 0
fnmsub.d 3 fff0328b4521b6a8 0 ffdeef32a9049484 7ff8000000000000 10
fnmsub.d 1 802a84139be13a31 c01fffffffffffff 5a84139be13a32 1d 3
fnmsub.d 1 7fc4000000000000 7ff0000000000001 47efffffe0000000 7ff8000000000000 10
fnmsub.d 0 43e0000000000000 4127efdb536c7421 4517efdb536c7424 41e8000000000000 0
fnmsub.d 3 be8c9f99837082d2 7ff0000000000001 c04ffffffffffffc 7ff8000000000000 10
fnmsub.d 2 414fffffffffffff 0 3 3 0
fnmsub.d 0 c11de8212343c6d6 41e0000000000000 c30de8212343c6d3 3fd8000000000000 0
fnmsub.d 2 bf5b513f9719b048 404c594d6a4aa288 bfb83353b350968c 3c80b15e5300cd90 0
fnmsub.d 4 403e000000000000 3810000000000000 3edb0b4689a05939 3edb0b4689a05939 1
fnmsub.d 2 fff0000000000000 3e22000000000000 fff0000000000000 7ff8000000000000 10
fnmsub.d 2 3ef7d4b65fc96574 41dfffffffc00000 41affffffffffffe 41affe82b49a0662 1
fnmsub.d 1 ffea000000000000 c1be700e8e167d95 c0acdf5b7a2d367f ffefffffffffffff 5
fnmsub.d 1 bf00000000000000 3f0f96b1b2996470 3fda8bc6c0294add 3fda8bc6c222b5f8 1
fnmsub.d 2 3e29f008c4530b7e 3fb2000000000000 8000000000000000 bded2e09dcdd6cee 1
fnmsub.d 0 801f97c802fbca9d ffe8000000000000 1 c017b1d6023cd7f6 1
fnmsub.d 0 3cb0000000000000 c0cc1e4dbdd122b2 be2a000000000000 be29f8f86c908bb7 1
fnmsub.d 1 1 10000000000000 3 2 3
fnmsub.d 2 fff0000000000000 43f0000000000000 41e0000000000000 7ff0000000000000 0
fnmsub.d 0 be25089f135414d6 41e0000000000000 c015089f135414d6 0 0
fnmsub.d 4 7fc71c2d443b4133 3e56dfa2af4c2be4 c06f71286a20d27a fe3084e0f79a7d59 1
fnmsub.d 3 4106000000000000 be2e1a04beccdb2e bf44b1e3432cd6af 3bf4000000000000 0
fnmsub.d 4 c09e440c6fd1a173 bf0ffffffffffffc 408ffffffffffffd 408fff0ddf9c8170 1
fnmsub.d 0 bfbffffffffffffe 4006000000000000 3f00317f2f8d7e28 3fd600818bf97c6b 1
fnmsub.d 0 3ff0000000000000 c3e0000000000000 1 43e0000000000000 1
fnmsub.d 0 3f2585f40f47004c 3ed4e510434866aa 3e0c1b9428a9cac1 3acdec0b975b8588 0
fnmsub.d 4 3ff0000000000000 be46000000000000 be46000000000001 bb00000000000000 0
fnmsub.d 4 7ff76c3dbb0d89de c1d03ae3ce1291dc 41e0000000000000 7ff8000000000000 10
fnmsub.d 1 47efffffe0000000 bf7ffffffffffffe 40f90422cd7121f7 477fffffdffffffe 1
fnmsub.d 0 c06ad1e9e4148d78 16000000000000 bfe72da402ff3671 bfe72da402ff3671 1
fnmsub.d 0 3fdfffffffffffff 41dfffffffc00000 3f23e2fccb29b55b c1cfffffffbffb06 1
fnmsub.d 0 7fcffffffffffffe 32575a2cfe9819 4012575a2cfe9819 3cd2575a2cfe9819 0
fnmsub.d 0 c08c3c6db52ba312 bfe0000000000000 407c3c6db52ba312 0 0
fnmsub.d 4 7ffa1796f8317489 40b5f018783cf2a3 7ffa1796f8317489 7ff8000000000000 0
fnmsub.d 1 fff0000000000000 41c096902db26537 ffefffffffffffff 7ff0000000000000 0
fnmsub.d 3 3ff0000000000000 80056b52deb45f6e 41dfffffffc00000 41dfffffffc00001 1
fnmsub.d 3 419ffffffffffffd 41f0000000000000 439ffffffffffffb c060000000000000 0
fnmsub.d 1 ffd4000000000000 eb27cdcab079a c1e0000000000000 c1dfffffffb6838f 1
fnmsub.d 3 407dd0f23f09f2b5 c13ffffffffffffd c3e0000000000000 c3dffffffff11786 1
fnmsub.d 0 7ff0000000000001 43f0000000000000 ffd0af9d9b5f7d5e 7ff8000000000000 10
fnmsub.d 0 c16fffffffffffff fff0000000000000 4048fcbfd1965e6a fff0000000000000 0
fnmsub.d 1 3edee6dea7e8c07e fff20a1fc986744d 3ff0000000000000 7ff8000000000000 10
fnmsub.d 3 bf2a67eff5002041 407ffffffffffffe 1 3fba67eff5002040 1
fnmsub.d 3 4027ca85a7eea0cd 400fffffffffffff bf5136af807313d0 c047caa8154da1b2 1
fnmsub.d 0 3f8ffffffffffffd 40459a0994961643 3fe59a099496163f bcaf98f1a11ede9c 1
fnmadd.d 1 fff0000000000000 41f0000000000000 800fffffffffffff 7ff0000000000000 0
fnmadd.d 1 c1e0000000000000 ffd04bf9e4430765 41e0000000000000 ffefffffffffffff 5
fnmadd.d 2 c1e0000000000000 10000000000001 1fffffffffffffe 100000000 0
fnmadd.d 1 ffbffffffffffffd c3e0000000000000 ffefffffffffffff ffefffffffffffff 5
fnmadd.d 3 43f0000000000000 7fcba06630d6f343 43e0000000000000 ffefffffffffffff 5
fnmadd.d 4 43f0000000000000 411c000000000000 3e68000000000000 c51c000000000000 1
fnmadd.d 2 34892a66fa770e c18379c77c257903 3ff0000000000000 bff0000000000000 1
fnmadd.d 4 3810000000000000 ffdcab5534e611f4 be54000000000000 77fcab5534e611f4 1
fnmadd.d 0 36a0000000000000 bfd0281264e00ca2 3680281264e00ca1 3340000000000000 0
fnmadd.d 1 10000000000001 c14f41165e1dced6 16f41165e1dceda 8000000000417dd3 3
fnmadd.d 4 c07c000000000000 41e0000000000000 426bfffffffffffd 3f38000000000000 0
fnmadd.d 4 7ff0000000000000 7ffffffffffffffe 10000000000001 7ff8000000000000 0
fnmadd.d 2 c05212654a877982 c3e0000000000000 7ffd063dbf5b180c 7ff8000000000000 0
fnmadd.d 0 3fdfffffffffffff 3ff8000000000000 c1e0000000000000 41dfffffffd00000 1
fnmadd.d 4 3cb0000000000000 be5166f8847c1a63 3b1166f8847c1a62 37d0000000000000 0
fnmadd.d 4 803ea99be30d4060 ffccb532a627234a c120000000000000 411fffe47df7b75f 1
fnmadd.d 4 801144983d46e08a 43f0000000000000 3f4fffffffffffff bf4fffffffffffff 1
fnmadd.d 2 3fe318d8baa31727 3ff0000000000000 bfe318d8baa31726 bca0000000000000 0
fnmadd.d 4 7ff0000000000001 fff0000000000000 fff7fffffffffffe 7ff8000000000000 10
fnmadd.d 2 ffc8000000000000 c02f25158c4ba465 fff0000000000000 7ff0000000000000 0
fnmadd.d 4 8028ac2b9e72a9ab 41f0000000000000 bfe1521226741101 3fe1521226741101 1
fnmadd.d 0 41247b6ee8ac4f6c 80150992c709c729 14aee42e4e4cc1e 59982 3
fnmadd.d 2 c1be000000000000 ffceefc5c97d5b2b fff0000000000001 7ff8000000000000 10
fnmadd.d 1 3e8ac5e5fcb19e73 c87018f8b3927 c0845f29f6b58450 40845f29f6b5844f 1
fnmadd.d 3 3ff8000000000000 c12ffffffffffffe 4137fffffffffffc 3e04000000000000 0
fnmadd.d 4 7ff28b6c7f9e3247 c14625386c3f6e29 41dfffffffc00000 7ff8000000000000 10
fnmadd.d 1 fff0000000000000 3f60a71c7649de5a 7fee000000000000 7ff0000000000000 0
fnmadd.d 4 c0bc71683930f900 be640af4888e53dd bf31d09dee6babc1 3bfa1e84d0ff0580 0
fnmadd.d 3 ffeffffffffffffe fff8000000000001 c13e5e1880bc2610 7ff8000000000000 0
fnmadd.d 4 41dfffffffc00000 41cfab030c0e5918 c022123df2630803 c3bfab030bcf0312 1
fnmadd.d 4 fff8000000000001 c0a2000000000000 fff82fe3f3c4097b 7ff8000000000000 0
fnmadd.d 3 bf6293cc120576d6 c06b5630ad92c856 bfdfbd7b4c36c7be 3c96c6d14946e41c 0
fnmadd.d 1 404af5081ea538d6 10000000000000 806af5081ea538d4 8000000000000040 0
fnmadd.d 0 4004000000000000 43f0000000000000 c404000000000001 40c0000000000000 0
fnmadd.d 2 c126e225171d779e 417f3f150db152c1 42b65830359d122b 3f6e8bc697c5ca1e 0
fnmadd.d 0 3fdfffffffffffff fff0000000000000 7ff0000000000000 7ff8000000000000 10
fnmadd.d 4 fff74d283c853be8 3ed0b986867987e8 bfd2d8df062c6b23 7ff8000000000000 10
fnmadd.d 4 c15a177995a01e4f 3ecb19c8530daf8e 3e524cf084514b59 403618d44362be1b 1
fnmadd.d 0 26d8a2868e7382 4122c745907e928d 815ad040915923f1 8000000000138d61 3
fnmadd.d 3 3ff8000000000000 40c18dfe488fb222 7ff0000000000000 fff0000000000000 0
fnmadd.d 1 3ee3f0b86d3f8a33 bff0000000000000 3ee3f0b86d3f8a30 3bb8000000000000 0
fnmadd.d 4 fff2000000000000 41f0000000000000 41dfffffffc00000 7ff8000000000000 10
fnmadd.d 0 40bffffffffffffc a5d5e076f6964 3e67605204cd970d be67605204cd970d 1
fnmadd.d 1 c1c9586d7269f7ed c3e0000000000000 c5b9586d7269f7eb c280000000000000 0
fnmadd.d 0 3f289eb1bed5b595 c1cb2b6c0ad8ef39 3e5bce0733ef972d 4104e74e57cd1fc2 1
fnmadd.d 4 7fc65d6ce486469d 7ff8000000000000 3f83ee1ce7623208 7ff8000000000000 0
fnmadd.d 0 be10000000000000 3f38000000000000 c0c902788a7b56f1 40c902788a7b56f1 1
fnmadd.d 0 3fea4c6d21b1c0fd 3fc2f44108e79af3 bfbf27732b480d62 bc8a25c2fb0eb114 1
fnmadd.d 3 c066000000000000 800fffffffffffff be68bfdfb1a304be 3e68bfdfb1a304be 1
fnmadd.d 1 be5fffffffffffff 7fbcfedf74e6ac8a fff2c651930c3394 7ff8000000000000 10
fnmadd.d 4 400cf14bfae2c715 bf06000000000000 3810000000000000 3f23e5e43c7be8de 1
fnmadd.d 0 41e0000000000000 3f56000000000000 c145ffffffffffff be00000000000000 0
fnmadd.d 2 c3e0000000000000 30d78e8d521f5 3d86bc746a90fa9 8090000000000000 0
fnmadd.d 2 c0c1a1d79e091e1d bf8c70d25b59c173 414089b2764cd8ef c14089f12568ee67 1
fnmadd.d 2 32a1e4ea2aed5 3ea2000000000000 800000001c7b10c4 0 3
fnmadd.d 1 3e4bd4658ca50d0d 47efffffe0000000 3fec613e5b2911a3 c64bd46570d0a780 1
fnmadd.d 2 419d9bb106fcf5c7 7fc6000000000000 0 fff0000000000000 5
fnmadd.d 3 43f0000000000000 c0fae0e414e7c8a8 fff8000000000001 7ff8000000000000 0
fnmadd.d 4 bee11d493c272b11 bf7e229d7de3be70 be701df8013824cd 3b46ecc847f4e2a4 0
fnmadd.d 4 bf4c000000000000 fff4000000000000 28000000000000 7ff8000000000000 10
fnmadd.d 2 3f046cdb704fd3f4 41dfffffffc00000 10000000000000 c0f46cdb7026fa3e 1
fnmadd.d 0 3eb406304df57622 ffbcd71e69eb6d1a 7e820c06e0d779df fb4895119747c346 0
fnmadd.d 0 ffcf3f327cf1e8c3 3f2da4ace88851d1 7f0cf2127aba3cd1 7bc5be1c75de5d1a 1
fnmadd.d 4 801ffffffffffffe c1e0000000000000 43f0000000000000 c3f0000000000000 1
fnmadd.d 2 3ff8000000000000 7fefffffffffffff 801e000000000000 fff0000000000000 5
fnmadd.d 3 c1a0000000000000 bff0000000000000 c19ffffffffffffd be68000000000000 0
fnmadd.d 1 bfe0853153237c06 47efffffe0000000 3810000000000000 47e08531429e4ab2 1
fnmadd.d 1 8005f017930df764 3f66000000000000 7ff0000000000000 fff0000000000000 0
fnmadd.d 4 41dbf2154a27fdc9 7fbffffffffffffc ffefffffffffffff fff0000000000000 5
fnmadd.d 0 1 fff0000000000000 bfe8cd094829600b 7ff0000000000000 0
fcvt.w.d 2 3e12e65bfb27559a 0 1
fcvt.w.d 2 be1ffffffffffffc ffffffffffffffff 1
fcvt.w.d 1 0 0 0
fcvt.w.d 4 3ff0000000000000 1 0
fcvt.w.d 4 be4ffffffffffffd 0 1
fcvt.w.d 1 3ff0000000000000 1 0
fcvt.w.d 3 41e0000000000000 7fffffff 10
fcvt.w.d 1 bf50000000000000 0 1
fcvt.w.d 0 123874aa85c4a2 0 1
fcvt.w.d 3 3ff0000000000000 1 0
fcvt.w.d 1 13b106b0e79917 0 1
fcvt.w.d 2 3810000000000000 0 1
fcvt.w.d 3 be70d7098d957dfa 0 1
fcvt.w.d 2 bff0000000000000 ffffffffffffffff 0
fcvt.w.d 3 bfb95ad0bd2e502c 0 1
fcvt.w.d 0 3e8ffffffffffffd 0 1
fcvt.w.d 3 fff0000000000000 ffffffff80000000 10
fcvt.w.d 4 c12f024ca1ad8501 fffffffffff07eda 1
fcvt.w.d 4 7fe0bc94b5c30f4b 7fffffff 10
fcvt.w.d 2 801ffffffffffffe ffffffffffffffff 1
fcvt.w.d 3 0 0 0
fcvt.w.d 4 7ff8000000000000 7fffffff 10
fcvt.w.d 4 3ecc7f0a5eb60294 0 1
fcvt.w.d 4 43f0000000000000 7fffffff 10
fcvt.w.d 0 7fbba8ebfa4f27b8 7fffffff 10
fcvt.w.d 1 7fefffffffffffff 7fffffff 10
fcvt.w.d 4 c114000000000000 fffffffffffb0000 0
fcvt.w.d 1 407142cd32516e65 114 1
fcvt.w.d 3 4104000000000000 28000 0
fcvt.w.d 2 c18b32a4fbd92b1d fffffffffc99ab60 1
fcvt.w.d 0 4004000000000000 2 1
fcvt.w.d 1 bf9ffffffffffffc 0 1
fcvt.w.d 1 c05c976efafab7b0 ffffffffffffff8e 1
fcvt.w.d 2 beeffffffffffffc ffffffffffffffff 1
fcvt.w.d 1 c16ffffffffffffe ffffffffff000001 1
fcvt.w.d 0 7ff8000000000000 7fffffff 10
fcvt.w.d 2 80305faffcf559ab ffffffffffffffff 1
fcvt.w.d 0 3ff8000000000000 2 1
fcvt.w.d 0 7fefffffffffffff 7fffffff 10
fcvt.w.d 3 bf5ffffffffffffe 0 1
fcvt.wu.d 0 801e000000000000 0 1
fcvt.wu.d 2 3e7ffffffffffffc 0 1
fcvt.wu.d 0 bf5be4c7720441a5 0 1
fcvt.wu.d 2 fff0000000000000 0 10
fcvt.wu.d 4 8020a171401b179b 0 1
fcvt.wu.d 3 fff56d22ef3cf4d4 ffffffffffffffff 10
fcvt.wu.d 4 7ff9d2d6092af03e ffffffffffffffff 10
fcvt.wu.d 4 c0e0beda2c4d30d8 0 10
fcvt.wu.d 1 40724b903dea985e 124 1
fcvt.wu.d 1 41ddf01e4237990c 77c07908 1
fcvt.wu.d 3 be759bee4111c657 0 1
fcvt.wu.d 1 4004000000000000 2 1
fcvt.wu.d 0 fff0000000000000 0 10
fcvt.wu.d 2 8020000000000000 0 10
fcvt.wu.d 2 7ff0000000000001 ffffffffffffffff 10
fcvt.wu.d 4 3f0ffffffffffffd 0 1
fcvt.wu.d 3 3fb7077279f913f0 1 1
fcvt.wu.d 0 41a84b44a198fcc0 c25a251 1
fcvt.wu.d 1 ffd0defe96a53d21 0 10
fcvt.wu.d 4 4063760713b89aec 9c 1
fcvt.wu.d 3 3f230d85dd0d3f34 1 1
fcvt.wu.d 4 bf4f05be111d91e7 0 1
fcvt.wu.d 3 bf52ecf72c715075 0 1
fcvt.wu.d 2 bff0000000000000 0 10
fcvt.wu.d 2 bfe0000000000000 0 10
fcvt.wu.d 2 40b923c70999f96c 1923 1
fcvt.wu.d 3 10000000000001 1 1
fcvt.wu.d 3 ffdd962331f08178 0 10
fcvt.wu.d 1 3e5cff6bb1788b52 0 1
fcvt.wu.d 4 3ff0000000000000 1 0
fcvt.wu.d 2 ffbfffffffffffff 0 10
fcvt.wu.d 1 ffc02126be359f1d 0 10
fcvt.wu.d 0 7ffffffffffffffd ffffffffffffffff 10
fcvt.wu.d 0 c12fffffffffffff 0 10
fcvt.wu.d 2 fff0000000000000 0 10
fcvt.wu.d 2 36a0000000000000 0 1
fcvt.wu.d 4 fff8000000000001 ffffffffffffffff 10
fcvt.wu.d 1 1 0 1
fcvt.wu.d 2 8000000000000000 0 0
fcvt.wu.d 2 3efb0e7d20e6148a 0 1
fcvt.l.d 3 be6830b91934c3f7 0 1
fcvt.l.d 0 3f530174daad46fa 0 1
fcvt.l.d 3 ffd4000000000000 8000000000000000 10
fcvt.l.d 1 be1fffffffffffff 0 1
fcvt.l.d 4 7fd4000000000000 7fffffffffffffff 10
fcvt.l.d 2 10000000000000 0 1
fcvt.l.d 1 7fe1b5a9742e5092 7fffffffffffffff 10
fcvt.l.d 4 bfe0000000000000 ffffffffffffffff 1
fcvt.l.d 0 3ecffffffffffffe 0 1
fcvt.l.d 4 ffd2f731432673df 8000000000000000 10
fcvt.l.d 2 3e22f2051de02fb5 0 1
fcvt.l.d 2 3e2904c3959185ea 0 1
fcvt.l.d 4 3e206cf600e485 0 1
fcvt.l.d 1 4016000000000000 5 1
fcvt.l.d 4 3ff0000000000000 1 0
fcvt.l.d 1 fff8000000000001 7fffffffffffffff 10
fcvt.l.d 3 bff0000000000000 ffffffffffffffff 0
fcvt.l.d 4 415e2bef5d80ea1f 78afbd 1
fcvt.l.d 4 803ffffffffffffe 0 1
fcvt.l.d 0 43f0000000000000 7fffffffffffffff 10
fcvt.l.d 4 3e814d1a55674f07 0 1
fcvt.l.d 3 12000000000000 1 1
fcvt.l.d 2 7feffffffffffffc 7fffffffffffffff 10
fcvt.l.d 0 7fc7b0ee5dde7e9e 7fffffffffffffff 10
fcvt.l.d 4 36a0000000000000 0 1
fcvt.l.d 1 41e0000000000000 80000000 0
fcvt.l.d 3 c036000000000000 ffffffffffffffea 0
fcvt.l.d 3 c3e0000000000000 8000000000000000 0
fcvt.l.d 3 414a000000000000 340000 0
fcvt.l.d 2 40dfffffffffffff 7fff 1
fcvt.l.d 4 7ff8000000000000 7fffffffffffffff 10
fcvt.l.d 3 c00ceb92e18eb374 fffffffffffffffd 1
fcvt.l.d 1 becda979dd057af6 0 1
fcvt.l.d 4 4004000000000000 3 1
fcvt.l.d 1 7fb9d2cf854f903e 7fffffffffffffff 10
fcvt.l.d 0 4004000000000000 2 1
fcvt.l.d 0 3ff0000000000000 1 0
fcvt.l.d 3 bfd2d77ff3922d4a 0 1
fcvt.l.d 2 c1454f1aaf122d10 ffffffffffd561ca 1
fcvt.l.d 1 2ffffffffffffe 0 1
fcvt.lu.d 2 402ffffffffffffd f 1
fcvt.lu.d 3 41bffffffffffffc 20000000 1
fcvt.lu.d 0 7feb3f92ef433ab3 ffffffffffffffff 10
fcvt.lu.d 3 ffd980cc49eb813f 0 10
fcvt.lu.d 4 41209c4178c77a0e 84e21 1
fcvt.lu.d 3 41f0000000000000 100000000 0
fcvt.lu.d 1 c19a5015bf8459de 0 10
fcvt.lu.d 0 1 0 1
fcvt.lu.d 3 3ff0000000000000 1 0
fcvt.lu.d 3 3f3fffffffffffff 1 1
fcvt.lu.d 2 7ff8000000000000 ffffffffffffffff 10
fcvt.lu.d 0 c3e0000000000000 0 10
fcvt.lu.d 4 c0e978e1deef39de 0 10
fcvt.lu.d 4 0 0 0
fcvt.lu.d 2 43f0000000000000 ffffffffffffffff 10
fcvt.lu.d 0 3ebfffffffffffff 0 1
fcvt.lu.d 0 3810000000000000 0 1
fcvt.lu.d 3 3f2639a87b57e18a 1 1
fcvt.lu.d 0 36a0000000000000 0 1
fcvt.lu.d 1 3feffffffffffffc 0 1
fcvt.lu.d 0 c04ffffffffffffe 0 10
fcvt.lu.d 3 7fefffffffffffff ffffffffffffffff 10
fcvt.lu.d 0 800fffffffffffff 0 1
fcvt.lu.d 0 3eafdc9693f2a7d0 0 1
fcvt.lu.d 4 7ff8000000000000 ffffffffffffffff 10
fcvt.lu.d 0 c01d0688c6bc4584 0 10
fcvt.lu.d 1 bfe0000000000000 0 1
fcvt.lu.d 2 c3e0000000000000 0 10
fcvt.lu.d 3 bfdd28ade5d20a75 0 1
fcvt.lu.d 2 fff74f408645b0be ffffffffffffffff 10
fcvt.lu.d 2 ffeffffffffffffd 0 10
fcvt.lu.d 1 ffffffffffffffff ffffffffffffffff 10
fcvt.lu.d 3 3ff8000000000000 2 1
fcvt.lu.d 4 41f0000000000000 100000000 0
fcvt.lu.d 4 3e1f01d062865a15 0 1
fcvt.lu.d 4 fffffffffffffffe ffffffffffffffff 10
fcvt.lu.d 4 343fcca902f9c1 0 1
fcvt.lu.d 2 47efffffe0000000 ffffffffffffffff 10
fcvt.lu.d 4 7fd648d46d80a208 ffffffffffffffff 10
fcvt.lu.d 4 bfa8e78776bc59f8 0 1
fcvt.d.w 2 fffe8417c946615a c1cb5ccf53000000 0
fcvt.d.w 1 17359893 41b7359893000000 0
fcvt.d.w 1 8000000000000001 3ff0000000000000 0
fcvt.d.w 1 ff922ee3912e2c65 c1dbb474e6c00000 0
fcvt.d.w 4 ffffffffffffffff bff0000000000000 0
fcvt.d.w 1 ffffffffffd4801a c145bff300000000 0
fcvt.d.w 0 ffffffff bff0000000000000 0
fcvt.d.w 3 0 0 0
fcvt.d.w 3 1 3ff0000000000000 0
fcvt.d.w 0 18fbde1e 41b8fbde1e000000 0
fcvt.d.w 4 ffffffffffffffff bff0000000000000 0
fcvt.d.w 1 c556a944e253d948 c1bdac26b8000000 0
fcvt.d.w 4 8000000000000000 0 0
fcvt.d.w 1 13d6ae8c48 c1c4a8b9dc000000 0
fcvt.d.w 1 20000001 41c0000000800000 0
fcvt.d.w 3 fffffffffffbf22e c110374800000000 0
fcvt.d.w 3 fc548241e4718df2 c1bb8e720e000000 0
fcvt.d.w 1 333282 4149994100000000 0
fcvt.d.w 1 ffffffffffe74cd9 c138b32700000000 0
fcvt.d.w 2 7fffffffffffffff bff0000000000000 0
fcvt.d.w 4 fffffffffffffff1 c02e000000000000 0
fcvt.d.w 0 1 3ff0000000000000 0
fcvt.d.w 3 1c44 40bc440000000000 0
fcvt.d.w 4 8000000000000000 0 0
fcvt.d.w 4 fffffffff6607ea1 c1a33f02be000000 0
fcvt.d.w 2 ffffffff80000000 c1e0000000000000 0
fcvt.d.w 3 8000000000000001 3ff0000000000000 0
fcvt.d.w 4 ffffffffffffff bff0000000000000 0
fcvt.d.w 4 80000001 c1dfffffffc00000 0
fcvt.d.w 4 20000000000001 3ff0000000000000 0
fcvt.d.w 1 1995896913 c1da9da5bb400000 0
fcvt.d.w 4 1000001 4170000010000000 0
fcvt.d.w 1 fffff6fa954012a6 c1daaffb56800000 0
fcvt.d.w 4 f7bd359d8291fbfd c1df5b8100c00000 0
fcvt.d.w 0 ffffffff80000000 c1e0000000000000 0
fcvt.d.w 4 2903d09de c1dbf0bd88800000 0
fcvt.d.w 0 0 0 0
fcvt.d.w 3 8000000000000000 0 0
fcvt.d.w 0 3d4b01bd 41cea580de800000 0
fcvt.d.w 2 137cb4fbc4 41df2d3ef1000000 0
fcvt.d.wu 4 ffffffff80000000 41e0000000000000 0
fcvt.d.wu 0 7fffffff 41dfffffffc00000 0
fcvt.d.wu 2 80000001 41e0000000200000 0
fcvt.d.wu 3 80000000 41e0000000000000 0
fcvt.d.wu 3 1 3ff0000000000000 0
fcvt.d.wu 0 7ab04e33e2a 41938cf8a8000000 0
fcvt.d.wu 4 7 401c000000000000 0
fcvt.d.wu 2 7fffffff 41dfffffffc00000 0
fcvt.d.wu 3 11859fbcb0823bf 41e9610477e00000 0
fcvt.d.wu 2 1000001 4170000010000000 0
fcvt.d.wu 4 a4c996931 41d3265a4c400000 0
fcvt.d.wu 1 80000001 41e0000000200000 0
fcvt.d.wu 4 ffffffffffffac20 41effff584000000 0
fcvt.d.wu 3 fffffffffffa71cd 41efff4e39a00000 0
fcvt.d.wu 1 20000000000001 3ff0000000000000 0
fcvt.d.wu 4 fffffffffb448432 41ef689086400000 0
fcvt.d.wu 4 ffffffff80000000 41e0000000000000 0
fcvt.d.wu 1 ffffffff 41efffffffe00000 0
fcvt.d.wu 0 ffffffffffc1345a 41eff8268b400000 0
fcvt.d.wu 3 ffffffffffff715a 41efffee2b400000 0
fcvt.d.wu 1 fffffffffff2f688 41effe5ed1000000 0
fcvt.d.wu 4 ffffffffffffff1c 41efffffe3800000 0
fcvt.d.wu 2 ff7083009a7ca60e 41e34f94c1c00000 0
fcvt.d.wu 4 8000000000000000 0 0
fcvt.d.wu 0 8000000000000000 0 0
fcvt.d.wu 3 20000000000001 3ff0000000000000 0
fcvt.d.wu 0 15ff7518e02e 41dd46380b800000 0
fcvt.d.wu 1 ffffffca0e8db97b 41ad1b72f6000000 0
fcvt.d.wu 3 fffffffffffffffd 41efffffffa00000 0
fcvt.d.wu 3 1f4c68a556 41d31a2955800000 0
fcvt.d.wu 4 2d13aa39fe77dd 41ccff3bee800000 0
fcvt.d.wu 0 1a7ec 40fa7ec000000000 0
fcvt.d.wu 1 8000000000000001 3ff0000000000000 0
fcvt.d.wu 4 ffffffff 41efffffffe00000 0
fcvt.d.wu 2 fffffffffffff001 41effffe00200000 0
fcvt.d.wu 1 20d 4080680000000000 0
fcvt.d.wu 2 e34737e39175932 41cc8bac99000000 0
fcvt.d.wu 4 fffffffff774a481 41eeee9490200000 0
fcvt.d.wu 1 ff4ccda0215c4630 41c0ae2318000000 0
fcvt.d.wu 3 f46010a691cd5ec1 41e239abd8200000 0
fcvt.d.l 3 cd1811b8fc93 42e9a302371f9260 0
fcvt.d.l 2 82 4060400000000000 0
fcvt.d.l 1 358 408ac00000000000 0
fcvt.d.l 2 ffffffff80000000 c1e0000000000000 0
fcvt.d.l 2 80000001 41e0000000200000 0
fcvt.d.l 2 8000000000000000 c3e0000000000000 0
fcvt.d.l 0 ffffffff 41efffffffe00000 0
fcvt.d.l 1 27797769c2 4243bcbbb4e10000 0
fcvt.d.l 3 214ee433 41c0a77219800000 0
fcvt.d.l 2 ffffffffffffff 436fffffffffffff 1
fcvt.d.l 4 19991dea33ed2b4 4379991dea33ed2b 1
fcvt.d.l 1 fffec51b417ee92c c2f3ae4be8116d40 0
fcvt.d.l 3 ffffffff80000000 c1e0000000000000 0
fcvt.d.l 2 fffffffffffffd8b c083a80000000000 0
fcvt.d.l 0 20000001 41c0000000800000 0
fcvt.d.l 4 fffff99c2c4a4b2b c2998f4ed6d35400 0
fcvt.d.l 3 ff715fe3da1cd449 c361d40384bc6576 1
fcvt.d.l 2 85b 40a0b60000000000 0
fcvt.d.l 2 e51172dc 41eca22e5b800000 0
fcvt.d.l 2 120af8ab 41b20af8ab000000 0
fcvt.d.l 2 fef62e36ef7bd202 c3709d1c910842e0 1
fcvt.d.l 3 80000000 41e0000000000000 0
fcvt.d.l 1 7fffffff 41dfffffffc00000 0
fcvt.d.l 3 ffffd1e1c0c459ee c2c70f1f9dd30900 0
fcvt.d.l 0 ffffffffffffff11 c06de00000000000 0
fcvt.d.l 4 20000000000001 4340000000000001 1
fcvt.d.l 0 fffffffffffff001 c0affe0000000000 0
fcvt.d.l 0 ffffffffffff6188 c0e3cf0000000000 0
fcvt.d.l 1 1000001 4170000010000000 0
fcvt.d.l 3 80000000 41e0000000000000 0
fcvt.d.l 3 ffffffff80000000 c1e0000000000000 0
fcvt.d.l 2 e04dffe14f6d210a c3bfb2001eb092df 1
fcvt.d.l 1 be6 40a7cc0000000000 0
fcvt.d.l 2 0 0 0
fcvt.d.l 0 1cb7b9767db955e 437cb7b9767db956 1
fcvt.d.l 4 20000001 41c0000000800000 0
fcvt.d.l 2 fffffffffff6d066 c1225f3400000000 0
fcvt.d.l 4 fffffffffffbc128 c110fb6000000000 0
fcvt.d.l 0 1000001 4170000010000000 0
fcvt.d.l 3 fffffffffffff001 c0affe0000000000 0
fcvt.d.lu 4 fffffffffffff001 43effffffffffffe 1
fcvt.d.lu 0 63fa3982e 4218fe8e60b80000 0
fcvt.d.lu 4 7fffffff 41dfffffffc00000 0
fcvt.d.lu 4 fffffffff9e64196 43efffffffff3cc8 1
fcvt.d.lu 3 ffffffffffffffff 43f0000000000000 1
fcvt.d.lu 4 fffffffef27714d8 43efffffffde4ee3 1
fcvt.d.lu 1 ffffffffff813f01 43effffffffff027 1
fcvt.d.lu 1 1724a1ee3b29 42b724a1ee3b2900 0
fcvt.d.lu 0 8000000000000000 43e0000000000000 0
fcvt.d.lu 1 fd54414f8 422faa8829f00000 0
fcvt.d.lu 0 ffc9bb3a6d087a35 43eff937674da10f 1
fcvt.d.lu 3 8000000000000000 43e0000000000000 0
fcvt.d.lu 1 7fffffffffffffff 43dfffffffffffff 1
fcvt.d.lu 4 353b823d 41ca9dc11e800000 0
fcvt.d.lu 0 ffffffffc655a15d 43effffffff8cab4 1
fcvt.d.lu 2 1e0b 40be0b0000000000 0
fcvt.d.lu 2 1000001 4170000010000000 0
fcvt.d.lu 3 ffffffeaa79e7011 43effffffd54f3cf 1
fcvt.d.lu 2 57567d878e9b6 4315d59f61e3a6d8 0
fcvt.d.lu 4 80000001 41e0000000200000 0
fcvt.d.lu 4 fffffa4d13df9292 43efffff49a27bf2 1
fcvt.d.lu 3 529cb74c1ccdb13 4394a72dd307336d 1
fcvt.d.lu 2 80000000 41e0000000000000 0
fcvt.d.lu 4 ffffffffffb0e1ff 43effffffffff61c 1
fcvt.d.lu 2 8000000000000000 43e0000000000000 0
fcvt.d.lu 1 e91ec44848694748 43ed23d889090d28 1
fcvt.d.lu 1 b60af2310e5b2 4326c15e4621cb64 0
fcvt.d.lu 2 0 0 0
fcvt.d.lu 3 78e9e4f 419e3a793c000000 0
fcvt.d.lu 1 fffffffbd1c90084 43efffffff7a3920 1
fcvt.d.lu 1 2b23abd281e 428591d5e940f000 0
fcvt.d.lu 0 ffffffffe68d29a7 43effffffffcd1a5 1
fcvt.d.lu 4 ffffffff80000000 43effffffff00000 0
fcvt.d.lu 4 fffe2f42d21a62dc 43efffc5e85a434c 1
fcvt.d.lu 3 377ed39c65c8a 430bbf69ce32e450 0
fcvt.d.lu 0 fffffffffffff001 43effffffffffffe 1
fcvt.d.lu 3 1000001 4170000010000000 0
fcvt.d.lu 3 ffffffffffffff 4370000000000000 1
fcvt.d.lu 4 fffffffffffff6ef 43efffffffffffff 1
fcvt.d.lu 3 80000000 41e0000000000000 0
fcvt.d.s 3 7fc00000 7ff8000000000000 0
fcvt.d.s 4 337ffffe 3e6fffffc0000000 0
fcvt.d.s 0 43400000 4068000000000000 0
fcvt.d.s 3 0 0 0
fcvt.d.s 1 be48ce63 bfc919cc60000000 0
fcvt.d.s 1 807ffffd b80fffff40000000 0
fcvt.d.s 0 5f800000 43f0000000000000 0
fcvt.d.s 3 b4900000 be92000000000000 0
fcvt.d.s 2 b84ed65f bf09dacbe0000000 0
fcvt.d.s 4 7f7fffff 47efffffe0000000 0
fcvt.d.s 1 c71246e8 c0e248dd00000000 0
fcvt.d.s 4 7e99c1d6 47d3383ac0000000 0
fcvt.d.s 4 0 0 0
fcvt.d.s 2 3effffff 3fdfffffe0000000 0
fcvt.d.s 4 bf800000 bff0000000000000 0
fcvt.d.s 4 c1b00000 c036000000000000 0
fcvt.d.s 2 81fffffd b83fffffa0000000 0
fcvt.d.s 1 0 0 0
fcvt.d.s 1 bf000000 bfe0000000000000 0
fcvt.d.s 3 1 36a0000000000000 0
fcvt.d.s 1 7f7fffff 47efffffe0000000 0
fcvt.d.s 1 809d8d9e b813b1b3c0000000 0
fcvt.d.s 1 8053799e b804de6780000000 0
fcvt.d.s 3 30f0dd45 3e1e1ba8a0000000 0
fcvt.d.s 1 !27cfabdc5be1b850 7ff8000000000000 0
fcvt.d.s 2 b3ca47f7 be7948fee0000000 0
fcvt.d.s 4 cf000000 c1e0000000000000 0
fcvt.d.s 3 c2945f1c c0528be380000000 0
fcvt.d.s 2 fdfffffc c7bfffff80000000 0
fcvt.d.s 3 80000000 8000000000000000 0
fcvt.d.s 0 34000000 3e80000000000000 0
fcvt.d.s 0 81d82c1f b83b0583e0000000 0
fcvt.d.s 1 b8300000 bf06000000000000 0
fcvt.d.s 1 40200000 4004000000000000 0
fcvt.d.s 0 ff800000 fff0000000000000 0
fcvt.d.s 4 4f000000 41e0000000000000 0
fcvt.d.s 2 c6700000 c0ce000000000000 0
fcvt.d.s 1 40200000 4004000000000000 0
fcvt.d.s 4 fff84714 7ff8000000000000 0
fcvt.d.s 1 1 36a0000000000000 0
fmin.d 1 403a000000000000 c09ffffffffffffc c09ffffffffffffc 0
fmin.d 4 ffdf2bbae3341d85 7ff8000000000000 ffdf2bbae3341d85 0
fmin.d 3 415bd46113e34bd4 40fffffffffffffe 40fffffffffffffe 0
fmin.d 3 43f0000000000000 3f66000000000000 3f66000000000000 0
fmin.d 2 1 c1e0000000000000 c1e0000000000000 0
fmin.d 1 8010b1cca38eac0c fff6000000000000 8010b1cca38eac0c 10
fmin.d 2 3cb0000000000000 fff8000000000001 3cb0000000000000 0
fmin.d 2 c1c8000000000000 3fdfffffffffffff c1c8000000000000 0
fmin.d 0 0 1 0 0
fmin.d 2 800fffffffffffff bfe0000000000000 bfe0000000000000 0
fmin.d 2 c180000000000000 10000000000000 c180000000000000 0
fmin.d 0 7fefffffffffffff 800fffffffffffff 800fffffffffffff 0
fmin.d 1 bff0000000000000 412683c99efc9404 bff0000000000000 0
fmin.d 3 bfe0000000000000 3e4ffffffffffffd bfe0000000000000 0
fmin.d 2 7fc9eba7549e91ac 3ff8000000000000 3ff8000000000000 0
fmin.d 1 3810000000000000 beb2000000000000 beb2000000000000 0
fmin.d 3 3810000000000000 4004000000000000 3810000000000000 0
fmin.d 0 fff0000000000000 bf685f12f60153ab fff0000000000000 0
fmin.d 1 7fe29ac6fc2ab826 c1bfffffffffffff c1bfffffffffffff 0
fmin.d 1 41d5644649a0b96b c07e000000000000 c07e000000000000 0
fmin.d 1 be18ece29fb43799 7fed2ffe2856a187 be18ece29fb43799 0
fmin.d 0 43f0000000000000 bf38d9e5ffb122be bf38d9e5ffb122be 0
fmin.d 2 3ff0000000000000 ffcfffffffffffff ffcfffffffffffff 0
fmin.d 2 3ecbddc231d5e913 c1dffffffffffffe c1dffffffffffffe 0
fmin.d 4 3f3ffffffffffffc 8000000000000000 8000000000000000 0
fmin.d 4 bf52000000000000 3eef6b45940a99bb bf52000000000000 0
fmin.d 1 36a0000000000000 c3e0000000000000 c3e0000000000000 0
fmin.d 0 801ffffffffffffd 1 801ffffffffffffd 0
fmin.d 0 8006000000000000 3810000000000000 8006000000000000 0
fmin.d 4 4004000000000000 8022000000000000 8022000000000000 0
fmax.d 4 800733c482e84fd0 beee24cb13a45900 800733c482e84fd0 0
fmax.d 3 c0bfffffffffffff 7fec000000000000 7fec000000000000 0
fmax.d 4 40c8937fa55e1262 36a0000000000000 40c8937fa55e1262 0
fmax.d 1 ffed0374e290bd63 41f0000000000000 41f0000000000000 0
fmax.d 0 7fc2000000000000 c1e0000000000000 7fc2000000000000 0
fmax.d 2 3f3c000000000000 7ff0000000000000 7ff0000000000000 0
fmax.d 0 ffefffffffffffff 7fbe000000000000 7fbe000000000000 0
fmax.d 0 7fc6127050a65c63 7fe3f5f1c3de5394 7fe3f5f1c3de5394 0
fmax.d 3 bfffffffffffffff 43e0000000000000 43e0000000000000 0
fmax.d 1 7ff0000000000001 be2148bcda81f576 be2148bcda81f576 10
fmax.d 4 c0c0000000000000 409b87f896cae3fb 409b87f896cae3fb 0
fmax.d 2 bff0000000000000 7ff8000000000000 bff0000000000000 0
fmax.d 2 3cb0000000000000 3ea5bcb5b448e9e4 3ea5bcb5b448e9e4 0
fmax.d 1 fff8000000000001 7ff0000000000000 7ff0000000000000 0
fmax.d 4 10000000000000 fff8000000000001 10000000000000 0
fmax.d 4 ffdcc1427377aad4 3cb0000000000000 3cb0000000000000 0
fmax.d 4 3e1ca9809fbe24e9 c130eb72380f8231 3e1ca9809fbe24e9 0
fmax.d 0 3ecffffffffffffc c1cffffffffffffd 3ecffffffffffffc 0
fmax.d 3 10000000000001 40dfffffffffffff 40dfffffffffffff 0
fmax.d 1 bf0ffffffffffffc c02ffffffffffffd bf0ffffffffffffc 0
fmax.d 4 c14e000000000000 ffeb4f178aee234f c14e000000000000 0
fmax.d 3 7feffffffffffffc bf4f9d46ab0b3f65 7feffffffffffffc 0
fmax.d 1 c051927fd92ce53c c046000000000000 c046000000000000 0
fmax.d 1 43f0000000000000 43f0000000000000 43f0000000000000 0
fmax.d 3 c106b9e4865e84b5 7ff0000000000000 7ff0000000000000 0
fmax.d 2 22000000000000 ffffffffffffc 22000000000000 0
fmax.d 3 fff8000000000001 4004000000000000 4004000000000000 0
fmax.d 1 ffd86839fbe6b91e c0cffffffffffffd c0cffffffffffffd 0
fmax.d 3 fff6560e5d1e043a 7ff8000000000000 7ff8000000000000 10
fmax.d 1 fffffffffffffffe c03e25af7e5b3c4b c03e25af7e5b3c4b 0
feq.d 1 0 4004000000000000 0 0
feq.d 2 3e14000000000000 bfe0000000000000 0 0
feq.d 0 400162b4f1f46121 4004000000000000 0 0
feq.d 1 47efffffe0000000 41ce511c85993ac9 0 0
feq.d 3 c18ffffffffffffd bf4fffffffffffff 0 0
feq.d 2 3ebe000000000000 8000000000000000 0 0
feq.d 4 8000000000000000 80013ecfec6e090b 0 0
feq.d 1 c1a12d5c21e0843e 1cab318fa3bbdb 0 0
feq.d 4 101bbbf3ca0244 c0d6000000000000 0 0
feq.d 2 bf793f23fd5a6743 8000000000000000 0 0
feq.d 4 405bb031cad9c5f4 8015aea9ba0fccf1 0 0
feq.d 2 bef510afacd1ed09 ffba051a59bb2498 0 0
feq.d 2 3fec000000000000 bee55a78c09f74fc 0 0
feq.d 1 800fffffffffffff 3fdfffffffffffff 0 0
feq.d 0 7fc5b2750c381f01 40cfffffffffffff 0 0
feq.d 2 0 d8e58628e5aff 0 0
feq.d 4 c14a88367f4cdae9 8020000000000000 0 0
feq.d 2 be6e4a135d19ef21 10000000000001 0 0
feq.d 2 3f7d55df5eb5854e 3e22ab0daeed781a 0 0
feq.d 2 bffffffffffffffd 404bf9cc17b72574 0 0
feq.d 3 7ff8000000000000 ffdf8dd9ba90377a 0 0
feq.d 4 3f2a1f7ac8bdbddc 47efffffe0000000 0 0
feq.d 4 10000000000000 7ff8000000000000 0 0
feq.d 3 41dfffffffc00000 7fec1f2c07c14740 0 0
feq.d 2 410e425db15291b3 bf7edbd069d0b501 0 0
feq.d 0 43e0000000000000 4f198f69daefb 0 0
feq.d 0 c1affffffffffffe 24000000000000 0 0
feq.d 3 3fa5e122086bf045 40a4000000000000 0 0
feq.d 4 fff8000000000001 7fc5b147d5302e38 0 0
feq.d 2 c1da000000000000 10000000000000 0 0
flt.d 0 7ff0a670248db3b8 1 0 10
flt.d 2 be672fb7add1a9f1 bfae000000000000 0 0
flt.d 2 401ffffffffffffe 7ff0000000000000 1 0
flt.d 3 3f2a178017e672f7 3f1a000000000000 0 0
flt.d 1 3e74000000000000 80206ecef240894e 0 0
flt.d 4 47efffffe0000000 800fffffffffffff 0 0
flt.d 3 3f26000000000000 4004000000000000 1 0
flt.d 0 c0f392ec09fee770 c1377d4945231426 0 0
flt.d 1 3cb0000000000000 bff040f62cf304aa 0 0
flt.d 3 4090000000000000 3e8fffffffffffff 0 0
flt.d 0 4018000000000000 7fe4f798963cc47f 1 0
flt.d 1 3ff0000000000000 3fc08732168f304b 0 0
flt.d 4 41dfffffffc00000 4150000000000000 0 0
flt.d 1 7ffc3c11c69e452c 3f08000000000000 0 10
flt.d 0 7fe361be1a30bd99 be4a000000000000 0 0
flt.d 1 c1e0000000000000 3f1fffffffffffff 1 0
flt.d 1 bfddf04c7c557c2d ffd4cfd8380f4e84 0 0
flt.d 1 3e4e000000000000 800fffffffffffff 0 0
flt.d 3 bff0000000000000 38a65e5bc659ff 1 0
flt.d 4 c03a000000000000 7ff0000000000000 1 0
flt.d 2 bee4f26ea9388ac7 fff6133f5bb9ae0a 0 10
flt.d 0 bed3e1e11932409e 36a0000000000000 1 0
flt.d 2 43e0000000000000 be9ffffffffffffc 0 0
flt.d 2 36a0000000000000 3fdfffffffffffff 1 0
flt.d 1 bed8f52e73777ce1 41f0000000000000 1 0
flt.d 0 bf9487e0bc607edc 3fdfffffffffffff 1 0
flt.d 3 7fdfc161d25f189c 803ffffffffffffd 0 0
flt.d 4 fff8000000000001 bff0000000000000 0 10
flt.d 3 c16eefcd9555ab23 bff964bfc72bc367 1 0
flt.d 3 8000000000000000 3ed4963642660ea2 1 0
fle.d 0 3ff2c7dd10fdee63 fff8000000000001 0 10
fle.d 1 ffba128751d9a038 36a0000000000000 1 0
fle.d 0 10000000000000 3f4c7ebf5b64f1d6 1 0
fle.d 0 2911cb33866dcb 3f1ffffffffffffc 1 0
fle.d 4 802ffffffffffffd 3ee965eafab41c07 1 0
fle.d 4 40f6000000000000 7ff0000000000000 1 0
fle.d 4 800219a2bf92746f ffc58a5fe23ad74b 0 0
fle.d 4 7feffffffffffffd 2de378e43a2b7a 0 0
fle.d 3 414325cf0de0a416 bff0000000000000 0 0
fle.d 3 c1d2b3c72c35d8a3 ffffffffffffd 1 0
fle.d 3 37ee7ec68593e8 404ffffffffffffd 1 0
fle.d 3 41b6fb8a02fbcb68 c01cc2fa4c74870d 0 0
fle.d 2 10000000000001 c1e0000000000000 0 0
fle.d 1 c0fa000000000000 fff7ed868b82e1b5 0 10
fle.d 1 41c298ef87051ed4 c0fca76888c27a8a 0 0
fle.d 0 36a0000000000000 80021806598a252c 0 0
fle.d 0 fffffffffffff 40e2f45588c57808 1 0
fle.d 1 41e0000000000000 43e0000000000000 1 0
fle.d 0 43f0000000000000 3f4fffffffffffff 0 0
fle.d 1 bff0000000000000 be7e000000000000 1 0
fle.d 2 fff0000000000000 4004000000000000 1 0
fle.d 3 bfdffffffffffffe 3ff3051b1f551900 1 0
fle.d 0 3ff0000000000000 8000166388d612fd 0 0
fle.d 2 14d10c61d59d96 ffcabcf38d75275f 0 0
fle.d 3 40e922889c7ef941 47efffffe0000000 1 0
fle.d 0 bff0000000000000 10000000000001 1 0
fle.d 0 c3e0000000000000 7fd9bb336ff14940 1 0
fle.d 4 3f9466b6555d8bc6 fff8000000000001 0 10
fle.d 4 7fee000000000000 3e23af3a8660422c 0 0
fle.d 3 415905355a679442 7fefffffffffffff 1 0
fclass.d 0 3e659e79f608489a 40 0
fclass.d 1 c1196a2b63acf264 2 0
fclass.d 3 bf4ce119d6ce448c 2 0
fclass.d 4 3fd68eda72c24b01 40 0
fclass.d 3 bfe0000000000000 2 0
fclass.d 4 3f8da9f9ce22839e 40 0
fclass.d 1 7ff2000000000000 100 0
fclass.d 1 7fefffffffffffff 40 0
fclass.d 2 bfe0000000000000 2 0
fclass.d 0 6000000000000 20 0
fclass.d 3 36a0000000000000 40 0
fclass.d 1 c0c8e7924fa6d8c8 2 0
fclass.d 2 40010a903f187507 40 0
fclass.d 4 e000000000000 20 0
fclass.d 3 3f9ffffffffffffc 40 0
fclass.d 3 54e6ee11de22e 20 0
fclass.d 3 ffb633da86c59836 2 0
fclass.d 2 7fcc000000000000 40 0
fclass.d 3 3fdfffffffffffff 40 0
fclass.d 4 c3e0000000000000 2 0
fclass.d 3 7ff0000000000000 80 0
fclass.d 3 41c095d002f02b27 40 0
fclass.d 3 8000000000000000 8 0
fclass.d 4 33a7f5b10f1d72 40 0
fclass.d 2 ffe442521fc474e5 2 0
fclass.d 3 41cffffffffffffe 40 0
fclass.d 4 10000000000001 40 0
fclass.d 3 41c2000000000000 40 0
fclass.d 0 7ff8000000000000 200 0
fclass.d 2 10000000000000 40 0
fsgnj.d 4 36a0000000000000 802ffffffffffffc b6a0000000000000 0
fsgnj.d 1 8018000000000000 c0c6000000000000 8018000000000000 0
fsgnj.d 4 7ff0000000000000 3fdfffffffffffff 7ff0000000000000 0
fsgnj.d 2 fff8000000000001 40b0000000000000 7ff8000000000001 0
fsgnj.d 2 c0effffffffffffe ffbed5d0af074d96 c0effffffffffffe 0
fsgnj.d 2 ffb37d20d5fae56e be1ffffffffffffc ffb37d20d5fae56e 0
fsgnj.d 1 ffce3c5e99569ea7 4024000000000000 7fce3c5e99569ea7 0
fsgnj.d 1 7fefffffffffffff 41d4ca40ca46047d 7fefffffffffffff 0
fsgnj.d 1 fff0000000000000 c12fffffffffffff fff0000000000000 0
fsgnj.d 0 0 8035fa14cac3921d 8000000000000000 0
fsgnj.d 2 7ff0000000000000 41f0000000000000 7ff0000000000000 0
fsgnj.d 1 410c000000000000 40fffffffffffffd 410c000000000000 0
fsgnj.d 3 7fb925a16993ec27 7ff0000000000001 7fb925a16993ec27 0
fsgnj.d 3 47efffffe0000000 bf3c000000000000 c7efffffe0000000 0
fsgnj.d 1 40cffffffffffffe 3e9fffffffffffff 40cffffffffffffe 0
fsgnj.d 3 c00e744a64f8ae78 4152000000000000 400e744a64f8ae78 0
fsgnj.d 2 bfe0000000000000 c18659fe46b58ff4 bfe0000000000000 0
fsgnj.d 3 801ffffffffffffc 414a8a5841db0155 1ffffffffffffc 0
fsgnj.d 0 3810000000000000 3edbfc90bb1d55f3 3810000000000000 0
fsgnj.d 0 13fcaa896c36c5 3fc130506226b875 13fcaa896c36c5 0
fsgnj.d 2 bfdffffffffffffc c3e0000000000000 bfdffffffffffffc 0
fsgnj.d 4 3810000000000000 c09a0524dcbf58a1 b810000000000000 0
fsgnj.d 0 414ffffffffffffd bff0000000000000 c14ffffffffffffd 0
fsgnj.d 0 3f1a000000000000 3f82000000000000 3f1a000000000000 0
fsgnj.d 3 c06f75131ec4167b 41e0000000000000 406f75131ec4167b 0
fsgnj.d 3 3f8f804801db1825 7fd54f728c49ac3a 3f8f804801db1825 0
fsgnj.d 0 7ff0000000000001 bf2e000000000000 fff0000000000001 0
fsgnj.d 2 3fdfffffffffffff beb9697e74b76243 bfdfffffffffffff 0
fsgnj.d 3 3e90df7f89be8c68 3fe25faa6efb1c99 3e90df7f89be8c68 0
fsgnj.d 3 7ff8000000000000 ffd953208dc2334f fff8000000000000 0
fsgnjn.d 4 9ffee76436d49 7ff0000000000001 8009ffee76436d49 0
fsgnjn.d 1 c0b6dd04d19f578a be88bd819140b7aa 40b6dd04d19f578a 0
fsgnjn.d 2 c0de7d1f0d3da266 40c0f30245e4da81 c0de7d1f0d3da266 0
fsgnjn.d 3 43f0000000000000 7fbe614059a1495e c3f0000000000000 0
fsgnjn.d 0 3f6741012bd50be5 7ff0000000000001 bf6741012bd50be5 0
fsgnjn.d 3 3e7fffffffffffff 413ffffffffffffd be7fffffffffffff 0
fsgnjn.d 3 7fca2bcee2e13424 2393dd647ce97d ffca2bcee2e13424 0
fsgnjn.d 0 fff8000000000001 beaa000000000000 7ff8000000000001 0
fsgnjn.d 0 1 1 8000000000000001 0
fsgnjn.d 0 418fffffffffffff 4098000000000000 c18fffffffffffff 0
fsgnjn.d 3 c1e0000000000000 3fe4000000000000 c1e0000000000000 0
fsgnjn.d 3 c1e0000000000000 fff0000000000000 41e0000000000000 0
fsgnjn.d 3 3ff8000000000000 fff8000000000001 3ff8000000000000 0
fsgnjn.d 0 36a0000000000000 c1d0000000000000 36a0000000000000 0
fsgnjn.d 0 c15ffffffffffffc 3fdfffffffffffff c15ffffffffffffc 0
fsgnjn.d 3 fff0000000000000 80130cb32f56c355 7ff0000000000000 0
fsgnjn.d 4 1 3dbb02bf2ccc2e 8000000000000001 0
fsgnjn.d 3 800fffffffffffff 7fe0000000000000 800fffffffffffff 0
fsgnjn.d 0 2e000000000000 7fefffffffffffff 802e000000000000 0
fsgnjn.d 0 3810000000000000 47efffffe0000000 b810000000000000 0
fsgnjn.d 2 bff0000000000000 802ffffffffffffd 3ff0000000000000 0
fsgnjn.d 1 36a0000000000000 c0891c77f51e58c6 36a0000000000000 0
fsgnjn.d 1 43f0000000000000 3fdfffffffffffff c3f0000000000000 0
fsgnjn.d 0 bedd73913003c849 43e0000000000000 bedd73913003c849 0
fsgnjn.d 2 7ff3359db3a82095 3f1ffffffffffffc fff3359db3a82095 0
fsgnjn.d 2 3e2ffffffffffffc c0effffffffffffc 3e2ffffffffffffc 0
fsgnjn.d 0 ffb5df3b4cd8437b 800a1fd58cc9fae4 7fb5df3b4cd8437b 0
fsgnjn.d 3 c133e2a3226289de bf1e000000000000 4133e2a3226289de 0
fsgnjn.d 4 7fefffffffffffff 3f92d39fc8e4839c ffefffffffffffff 0
fsgnjn.d 1 c76e6c3f313d1 ffe8000000000000 c76e6c3f313d1 0
fsgnjx.d 0 c3e0000000000000 c19cb3ae97ccd80c 43e0000000000000 0
fsgnjx.d 0 7fb2f8ac45a0bd8e 3e2a8cfd550ccc95 7fb2f8ac45a0bd8e 0
fsgnjx.d 0 4034000000000000 1 4034000000000000 0
fsgnjx.d 3 1 400f2b4018593ae4 1 0
fsgnjx.d 0 41f0000000000000 bff0000000000000 c1f0000000000000 0
fsgnjx.d 1 fffffffffffffffd 3fce5543789a713c fffffffffffffffd 0
fsgnjx.d 0 43e0000000000000 7ff0000000000000 43e0000000000000 0
fsgnjx.d 3 3931ed3fb6a420 3ff8000000000000 3931ed3fb6a420 0
fsgnjx.d 0 be4811977e44b7b0 418b72a38a763e7b be4811977e44b7b0 0
fsgnjx.d 0 bfb16b118eaee90c 36a0000000000000 bfb16b118eaee90c 0
fsgnjx.d 4 418665b9f6484f43 21030261c3595b 418665b9f6484f43 0
fsgnjx.d 2 7ff0000000000000 43e0000000000000 7ff0000000000000 0
fsgnjx.d 1 ffdfffffffffffff 3fc4000000000000 ffdfffffffffffff 0
fsgnjx.d 3 ffb423e498763e9b 800a7c3a808bd4df 7fb423e498763e9b 0
fsgnjx.d 2 3810000000000000 43f0000000000000 3810000000000000 0
fsgnjx.d 2 6a4b107fbc76f 4086000000000000 6a4b107fbc76f 0
fsgnjx.d 1 10000000000000 c000b2bb0ce2adcb 8010000000000000 0
fsgnjx.d 2 8016000000000000 41dfffffffc00000 8016000000000000 0
fsgnjx.d 4 40603027972a96c9 3ef32924c927a39e 40603027972a96c9 0
fsgnjx.d 1 ffd4ca28b3011e45 8030000000000000 7fd4ca28b3011e45 0
fsgnjx.d 2 40a479a8c46f74fe 0 40a479a8c46f74fe 0
fsgnjx.d 2 801b670016530a0b 3fdfffffffffffff 801b670016530a0b 0
fsgnjx.d 2 3efb66972e615f35 10000000000001 3efb66972e615f35 0
fsgnjx.d 3 c3e0000000000000 76d843a977280 c3e0000000000000 0
fsgnjx.d 0 47efffffe0000000 bf20b67c0efa63e1 c7efffffe0000000 0
fsgnjx.d 0 802e000000000000 3f9e7d3bb6b109de 802e000000000000 0
fsgnjx.d 2 be96418c6030bd83 ffdffffffffffffc 3e96418c6030bd83 0
fsgnjx.d 2 bf3ffffffffffffc 407dffcce5e42026 bf3ffffffffffffc 0
fsgnjx.d 2 10000000000000 1917b9a78637e 10000000000000 0
fsgnjx.d 1 3ef8488630b04641 3f8690d5afa22ac6 3ef8488630b04641 0
"""
