import CXrunHost

/// Which host instructions the crypto ops may use (CPUID, read once at the first
/// decode that asks). Every host path has a portable twin giving the same result, so
/// xrun runs on hosts without AES-NI, PCLMULQDQ or SHA-NI.
enum CryptoHost {
    static let caps = xrun_crypto_host_caps()
    static var aes: Bool { caps & UInt32(XRUN_HOST_AES) != 0 }
    static var pclmul: Bool { caps & UInt32(XRUN_HOST_PCLMUL) != 0 }
    static var sha: Bool { caps & UInt32(XRUN_HOST_SHA) != 0 }
}
