#include <ffi.h>

// libffi's type descriptors are mutable C globals, which Swift 6 refuses to touch
// directly; their addresses, taken here, never change.
enum { XRUN_FFI_VOID, XRUN_FFI_UINT64, XRUN_FFI_SINT32, XRUN_FFI_UINT32, XRUN_FFI_DOUBLE, XRUN_FFI_POINTER };
static inline ffi_type *xrun_ffi_type(int which) {
    switch (which) {
    case XRUN_FFI_UINT64: return &ffi_type_uint64;
    case XRUN_FFI_SINT32: return &ffi_type_sint32;
    case XRUN_FFI_UINT32: return &ffi_type_uint32;
    case XRUN_FFI_DOUBLE: return &ffi_type_double;
    case XRUN_FFI_POINTER: return &ffi_type_pointer;
    default: return &ffi_type_void;
    }
}
