#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A line that holds a whole output whose line breaks were lost: a forum that moved
/// its posts to new software, a chat, a rendered page copied as one paragraph
/// (`Serial Number: JMX1232L11M Running Permanent Activation Key: 0x… Licensed features for this
/// platform: Maximum VLANs : 150 perpetual Inside Hosts : Unlimited perpetual …`). Its lines are
/// found again where the output's lines start: after a row's term (`perpetual`, `33 days`),
/// before a feature's name and its colon, a line the outputs print (`This platform has`, `The
/// flash …`, a shared licence's fields), a prompt, an activation key alone, a client's row.
/// `ByteScanner` reads them one by one, each numbered as the physical line that holds them. A line is taken for
/// one only when it is long and four of its lines are rows, fields or licence commands, or two
/// are beside an activation key, or it starts a configuration of two commands: prose that names
/// a few is left whole.
enum FlattenedLines {
    /// A line shorter than this holds no two lines of an output (a serial's and a key's take 104
    /// bytes other than blanks). Lengths count neither blanks nor bytes that are not ASCII
    /// (`countedLength`); as a line's own length, this is no more than its counted one, so a
    /// shorter line is not looked at either (a key's line alone, 88 bytes, nearly every line of
    /// every output with a key, is not).
    static let minimumLength = 90
    /// Nor does a line longer than this (a thousand rows), which the parser cuts anyway
    /// (`ParseLimits.maxLineBytes`): looking for lines in it is bounded.
    static let maximumLength = 64 * 1024

    /// Where the lines after the first start in the line `start..<end` (a physical line, or one
    /// of strings), when it is one; nil when it is not. (A line of fewer than 105 counted bytes with
    /// fewer than two colons, as nearly every line of every capture, is none: told by two `memchr`.)
    static func cuts(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int, checksLines: Bool = true, tagsBlanked: Bool = false) -> [Int]? {
        // A line must be judged the same read again as canonical CLI writes it back: invalid
        // UTF-8 then takes more bytes (U+FFFD), a row's blanks align its columns, `&nbsp;` is a
        // blank (`countedLength`). (No line of more than four times the longest is counted:
        // written back, it is longer still.)
        guard end - start >= minimumLength && end - start <= 4 * maximumLength else { return nil }
        // (Inside the one string a list's item quotes it in, `"…",`: framing takes the quotes
        // off, and canonical CLI writes the line back without them.)
        let (start, end) = linesRange(p, start, end)
        // Its text, and only its text, is judged: what framing takes off its ends (a mail's quote
        // marks, a comment's, a page's markup, `<pre>`, `</strong>`, glued or not; a pager's
        // prompt) is none of it.
        let (first, textEnd) = textRange(p, start, end)
        // A page's source that breaks its lines with `<br>`: there (each line read alone as one;
        // judged by its counted length, as the same line written back is).
        if let breaks = HTMLBreaks.cuts(p, first, textEnd), countedLength(p, first, textEnd) >= minimumLength,
           !checksLines || readAlone(p, start, end, breaks, from: 0) { return breaks }
        func hasTwoColons() -> Bool {
            guard let colon = memchr(p + first, Int32(UInt8(ascii: ":")), textEnd - first) else { return false }
            let after = p.distance(to: colon.assumingMemoryBound(to: UInt8.self)) + 1
            return after < textEnd && memchr(p + after, Int32(UInt8(ascii: ":")), textEnd - after) != nil
        }
        // (A line of fewer than 105 bytes counts fewer: its colons are told before its bytes
        // are counted, as for a key's line.)
        if textEnd - first < 105 && !hasTwoColons() { return nil }
        // A line typed with corrections is judged as the terminal showed it, as it is read and
        // written back (`\u{7F}` or a backspace in it may hide a prompt or a command, or make one).
        // Not one with a control sequence, which is written back as a blank, where the terminal
        // showed none (`ESC[K`): such a line is judged as written, as it always was.
        // (Its text only: the backspaces a pager's prompt is erased with are none of it.)
        if TerminalEdits.isEdited(p, first, textEnd) && memchr(p + start, 0x1B, end - start) == nil {
            return cutsAsShown(p, first, end, checksLines: checksLines)
        }
        let length = countedLength(p, first, textEnd)
        guard length >= minimumLength && length <= maximumLength else { return nil }
        if length < 105 && textEnd - first >= 105 && !hasTwoColons() { return nil }
        // A prompt's line has the tags inside it cut out (`PageMarkup.cutTags`): judged as
        // written back, blanks in their place (`fw1# show version</b> Cisco Adaptive …`).
        func judged(_ blanked: [UInt8]) -> [Int]? {
            blanked.withUnsafeBufferPointer { q in
                FlattenedLines.cuts(q.baseAddress!, 0, q.count, checksLines: checksLines, tagsBlanked: true)?.map { $0 + start }
            }
        }
        if !tagsBlanked, let blanked = promptLineWithTagsBlanked(p, start, end, first, textEnd) {
            // The lines after the prompt's keep their tags, as the parser reads them: when one of
            // them, so, is read as several, only the tags on the prompt's own line are blanks.
            let found = judged(blanked)
            guard let all = found, checksLines, let cut = all.first, !readAlone(p, start, end, all, from: 1) else { return found }
            if let blanked = promptLineWithTagsBlanked(p, start, end, first, cut) { return judged(blanked) }
        }
        var cuts: [Int] = []
        var evidence = 0
        func cut(_ at: Int) {
            if at > (cuts.last ?? start) { cuts.append(at) }
        }
        // The words read so far that matter to the next: the last two, the run of key words.
        var last = (start: -1, end: -1), beforeLast = (start: -1, end: -1)
        var keyWords = 0
        var labelTakesKey = false  // the last line started was a key's label, its key on it
        var clientRows = false     // after a client table's header: rows of three words
        // The line being read has its colon: a name before it, inside a row's (`Maximum VLANs`,
        // `Total VPN Peers`), starts no line.
        var lineHasColon = false
        var keyRuns = 0, commands = 0, startsWithCommand = false
        var i = first
        while i < textEnd {
            i = skipSpace(p, i, textEnd)
            guard i < textEnd else { break }
            let e = wordEnd(p, i, textEnd)
            let word = (start: i, end: e)
            let cutsBefore = cuts.count
            // A row ends with its term; a key's five words end its line.
            let endsRow = lineHasColon && (isWord(p, last, "perpetual") || ((isWord(p, last, "days") || isWord(p, last, "day"))
                && beforeLast.start >= 0 && ByteText.decimal(UnsafeBufferPointer(start: p, count: textEnd), beforeLast.start, beforeLast.end) != nil))
            let phrase = phrase(p, i, textEnd)
            let row = endsRow || (lineHasColon && name(p, i, textEnd)) || (clientRows && isClientRow(p, i, textEnd))
            // A key alone on its line (a detail's time-based keys), not the one after a label or
            // a command (`activation-key 0x…`).
            let keyAlone = keyWords == 0 && last.start >= 0 && isKeyWord(p, word) && (labelTakesKey || p[last.end - 1] != UInt8(ascii: ":"))
                && !isWord(p, last, "activation-key")
                && isKeyRun(p, i, textEnd)
            // A licence command of a configuration (`no license-server …` from its `no`), or a
            // key entered (`activation-key 0x…`, not the `show activation-key` echoed).
            let command = (isWord(p, word, "license-server") && !isWord(p, last, "no") && !echoes(p, last))
                || (isWord(p, word, "no") && matches(p, i, end, "no license-server") != nil)
                || (isWord(p, word, "activation-key") && !isWord(p, last, "show") && !isWord(p, last, "sh") && isKeyRun(p, e, textEnd))
            if row || phrase != nil || keyWords == 5 || keyAlone || command || isPrompt(p, word) || startsUnitLine(p, word, textEnd) {
                // (A command typed at a prompt stays on the prompt's line, as the device echoed it.)
                if !(command && isPrompt(p, last)) { cut(i) }
                // (Not a key's label the line starts with: one read from a label spelled otherwise
                // is written back as the device spells it, and a line must weigh the same read
                // again.)
                if row || command || (phrase?.isField == true && (i > first || phrase?.isSerial == true)) { evidence += 1 }
                if command { commands += 1 }
                if command && i == first { startsWithCommand = true }
            }
            if keyWords == 4 && isKeyWord(p, word) { keyRuns += 1 }
            if let phrase {
                labelTakesKey = phrase.takesKey
                if phrase.isClientHeader { clientRows = true }
                // The header's words, or the elision's, are their line: the next starts after them.
                if phrase.isClientHeader || phrase.isAlone {
                    let after = skipWords(p, i, end, phrase.words)
                    if after < textEnd { cut(after) }
                }
            }
            if cuts.count > cutsBefore { lineHasColon = false }
            if memchr(p + i, Int32(UInt8(ascii: ":")), e - i) != nil { lineHasColon = true }
            keyWords = isKeyWord(p, word) ? keyWords + 1 : 0
            if keyWords > 0 { labelTakesKey = false }
            beforeLast = last
            last = word
            i = e
        }
        // Four rows, fields or commands; or two beside an activation key (no prose has five key
        // words); or two licence commands on a line that starts with one or with a prompt (no
        // configuration line names two; a line of other text joined to them is no paste's).
        let startsConfiguration = startsWithCommand || (first < textEnd && (isPrompt(p, (first, wordEnd(p, first, textEnd)))
            || isWord(p, (first, wordEnd(p, first, textEnd)), "license-server")))
        guard evidence >= 4 || (evidence >= 2 && keyRuns > 0) || (commands >= 2 && startsConfiguration) else { return nil }
        // A line found that would itself be taken for one, alone, or for strings of lines
        // (`StringLines`), makes the whole line none: a line kept as written is written back
        // alone, and must be read again as it was read.
        if checksLines && !readAlone(p, start, end, cuts, from: 0) { return nil }
        return cuts
    }

    /// Whether the lines `start..<end` holds at `cuts`, from the one at `from` on, are each read
    /// alone as one line (none taken for lines that lost their breaks, nor for strings of lines).
    private static func readAlone(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int, _ cuts: [Int], from: Int) -> Bool {
        let bytes = UnsafeBufferPointer(start: p, count: end)
        for (lineStart, lineEnd) in zip([start] + cuts, cuts + [end]).dropFirst(from) {
            if self.cuts(p, lineStart, lineEnd, checksLines: false) != nil { return false }
            if StringLines.mayBe(bytes, lineStart, lineEnd) && StringLines.first(p, lineStart, lineEnd) != nil { return false }
        }
        return true
    }

    /// The bytes `start..<end` of a line whose text `first..<textEnd` starts with a prompt, a
    /// page's tags after it blanked (up to `textEnd`); nil when it starts with none or holds no tag.
    private static func promptLineWithTagsBlanked(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int, _ first: Int, _ textEnd: Int) -> [UInt8]? {
        let promptEnd = wordEnd(p, first, textEnd)
        guard isPrompt(p, (first, promptEnd)), memchr(p + promptEnd, Int32(UInt8(ascii: "<")), textEnd - promptEnd) != nil else { return nil }
        let bytes = UnsafeBufferPointer(start: p, count: end)
        var blanked: [UInt8]?
        PageMarkup.forEachTag(bytes, promptEnd, textEnd) { open, tagEnd in
            if blanked == nil { blanked = Array(bytes[start..<end]) }
            for j in open..<tagEnd { blanked![j - start] = 0x20 }
        }
        return blanked
    }

    /// The lines of a line typed with corrections, `shown` as the terminal showed it
    /// (`TerminalEdits`) after `before` (its prompt, `ownPrompt`, as written back): where that
    /// line, written back, is cut when it lost its line breaks (`cuts`), in `shown`'s offsets;
    /// one line when it is not. Read as written, its bytes (`\u{7F}license-server`) may hide the
    /// line's. Whole too when a line after the first starts with another prompt than its own:
    /// read again, that line would start another document.
    static func linesOfShown(_ shown: UnsafeBufferPointer<UInt8>, after before: String, ownPrompt: String?) -> [Range<Int>] {
        let whole = [0..<shown.count]
        guard before.utf8.count + shown.count >= minimumLength else { return whole }
        let line = Array(before.utf8) + shown
        guard let cuts = line.withUnsafeBufferPointer({ cuts($0.baseAddress!, 0, $0.count) }) else { return whole }
        let starts = [0] + cuts.map { $0 - before.utf8.count }.filter { $0 > 0 && $0 < shown.count }
        let lines = starts.indices.map { starts[$0]..<(($0 + 1 < starts.count) ? starts[$0 + 1] : shown.count) }
        var lexer = LineLexer(shown)
        for range in lines.dropFirst() {
            lexer.lex(Line(number: 0, start: range.lowerBound, end: range.upperBound))
            if Prompt.isPrompt(lexer) && lexer.text(0) != ownPrompt { return whole }
        }
        return lines
    }

    /// Where the lines of the line `start..<end` lie: inside the one string it is quoted in
    /// whole (a JSON or Python list's item, `"…",`, also after a mail's quote marks, or in the
    /// colour a tool prints it in); else the line.
    static func linesRange(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> (start: Int, end: Int) {
        var i = start
        while i < end && (p[i] == UInt8(ascii: ">") || p[i] == 0x1B || spaceLength(p, i, end) > 0) {
            i = p[i] == 0x1B ? LineLexer.skipEscape(p, from: i, end: end) : i + max(1, spaceLength(p, i, end))
        }
        guard i < end, p[i] == UInt8(ascii: "\"") || p[i] == UInt8(ascii: "'") || p[i] == UInt8(ascii: "["),
              let inside = LineEnvelope.stringInside(UnsafeBufferPointer(start: p, count: end), i, LineLexer.escapeRunStart(p, i, end))
        else { return (start, end) }
        return inside
    }

    /// Where the text of the line `start..<end` starts and ends: after a mail's quote marks
    /// (`> `), a comment's (`! `, `!Serial Number: …` glued, `# `) and a page's markup (`<pre>`,
    /// `{code}`), before a page's markup (`</strong>`, `[/code]`), as framing takes them off.
    private static func textRange(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> (start: Int, end: Int) {
        let bytes = UnsafeBufferPointer(start: p, count: end)
        // (After the line's indentation: ` > …` is quoted as `> …` is.)
        var first = skipSpace(p, start, end)
        while first < end {
            let b = p[first]
            // (`#` a comment's mark only as a word of its own, as `uncomment` takes it.)
            if b == UInt8(ascii: ">") || b == UInt8(ascii: "!") || (b == UInt8(ascii: "#") && (first + 1 == end || ByteText.isSpace(p[first + 1]))) {
                first = skipSpace(p, first + 1, end)
            } else if b == UInt8(ascii: "<") || b == UInt8(ascii: "&"), case let after = ParseContext.pagerPromptsEnd(bytes, first, end), after > first {
                // The pager's prompt and the blanks and backspaces that erase it (`stripPager`).
                first = after
            } else if b == UInt8(ascii: "<") || b == UInt8(ascii: "{") || b == UInt8(ascii: "["), let tag = PageMarkup.tag(bytes, first, end) {
                first = skipSpace(p, tag.end, end)
            } else {
                break
            }
        }
        let last = ByteText.trimEnd(bytes, first, end)
        guard last > first, ParseContext.mayEndFraming(p[last - 1]) else { return (first, end) }
        return (first, PageMarkup.textEnd(bytes, first, end).end)
    }

    /// How many of the bytes `p[start..<end]` are ASCII and no blank, nor part of a web page's
    /// `&nbsp;` or a terminal's control sequence.
    private static func countedLength(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var count = 0
        var i = start
        while i < end {
            let b = p[i]
            if b == UInt8(ascii: "&") || b == 0x1B, case let n = spaceLength(p, i, end), n > 0 {
                i += n
                continue
            }
            if b < 0x80 && b != 0x20 && b != 0x09 { count += 1 }
            i += 1
        }
        return count
    }

    /// The length of the blank at `i`: a blank (`LineLexer.blankLength`), a web page's
    /// `&nbsp;`, which the lexer reads as one before and after a word (`0x0e5d7c41&nbsp;` is a
    /// key's word, as canonical CLI writes it back), or a terminal's control sequence, which it
    /// reads as one too (`perpetualESC[K`); 0 for none.
    private static func spaceLength(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        p[i] == UInt8(ascii: "&") ? LineLexer.noBreakSpaceEntity(p, i, end) : LineLexer.blankOrEscapeLength(p, i, end)
    }

    /// Where the blanks from `i` end (`spaceLength`).
    private static func skipSpace(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        var j = i
        while j < end {
            let n = spaceLength(p, j, end)
            if n == 0 { break }
            j += n
        }
        return j
    }

    /// Where the word from `i` ends: at the next blank, or after a colon. (A colon ends a word
    /// as a blank does: `Encryption-3DES-AES :VLANs :` is read as canonical CLI writes it back,
    /// `Encryption-3DES-AES : VLANs :`, its `VLANs` a name that may start a line.)
    private static func wordEnd(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        var j = i
        while j < end && spaceLength(p, j, end) == 0 {
            j += 1
            if p[j - 1] == UInt8(ascii: ":") { break }
        }
        return j
    }

    /// Whether `word` ends the part of an echoed command that a licence command's name may
    /// follow (`show running-config all license-server`, `| include license-server`).
    private static func echoes(_ p: UnsafePointer<UInt8>, _ word: (start: Int, end: Int)) -> Bool {
        isWord(p, word, "all") || isWord(p, word, "running-config") || isWord(p, word, "include") || isWord(p, word, "begin")
            || isWord(p, word, "grep") || isWord(p, word, "|") || isWord(p, word, "show") || isWord(p, word, "sh")
    }

    /// Whether `word` is `text`.
    private static func isWord(_ p: UnsafePointer<UInt8>, _ word: (start: Int, end: Int), _ text: StaticString) -> Bool {
        word.start >= 0 && word.end - word.start == text.utf8CodeUnitCount && memcmp(p + word.start, text.utf8Start, text.utf8CodeUnitCount) == 0
    }

    /// Where `count` words after `i` end (at the next word's start, or `end`).
    private static func skipWords(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int, _ count: Int) -> Int {
        var j = i
        for _ in 0..<count {
            j = skipSpace(p, j, end)
            j = wordEnd(p, j, end)
        }
        j = skipSpace(p, j, end)
        return j
    }

    /// Whether the bytes at `i` are `text`, each space of it one or more blanks, and where they
    /// end; a colon at its end may have blanks before it (`Version :`).
    private static func matches(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int, _ text: StaticString) -> Int? {
        matches(p, i, end, UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    private static func matches(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int, _ text: UnsafeBufferPointer<UInt8>) -> Int? {
        var j = i
        for (k, c) in text.enumerated() {
            if c == 0x20 {
                guard j < end && spaceLength(p, j, end) > 0 else { return nil }
                j = skipSpace(p, j, end)
            } else if c == UInt8(ascii: ":") && k == text.count - 1 {
                j = skipSpace(p, j, end)
                guard j < end && p[j] == c else { return nil }
                j += 1
            } else {
                guard j < end && p[j] == c else { return nil }
                j += 1
            }
        }
        return j
    }

    // MARK: what starts a line

    private struct Phrase {
        let text: StaticString
        var isField = false       // a line that only an output prints: counts as evidence
        var takesKey = false      // a label whose key follows on a line of its own
        var isClientHeader = false
        var isAlone = false       // a paster's elision, a line of its own
        var isSerial = false      // the serial's label, read only as spelled here

        /// How many words the phrase has.
        var words: Int { UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount).filter { $0 == 0x20 }.count + 1 }
    }

    /// The lines the outputs print that no feature's name starts.
    private static let phrases: [Phrase] = [
        Phrase(text: "Cisco Adaptive Security Appliance Software Version"), Phrase(text: "Cisco PIX Security Appliance Software Version"),
        Phrase(text: "Firepower Extensible Operating System"), Phrase(text: "SSP Operating System"),
        Phrase(text: "Device Manager Version"), Phrase(text: "Compiled on"), Phrase(text: "System image file is"),
        Phrase(text: "Config file at boot was"), Phrase(text: "Hardware:"), Phrase(text: "Model Id:"), Phrase(text: "Internal ATA"),
        Phrase(text: "BIOS Flash"), Phrase(text: "Encryption hardware device"), Phrase(text: "Number of accelerators:"),
        Phrase(text: "Licensed features for this platform:", isField: true), Phrase(text: "License Features for this Platform:", isField: true),
        Phrase(text: "Failover cluster licensed features for this platform:", isField: true),
        Phrase(text: "This platform has", isField: true), Phrase(text: "Serial Number:", isField: true, isSerial: true), Phrase(text: "erial Number:", isField: true, isSerial: true),
        Phrase(text: "Running Activation Key:", isField: true), Phrase(text: "Running Permanent Activation Key:", isField: true),
        Phrase(text: "Running Timebased Activation Key:", isField: true),
        Phrase(text: "Active Timebased Activation Key:", isField: true, takesKey: true),
        Phrase(text: "Inactive Timebased Activation Key:", isField: true, takesKey: true),
        Phrase(text: "The flash"), Phrase(text: "Flash activation key:", isField: true), Phrase(text: "Flash Activation Key:", isField: true),
        Phrase(text: "Flash Permanent Activation Key:", isField: true), Phrase(text: "[snip]", isAlone: true), Phrase(text: "<snip>", isAlone: true), Phrase(text: "<output omitted>", isAlone: true), Phrase(text: "Configuration register is"), Phrase(text: "Configuration last modified"),
        Phrase(text: "Configuration has not been modified"), Phrase(text: "License mode:"),
        Phrase(text: "Primary License Server :", isField: true), Phrase(text: "Backup License Server :", isField: true),
        Phrase(text: "Backup Server :", isField: true), Phrase(text: "Version :", isField: true), Phrase(text: "Status :", isField: true),
        Phrase(text: "Shared license utilization:", isField: true), Phrase(text: "SSLVPN:"), Phrase(text: "AnyConnect Premium:"),
        Phrase(text: "Total for network :", isField: true), Phrase(text: "Available :", isField: true), Phrase(text: "Utilized :", isField: true),
        Phrase(text: "This device:"), Phrase(text: "Platform limit :", isField: true), Phrase(text: "Current usage :", isField: true),
        Phrase(text: "High usage :", isField: true), Phrase(text: "Messages Tx/Rx/Error:", isField: true),
        Phrase(text: "Registration :", isField: true), Phrase(text: "Get :", isField: true), Phrase(text: "Release :", isField: true),
        Phrase(text: "Transfer :", isField: true), Phrase(text: "Client ID Usage Hostname", isField: true, isClientHeader: true),
        Phrase(text: "Backup License Server Info:", isField: true), Phrase(text: "Client Info:", isField: true),
        Phrase(text: "Device ID :", isField: true), Phrase(text: "Address :", isField: true), Phrase(text: "Registered :", isField: true),
        Phrase(text: "HA peer ID :", isField: true), Phrase(text: "Hello :", isField: true), Phrase(text: "Sync :", isField: true),
        Phrase(text: "Update :", isField: true), Phrase(text: "Hostname :", isField: true), Phrase(text: "High :", isField: true),
        Phrase(text: "Image type :"), Phrase(text: "Key Version :"), Phrase(text: "Key version :"), Phrase(text: "Slot"),
        Phrase(text: "ASAv Platform License State:", isField: true), Phrase(text: "No active entitlement:", isField: true),
        Phrase(text: "Active entitlement:", isField: true), Phrase(text: "Firewall throughput"), Phrase(text: "License state:", isField: true),
        Phrase(text: "Licensed features for this user context:", isField: true),
        Phrase(text: "Failover cluster licensed features for this user context:", isField: true),
        Phrase(text: "failover cluster up"), Phrase(text: "*Memory"), Phrase(text: "The Running Activation Key"),
        Phrase(text: "!"), Phrase(text: ": Saved"), Phrase(text: ": end"),
        Phrase(text: "Boot microcode"), Phrase(text: "SSL/IKE microcode"), Phrase(text: "IPSec microcode"), Phrase(text: "...", isAlone: true),
    ]

    /// The line the outputs print that starts at `i`, if one does.
    private static func phrase(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> Phrase? {
        let first = p[i]
        for phrase in phrases where phrase.text.utf8Start.pointee == first {
            let text = UnsafeBufferPointer(start: phrase.text.utf8Start, count: phrase.text.utf8CodeUnitCount)
            // (A whole word: `Slot` is no `Slots`.)
            if let j = matches(p, i, end, text), j == end || spaceLength(p, j, end) > 0 || text.last == UInt8(ascii: ":") { return phrase }
        }
        return nil
    }

    /// The catalog's spellings by their first byte, longest first.
    private static let spellingsByFirstByte: [[Int]] = {
        var table = [[Int]](repeating: [], count: 256)
        for index in FeatureCatalog.spellings.indices {
            let name = FeatureCatalog.spellingBytes(index)
            if let first = name.first { table[Int(first)].append(index) }
        }
        return table.map { $0.sorted { FeatureCatalog.spellingBytes($0).count > FeatureCatalog.spellingBytes($1).count } }
    }()

    /// Whether a feature's name as the catalog spells it starts at `i`, its colon after it.
    private static func name(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        for index in spellingsByFirstByte[Int(p[i])] {
            guard let after = matches(p, i, end, FeatureCatalog.spellingBytes(index)) else { continue }
            var j = after
            j = skipSpace(p, j, end)
            if j < end && p[j] == UInt8(ascii: ":") { return true }
        }
        return false
    }

    /// A prompt: a host's name ending with `#` or `>` (`ciscoasa#`, `fw1/pri/act#`,
    /// `ciscoasa(config)#`), its host part as a line's first prompt has it (`Prompt.isHost`:
    /// `onfig)#`, a bracket never opened, is none; a hostname may start with a digit,
    /// `1(config)#`, as the device's `hostname` takes one and the parser reads it).
    private static func isPrompt(_ p: UnsafePointer<UInt8>, _ word: (start: Int, end: Int)) -> Bool {
        guard word.end - word.start >= 2 else { return false }
        let mark = p[word.end - 1]
        guard mark == UInt8(ascii: "#") || mark == UInt8(ascii: ">") else { return false }
        return Prompt.isHost(UnsafeBufferPointer(start: p, count: word.end), word.start, word.end - 1)
    }

    /// A show version line about the unit that no phrase starts: an interface's (`0: Ext:
    /// GigabitEthernet0/0 : address is …`, `5: Int: Not used`) or the uptime (`ciscoasa up 2 days`).
    private static func startsUnitLine(_ p: UnsafePointer<UInt8>, _ word: (start: Int, end: Int), _ end: Int) -> Bool {
        let next = skipWords(p, word.start, end, 1)
        guard next + 4 <= end else { return false }
        if word.end - word.start >= 2 && p[word.end - 1] == UInt8(ascii: ":")
            && ByteText.decimal(UnsafeBufferPointer(start: p, count: end), word.start, word.end - 1) != nil {
            return memcmp(p + next, "Ext:", 4) == 0 || memcmp(p + next, "Int:", 4) == 0
        }
        guard next + 4 < end, memcmp(p + next, "up ", 3) == 0 else { return false }
        return ByteText.isDigit(p[next + 3])
    }

    /// A word of an activation key as printed or pasted: `0x` (or a scan's `Ox`) and up to
    /// ten more (eight, or a placeholder's `yadayada3`).
    private static func isKeyWord(_ p: UnsafePointer<UInt8>, _ word: (start: Int, end: Int)) -> Bool {
        let n = word.end - word.start
        // (Of ASCII only: a word with other bytes is none, however they are written back.)
        guard n >= 3 && n <= 12, (word.start..<word.end).allSatisfy({ p[$0] < 0x80 }) else { return false }
        return (p[word.start] == UInt8(ascii: "0") || p[word.start] == UInt8(ascii: "O")) && (p[word.start + 1] | 0x20) == UInt8(ascii: "x")
    }

    /// Whether five key words start at `i`.
    private static func isKeyRun(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        var j = i
        for _ in 0..<5 {
            j = skipSpace(p, j, end)
            var e = j
            e = wordEnd(p, e, end)
            guard isKeyWord(p, (j, e)) else { return false }
            j = e
        }
        return true
    }

    /// A client's row: an identifier, a number, a host's name.
    private static func isClientRow(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        var j = skipWords(p, i, end, 1)
        var e = j
        e = wordEnd(p, e, end)
        guard e > j, ByteText.decimal(UnsafeBufferPointer(start: p, count: end), j, e) != nil else { return false }
        j = skipWords(p, i, end, 2)
        return j < end
    }
}
