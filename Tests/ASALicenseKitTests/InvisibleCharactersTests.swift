import Foundation
import Testing
@testable import ASALicenseKit

/// Text copied from a web page, a chat or a word processor carries characters that show
/// nothing (a zero-width space, a word joiner, a byte-order mark, a soft hyphen) and spaces
/// other than ASCII's, and one copied from a PDF ligatures (`ﬁ`, `ﬂ`): device text reads as
/// the text its reader sees.
@Suite struct InvisibleCharactersTests {
    /// What the filter makes of `bytes`, read `rawChunk` bytes at a time into buffers of `size`.
    func filtered(_ bytes: [UInt8], rawChunk: Int, size: Int) -> [UInt8] {
        var filter = InvisibleCharacters()
        return readInChunks(bytes, rawChunk: rawChunk, size: size) { filter.read(into: $0, from: $1) }
    }

    @Test func everyChunkingTakesOutTheSameCharacters() {
        // Kept: a dash and an ellipsis (E2 80 …, as the zero-width space), a no-break space and
        // an ideographic space (blanks the lexer reads), letters of other scripts, an emoji, and
        // a lone E2 at the very end (no character: kept as it is).
        let text = "\u{200B}Serial Number:\u{200B} JMX1232L11M\u{2060}\nFail\u{00AD}over : Active/Standby – perpetual…\u{FEFF}\n"
            + "名前\u{3000}\u{00A0}🔑 0xce06\u{200B}dc6b\u{200B}\u{200B}\u{200B}\u{200B}\u{200B}\u{200B}\u{200B}x\n"
        let bytes = Array(text.utf8) + [0xE2]
        let expected = Array(("Serial Number: JMX1232L11M\nFailover : Active/Standby – perpetual…\n"
            + "名前\u{3000}\u{00A0}🔑 0xce06dc6bx\n").utf8) + [0xE2]
        for rawChunk in [1, 2, 3, 5, 64] {
            for size in [8, 9, 4096] {
                #expect(filtered(bytes, rawChunk: rawChunk, size: size) == expected, "raw \(rawChunk), buffer \(size)")
            }
        }
    }

    /// A PDF's ligatures are read as their letters, also when a chunk ends inside one; a
    /// character of the same block that is none (U+FB07) is left as it is.
    @Test func everyChunkingGivesALigaturesLetters() {
        let bytes = Array("The \u{FB02}ash activation key\nBotnet Tra\u{FB03}c Filter\nCon\u{FB01}guration \u{FB00}\u{FB04}\u{FB05}\u{FB06}\u{FB07}\n".utf8) + [0xEF, 0xAC]
        let expected = Array("The flash activation key\nBotnet Traffic Filter\nConfiguration fffflstst\u{FB07}\n".utf8) + [0xEF, 0xAC]
        for rawChunk in [1, 2, 3, 5, 64] {
            for size in [8, 9, 4096] {
                #expect(filtered(bytes, rawChunk: rawChunk, size: size) == expected, "raw \(rawChunk), buffer \(size)")
            }
        }
    }

    /// Every sample as a PDF's copy gives it, its `ffi`, `ffl`, `ff`, `fi` and `fl` each one
    /// character, reads as the sample: the same documents and diagnostics (the flash sentence,
    /// `Botnet Traffic Filter`, a show version's `Configuration last modified`). (Not a
    /// side-by-side diff: its columns count characters, and a ligature takes one column where
    /// its letters took two or three.)
    @Test func everySampleWithLigaturesReadsAsItself() throws {
        var compared = 0
        for (path, text) in Samples.textInputs where !path.contains("/sdiff-") {
            var copied = text
            for (letters, ligature) in [("ffi", "\u{FB03}"), ("ffl", "\u{FB04}"), ("ff", "\u{FB00}"), ("fi", "\u{FB01}"), ("fl", "\u{FB02}")] {
                copied = copied.replacingOccurrences(of: letters, with: ligature)
            }
            guard copied != text else { continue }
            let read = InputReader.read(Array(copied.utf8)), bare = InputReader.read(Array(text.utf8))
            #expect(read.documents == bare.documents, "\(path)")
            #expect(read.diagnostics == bare.diagnostics, "\(path)")
            compared += 1
        }
        #expect(compared > 100)
        let text = Samples.text("Samples/show-activation-key/example3-failover-primary-detail.txt")
        try expectFileReadsAsText(Array(text.replacingOccurrences(of: "fl", with: "\u{FB02}").utf8), text, name: "ligatures")
    }

    @Test func textWithoutThemIsLeftAsItIs() {
        let text = Array("Licensed features for this platform:\nMaximum VLANs : 150 perpetual\n\u{E2}\u{80}".utf8) + [0xE2, 0x80, 0x41, 0xEF, 0xBB, 0x41, 0xC2]
        #expect(filtered(text, rawChunk: 7, size: 16) == text)
    }

    /// A sample as a page that scatters zero-width spaces and word joiners copies it reads,
    /// through `InputSource`, as the sample does: the same documents and diagnostics.
    @Test(arguments: ["show-activation-key/example3-failover-primary-detail", "real-world/oxidized-backup",
                      "real-world/script-comments-with-output", "real-world/ticket-jira-code-blocks",
                      "real-world/code-viewer-line-numbers", "real-world/email-quoted-reply"])
    func aCopyWithInvisibleCharactersReadsAsTheText(_ sample: String) throws {
        let text = Samples.text("Samples/\(sample).txt")
        let copied = Samples.eachLine(of: text) { line in
            line.isEmpty ? "" : "\u{200B}" + line.replacingOccurrences(of: ": ", with: ":\u{200B} ").replacingOccurrences(of: "n ", with: "n\u{2060} ") + "\u{200B}"
        }
        try expectFileReadsAsText(Array(copied.utf8), text, name: "invisible-\(sample.replacingOccurrences(of: "/", with: "-"))")
    }

    /// Spaces other than ASCII's between words (an ideographic space after a colon in a Chinese
    /// post, the narrow no-break space a French page puts before one, an em space) and a
    /// zero-width space given as bytes are blanks to the lexer.
    @Test func unicodeBlanksAreBlanksToTheParser() {
        let text = Samples.text("Samples/show-activation-key/example3-failover-primary-detail.txt")
        for blank in ["\u{3000}", "\u{202F}", "\u{2003}", "\u{200B} ", " \u{2060}"] {
            let changed = Samples.eachLine(of: text) { line in
                line.replacingOccurrences(of: ": ", with: ":" + blank).replacingOccurrences(of: "  :", with: " \u{202F}:")
            }
            expectSameReading(changed, as: text, "blank \(blank.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}
