# An interpreter loop: integer arithmetic, dict and list work, string formatting and a
# small class, the mix CPython's eval loop spends its time on. Deterministic output.
# Usage: python3 loop.py N
import sys


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)


def main(n):
    counts = {}
    total = 0
    p = Point(0, 0)
    words = []
    for i in range(n):
        k = (i * 2654435761) % 1009
        counts[k] = counts.get(k, 0) + 1
        total = (total + k * i) % 1000000007
        p = p.moved(k & 7, -(k & 3))
        if i % 97 == 0:
            words.append(f"{k:04x}")
    words.sort()
    print(f"loop.py {n}: total {total} keys {len(counts)} point {p.x},{p.y} words {len(words)} {''.join(words[:8])}")


main(int(sys.argv[1]) if len(sys.argv) > 1 else 100000)
