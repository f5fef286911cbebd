/// The lines pyATS's connection library (Unicon) logs between the commands it runs, in the same
/// stream as the device's output: `2021-03-15 10:22:05,201: %UNICON-INFO: +++ asa-1 with via
/// 'cli': executing command 'show version' +++`, and in its older form `[2019-09-10
/// 14:45:02,386] +++ asa-1: executing command 'show version' +++` (the stamp is taken off
/// first, `LineTimestamp`). They are the framework's, never the device's: read as blank lines,
/// like the banners other frameworks print around an output. The device's echo of the command
/// comes on the next line, alone (`CaptureParser`).
enum UniconLog {
    /// Whether the lexed line (its stamp taken off) is one: its first word is the log's tag,
    /// `%UNICON-` and a level in capitals and a colon, or its first and last words are `+++`.
    static func isLogLine(_ lexer: LineLexer) -> Bool {
        guard lexer.count > 1 else { return false }
        let bytes = lexer.bytes
        let first = lexer.token(0)
        if bytes[first.start] == UInt8(ascii: "+") {
            let last = lexer.token(lexer.count - 1)
            return isBannerMark(bytes, first) && isBannerMark(bytes, last)
        }
        guard ByteText.hasPrefix(bytes, first.start, first.end, "%UNICON-") else { return false }
        var i = first.start + 8
        let level = i
        while i < first.end && bytes[i] &- UInt8(ascii: "A") < 26 { i += 1 }
        // (The tag's colon is a token of its own.)
        return i > level && i == first.end && lexer.isColon(1)
    }

    private static func isBannerMark(_ bytes: UnsafeBufferPointer<UInt8>, _ t: Token) -> Bool {
        t.length == 3 && bytes[t.start] == UInt8(ascii: "+") && bytes[t.start + 1] == UInt8(ascii: "+") && bytes[t.start + 2] == UInt8(ascii: "+")
    }
}
