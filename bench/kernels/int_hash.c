/* Integer: a table-driven CRC-32 and a multiply/rotate/xor mixer over a generated
 * byte stream.  Usage: int_hash [megabytes]  (prints a checksum). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static uint32_t table[256];

static inline uint64_t rotl(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

int main(int argc, char **argv)
{
    long mb = argc > 1 ? atol(argv[1]) : 16;
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    enum { CHUNK = 1 << 16 };
    static uint8_t buf[CHUNK];
    uint64_t seed = 0x9E3779B97F4A7C15ull, h = 0;
    uint32_t crc = 0xFFFFFFFFu;
    for (long round = 0; round < mb * 16; round++) {
        for (int i = 0; i < CHUNK; i += 8) {            /* xorshift64* fills the chunk */
            seed ^= seed >> 12; seed ^= seed << 25; seed ^= seed >> 27;
            uint64_t v = seed * 0x2545F4914F6CDD1Dull;
            for (int k = 0; k < 8; k++) buf[i + k] = (uint8_t)(v >> (8 * k));
        }
        for (int i = 0; i < CHUNK; i++)
            crc = table[(crc ^ buf[i]) & 0xFF] ^ (crc >> 8);
        for (int i = 0; i < CHUNK; i += 4) {            /* murmur-style mixing */
            uint64_t k = (uint64_t)buf[i] | (uint64_t)buf[i + 1] << 8 |
                         (uint64_t)buf[i + 2] << 16 | (uint64_t)buf[i + 3] << 24;
            k *= 0x87C37B91114253D5ull; k = rotl(k, 31); k *= 0x4CF5AD432745937Full;
            h ^= k; h = rotl(h, 27) * 5 + 0x52DCE729;
        }
    }
    h ^= h >> 33; h *= 0xFF51AFD7ED558CCDull; h ^= h >> 33;
    printf("int_hash %ld MB: crc32 %08x mix %016llx\n", mb, crc ^ 0xFFFFFFFFu, (unsigned long long)h);
    return 0;
}
