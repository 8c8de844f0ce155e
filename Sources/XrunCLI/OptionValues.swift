/// Parsers for option values, with QEMU's conventions (linux-user/main.c): numbers in
/// strtoul's base 0 (0x hex, leading 0 octal, else decimal), sizes with a binary suffix.
enum OptionValues {
    /// A number in C's base-0 notation.
    static func number(_ s: String) throws -> UInt64 {
        var digits = Substring(s)
        var radix = 10
        if digits.hasPrefix("0x") || digits.hasPrefix("0X") {
            digits = digits.dropFirst(2)
            radix = 16
        } else if digits.count > 1 && digits.hasPrefix("0") {
            digits = digits.dropFirst()
            radix = 8
        }
        guard !digits.isEmpty, let n = UInt64(digits, radix: radix) else {
            throw XrunUsageError("'\(s)' is not a number")
        }
        return n
    }

    /// A number with an optional one-letter binary suffix among `suffixes`
    /// (k/K = KiB, M = MiB, G = GiB), as QEMU's -s and -R take.
    static func size(_ s: String, suffixes: String) throws -> UInt64 {
        guard let last = s.last, last.isLetter else { return try number(s) }
        guard suffixes.contains(last) else { throw XrunUsageError("'\(s)': unknown size suffix '\(last)'") }
        let shift: UInt64 = last == "G" ? 30 : last == "M" ? 20 : 10
        let n = try number(String(s.dropLast()))
        guard n <= UInt64.max >> shift else { throw XrunUsageError("'\(s)' is too large") }
        return n << shift
    }

    /// QEMU's -dfilter list: `start..end` (inclusive), `start+length`, `end-length`.
    static func ranges(_ s: String) throws -> [ClosedRange<UInt64>] {
        try s.split(separator: ",").map { word -> ClosedRange<UInt64> in
            let w = String(word)
            func bad() -> XrunUsageError { XrunUsageError("bad -dfilter range '\(w)' (start..end, start+length or end-length)") }
            if let r = w.firstRange(of: "..") {
                let a = try number(String(w[..<r.lowerBound])), b = try number(String(w[r.upperBound...]))
                guard a <= b else { throw bad() }
                return a...b
            }
            // After a 0x prefix '+' and '-' cannot be digits, so the first one is the operator.
            guard let op = w.dropFirst().firstIndex(where: { $0 == "+" || $0 == "-" }) else { throw bad() }
            let a = try number(String(w[..<op])), n = try number(String(w[w.index(after: op)...]))
            guard n > 0 else { throw bad() }
            if w[op] == "+" {
                guard a <= UInt64.max - (n - 1) else { throw bad() }
                return a...(a + n - 1)
            }
            guard n - 1 <= a else { throw bad() }
            return (a - (n - 1))...a
        }
    }
}
