#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Device text whose lines end with a carriage return alone (saved by classic Mac OS tools, some
/// serial-console loggers, a web form's text): its returns are read as line feeds, so that it
/// reads as the same capture with `\n` ends. Told from its first bytes, which hold a carriage
/// return and no line feed; a lone return inside a line of a capture that has line feeds (a
/// pager's prompt erased by PuTTY) stays what it is (`ByteScanner`).
enum CarriageReturnLines {
    /// Whether the capture's first bytes end their lines with carriage returns alone: one with
    /// a byte after it, and no line feed. (A pipe's first read may end between a `\r` and its
    /// `\n`: a return at the end says nothing.)
    static func detect(_ head: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = head.baseAddress, head.count > 1 else { return false }
        return memchr(base, 0x0A, head.count) == nil && memchr(base, 0x0D, head.count - 1) != nil
    }

    /// Every carriage return of `bytes` made a line feed.
    static func translate(_ bytes: UnsafeMutableRawBufferPointer) {
        for i in bytes.indices where bytes[i] == 0x0D { bytes[i] = 0x0A }
    }
}
