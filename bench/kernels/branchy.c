/* Branchy: a small bytecode interpreter (switch dispatch) running Collatz chains, whose
 * branches depend on the data, and a byte classifier over random input.
 * Usage: branchy [millions]  (prints a checksum). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

enum { HALT, LOADN, ISONE, JTRUE, ISODD, JFALSE, HALVE, TRIPLE1, INC, JMP };

/* r0 = n, r1 = steps; loop: if n == 1 halt; if odd n = 3n+1 else n /= 2; steps++ */
static const uint8_t prog[] = {
    /*  0 */ LOADN,
    /*  1 */ ISONE, JTRUE, 14,
    /*  4 */ ISODD, JFALSE, 10,
    /*  7 */ TRIPLE1, JMP, 11,
    /* 10 */ HALVE,
    /* 11 */ INC,
    /* 12 */ JMP, 1,
    /* 14 */ HALT,
};

static uint64_t run(uint64_t n0)
{
    uint64_t r0 = 0, steps = 0;
    int flag = 0;
    const uint8_t *pc = prog;
    for (;;) {
        switch (*pc++) {
        case HALT: return steps;
        case LOADN: r0 = n0; break;
        case ISONE: flag = r0 == 1; break;
        case JTRUE: if (flag) pc = prog + *pc; else pc++; break;
        case ISODD: flag = r0 & 1; break;
        case JFALSE: if (!flag) pc = prog + *pc; else pc++; break;
        case HALVE: r0 >>= 1; break;
        case TRIPLE1: r0 = 3 * r0 + 1; break;
        case INC: steps++; break;
        case JMP: pc = prog + *pc; break;
        default: return ~0ull;
        }
    }
}

int main(int argc, char **argv)
{
    long millions = argc > 1 ? atol(argv[1]) : 4;
    uint64_t total = 0, classes[4] = {0};
    uint64_t n = 1, s = 0x2545F4914F6CDD1Dull;
    long budget = millions * 1000000;
    while (budget > 0) {
        uint64_t st = run(n++);
        total += st;
        budget -= (long)st;
    }
    for (long i = 0; i < millions * 1000000; i++) {
        s ^= s << 13; s ^= s >> 7; s ^= s << 17;
        unsigned c = (unsigned)(s >> 56);
        if (c < 64) classes[0] += c;
        else if (c < 96) classes[1] ^= c;
        else if (c & 1) classes[2]++;
        else classes[3] += i & 7;
    }
    printf("branchy %ld: numbers %llu steps %llu classes %llu %llu %llu %llu\n", millions,
           (unsigned long long)n, (unsigned long long)total, (unsigned long long)classes[0],
           (unsigned long long)classes[1], (unsigned long long)classes[2], (unsigned long long)classes[3]);
    return 0;
}
