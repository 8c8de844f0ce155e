import CXrunHost
import Glibc

/// What the host CPU offers the native tier beyond x86-64's baseline (SSE2).
public enum HostCPU {
    /// FMA3 (VFMADD231SD...): fused multiply-add templates use it; without it they
    /// are not emitted and the op's function runs (libm fma). XRUN_NATIVE_FMA=0 turns
    /// it off, so the fallback can be tested on an FMA host.
    public static let hasFMA3: Bool = {
        if let v = getenv("XRUN_NATIVE_FMA"), String(cString: v) == "0" { return false }
        return xrun_host_has_fma3() != 0
    }()
}
