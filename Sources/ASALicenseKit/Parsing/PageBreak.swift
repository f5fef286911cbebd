/// The lines a PDF's text puts where a page breaks, in an example copied from a Cisco guide or
/// command reference (`pdftotext`, a reader's copy): the manual's running title (`Cisco ASA
/// Series General Operations CLI Configuration Guide, 9.8`), the page number (`4-26`,
/// `OL-20336-01`), the chapter's running head (`Chapter 4 Licenses: Product Authorization Key
/// Licensing`) and the section's title beside it (`Monitoring PAK Licenses`; in a command
/// reference the command's name, `show activation-key`). They land between
/// any two lines of an output and are none of it: read as no lines at all, as a device's log
/// messages are, and noted once a break (DOC010). Told on the line as read, its framing (a
/// mail's quote, a listing's number) taken off.
enum PageBreak {
    /// A break being read: its first and last lines, and whether the last was a chapter's head
    /// (a section's title may follow it).
    struct Reading {
        var first: Int
        var last: Int
        var afterChapter: Bool
        /// Its first line was read for the first time: the break is noted when it ends.
        let reports: Bool
    }
}

/// Telling a page break's lines, on the line as read.
extension LineLexer {
    /// The line makes a break: a chapter's head (`Chapter 4 …`) or a manual's title (`Cisco …`
    /// with a `Guide` or a `Reference`, as a title and not a sentence; show version's banner
    /// starts with `Cisco` too). By its tokens, for lines that start with a `C`.
    @inline(__always) var isPageBreakHead: Bool {
        (isWord(0, "Chapter") && isChapterHead) || (isWord(0, "Cisco") && namesManual)
    }

    @inline(never) private var isChapterHead: Bool {
        guard count > 2, !endsSentence else { return false }
        let t = token(1)
        return t.length <= 3 && ByteText.decimal(bytes, t.start, t.end) != nil
    }

    @inline(never) private var namesManual: Bool {
        guard !endsSentence else { return false }
        for i in 1..<count where isWord(i, "Guide") || isWord(i, "Guide,") || isWord(i, "Reference") || isWord(i, "Reference,") {
            return true
        }
        return false
    }

    /// A stop, a colon, a question or an exclamation mark last: a sentence that names a chapter
    /// or a guide (`Chapter 4 of the guide says:`), no running head.
    private var endsSentence: Bool {
        let last = lastByte
        return last == UInt8(ascii: ".") || last == UInt8(ascii: ":") || last == UInt8(ascii: "?") || last == UInt8(ascii: "!")
    }

    /// A line that stands in a break beside its head: a page number alone (`26`, `4-26`, `A-3`,
    /// `OL-20336-01`), or a section's head (before a chapter's head, or after one: `afterChapter`).
    func standsBesidePageBreakHead(afterChapter: Bool) -> Bool {
        guard count > 0 else { return false }
        return isPageNumber || (afterChapter && isSectionHead)
    }

    /// A section's running head: a guide's section title, or the command a reference's page
    /// describes.
    var isSectionHead: Bool { isSectionTitle || isCommandEntryName }

    /// One word of digits and capitals in up to three parts joined by dashes, digits last.
    var isPageNumber: Bool {
        let t = token(0)
        guard count == 1, t.length <= 16, ByteText.isDigit(bytes[t.end - 1]) else { return false }
        var parts = 1, digitsOnly = true
        for i in t.start..<t.end {
            let b = bytes[i]
            if b == UInt8(ascii: "-") {
                parts += 1
                guard i > t.start, bytes[i - 1] != UInt8(ascii: "-"), parts <= 3 else { return false }
                digitsOnly = false
            } else if !ByteText.isDigit(b) {
                guard b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") else { return false }
                digitsOnly = false
            }
        }
        return digitsOnly || parts > 1
    }

    /// A section's title as a running head prints it: a capital first, up to ten words, each
    /// of parts of letters or of digits (`Monitoring PAK Licenses`, `Licenses for the ASA 5585`;
    /// a key's `Oxyadayad3` is neither) or a model's digits and capitals (`5506W-X`, `SSP-10`),
    /// the parts joined by a hyphen or slash, a word by an apostrophe or in parentheses; no colon
    /// (no row, no header of an output) and no stop at its end (no sentence).
    var isSectionTitle: Bool {
        let start = token(0).start
        guard count <= 10, bytes[start] >= UInt8(ascii: "A"), bytes[start] <= UInt8(ascii: "Z"), !endsSentence else { return false }
        for i in 0..<count {
            let t = token(i)
            guard t.kind != .colon else { return false }
            // Of the part read (up to a hyphen or slash): whether it has digits, letters, and a
            // letter that is no capital (a model's letters are capitals after its digits: `5506W`).
            var digits = false, letters = false, notModel = false
            for j in t.start..<t.end {
                let b = bytes[j]
                if ByteText.isDigit(b) {
                    if letters { return false }
                    digits = true
                } else if ByteText.isLetter(b) || b >= 0x80 {
                    // (A byte of UTF-8 is of a letter: the ligature a PDF's text keeps, `Conﬁgure`.)
                    letters = true
                    notModel = notModel || !(b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
                    if digits && notModel { return false }
                } else if b == UInt8(ascii: "-") || b == UInt8(ascii: "/") {
                    (digits, letters, notModel) = (false, false, false)
                } else if b != UInt8(ascii: "'") && b != UInt8(ascii: "(") && b != UInt8(ascii: ")") && b != UInt8(ascii: ",") {
                    return false
                }
            }
        }
        return true
    }

    /// The name of a command reference's entry as its page's running head prints it: up to six
    /// words of lower-case letters, digits and hyphens, a letter first (`show activation-key`,
    /// `show shared license`, `license-server backup address`). Asked only beside a break's
    /// head: elsewhere such a line is a command echoed without its prompt.
    var isCommandEntryName: Bool {
        guard count <= 6, ByteText.isSmallLetter(bytes[token(0).start]) else { return false }
        for i in 0..<count {
            let t = token(i)
            for j in t.start..<t.end {
                let b = bytes[j]
                guard ByteText.isSmallLetter(b) || ByteText.isDigit(b) || b == UInt8(ascii: "-") else { return false }
            }
        }
        return true
    }
}
