/// A mark a book or a web page prints where it broke a line too long for its width: at the end
/// of the broken part (`↵`, `⏎`, `↩`, `¬`, or a `\` standing apart, as a shell's continuation)
/// or before the rest (`➥`, `↪`, `↳`, `→`, `»`), glued to the text or apart from it. No device
/// prints one in licence text. The mark is taken off (`LineFraming`), and the two parts are
/// read as any line cut by a width is: a key's last words alone on the next line, a sentence's end.
enum ContinuationMark {
    /// The length of a mark at `i` before the rest of a broken line, or 0.
    static func lengthBefore(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        if end - i >= 2 && p[i] == 0xC2 && p[i + 1] == 0xBB { return 2 }  // `»`
        guard end - i >= 3, p[i] == 0xE2 else { return 0 }
        switch (p[i + 1], p[i + 2]) {
        case (0x9E, 0xA5), (0x86, 0xAA), (0x86, 0xB3), (0x86, 0x92): return 3  // `➥` `↪` `↳` `→`
        default: return 0
        }
    }

    /// Where the text of the line from `start` ends before a mark at its end (`textEnd`: the
    /// end of its last text), blanks before the mark left out; nil when it has none.
    static func textEndBefore(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ textEnd: Int) -> Int? {
        let n = textEnd - start
        var mark: Int
        if n >= 1 && p[textEnd - 1] == UInt8(ascii: "\\") {
            // (Glued to a word, a backslash is the word's: `C:\`. A no-break space before it is
            // a blank, as the lexer reads one; a row's colon standing apart is no word: `x :\`
            // is written back `x : \`.)
            mark = textEnd - 1
            guard mark == start || ByteText.isSpace(p[mark - 1]) || blankEnds(p, start, at: mark)
                    || (p[mark - 1] == UInt8(ascii: ":") && (mark - 1 == start || ByteText.isSpace(p[mark - 2]))) else { return nil }
        } else if n >= 2 && p[textEnd - 2] == 0xC2 && p[textEnd - 1] == 0xAC {  // `¬`
            mark = textEnd - 2
        } else if n >= 3 && p[textEnd - 3] == 0xE2,
                  case let (b1, b2) = (p[textEnd - 2], p[textEnd - 1]),
                  (b1, b2) == (0x86, 0xB5) || (b1, b2) == (0x8F, 0x8E) || (b1, b2) == (0x86, 0xA9) {  // `↵` `⏎` `↩`
            mark = textEnd - 3
        } else {
            return nil
        }
        return ByteText.trimEnd(p, start, mark)
    }

    /// Whether a blank of Unicode's (`LineLexer.unicodeBlankLength`: a no-break space, in UTF-8
    /// or as a lone byte) ends at `mark`.
    private static func blankEnds(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, at mark: Int) -> Bool {
        guard let base = p.baseAddress, p[mark - 1] >= 0x80 else { return false }
        return (1...3).contains { k in mark - k >= start && LineLexer.unicodeBlankLength(base, mark - k, mark) == k }
    }

    /// Whether `b`, the last byte of a line's text, may end a mark (`textEndBefore`).
    @inline(__always) static func mayEnd(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "\\") || b == 0xB5 || b == 0x8E || b == 0xA9 || b == 0xAC
    }
}
