/// The time a terminal log stamps on every line it keeps (SecureCRT's and Tera Term's
/// `[2012-03-06 10:22:31] `, `[Tue Mar 06 10:22:31.123 2012] `; ISO `2012-03-06 10:22:31 `
/// or `2012-03-06T10:22:31.123Z `; a logger's `2021-03-15 10:22:05,201: `; moreutils' `ts`,
/// `Dec 07 10:14:09 `). It is the log's, not the device's: taken off before the line is read.
/// No line of licence output or configuration starts with a bracket, a date or a month and a
/// time. (The device's own log message, `Dec 04 2026 02:14:13: %ASA-…`, has its year before
/// the time and a colon after it: `SyslogMessage`.)
enum LineTimestamp {
    /// Where the text after the stamp starts (one blank after it is the stamp's own), when the
    /// line lexed starts with one; nil otherwise.
    static func textStart(_ lexer: LineLexer) -> Int? {
        guard lexer.count > 0 else { return nil }
        let bytes = lexer.bytes
        let end = lexer.line.end
        let first = lexer.token(0)
        var stampEnd: Int
        switch bytes[first.start] {
        case UInt8(ascii: "["):
            guard let close = bracketedStampEnd(bytes, first.start, end) else { return nil }
            stampEnd = close
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            // A date alone (a time follows as the next word, after one blank or more: a log pads
            // an hour of one digit, and a row's name written back has one) or a date and time in
            // one word.
            guard isDate(bytes, first.start, first.end) else { return nil }
            if first.length == 10 {
                guard lexer.count > 1, case let time = lexer.token(1), hasTime(bytes, time.start, time.end) else { return nil }
                stampEnd = time.end
            } else {
                guard bytes[first.start + 10] == UInt8(ascii: "T"), hasTime(bytes, first.start + 11, first.end) else { return nil }
                stampEnd = first.end
            }
        case UInt8(ascii: "A")...UInt8(ascii: "Z"):
            guard let time = monthDayTimeEnd(bytes, first.start, end) else { return nil }
            stampEnd = time
        default:
            return nil
        }
        // A logger's colon after its stamp (Python's, `2021-03-15 10:22:05,201: …`) is the stamp's.
        if stampEnd < end && bytes[stampEnd] == UInt8(ascii: ":") { stampEnd += 1 }
        if stampEnd < end && bytes[stampEnd] == 0x20 { stampEnd += 1 }
        return stampEnd
    }

    /// The offset after `]` when `[…]` at `open` holds a time and only the bytes stamps are
    /// written with (digits, letters, blanks, `-/:.,+`), within 48 bytes.
    private static func bracketedStampEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ open: Int, _ end: Int) -> Int? {
        var i = open + 1
        let limit = min(end, open + 48)
        while i < limit && bytes[i] != UInt8(ascii: "]") {
            switch bytes[i] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 0x20, UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "+"):
                i += 1
            default:
                return nil
            }
        }
        guard i < limit, hasTime(bytes, open + 1, i) else { return nil }
        return i + 1
    }

    /// The end of `ts`'s stamp at `start` (`Dec 07 10:14:09`, `Dec  7 10:14:09.123456`): a
    /// month's English abbreviation, its day, a time of day; none when a colon follows it.
    private static func monthDayTimeEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        // (The month is looked up last: most lines that start with a capital have no day after it.)
        guard end - start >= 15, bytes[start + 3] == 0x20 else { return nil }
        var i = ByteText.skipSpace(bytes, start + 4, end)
        let day = i
        while i < end && ByteText.isDigit(bytes[i]) { i += 1 }
        guard (1...2).contains(i - day), i < end, bytes[i] == 0x20 else { return nil }
        guard let time = clockTimeEnd(bytes, i + 1, end) else { return nil }
        i = time
        if i + 1 < end && bytes[i] == UInt8(ascii: ".") && ByteText.isDigit(bytes[i + 1]) {
            i += 1
            while i < end && ByteText.isDigit(bytes[i]) { i += 1 }
        }
        guard i == end || bytes[i] == 0x20, months.contains(where: { ByteText.hasPrefix(bytes, start, end, $0) }) else { return nil }
        return i
    }

    /// The end of a time of day `HH:MM:SS` at `start`, nil when none is there.
    static func clockTimeEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        guard start + 8 <= end, (0..<8).allSatisfy({ k in k % 3 == 2 ? bytes[start + k] == UInt8(ascii: ":") : ByteText.isDigit(bytes[start + k]) }) else { return nil }
        return start + 8
    }

    private static let months: [StaticString] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `YYYY-MM-DD` at `start`, alone or before more of the word.
    private static func isDate(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard end - start == 10 || end - start >= 19 else { return false }
        for k in 0..<10 {
            let b = bytes[start + k]
            if k == 4 || k == 7 {
                guard b == UInt8(ascii: "-") else { return false }
            } else if !ByteText.isDigit(b) {
                return false
            }
        }
        return true
    }

    /// Whether `start..<end` holds a time of day: a digit, a colon and two digits.
    private static func hasTime(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var i = start + 1
        while i + 2 < end {
            if bytes[i] == UInt8(ascii: ":") && ByteText.isDigit(bytes[i - 1]) && ByteText.isDigit(bytes[i + 1]) && ByteText.isDigit(bytes[i + 2]) { return true }
            i += 1
        }
        return false
    }
}
