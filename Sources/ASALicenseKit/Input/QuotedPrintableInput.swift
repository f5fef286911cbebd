#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A capture in a mail's quoted-printable encoding, as a mailing list's archive shows a post:
/// lines longer than 76 characters broken with `=` at the end (a soft break), a blank at a line's
/// end written `=20`, an `=` written `=3D`, other bytes `=XX`. Read as the text it encodes, chunk
/// by chunk, so that it streams as any capture does: a broken line is one line again, followed
/// by a vacant line (`vacantLine`, no line at all to the parsers) for each break, so that every
/// later line keeps its number; columns and byte offsets count the decoded text.
struct QuotedPrintableInput: ChunkDecoder {
    /// The one byte of a line that stands for a line joined to the one before (a SUB, as DOS
    /// ends a file with): the parsers read it as no line at all (`ParseContext.takeOffFraming`).
    static let vacantLine: UInt8 = 0x1A

    /// Soft breaks in the line being decoded: vacant lines owed after its end. (An `=` sequence a
    /// chunk ends inside is given again with the next: `DecodedReads`.)
    private var owedLines = 0

    /// Whether the first bytes are quoted-printable: no `=` in them is anything but a soft break
    /// or an escape (an `=` that is not one, as in `rc=0` or `=>`, is text that is not encoded),
    /// and either two are, or one is an escape or breaks a line as an encoder does, at 76
    /// characters or a few less; or a mail's header says so and one is. (Found by `memchr`:
    /// this runs on every input, and most have no `=` at all.)
    static func detect(_ head: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = head.baseAddress else { return false }
        var encoded = 0, telling = 0, literal = 0
        var i = 0
        while i < head.count, let hit = memchr(base + i, Int32(UInt8(ascii: "=")), head.count - i) {
            let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            switch sequence(head, at: at, atEnd: true) {
            case .escape:
                encoded += 1
                telling += 1
            case .softBreak:
                encoded += 1
                var start = at
                while start > 0 && head[start - 1] != 0x0A { start -= 1 }
                if (70...76).contains(at + 1 - start) { telling += 1 }
            case .literal, .incomplete:
                literal += 1
            }
            i = at + 1
        }
        guard encoded > 0 else { return false }
        if literal == 0 && (encoded >= 2 || telling > 0) { return true }
        for j in head.indices where head[j] | 0x20 == UInt8(ascii: "q") {
            if ByteText.hasPrefixIgnoringCase(head, j, head.count, "quoted-printable") { return true }
        }
        return false
    }

    /// What the `=` at `i` starts.
    private enum Sequence: Equatable {
        /// `=XX`: the byte.
        case escape(UInt8)
        /// `=` and blanks before the line's end: the line goes on on the next; `length` bytes
        /// with the line feed.
        case softBreak(length: Int)
        /// Not an encoding: the `=` is text.
        case literal
        /// The bytes end before it can be told.
        case incomplete
    }

    private static func sequence(_ b: UnsafeBufferPointer<UInt8>, at i: Int, atEnd: Bool) -> Sequence {
        var j = i + 1
        if j < b.count, let high = hexValue(b[j]) {
            if j + 1 < b.count, let low = hexValue(b[j + 1]) { return .escape(high << 4 | low) }
            if j + 1 == b.count && !atEnd { return .incomplete }
        }
        while j < b.count && (b[j] == 0x20 || b[j] == 0x09 || b[j] == 0x0D) { j += 1 }
        if j < b.count { return b[j] == 0x0A ? .softBreak(length: j + 1 - i) : .literal }
        // The end of the bytes: at the input's end a last soft break; before it, read on.
        if atEnd { return .softBreak(length: j - i) }
        return j - i > 3 ? .literal : .incomplete
    }

    private static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
        default: nil
        }
    }

    /// Decodes `bytes` whole.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var decoder = QuotedPrintableInput()
        _ = decoder.decode(bytes, atEnd: true, into: &out)
        return out
    }

    static let room = 64

    mutating func decode(_ chunk: inout [UInt8], atEnd: Bool) -> (used: Int, made: [UInt8]) {
        var out: [UInt8] = []
        let rest = chunk.withUnsafeBufferPointer { decode($0, atEnd: atEnd, into: &out) }
        return (rest, out)
    }

    /// Appends the text `bytes` encode to `out`; returns where an `=` sequence cut by the end
    /// of the bytes starts (the bytes' count when none is).
    private mutating func decode(_ bytes: UnsafeBufferPointer<UInt8>, atEnd: Bool, into out: inout [UInt8]) -> Int {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            guard b == UInt8(ascii: "=") else {
                out.append(b)
                i += 1
                if b == 0x0A { payOwedLines(&out) }
                continue
            }
            switch Self.sequence(bytes, at: i, atEnd: atEnd) {
            case .escape(let byte):
                // (A line feed encoded inside a line would move every later line's number.)
                if byte != 0x0A { out.append(byte) }
                i += 3
            case .softBreak(let length):
                i += length
                owedLines += 1
            case .literal:
                out.append(b)
                i += 1
            case .incomplete:
                return i
            }
        }
        if atEnd && owedLines > 0 {
            out.append(0x0A)
            payOwedLines(&out)
        }
        return bytes.count
    }

    private mutating func payOwedLines(_ out: inout [UInt8]) {
        for _ in 0..<owedLines { out += [Self.vacantLine, 0x0A] }
        owedLines = 0
    }
}
