import CXrunHost

/// The host path an open host descriptor names (readlink of /proc/self/fd/N), nil
/// without /proc.
public func hostFDPath(_ fd: Int32) -> String? {
    var buf = [UInt8](repeating: 0, count: 4096)
    let n = buf.withUnsafeMutableBytes { xrun_fd_path(fd, $0.baseAddress!.assumingMemoryBound(to: CChar.self), UInt($0.count)) }
    return n > 0 ? String(decoding: buf[..<n], as: UTF8.self) : nil
}
