import XrunCore

/// The target description gdb reads with qXfer:features:read:target.xml ("Target
/// Descriptions" in gdb's manual), made from the ISA's register description: its
/// architecture, GNU/Linux as the OS ABI, and its features with their registers
/// numbered in order (the order of the g packet).
enum TargetDescription {
    static func xml(_ set: DebugRegisterSet) -> String {
        var x = "<?xml version=\"1.0\"?>\n<!DOCTYPE target SYSTEM \"gdb-target.dtd\">\n<target version=\"1.0\">\n"
        x += "<architecture>\(set.architecture)</architecture>\n<osabi>GNU/Linux</osabi>\n"
        var regnum = 0
        for f in set.features {
            x += "<feature name=\"\(f.name)\">\n" + f.typesXML
            for r in f.registers {
                x += "<reg name=\"\(r.name)\" bitsize=\"\(r.bits)\" type=\"\(r.type)\" regnum=\"\(regnum)\""
                if let g = r.group { x += " group=\"\(g)\"" }
                x += "/>\n"
                regnum += 1
            }
            x += "</feature>\n"
        }
        return x + "</target>\n"
    }

    static func escapeXML(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }
}
