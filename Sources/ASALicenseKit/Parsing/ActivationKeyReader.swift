/// Reads the words of an activation key (grammar: `activation_key`), reporting KEY001 at the
/// column of the first word that is not hexadecimal, or when there are not five words.
enum ActivationKeyReader {
    /// `fourWords`: a PIX key, which may have four words.
    static func read(_ lx: LineLexer, from first: Int, to end: Int? = nil, fourWords: Bool = false, ctx: inout ParseContext) -> ActivationKey {
        let last = end ?? lx.count
        let count = last - first
        // Most keys are in the device's spelling, one space between words: read from the bytes.
        if count == 5, let key = ActivationKey(spelledBy: UnsafeBufferPointer(rebasing: lx.bytes[lx.token(first).start..<lx.token(last - 1).end]), span: lx.span(first)) {
            return key
        }
        let key = ActivationKey(lx.joined(first, last), span: lx.span(first))
        guard count > 0 else { return key }
        judge((first..<last).map { (lx, $0) }, fourWords: fourWords, ctx: &ctx)
        return key
    }

    /// Reports what is wrong with a key's words (each a word of a lexed line): KEY001 at the
    /// first that is not hexadecimal, or when there are not five; a note when it looks
    /// redacted, or words are left out of it (DOC008).
    private static func judge(_ words: [(line: LineLexer, token: Int)], fourWords: Bool, ctx: inout ParseContext) {
        let bad = words.indices.filter { let (lx, i) = words[$0]; return !isHexWord(lx.bytes, lx.token(i).start, lx.token(i).end) }
        func text(_ w: Int) -> String { words[w].line.text(words[w].token) }
        func span(_ w: Int) -> SourceSpan { words[w].line.span(words[w].token) }
        if PastedRedaction.looksBlanked(words: words.count, notHexadecimal: bad.map(text), fourWords: fourWords) {
            let how = PastedRedaction.isEllipsis(text(bad[0])) ? "has words left out" : "looks redacted"
            ctx.record(Diagnostic(.note, .DOC008, "activation key \(how) by whoever pasted the output ('\(text(bad[0]))'); it is not checked", at: span(bad[0])))
        } else if let b = bad.first {
            let more = bad.count > 1 ? " (\(bad.count) of its words are not)" : ""
            ctx.record(Diagnostic(.error, .KEY001, "activation key word \(b + 1) '\(text(b))' is not a 32-bit hexadecimal word\(more)", at: span(b)))
        } else if words.count != 5 && !(fourWords && words.count == 4) {
            ctx.record(Diagnostic(.error, .KEY001, wordCountMessage(words.count), at: span(0)))
        }
    }

    static func wordCountMessage(_ count: Int) -> String { "activation key has \(count) words; it must have exactly five" }

    /// A key cut by the width of a page or a terminal: its first words on the label's line
    /// (`lx`, from `first`), the rest of its five alone on the next line. Joined, with a
    /// warning (DOC002); nil, with the next line left unread, when the key is not so cut. A
    /// terminal's hard wrap at 80 columns cuts inside a word (`… 0xd2c4b8b8 0x` / `c4594f9c`):
    /// the word's two parts are joined too, when they make its eight digits.
    /// `allowsAction`: the `activation-key` command's action may follow the key's last words
    /// there (`0xc4594f9c activate`); it is given with the key.
    static func readWrapped(_ lx: LineLexer, from first: Int, fourWords: Bool, allowsAction: Bool = false,
                            ctx: inout ParseContext) -> (key: ActivationKey, action: ConfigCommand.KeyAction?)? {
        let words = lx.count - first
        let cut = words >= 1 && isCutWord(lx, lx.count - 1)
        let whole = cut ? words - 1 : words
        guard words >= 1, whole < (fourWords ? 4 : 5), (first..<(first + whole)).allSatisfy({ isKeyWord(lx, $0) }),
              let (next, from) = ctx.nextWrapped(after: lx.line.number) else { return nil }
        let rest = ctx.lexer
        var restWords = rest.count
        var restAction: ConfigCommand.KeyAction?
        if allowsAction, restWords > 1 {
            if rest.isWord(restWords - 1, "activate") { restAction = .activate } else if rest.isWord(restWords - 1, "deactivate") { restAction = .deactivate }
            if restAction != nil { restWords -= 1 }
        }
        let restStart = cut ? 1 : 0  // (the cut word's end, checked with its start)
        guard !cut || endsCutWord(lx, lx.count - 1, rest), restWords == 5 - whole, LineClassifier.classify(rest) == .other,
              (restStart..<restWords).allSatisfy({ isKeyWord(rest, $0) }) else {
            ctx.unread(from)
            return nil
        }
        ctx.report(.warning, .DOC002, "activation key wrapped: line \(lx.line.number) continues on line \(next.number); joined", at: lx.span(first))
        // A cut word is judged by its end (its start when that is a hexadecimal word alone and the
        // end is not, `0` / `xc4594f9c`): both parts are hexadecimal, blanked or stood in for alike.
        let cutStartIsHex = cut && isHexWord(lx.bytes, lx.token(lx.count - 1).start, lx.token(lx.count - 1).end)
        let cutWord = !cut ? [] : [cutStartIsHex && !isHexWord(rest.bytes, rest.token(0).start, rest.token(0).end) ? (lx, lx.count - 1) : (rest, 0)]
        judge((first..<(first + whole)).map { (lx, $0) } + cutWord + (restStart..<restWords).map { (rest, $0) }, fourWords: fourWords, ctx: &ctx)
        let text = !cut ? lx.joined(first, lx.count) + " " + rest.joined(0, restWords)
            : (whole > 0 ? lx.joined(first, first + whole) + " " : "") + lx.text(lx.count - 1) + rest.joined(0, restWords)
        return (ActivationKey(text, span: lx.span(first)), restAction)
    }

    /// Whether word `i` may be a key's word cut short at the line's end by a terminal's width:
    /// a proper start of `0x` and eight characters, hexadecimal or as a paste blanks or stands
    /// in for them (`0`, `0x`, `0xc459`, `0xXXXX`, `0xyada`; `Oxyada`, the letter O a retyping
    /// gives, as `startsKey` takes it).
    private static func isCutWord(_ lx: LineLexer, _ i: Int) -> Bool {
        let t = lx.token(i)
        guard t.length < 10, lx.bytes[t.start] == UInt8(ascii: "0") || lx.bytes[t.start] == UInt8(ascii: "O") else { return false }
        guard t.length > 1 else { return true }
        return lx.bytes[t.start + 1] | 0x20 == UInt8(ascii: "x") && (t.start + 2..<t.end).allSatisfy { isKeyCharacter(lx.bytes[$0]) }
    }

    /// Whether the first word of `rest` ends the cut word `i` of `lx`: together `0x` and eight
    /// characters (which `judge` then judges as the key's word).
    private static func endsCutWord(_ lx: LineLexer, _ i: Int, _ rest: LineLexer) -> Bool {
        guard rest.count > 0 else { return false }
        let (a, b) = (lx.token(i), rest.token(0))
        guard a.length + b.length == 10 else { return false }
        var s = b.start
        if a.length == 1 {
            guard rest.bytes[s] | 0x20 == UInt8(ascii: "x") else { return false }
            s += 1
        }
        return (s..<b.end).allSatisfy { isKeyCharacter(rest.bytes[$0]) }
    }

    /// A character of a key's word as pasted: a letter or digit (a placeholder's, `yadayad2`),
    /// or a mark that blanks it (`?`, `*`).
    private static func isKeyCharacter(_ c: UInt8) -> Bool {
        ByteText.isLetter(c) || ByteText.isDigit(c) || c == UInt8(ascii: "?") || c == UInt8(ascii: "*")
    }

    /// Whether a line under a time-based key section's header reads as a key at all: its first
    /// word (or word `i`: the one after `activation-key`) hexadecimal, written with `0x` (or the
    /// letter O a scan or a retyping gives, `Oxyadayad3`), or blanked. Anything else there (a
    /// sentence after a pasted output) is not a key with bad words but a line not understood.
    static func startsKey(_ lx: LineLexer, at i: Int = 0) -> Bool {
        lx.count > i && mayStartKey(lx.word(i))
    }

    /// A line with no label that reads as a key (a time-based key under its section's header):
    /// as `startsKey`, but a first word without `0x` is one of six hexadecimal digits or more.
    /// A short number is no key's word there: it is the rest of another line, or a code
    /// viewer's line number (`11 Encryption-3DES-AES …`, which canonical CLI writes after a
    /// blank line, where it would be read as a listing's).
    static func startsKeyAlone(_ lx: LineLexer) -> Bool {
        guard startsKey(lx) else { return false }
        let first = lx.token(0)
        let b = lx.bytes
        let prefixed = first.length > 2 && (b[first.start] == UInt8(ascii: "0") || b[first.start] | 0x20 == UInt8(ascii: "o")) && b[first.start + 1] | 0x20 == UInt8(ascii: "x")
        return prefixed || first.length >= 6 || !isHexWord(b, first.start, first.end)
    }

    /// Whether a word may be a key's first, as `startsKey` tells it: the one test for the lexer's
    /// tokens and an echoed command's words (`fw# activation-key …` sets a key only so).
    static func mayStartKey(_ word: some BidirectionalCollection<UInt8>) -> Bool {
        func test(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
            if isHexWord(b, 0, b.count) { return true }
            if b.count > 2, b[0] | 0x20 == UInt8(ascii: "o") || b[0] == UInt8(ascii: "0"), b[1] | 0x20 == UInt8(ascii: "x") { return true }
            // (`0x` alone: a first word cut by a terminal's width, `activation-key 0x` / `ce06dc6b …`.)
            if b.count == 2, b[0] == UInt8(ascii: "0"), b[1] | 0x20 == UInt8(ascii: "x") { return true }
            return PastedRedaction.keyWordLooksRedacted(String(decoding: b, as: UTF8.self))
        }
        return word.withContiguousStorageIfAvailable(test) ?? Array(word).withUnsafeBufferPointer(test)
    }

    /// Whether word `i` is a key's word as pasted keys have them: hexadecimal, or `0x` and a
    /// few more characters (a placeholder, `0xyadayad2`), or blanked (`0xXXXXXXXX`). Such a
    /// key is joined when cut, and its words then judged as the key's.
    private static func isKeyWord(_ lx: LineLexer, _ i: Int) -> Bool {
        let t = lx.token(i)
        if isHexWord(lx.bytes, t.start, t.end) { return true }
        if (3...10).contains(t.length), lx.bytes[t.start] == UInt8(ascii: "0") || lx.bytes[t.start] | 0x20 == UInt8(ascii: "o"),
           lx.bytes[t.start + 1] | 0x20 == UInt8(ascii: "x") { return true }
        return PastedRedaction.keyWordLooksRedacted(lx.text(i))
    }

    static func isHexWord(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var s = start
        if end - s > 2 && bytes[s] == UInt8(ascii: "0") && (bytes[s + 1] | 0x20) == UInt8(ascii: "x") { s += 2 }
        guard end > s, end - s <= 8 else { return false }
        for i in s..<end where !ByteText.isHexDigit(bytes[i]) { return false }
        return true
    }
}
