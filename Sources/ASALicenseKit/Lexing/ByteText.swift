#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte-level helpers shared by the lexer and the parsers: classification and comparison with
/// static text, with no `String` made.
enum ByteText {
    @inlinable static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0B || b == 0x0C
    }

    @inlinable static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }

    @inlinable static func isHexDigit(_ b: UInt8) -> Bool {
        b &- 0x30 < 10 || (b | 0x20) &- 0x61 < 6
    }

    /// An ASCII letter, capital or small.
    @inlinable static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }

    /// A small ASCII letter.
    @inlinable static func isSmallLetter(_ b: UInt8) -> Bool { b &- 0x61 < 26 }

    /// The length of a dash at `i` (before `end`): `-` (1), or the en or em dash a blog's or a
    /// word processor's typography makes of `--` and `---` (3, in UTF-8); 0 for none.
    @inlinable static func dashLength(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        if bytes[i] == UInt8(ascii: "-") { return 1 }
        return bytes[i] == 0xE2 && i + 2 < end && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0x93 || bytes[i + 2] == 0x94) ? 3 : 0
    }

    /// An ASCII capital letter as its small letter; any other byte as it is.
    @inlinable static func lowercased(_ b: UInt8) -> UInt8 { b &- 0x41 < 26 ? b | 0x20 : b }

    @inlinable static func hexValue(_ b: UInt8) -> UInt32 {
        b &- 0x30 < 10 ? UInt32(b &- 0x30) : UInt32((b | 0x20) &- 0x61 &+ 10)
    }

    /// Whether `bytes[start..<end]` is exactly `text`.
    @inlinable static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ text: StaticString) -> Bool {
        let n = text.utf8CodeUnitCount
        guard end - start == n, let base = bytes.baseAddress else { return false }
        return memcmp(base + start, text.utf8Start, n) == 0
    }

    /// Whether `bytes[start..<end]` begins with `text`.
    @inlinable static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ text: StaticString) -> Bool {
        let n = text.utf8CodeUnitCount
        guard end - start >= n, let base = bytes.baseAddress else { return false }
        return memcmp(base + start, text.utf8Start, n) == 0
    }

    /// Whether `bytes[start..<end]` starts with `text` (in small letters), ASCII letters compared
    /// without case.
    @inlinable static func hasPrefixIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ text: StaticString) -> Bool {
        let n = text.utf8CodeUnitCount
        guard end - start >= n else { return false }
        for i in 0..<n where lowercased(bytes[start + i]) != text.utf8Start[i] { return false }
        return true
    }

    /// Whether `text` contains `word` (in small letters), ASCII letters compared without case;
    /// nil when `text` is not ASCII, whose lower case is Unicode's to say. (`lowercased()` and
    /// `contains` cost thousands of instructions on a short ASCII text.)
    static func containsIgnoringCase(_ text: String, _ word: StaticString) -> Bool? {
        var text = text
        return text.withUTF8 { bytes -> Bool? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            let n = word.utf8CodeUnitCount
            guard bytes.count >= n else { return false }
            for start in 0...(bytes.count - n) where hasPrefixIgnoringCase(bytes, start, bytes.count, word) { return true }
            return false
        }
    }

    /// The one reader of counts, for bytes and text alike: digits only, at most 18 of them (so
    /// the value fits an `Int`); nil otherwise.
    @inlinable static func decimal<Digits: Collection<UInt8>>(_ digits: Digits) -> Int? {
        guard !digits.isEmpty, digits.count <= 18 else { return nil }
        var value = 0
        for b in digits {
            let d = b &- 0x30
            guard d < 10 else { return nil }
            value = value * 10 + Int(d)
        }
        return value
    }

    /// A count written in `bytes[start..<end]`.
    @inlinable static func decimal(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        guard end > start else { return nil }
        return decimal(UnsafeBufferPointer(rebasing: bytes[start..<end]))
    }

    /// The length of a UTF-8 byte-order mark at the start of `bytes`: 3, or 0 without one.
    @inlinable static func byteOrderMarkLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    /// Offset of the first byte after leading white space in `start..<end`.
    @inlinable static func skipSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var i = start
        while i < end && isSpace(bytes[i]) { i += 1 }
        return i
    }

    /// Offset of the first `byte` in `start..<end`, nil when there is none.
    static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        guard start < end, let base = bytes.baseAddress, let hit = memchr(base + start, Int32(byte), end - start) else { return nil }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    /// Offset of the first occurrence of `text` in `start..<end`, nil when there is none.
    static func firstIndex(of text: StaticString, in bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        let first = text.utf8Start.pointee, n = text.utf8CodeUnitCount
        var i = start
        while let hit = firstIndex(of: first, in: bytes, i, end - n + 1) {
            if hasPrefix(bytes, hit, end, text) { return hit }
            i = hit + 1
        }
        return nil
    }

    /// End offset with trailing white space removed.
    @inlinable static func trimEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var e = end
        while e > start && isSpace(bytes[e - 1]) { e -= 1 }
        return e
    }

    /// A string of the bytes, repairing invalid UTF-8 with U+FFFD. Callers that must report
    /// invalid UTF-8 check with `firstInvalidUTF8` first.
    @inlinable static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        guard end > start else { return "" }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        // Valid UTF-8 keeps its length; a byte replaced by U+FFFD lengthens it.
        return text.utf8.count == end - start ? text : stringWithLoneNoBreakSpaces(bytes, start, end)
    }

    /// Text with invalid UTF-8, where a byte 0xA0 that no character holds is the Windows-1252
    /// no-break space the lexer takes it for (`LineLexer.isLoneNoBreakSpace`): kept as U+00A0,
    /// so that the text written back lexes as it did. Other invalid bytes become U+FFFD.
    @usableFromInline static func stringWithLoneNoBreakSpaces(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        guard let p = bytes.baseAddress else { return "" }
        var out: [UInt8] = []
        out.reserveCapacity(end - start + 8)
        for i in start..<end {
            if p[i] == 0xA0 && LineLexer.isLoneNoBreakSpace(p, i) { out.append(0xC2) }
            out.append(p[i])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// How many bytes the UTF-8 sequence led by `b` takes (1 for a byte that leads none).
    @inlinable static func utf8Width(_ b: UInt8) -> Int {
        b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
    }

    /// Whether `start..<end` holds a letter of a script other than Latin (Greek, Cyrillic,
    /// Arabic, Hebrew, Chinese, Japanese, Korean …) or a full-width form (`：`): text no ASA
    /// prints, a post's words around an output. Latin letters with accents, the no-break
    /// space and typography's dashes and quotes are none. Only a letter in well-formed UTF-8
    /// counts: bytes that are not UTF-8 are read as U+FFFD, which is none, so the raw line and
    /// the text kept of it say the same.
    static func holdsOtherScript(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        // Whether the byte `k` after the lead at `i` is a continuation byte (in `low...high` when given).
        func follows(_ i: Int, _ k: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            i + k < end && bytes[i + k] >= low && bytes[i + k] <= high
        }
        var i = start
        while i < end {
            let b = bytes[i]
            if b >= 0xCE && b <= 0xDF && follows(i, 1) { return true }  // U+0380 to U+07FF
            // U+3000 to U+D7FF: CJK, kana, Hangul (`ED` past `9F` would be a surrogate)
            if b >= 0xE3 && b <= 0xED && follows(i, 1, 0x80, b == 0xED ? 0x9F : 0xBF) && follows(i, 2) { return true }
            if b == 0xE0 && follows(i, 1, 0xA4) && follows(i, 2) { return true }  // Indic, Thai …
            // U+FF00 to U+FFEF (not U+FFFD, which stands for bytes that were not UTF-8)
            if b == 0xEF && (follows(i, 1, 0xBC, 0xBE) && follows(i, 2) || follows(i, 1, 0xBF, 0xBF) && follows(i, 2, 0x80, 0xAF)) { return true }
            i += 1
        }
        return false
    }

    /// The offset of the first byte of an invalid UTF-8 sequence in `start..<end`, or nil.
    static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        var i = start
        while i < end {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            let minimum: UInt32
            var scalar: UInt32
            switch b {
            case 0xC2...0xDF: length = 2; scalar = UInt32(b & 0x1F); minimum = 0x80
            case 0xE0...0xEF: length = 3; scalar = UInt32(b & 0x0F); minimum = 0x800
            case 0xF0...0xF4: length = 4; scalar = UInt32(b & 0x07); minimum = 0x10000
            default: return i
            }
            guard i + length <= end else { return i }
            for k in 1..<length {
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { return i }
                scalar = scalar << 6 | UInt32(c & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return i }
            i += length
        }
        return nil
    }
}

extension ByteText {
    /// The decimal digits of `value` (after a `-` when it is negative), as `String(value)`
    /// spells it, handed to `body` from the stack: writers put numbers out without a `String`.
    @inline(__always)
    static func withDecimal<R>(_ value: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: enough for any Int
        var v = value.magnitude
        return withUnsafeMutableBytes(of: &digits) { buffer in
            var i = buffer.count
            repeat {
                i -= 1
                buffer[i] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
            } while v > 0
            if value < 0 { i -= 1; buffer[i] = UInt8(ascii: "-") }
            return body(UnsafeBufferPointer(rebasing: buffer.bindMemory(to: UInt8.self)[i...]))
        }
    }

    /// How many bytes `String(value)` takes.
    @inline(__always) static func decimalCount(_ value: Int) -> Int {
        var v = value.magnitude, n = value < 0 ? 2 : 1
        while v >= 10 { v /= 10; n &+= 1 }
        return n
    }

    /// Writes the `count` bytes of `String(value)` (`count` is `decimalCount(value)`) at `target`.
    @inline(__always) static func writeDecimal(_ value: Int, count: Int, to target: UnsafeMutablePointer<UInt8>) {
        var v = value.magnitude, i = count
        repeat {
            i &-= 1
            target[i] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: v % 10)
            v /= 10
        } while v > 0
        if value < 0 { target[0] = UInt8(ascii: "-") }
    }
}
