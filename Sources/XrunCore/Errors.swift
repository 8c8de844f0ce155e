/// An error that reaches the user as one line: `xrun: <message>`.
public struct XrunError: Error, CustomStringConvertible, Sendable {
    public let message: String
    /// Exit status xrun uses for it (126: cannot execute, 127: not found, 1: usage).
    public let status: Int32
    public init(_ message: String, status: Int32 = 1) {
        self.message = Self.oneLine(message)
        self.status = status
    }

    /// Control characters escaped (\n, \t, \xNN): a message names paths that come from
    /// files (a PT_INTERP string may hold newlines), and it must stay one line.
    static func oneLine(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 < 0x20 || $0 == 0x7f }) else { return s }
        var out = ""
        for u in s.unicodeScalars {
            switch u.value {
            case 0x0a: out += "\\n"
            case 0x09: out += "\\t"
            case 0..<0x20, 0x7f: out += "\\x" + (u.value < 0x10 ? "0" : "") + String(u.value, radix: 16)
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }
    public var description: String { message }
}
