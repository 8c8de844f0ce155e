/// gdb remote protocol framing ("Overview" of the Remote Protocol appendix in gdb's
/// manual): `$data#cc` with cc the modulo-256 sum of data in two hex digits; `}`
/// escapes `#$}*` (XOR 0x20) in binary data; `+`/`-` acknowledge until QStartNoAckMode.
enum GdbPackets {
    static func checksum(_ bytes: some Sequence<UInt8>) -> UInt8 {
        bytes.reduce(0) { $0 &+ $1 }
    }

    static func frame(_ payload: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "$")]
        out += payload
        out.append(UInt8(ascii: "#"))
        out += hexByte(checksum(payload))
        return out
    }

    static let hexDigits = Array("0123456789abcdef".utf8)
    static func hexByte(_ b: UInt8) -> [UInt8] { [hexDigits[Int(b >> 4)], hexDigits[Int(b & 15)]] }

    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        var out: [UInt8] = []
        for b in bytes { out += hexByte(b) }
        return String(decoding: out, as: UTF8.self)
    }

    static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return c - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    /// Hex text to bytes; nil when it is not an even run of hex digits.
    static func bytes(fromHex s: some StringProtocol) -> [UInt8]? {
        let u = Array(s.utf8)
        guard u.count % 2 == 0 else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(u.count / 2)
        var i = 0
        while i < u.count {
            guard let h = hexValue(u[i]), let l = hexValue(u[i + 1]) else { return nil }
            out.append(h << 4 | l)
            i += 2
        }
        return out
    }

    /// A hex number (at most 16 digits); nil otherwise.
    static func number(_ s: some StringProtocol) -> UInt64? {
        guard !s.isEmpty, s.utf8.count <= 16 else { return nil }
        return UInt64(s, radix: 16)
    }

    /// Binary data escaped for a packet (qXfer replies, vFile reads).
    static func escape(_ data: some Sequence<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        for b in data {
            if b == 0x23 || b == 0x24 || b == 0x7d || b == 0x2a { out += [0x7d, b ^ 0x20] } else { out.append(b) }
        }
        return out
    }

    /// Undoes `escape` (X and vFile:pwrite bodies).
    static func unescape(_ data: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        var i = data.startIndex
        while i < data.endIndex {
            if data[i] == 0x7d, i + 1 < data.endIndex {
                out.append(data[i + 1] ^ 0x20)
                i += 2
            } else {
                out.append(data[i])
                i += 1
            }
        }
        return out
    }
}

/// Splits the byte stream from gdb into packets, acks and interrupts.
struct GdbPacketReader {
    enum Item: Equatable {
        case packet([UInt8])
        case badChecksum
        case interrupt
        case ack
    }
    private var buffer: [UInt8] = []
    /// A bound on one packet, so a hostile peer cannot grow xrun's memory.
    static let maxPacket = 1 << 20

    mutating func feed(_ bytes: some Sequence<UInt8>) { buffer += bytes }

    /// The next complete item, if any.
    mutating func next() -> Item? {
        while let c = buffer.first {
            switch c {
            case 0x03: buffer.removeFirst(); return .interrupt
            case UInt8(ascii: "+"), UInt8(ascii: "-"): buffer.removeFirst(); return .ack
            case UInt8(ascii: "$"):
                guard let hash = buffer.firstIndex(of: UInt8(ascii: "#")) else {
                    if buffer.count > Self.maxPacket { buffer.removeAll(); return .badChecksum }
                    return nil
                }
                guard buffer.count >= hash + 3 else { return nil }
                let payload = Array(buffer[1..<hash])
                let sum = GdbPackets.hexValue(buffer[hash + 1]).flatMap { h in
                    GdbPackets.hexValue(buffer[hash + 2]).map { h << 4 | $0 }
                }
                buffer.removeFirst(hash + 3)
                return sum == GdbPackets.checksum(payload) ? .packet(payload) : .badChecksum
            default:
                buffer.removeFirst()   // noise between packets
            }
        }
        return nil
    }
}
