#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Characters that show nothing, which text copied from a web page, a chat or a word processor
/// carries where nobody sees them: the zero-width space (U+200B) a blog or a forum puts between
/// words or at a line's edge, the word joiner (U+2060), a byte-order mark (U+FEFF) where files
/// were joined, a soft hyphen (U+00AD) inside a long word. Device text is read without them,
/// chunk by chunk as it streams, so that `Serial Number:` followed by one reads as the line the
/// reader sees, and a comment's `!` or a quote's `>` after one is still the line's first byte.
/// Columns and byte offsets count the text read. (The lexer also reads them, and Unicode's
/// other blanks, as blanks: `LineLexer.unicodeBlankLength`, for text given as bytes.)
/// In the same pass, a ligature that text copied from a PDF (a Cisco guide's) carries for two
/// or three letters (`ﬁ` U+FB01 in `Conﬁguration`, `ﬂ` in `The ﬂash …`, `ﬃ` in `Botnet Traﬃc
/// Filter`) is read as its letters, which are never more bytes than it.
struct InvisibleCharacters {
    /// The first bytes of a character that the last chunk ended inside.
    private var pending: [UInt8] = []

    /// The length of the invisible character at `p[i]` (before `end`), 0 for none; -1 when
    /// the bytes end inside what may be one.
    static func length(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        switch p[i] {
        case 0xC2:
            guard i + 1 < end else { return -1 }
            return p[i + 1] == 0xAD ? 2 : 0
        case 0xE2:
            guard i + 2 < end else { return i + 1 < end && p[i + 1] != 0x80 && p[i + 1] != 0x81 ? 0 : -1 }
            return (p[i + 1] == 0x80 && p[i + 2] == 0x8B) || (p[i + 1] == 0x81 && p[i + 2] == 0xA0) ? 3 : 0
        case 0xEF:
            guard i + 2 < end else { return i + 1 < end && p[i + 1] != 0xBB && p[i + 1] != 0xAC ? 0 : -1 }
            return (p[i + 1] == 0xBB && p[i + 2] == 0xBF) || ligatureLetters(p, i) != nil ? 3 : 0
        default:
            return 0
        }
    }

    /// The letters of the ligature at `p[i]` (three bytes there), nil when there is none:
    /// U+FB00 to U+FB06, `ﬀ` `ﬁ` `ﬂ` `ﬃ` `ﬄ` `ﬅ` `ﬆ`.
    static func ligatureLetters(_ p: UnsafePointer<UInt8>, _ i: Int) -> StaticString? {
        guard p[i] == 0xEF, p[i + 1] == 0xAC else { return nil }
        switch p[i + 2] {
        case 0x80: return "ff"
        case 0x81: return "fi"
        case 0x82: return "fl"
        case 0x83: return "ffi"
        case 0x84: return "ffl"
        case 0x85, 0x86: return "st"
        default: return nil
        }
    }

    /// Where the run of bytes below 0x80 from `from` ends (at most `count`): 64 bytes at a time,
    /// then eight, then one (this runs over every byte of every capture read).
    @inline(__always) static func asciiRunEnd(_ p: UnsafePointer<UInt8>, from: Int, _ count: Int) -> Int {
        let highs: UInt64 = 0x8080_8080_8080_8080
        var i = from
        while i + 64 <= count {
            let q = UnsafeRawPointer(p + i)
            var any: UInt64 = 0
            for k in stride(from: 0, to: 64, by: 8) { any |= q.loadUnaligned(fromByteOffset: k, as: UInt64.self) }
            if any & highs != 0 { break }
            i += 64
        }
        while i + 8 <= count && UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self) & highs == 0 { i += 8 }
        while i < count && p[i] < 0x80 { i += 1 }
        return i
    }

    /// Takes the invisible characters out of `buffer[0..<count]` in place, and gives the
    /// ligatures as their letters; returns how many
    /// bytes are left. The bytes of one the buffer ends inside are kept back for the next call
    /// (`atEnd`: none comes, and they are left as they are).
    mutating func remove(_ buffer: UnsafeMutableRawBufferPointer, count: Int, atEnd: Bool) -> Int {
        guard let p = buffer.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return count }
        var read = 0, written = 0
        while read < count {
            // The run of bytes up to the next above 0x7F (nearly all of every capture), eight at
            // a time, moved down as a whole once a character was taken out before it.
            let next = Self.asciiRunEnd(p, from: read, count)
            if next > read {
                if written != read { memmove(p + written, p + read, next - read) }
                written += next - read
                read = next
            }
            guard read < count else { break }
            let n = Self.length(p, read, count)
            if n > 0 {
                // (A ligature's letters written where it was read: they take no more room.)
                if let letters = Self.ligatureLetters(p, read) {
                    for k in 0..<letters.utf8CodeUnitCount { p[written + k] = letters.utf8Start[k] }
                    written += letters.utf8CodeUnitCount
                }
                read += n
                continue
            }
            if n < 0 && !atEnd {
                pending = Array(UnsafeBufferPointer(start: p + read, count: count - read))
                return written
            }
            p[written] = p[read]
            written += 1
            read += 1
        }
        return written
    }

    /// `bytes` without their invisible characters (and their ligatures as letters), all at
    /// once; nil when they have none.
    static func removed(from bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard let p = bytes.baseAddress else { return nil }
        var i = 0
        while i < bytes.count {
            i = asciiRunEnd(p, from: i, bytes.count)
            if i < bytes.count && p[i] >= 0xC2 && length(p, i, bytes.count) > 0 { break }
            i += 1
        }
        guard i < bytes.count else { return nil }
        var text = Array(bytes)
        var filter = InvisibleCharacters()
        let n = text.withUnsafeMutableBytes { filter.remove($0, count: $0.count, atEnd: true) }
        text.removeLast(text.count - n)
        return text
    }

    /// Fills `buffer` with text read through `read` (0 at the end, negative on error), the
    /// invisible characters taken out; returns the bytes written, 0 at the end.
    mutating func read(into buffer: UnsafeMutableRawBufferPointer, from read: (UnsafeMutableRawBufferPointer) -> Int) -> Int {
        while true {
            let kept = pending.count
            if kept > 0 {
                pending.withUnsafeBytes { buffer.baseAddress!.copyMemory(from: $0.baseAddress!, byteCount: kept) }
                pending.removeAll()
            }
            let n = read(UnsafeMutableRawBufferPointer(rebasing: buffer[kept...]))
            if n < 0 { return n }
            let out = remove(buffer, count: kept + n, atEnd: n == 0)
            // A chunk of nothing but invisible characters is no end of the text: read on.
            if out > 0 || n == 0 { return out }
        }
    }
}
