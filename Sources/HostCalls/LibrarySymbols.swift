import CElf
import Glibc

/// What the host-call registry needs from a shared library the guest's loader maps:
/// its soname (DT_SONAME) and the value and type of the dynamic symbols it asks for
/// (default versions only),
/// plus its PT_LOAD segments to place them. Read with libelf from the mapped file.
struct LibrarySymbols {
    struct Symbol { let name: String; let value: UInt64; let isIFunc: Bool }
    let soname: String
    /// The version in the name of the file the soname links to (libz.so.1 ->
    /// libz.so.1.2.13: "1.2.13"), or nil.
    let version: String?
    let segments: [GElf_Phdr]
    let symbols: [Symbol]

    static let STT_FUNC: UInt8 = 2
    static let STT_GNU_IFUNC: UInt8 = 10

    /// Reads the file behind `fd` through its own descriptor (libelf must not move the
    /// guest's file offset). nil unless its soname is one of `sonames`; then only the
    /// defined function symbols named in `wanted[soname]` are returned.
    static func read(fd: Int32, sonames wanted: [String: Set<String>]) -> LibrarySymbols? {
        let own = open("/proc/self/fd/\(fd)", O_RDONLY | O_CLOEXEC)
        guard own >= 0 else { return nil }
        defer { close(own) }
        elf_version(UInt32(EV_CURRENT))
        guard let elf = elf_begin(own, ELF_C_READ_MMAP, nil) else { return nil }
        defer { elf_end(elf) }
        var soname: String?
        var dynsym: (UnsafeMutablePointer<Elf_Data>, GElf_Shdr)?
        var versym: UnsafeMutablePointer<Elf_Data>?
        var scn = elf_nextscn(elf, nil)
        while let s = scn {
            var sh = GElf_Shdr()
            if gelf_getshdr(s, &sh) != nil {
                if sh.sh_type == SHT_DYNAMIC, let data = elf_getdata(s, nil), sh.sh_entsize > 0 {
                    for i in 0..<Int(sh.sh_size / sh.sh_entsize) {
                        var d = GElf_Dyn()
                        if gelf_getdyn(data, Int32(i), &d) != nil, d.d_tag == DT_SONAME,
                           let p = elf_strptr(elf, Int(sh.sh_link), Int(d.d_un.d_val)) {
                            soname = String(cString: p)
                        }
                    }
                } else if sh.sh_type == SHT_DYNSYM, let data = elf_getdata(s, nil) {
                    dynsym = (data, sh)
                } else if sh.sh_type == SHT_GNU_versym {
                    versym = elf_getdata(s, nil)
                }
            }
            scn = elf_nextscn(elf, s)
        }
        guard let soname, let names = wanted[soname], let (data, sh) = dynsym, sh.sh_entsize > 0 else { return nil }
        var symbols: [Symbol] = []
        for i in 0..<Int(sh.sh_size / sh.sh_entsize) {
            var sym = GElf_Sym()
            guard gelf_getsym(data, Int32(i), &sym) != nil, sym.st_shndx != 0 /* SHN_UNDEF */ else { continue }
            let type = sym.st_info & 0xf
            guard type == STT_FUNC || type == STT_GNU_IFUNC,
                  let p = elf_strptr(elf, Int(sh.sh_link), Int(sym.st_name)) else { continue }
            let name = String(cString: p)
            // Only a symbol's default version (name@@VERSION, or unversioned) is the
            // function the catalog describes: an older version kept for binaries
            // linked before a change (glibc's exp@GLIBC_2.17 beside exp@@GLIBC_2.29 on
            // aarch64) is hidden (VERSYM_HIDDEN, 0x8000) and stays guest code.
            if let versym {
                var v = GElf_Versym()
                if gelf_getversym(versym, Int32(i), &v) != nil, v & 0x8000 != 0 { continue }
            }
            if names.contains(name) {
                symbols.append(Symbol(name: name, value: sym.st_value, isIFunc: type == STT_GNU_IFUNC))
            }
        }
        var segments: [GElf_Phdr] = []
        var count = 0
        if elf_getphdrnum(elf, &count) == 0 {
            for i in 0..<count {
                var ph = GElf_Phdr()
                if gelf_getphdr(elf, Int32(i), &ph) != nil, ph.p_type == PT_LOAD { segments.append(ph) }
            }
        }
        return LibrarySymbols(soname: soname, version: fileVersion(fd: fd), segments: segments, symbols: symbols)
    }

    /// "1.2.13" for a descriptor of .../libz.so.1.2.13 (what ld.so opened through the
    /// soname's link), nil for a name without a version after ".so.".
    static func fileVersion(fd: Int32) -> String? {
        var buf = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/fd/\(fd)", &buf, buf.count - 1)
        guard n > 0 else { return nil }
        let name = String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let file = name.split(separator: "/").last.map(String.init) ?? name
        // Without Foundation: the part after the first ".so.".
        let parts = file.split(separator: ".", omittingEmptySubsequences: false)
        guard let so = parts.firstIndex(of: "so"), so + 1 < parts.count else { return nil }
        return parts[(so + 1)...].joined(separator: ".")
    }
}
