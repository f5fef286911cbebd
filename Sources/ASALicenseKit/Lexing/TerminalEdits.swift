#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A command as the terminal showed it once its typing was corrected. A terminal's log (PuTTY,
/// SecureCRT, `script`) keeps what the device echoed as the engineer typed: for each backspace
/// `BS space BS`, or `BS ESC[K`, and the letters typed after it over the ones erased
/// (`show activx\b \bation-key`); a log of the keys themselves has a DEL for each. Read as
/// written, the command is no command asalic knows, and the output under it is read as if no
/// prompt had asked for it.
enum TerminalEdits {
    /// The bytes of the command that starts at word `first` of the line `lx` holds, edited as
    /// the terminal showed them; nil when the line holds no backspace or DEL.
    private static func shownCommand(_ lx: LineLexer, at first: Int) -> [UInt8]? {
        isEdited(lx, from: first) ? shownLine(lx, from: first) : nil
    }

    /// The line of `lx` from word `first` as the terminal showed it.
    @inline(never) private static func shownLine(_ lx: LineLexer, from first: Int) -> [UInt8] {
        shown(UnsafeBufferPointer(rebasing: lx.bytes[lx.token(first).start..<lx.line.end]))
    }

    /// Whether the line of `lx` holds a backspace or DEL from word `first` on.
    @inline(__always) static func isEdited(_ lx: LineLexer, from first: Int) -> Bool {
        guard first < lx.count, let p = lx.bytes.baseAddress else { return false }
        return isEdited(p, lx.token(first).start, lx.line.end)
    }

    /// Whether the bytes `start..<end` hold a backspace or DEL.
    @inline(__always) static func isEdited(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        // (Two `memchr`, as every prompt's line is asked: fewer instructions than a loop.)
        memchr(p + start, 0x08, end - start) != nil || memchr(p + start, 0x7F, end - start) != nil
    }

    /// What `ask` says of the words of a command `shown`, and the command they make.
    private static func read<T>(_ shown: [UInt8], line: Int, _ ask: (LineLexer) -> T) -> (asked: T, command: String)? {
        shown.withUnsafeBufferPointer { b in
            var words = LineLexer(b)
            words.lex(Line(number: line, start: 0, end: b.count))
            // (A page's tags inside it cut out, as on the prompt's line it is written back on.)
            PageMarkup.cutTags(&words)
            guard words.count > 0 else { return nil }
            return (ask(words), words.joined(0, words.count))
        }
    }

    /// What the command echoed after the prompt of `lx` asks for, and the command when the
    /// terminal showed it edited (nil when it was not: the line's words are the command). (A
    /// configuration's line is read again whole by its parser, as shown: `withShownLine`.)
    static func classify(_ lx: LineLexer) -> (echoed: EchoedCommand, edited: String?) {
        if let shown = shownCommand(lx, at: 1) {
            let configMode = Prompt.isConfigMode(lx)
            if let read = read(shown, line: lx.line.number, { EchoedCommand.classify($0, commandAt: 0, configMode: configMode) }) {
                return (read.asked, read.command)
            }
        }
        return (EchoedCommand.classify(lx), nil)
    }

    /// The command a line holds alone (after a prompt that stood alone), as `classify` reads one
    /// after a prompt: nil when it is none asalic knows (`EchoedCommand.isCommand`). A page's
    /// tags are cut out of `lx` first, as from the prompt's line it is written back on.
    static func classifyAlone(_ lx: inout LineLexer) -> (echoed: EchoedCommand?, edited: String?) {
        PageMarkup.cutTags(&lx)
        func ask(_ words: LineLexer) -> EchoedCommand? {
            EchoedCommand.isCommand(words, commandAt: 0) ? EchoedCommand.classify(words, commandAt: 0) : nil
        }
        if let shown = shownCommand(lx, at: 0), let read = read(shown, line: lx.line.number, ask), read.asked != .configLine {
            return (read.asked, read.command)
        }
        return (ask(lx), nil)
    }

    /// What `body` reads from a lexer of the line of `lx` from word `first` as the terminal
    /// showed it (a configuration's line: `license-server secret farscapx\b \be`), its spans
    /// counted from that word's (a later word's column counts the bytes shown, not those
    /// written). (For a line that `isEdited`.)
    static func withShownLine<T>(_ lx: LineLexer, from first: Int, colonsInWords: Bool, _ body: (LineLexer) -> T) -> T {
        let shown = shownLine(lx, from: first)
        return shown.withUnsafeBufferPointer { b in
            var words = LineLexer(b, baseOffset: lx.baseOffset + lx.token(first).start)
            words.lex(Line(number: lx.line.number, start: 0, end: b.count), colonsInWords: colonsInWords)
            words.countColumns(from: 1 - lx.column(first))
            return body(words)
        }
    }

    /// `bytes` as a terminal shows them: a backspace moves the cursor back a character (a UTF-8
    /// sequence whole), a DEL erases the character before the cursor, `ESC[K` erases from the
    /// cursor to the end, `ESC[D` and `ESC[C` move it back and on; what is written at the
    /// cursor replaces what stood there (another sequence too: the lexer reads it as a blank).
    static func shown(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        shownWithOrigins(bytes).shown
    }

    /// `shown`, and for each byte shown the offset in `bytes` of the byte written there.
    static func shownWithOrigins(_ bytes: UnsafeBufferPointer<UInt8>) -> (shown: [UInt8], origins: [Int]) {
        var out: [UInt8] = [], origins: [Int] = []
        out.reserveCapacity(bytes.count)
        origins.reserveCapacity(bytes.count)
        var cursor = 0
        func back() {
            guard cursor > 0 else { return }
            cursor -= 1
            while cursor > 0 && out[cursor] & 0xC0 == 0x80 { cursor -= 1 }
        }
        func forth() {
            guard cursor < out.count else { return }
            cursor += 1
            while cursor < out.count && out[cursor] & 0xC0 == 0x80 { cursor += 1 }
        }
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case 0x08:
                back()
            case 0x7F:
                let end = cursor
                back()
                out.removeSubrange(cursor..<end)
                origins.removeSubrange(cursor..<end)
            case 0x1B where i + 2 < bytes.count && bytes[i + 1] == UInt8(ascii: "[") && "KDC".utf8.contains(bytes[i + 2]):
                switch bytes[i + 2] {
                case UInt8(ascii: "K"): out.removeSubrange(cursor...); origins.removeSubrange(cursor...)
                case UInt8(ascii: "D"): back()
                default: forth()
                }
                i += 3
                continue
            default:
                // A character whole (a UTF-8 sequence), over the one at the cursor whole.
                var next = i + 1
                if b >= 0xC0 { while next < bytes.count && bytes[next] & 0xC0 == 0x80 { next += 1 } }
                var over = cursor
                if over < out.count { over += 1; while over < out.count && out[over] & 0xC0 == 0x80 { over += 1 } }
                out.replaceSubrange(cursor..<over, with: bytes[i..<next])
                origins.replaceSubrange(cursor..<over, with: i..<next)
                cursor += next - i
                i = next
                continue
            }
            i += 1
        }
        return (out, origins)
    }
}
