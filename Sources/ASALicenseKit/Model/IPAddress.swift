/// An address as the commands and `show shared license` print it: IPv4, IPv6, or (should a
/// device print one) a name. Equality is by value: `2001:DB8::1` and `2001:db8:0::1` are equal.
public enum IPAddress: Hashable, Sendable, CustomStringConvertible {
    case v4(UInt32)
    case v6([UInt16])
    case name(String)

    public init(_ text: String) {
        if let v4 = IPAddress.parseV4(Substring(text)) {
            self = .v4(v4)
        } else if let v6 = IPAddress.parseV6(text) {
            self = .v6(v6)
        } else {
            self = .name(text)
        }
    }

    public var isIP: Bool {
        if case .name = self { return false }
        return true
    }

    /// Canonical text: dotted quad, or RFC 5952 for IPv6.
    public var description: String {
        switch self {
        case .v4(let v):
            return "\(v >> 24).\(v >> 16 & 0xFF).\(v >> 8 & 0xFF).\(v & 0xFF)"
        case .v6(let groups):
            // The longest run of two or more zero groups becomes `::`.
            var bestStart = -1, bestLength = 1, i = 0
            while i < 8 {
                if groups[i] == 0 {
                    var j = i
                    while j < 8 && groups[j] == 0 { j += 1 }
                    if j - i > bestLength { bestStart = i; bestLength = j - i }
                    i = j
                } else {
                    i += 1
                }
            }
            let hex = { (g: UInt16) in String(g, radix: 16) }
            if bestStart < 0 { return groups.map(hex).joined(separator: ":") }
            let head = groups[..<bestStart].map(hex).joined(separator: ":")
            let tail = groups[(bestStart + bestLength)...].map(hex).joined(separator: ":")
            return head + "::" + tail
        case .name(let s):
            return s
        }
    }

    /// A dotted quad: four parts of one to three digits, each at most 255, read from the bytes
    /// in one pass (splitting and converting each part cost some 8 K instructions an address).
    static func parseV4(_ text: Substring) -> UInt32? {
        var value: UInt32 = 0
        var part: UInt32 = 0
        var digits = 0
        var parts = 0
        for b in text.utf8 {
            if ByteText.isDigit(b) {
                guard digits < 3 else { return nil }
                part = part * 10 + UInt32(b &- 0x30)
                digits += 1
            } else if b == UInt8(ascii: "."), digits > 0, part <= 255, parts < 3 {
                value = value << 8 | part
                parts += 1
                part = 0
                digits = 0
            } else {
                return nil
            }
        }
        guard parts == 3, digits > 0, part <= 255 else { return nil }
        return value << 8 | part
    }

    static func parseV6(_ text: String) -> [UInt16]? {
        guard text.contains(":"), text.utf8.count <= 45 else { return nil }
        // Split at `::` (more than one is malformed).
        var halves: [Substring] = []
        var from = text.startIndex
        var i = text.startIndex
        while i < text.endIndex {
            let next = text.index(after: i)
            if text[i] == ":", next < text.endIndex, text[next] == ":" {
                halves.append(text[from..<i])
                from = text.index(after: next)
                i = from
                continue
            }
            i = next
        }
        halves.append(text[from...])
        guard halves.count <= 2 else { return nil }
        func groups(_ s: Substring) -> [UInt16]? {
            if s.isEmpty { return [] }
            var out: [UInt16] = []
            let parts = s.split(separator: ":", omittingEmptySubsequences: false)
            for (i, p) in parts.enumerated() {
                if i == parts.count - 1, p.contains("."), let v4 = parseV4(p) {
                    out += [UInt16(v4 >> 16), UInt16(v4 & 0xFFFF)]
                    continue
                }
                guard !p.isEmpty, p.utf8.count <= 4, p.utf8.allSatisfy(ByteText.isHexDigit), let g = UInt16(p, radix: 16) else { return nil }
                out.append(g)
            }
            return out
        }
        guard let head = groups(halves[0]) else { return nil }
        if halves.count == 1 { return head.count == 8 ? head : nil }
        guard let tail = groups(halves[1]), head.count + tail.count < 8 else { return nil }
        return head + [UInt16](repeating: 0, count: 8 - head.count - tail.count) + tail
    }
}
