import Foundation
import Testing
@testable import ASALicenseKit

/// An output whose line breaks were lost (a forum that moved its posts, a chat, a rendered page
/// copied as one paragraph) is read as its lines: the same documents as the output as printed.
@Suite struct FlattenedLinesTests {
    /// Where `FlattenedLines` finds the lines after the first in the line `text`; nil: none.
    static func cuts(_ text: String) -> [Int]? { cuts(Array(text.utf8)) }
    static func cuts(_ bytes: [UInt8]) -> [Int]? {
        bytes.withUnsafeBufferPointer { FlattenedLines.cuts($0.baseAddress!, 0, $0.count) }
    }

    /// `text` as such a copy has it: every run of blanks and line breaks one space (or one
    /// no-break space, as a forum's page has it).
    func flattened(_ text: String, with blank: String = " ") -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: blank) + "\n"
    }

    /// (Not the document's first example: a row indented under another is its child, and the
    /// copy took the indentation out.)
    @Test(arguments: ["show-activation-key/example2-standalone-detail", "show-activation-key/example3-failover-primary-detail",
                      "show-activation-key/example4-failover-secondary-detail", "show-activation-key/example7-cluster",
                      "show-activation-key/example5-asasm-primary", "show-shared-license/server-detail",
                      "show-shared-license/participant-with-backup", "real-world/show-version-7.0-license-features",
                      "license-server-config/participant-show-run-all", "lint/RUN001", "lint/KEY006"])
    func aFlattenedOutputReadsAsItsLines(_ sample: String) {
        let text = Samples.text("Samples/\(sample).txt")
        let (bareDocs, bareDiags) = CaptureParser.parse(Array(text.utf8))
        for blank in [" ", "\u{00A0}"] {
            let (docs, diags) = CaptureParser.parse(Array(flattened(text, with: blank).utf8))
            #expect(docs.count == bareDocs.count, "\(sample)")
            #expect(docs.map(\.withoutLineNumbers) == bareDocs.map(\.withoutLineNumbers), "\(sample)")
            // The same findings, but the ones about the blanks and breaks the copy took out.
            let aboutLayout: Set<RuleCode> = [.DOC002, .DOC003, .DOC010, .KEY002]
            #expect(diags.map(\.code).filter { !aboutLayout.contains($0) } == bareDiags.map(\.code).filter { !aboutLayout.contains($0) }, "\(sample)")
            #expect(diags.allSatisfy { $0.span.line == 1 }, "\(sample)")
        }
    }

    /// A prompt found inside a line has its host part as a line's first prompt has it
    /// (`Prompt.isHost`): `onfig)#`, a bracket never opened, cuts no line, so a row whose name
    /// holds one reads as one row, written back too (fuzz find, config seed 37).
    @Test func aPromptInsideALineIsOneAtALinesStartToo() {
        // (Under a code viewer's numbers, read as a row of an unknown name.)
        let row = "l32L11qqonfig)# license-server sexxig)# license-server backup10.1xxxxxxxxxxxxxxxxxx%Mxxxxxx: 0x0b1ccd4e0x0c5bl"
        let text = "fw# configure terminal\nRunning Permanent:\nEncryption-DES: Enabled\n\n15\t0\n16\n17 \(row)"
        let (docs, _) = CaptureParser.parse(text)
        #expect(docs.contains { CLIWriter.text($0).contains("sexxig)# license-server backup10.1") })
        for doc in docs {
            let cli = CLIWriter.text(doc)
            #expect(CaptureParser.parse(cli).documents.map { CLIWriter.text($0) }.joined(separator: "\n") == cli)
        }
        // A balanced one still cuts: a session that lost its breaks at its prompts.
        let session = "fw1(config)# license-server secret farscape fw1(config)# license-server enable inside\n"
        #expect(CaptureParser.parse(session).documents.first.map { CLIWriter.text($0) }?.contains("enable inside") == true)
    }

    /// Many outputs on one line (a paste of a whole session that lost its breaks, hundreds of
    /// lines long): read as their lines, as one output is. Each document's end reads a line of
    /// the next and goes back to it: its lines are the ones found before, not the line cut again
    /// (which, for each of its lines, made reading such a line quadratic).
    @Test func manyOutputsOnOneLineReadAsTheirLines() {
        let outputs = ["show-activation-key/example2-standalone-detail", "show-shared-license/server-detail", "lint/KEY006"]
            .map { Samples.text("Samples/\($0).txt") }
        let session = (0..<12).map { outputs[$0 % outputs.count] }.joined(separator: "\n")
        let (bareDocs, _) = CaptureParser.parse(Array(session.utf8))
        #expect(bareDocs.count >= 12)
        for line in [flattened(session), flattened(session, with: "\u{00A0}")] {
            #expect(line.utf8.count < ParseLimits.default.maxLineBytes)
            let (docs, _) = CaptureParser.parse(Array(line.utf8))
            #expect(docs.map(\.withoutLineNumbers) == bareDocs.map(\.withoutLineNumbers))
        }
    }

    /// The lines are found where the output's lines start; each keeps its columns on the line.
    @Test func theLinesAreFoundWhereTheOutputsLinesStart() {
        let line = "fw1# show activation-key Serial Number: JMX1232L11M Running Permanent Activation Key: 0xce06dc6b 0x8a7b5ab7 "
            + "0xa1e21dd4 0xd2c4b8b8 0xc4594f9c Licensed features for this platform: Maximum Physical Interfaces : Unlimited perpetual "
            + "Maximum VLANs : 150 perpetual Total VPN Peers : 750 perpetual Botnet Traffic Filter : Enabled 33 days "
            + "This platform has an ASA 5520 VPN Plus license. fw1#"
        let bytes = Array(line.utf8)
        let lines = bytes.withUnsafeBufferPointer { b in
            var scanner = ByteScanner(b)
            var lines: [String] = []
            while let l = scanner.nextLine() {
                #expect(l.number == 1 && scanner.lineOrigin == 0)
                lines.append(String(decoding: b[l.start..<l.end], as: UTF8.self))
            }
            return lines
        }
        #expect(lines == ["fw1# show activation-key", "Serial Number: JMX1232L11M",
                          "Running Permanent Activation Key: 0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9c",
                          "Licensed features for this platform:", "Maximum Physical Interfaces : Unlimited perpetual",
                          "Maximum VLANs : 150 perpetual", "Total VPN Peers : 750 perpetual", "Botnet Traffic Filter : Enabled 33 days",
                          "This platform has an ASA 5520 VPN Plus license.", "fw1#"])
    }

    /// A command typed at a prompt stays on the prompt's line, its key with it (before, the
    /// prompt, the command and its key were three lines, and the key was read by no one); a
    /// page's tag inside a prompt's line is judged a blank, as canonical CLI writes it back.
    @Test func aPromptKeepsItsCommandAndATagIsABlank() {
        let command = "fw1(config)# activation-key 0xc106dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9c"
        let line = command + " Key: 0x1234abc 2345bcde perpetual"
        #expect(Self.cuts(line + " x") == [command.utf8.count + 1, line.utf8.count + 1])
        #expect(Self.cuts(line + "</li>x") == Self.cuts(line + "     x"))
        guard case .configuration(let config)? = CaptureParser.parse(line + " x\n").documents.first?.content else {
            Issue.record("no configuration")
            return
        }
        #expect(config.commands.count == 1)
    }

    /// A hostname may start with a digit (`1(config)#`, as the parser reads it): the prompt keeps
    /// its command, and its page's tags are blanks, as for any other (before, such a line was
    /// judged whole with a tag, `perpetual<b>`, and cut when written back with a blank in its
    /// place: fuzz find, activation-key seed 67).
    @Test func aHostnameThatStartsWithADigitIsAPromptsToo() {
        let command = "1(config)# activation-key 0xc[06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9cK"
        let line = command + " 10xy:e234ab5bcde perpetual"
        #expect(Self.cuts(line + " xyzzy") == [command.utf8.count + 1, line.utf8.count + 1])
        #expect(Self.cuts(line + "<b>xyzzy") == Self.cuts(line + "   xyzzy"))
    }

    /// Behind a mail's quote mark or a comment's, a line is cut where it is cut alone, its cuts
    /// moved by the mark, and where its text starts: only its text is judged (a configuration's
    /// line too, from its `no`).
    @Test(arguments: [
        "no license-server backup address 10.100.100.200 license-server secret farscapemoyacrichtonaeryn license-server port 50554",
        "Serial Number: JMX1232L11M Running Permanent Activation Key: 0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9c Maximum VLANs : 150 perpetual",
        // Too little evidence alone (the label it starts with is none), so none behind a mark.
        "Running Permanent Activation Key: 0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9c Maximum VLANs : 150 perpetual",
    ])
    func aMarkedLineIsCutAsItsText(_ line: String) {
        let alone = Self.cuts(line)
        #expect(alone?.isEmpty != true, "\(line)")
        for mark in ["> ", "! ", "# ", ">> ", " > ", "  >> "] {
            #expect(Self.cuts(mark + line) == alone.map { [mark.utf8.count] + $0.map { $0 + mark.utf8.count } }, "\(mark)\(line)")
        }
    }

    /// Prose that names a few of the outputs' lines, a long line of a show version or of a
    /// configuration, is no flattened output: left whole.
    @Test(arguments: [
        "Check the Serial Number: line first, then the Running Permanent Activation Key: line, and Licensed features for this platform: below it.",
        "Encryption hardware device : Cisco ASA Crypto on-board accelerator (revision 0x1) with a long tail that goes on and on : yes",
        "license-server secret 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
        "Configuration last modified by enable_15 at 10:45:23.123 UTC Mon Mar 12 2012 from 10.1.1.1 over ssh: the last change",
    ])
    func otherLongLinesAreLeftWhole(_ line: String) {
        #expect(Self.cuts(line) == nil)
    }

    /// A line typed with corrections (a terminal's log keeps a DEL for each key erased) is cut
    /// where the terminal showed its lines: the DEL that hid a command does not hide its line,
    /// and one that makes a prompt's command another's is cut as written back.
    @Test func aLineTypedWithCorrectionsIsCutAsShown() throws {
        let typed = "fw(config)# license-server address 10.1.1.1 secret farscape lix\u{7F}cense-server port 50554 license-server refresh-interval 30"
        let shown = typed.replacingOccurrences(of: "x\u{7F}", with: "")
        let shownCuts = try #require(Self.cuts(shown))
        #expect(shownCuts.count == 2)
        #expect(Self.cuts(typed) == [shownCuts[0], shownCuts[1] + 2])
        #expect(CaptureParser.parse(typed + "\n").documents.map { CLIWriter.text($0) } == CaptureParser.parse(shown + "\n").documents.map { CLIWriter.text($0) })
        // An exec prompt's command that holds another unit's prompt and commands, typed with
        // corrections, is read as the same command shown (config fuzz seed 22: it was judged
        // whole as typed, and cut as written back).
        let echoed = "n-branch# show running-config 8asa(config)# lix\u{7F}cense-server aonfig)# license-server backupa"
            + String(repeating: "\u{0}", count: 20) + "ey"
        let docs = CaptureParser.parse(echoed + "\n").documents
        #expect(docs.count == 2)
        #expect(docs.map { CLIWriter.text($0) } == CaptureParser.parse(echoed.replacingOccurrences(of: "x\u{7F}", with: "") + "\n").documents.map { CLIWriter.text($0) })
    }

    /// After the pager's prompt and the blanks and backspaces that erase it, a line is judged
    /// as its text, as the parser reads it and writes it back (activation-key fuzz seed 33: a
    /// command glued to a mail's quote marks after the prompt was no command, written back it was).
    /// Its text starts a line, as after a mail's quote marks.
    @Test func aLineAfterThePagersPromptIsJudgedAsItsText() throws {
        let text = "license-server address : Enabled perpetual : pTotal UC Proxy Sessions : 4 perpetual Bojnet Traffi networkS-AES         : Enabled        perpetual"
        let alone = try #require(Self.cuts(text))
        for pager in ["<--- More --->\u{8}\u{8}\u{8} >>", "<--- More --->              ", "&lt;--- More ---&gt; "] {
            #expect(Self.cuts(pager + text) == [pager.utf8.count] + alone.map { $0 + pager.utf8.count }, "\(pager)")
        }
    }
}

/// A configuration's commands that lost their line breaks on a line too short for
/// `FlattenedLines` (under 100 bytes): each read as its own line (`ConfigParser.readCommands`).
@Suite struct FlattenedCommandsTests {
    @Test(arguments: [
        ["license-server address 10.1.1.1 secret farscape", "license-server backup address 10.1.1.2"],
        ["fw(config)# license-server enable inside", "fw(config)# license-server secret farscape", "fw(config)# no license-server backup enable dmz"],
        ["license-server secret farscape", "no license-server refresh-interval 100", "license-server port 50554"],
        ["activation-key 0xd11b3d48 0xa80a4c0a 0x48e0fd1c 0xb0443480 0x0f1d9b3a", "license-server enable inside"],
    ])
    func commandsOnOneLineReadAsTheirLines(_ lines: [String]) {
        let joined = lines.joined(separator: " ")
        let (bare, bareDiags) = CaptureParser.parse(lines.joined(separator: "\n") + "\n")
        let (docs, diags) = CaptureParser.parse(joined + "\n")
        guard case .configuration(let expected)? = bare.first?.content, case .configuration(let config)? = docs.first?.content else {
            Issue.record("not a configuration: \(joined)"); return
        }
        #expect(config.commands.map(\.kind) == expected.commands.map(\.kind) && config.commands.map(\.negated) == expected.commands.map(\.negated))
        #expect(config.commands.count == lines.count && docs.first?.unparsed.isEmpty == true)
        #expect(diags.map(\.code) == bareDiags.map(\.code))
        // Each where it stands on the line: at its command's word (after a prompt and a `no`).
        var columns: [Int] = []
        var at = 1
        for line in lines {
            let word = line.contains("license-server") ? "license-server" : "activation-key"
            columns.append(at + (line.range(of: word).map { line.utf8.distance(from: line.startIndex, to: $0.lowerBound) } ?? 0))
            at += line.utf8.count + 1
        }
        #expect(config.commands.map(\.span.column).sorted() == columns)
    }

    /// A command before a book's mark (`… \`) is not cut from the one after it: written back
    /// alone, its line would end with the mark, which read again is taken off (fuzz find,
    /// config seed 30). The line is kept whole, and read again as itself.
    @Test func noCommandIsCutAfterABooksMark() {
        let line = "fw(config)# license-server \\ license-server a\n"
        let (docs, _) = CaptureParser.parse(line)
        #expect(docs.first?.unparsed.map(\.text) == ["fw(config)# license-server \\ license-server a"])
        let cli = docs.map { CLIWriter.text($0) }.joined(separator: "\n")
        #expect(CaptureParser.parse(cli).documents.map { CLIWriter.text($0) }.joined(separator: "\n") == cli)
    }
}
