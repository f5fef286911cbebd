/// A capture saved as UTF-16 with its byte-order mark, as Windows PowerShell 5 writes what
/// `>` redirects (`plink fw "show activation-key" > fw.txt`): read as the UTF-8 it holds,
/// chunk by chunk, so that it streams as any capture does. Lines and columns count the same
/// characters; byte offsets in diagnostics count the UTF-8 read.
struct UTF16Input {
    let bigEndian: Bool
    /// A byte read after the last whole code unit, and a high surrogate waiting for its pair.
    private var oddByte: UInt8?
    private var highSurrogate: UInt16?
    /// The mark has been read past.
    private var pastMark = false

    /// The encoding the first bytes mark, if UTF-16: FF FE little-endian, FE FF big-endian.
    init?(head: UnsafeBufferPointer<UInt8>) {
        guard head.count >= 2 else { return nil }
        if head[0] == 0xFF && head[1] == 0xFE && !(head.count >= 4 && head[2] == 0 && head[3] == 0) {  // (FF FE 00 00 is UTF-32)
            bigEndian = false
        } else if head[0] == 0xFE && head[1] == 0xFF {
            bigEndian = true
        } else if let order = Self.unmarkedOrder(head) {
            bigEndian = order
        } else {
            return nil
        }
    }

    /// The byte order of UTF-16 saved without a mark (a .NET writer's `Encoding.Unicode`
    /// stream, a Windows tool's log), told from its first code units: nearly all of a capture's
    /// characters are ASCII, a NUL byte beside each; true for big-endian, nil for other text
    /// (no text has NULs so placed, and a binary file has them elsewhere too).
    private static func unmarkedOrder(_ head: UnsafeBufferPointer<UInt8>) -> Bool? {
        let units = min(head.count / 2, 512)
        guard units >= 8 else { return nil }
        var little = 0, big = 0
        for u in 0..<units {
            let (a, b) = (head[2 * u], head[2 * u + 1])
            if a == 0 && b == 0 { return nil }
            if b == 0 { little += 1 } else if a == 0 { big += 1 }
        }
        // Nine in ten: room for a few letters outside Latin-1 (a dash, a quote mark).
        if little * 10 >= units * 9 { return false }
        if big * 10 >= units * 9 { return true }
        return nil
    }

    /// Fills `buffer` with UTF-8 read through `read` (bytes of UTF-16 into a buffer; 0 at the
    /// end, negative on error); returns the bytes written, 0 at the end, negative on error.
    mutating func read(into buffer: UnsafeMutableRawBufferPointer, from read: (UnsafeMutableRawBufferPointer) -> Int) -> Int {
        // Two bytes of UTF-16 make at most three of UTF-8 (a pair, four of each): half the
        // buffer read always fits.
        let rawCount = max(buffer.count / 2, 4)
        var raw = [UInt8](repeating: 0, count: rawCount)
        while true {
            var start = 0
            if let b = oddByte { raw[0] = b; start = 1; oddByte = nil }
            let n = raw.withUnsafeMutableBytes { read(UnsafeMutableRawBufferPointer(rebasing: $0[start...])) }
            if n < 0 { return n }
            let count = start + n
            if n == 0 {
                // The end: a byte or a high surrogate left alone is a character lost, said as U+FFFD.
                var out = 0
                if oddByte != nil || start == 1 || highSurrogate != nil { out = put(0xFFFD, buffer, 0) }
                highSurrogate = nil
                return out
            }
            var out = 0
            var i = 0
            while i + 1 < count {
                let unit = bigEndian ? UInt16(raw[i]) << 8 | UInt16(raw[i + 1]) : UInt16(raw[i + 1]) << 8 | UInt16(raw[i])
                i += 2
                if !pastMark {
                    pastMark = true
                    if unit == 0xFEFF { continue }
                }
                if let high = highSurrogate {
                    highSurrogate = nil
                    if unit >= 0xDC00 && unit <= 0xDFFF {
                        out = put(0x10000 + ((UInt32(high) - 0xD800) << 10) + (UInt32(unit) - 0xDC00), buffer, out)
                        continue
                    }
                    out = put(0xFFFD, buffer, out)
                }
                switch unit {
                case 0xD800...0xDBFF: highSurrogate = unit
                case 0xDC00...0xDFFF: out = put(0xFFFD, buffer, out)
                default: out = put(UInt32(unit), buffer, out)
                }
            }
            if i < count { oddByte = raw[i] }
            if out > 0 { return out }
            // Only the mark, or half a pair, so far: read on (0 would say the input ended).
        }
    }

    /// Writes `scalar` as UTF-8 at `buffer[at...]`; returns where the next byte goes.
    private func put(_ scalar: UInt32, _ buffer: UnsafeMutableRawBufferPointer, _ at: Int) -> Int {
        var i = at
        for byte in UTF8.encode(Unicode.Scalar(scalar) ?? "\u{FFFD}")! {
            buffer[i] = byte
            i += 1
        }
        return i
    }
}
