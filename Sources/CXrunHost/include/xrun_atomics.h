// Host atomics on raw guest memory, for guest exclusives and LSE atomics.
// static inline so Swift callers get them inlined. (Filled in with the load/store group.)
#ifndef XRUN_ATOMICS_H
#define XRUN_ATOMICS_H
#include <stdint.h>
#endif
