import CXrunHost

/// The version of the host's own copy of a library the catalog takes functions from,
/// as its file name would carry it (ThunkCatalog.onForSameVersion).
enum HostLibraryVersion {
    static func of(soname: String) -> String? {
        switch soname {
        case "libz.so.1":
            // zlibVersion() of the zlib xrun is linked with ("1.2.13").
            guard let f = xrun_host_function("zlibVersion") else { return nil }
            let version = unsafeBitCast(f, to: (@convention(c) () -> UnsafePointer<CChar>).self)
            return String(cString: version())
        default:
            return nil
        }
    }
}
