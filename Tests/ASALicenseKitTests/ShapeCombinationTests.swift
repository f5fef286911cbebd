import Testing
@testable import ASALicenseKit

/// Shapes of text met together: an e-mail reply quoting any of them, prose before a backup
/// tool's comments. Each shape alone has its sample; together they read as each does alone.
@Suite struct ShapeCombinationTests {
    /// Every sample quoted in an e-mail reply (`> ` before each line) reads as itself: the same
    /// documents and the same diagnostics on the same lines. Among them a pager's remnant,
    /// whose blanks follow the quote mark, and the JSON and Python strings of lines.
    @Test func everySampleQuotedInAReplyReadsAsItself() {
        var compared = 0
        for (path, text) in Samples.textInputs {
            expectSameReading(Samples.eachLine(of: text) { "> " + $0 }, as: text, path)
            compared += 1
        }
        #expect(compared > 40)
    }

    /// Every sample quoted in a reply as a mail archive's page source gives it (Mailman's:
    /// `&gt;<i> ` before each line, `</I>` before the next) reads as itself: the same
    /// documents and the same diagnostics on the same lines. (Not a program's one line that
    /// holds an output's lines as escapes, `\n`: its strings are told from the line's first
    /// bytes, a quote only as `> `.)
    @Test func everySampleQuotedInAMailArchivesPageReadsAsItself() {
        var compared = 0
        let oneLine = ["ansible-adhoc-one-line", "ansible-adhoc-raw-one-line", "ansible-cli-command-stdout", "ansible-stdout-string", "ansible-stdout-lines-one-item-flattened", "napalm-cli-json",
                       "python-bytes-repr", "python-list-of-lines", "rest-api-cli-response", "python-jupyter-notebook-cells"]
        for (path, text) in Samples.textInputs where !oneLine.contains(where: { path == "Samples/real-world/\($0).txt" }) {
            var first = true
            expectSameReading(Samples.eachLine(of: text) { line in
                defer { first = false }
                return (first ? "" : "</I>") + "&gt;<i> " + line
            }, as: text, path)
            compared += 1
        }
        #expect(compared > 40)
    }

    /// Every device output with a blank line after each of its lines, as a web page that
    /// makes each line a paragraph gives it when copied, reads as itself: the same documents
    /// and diagnostics (among them the message counters of `show shared license` and a device's
    /// error reply). Not configurations: a command cut by the page width is joined only to
    /// the line right under it.
    @Test func everyDeviceOutputDoubleSpacedReadsAsItself() {
        var compared = 0
        for path in Samples.goldenInputs where path.hasPrefix("Samples/show-") || path.hasPrefix("Samples/edge-cases/") {
            let text = Samples.text(path)
            guard !text.isEmpty, !Samples.isEncoded(text) else { continue }
            let spaced = text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n\n")
            let (bareDocs, bareDiags) = CaptureParser.parse(Array(text.utf8))
            let (docs, diags) = CaptureParser.parse(Array(spaced.utf8))
            #expect(docs.map(\.withoutLineNumbers) == bareDocs.map(\.withoutLineNumbers), "\(path)")
            #expect(diags.map(\.code) == bareDiags.map(\.code), "\(path)")
            compared += 1
        }
        #expect(compared > 15)
    }

    /// The lines longer than 72 characters broken at their last blank within 72, as an e-mail
    /// client or a narrow page breaks them (a key, the flash sentence, a configuration's
    /// `activation-key … activate`); the blanks between words kept.
    /// With `marks`, a book's (`ContinuationMark`): `end` after each broken part, `start` before each rest.
    func wrapped(_ text: String, marks: (end: String, start: String) = ("", "")) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var rest = line, lines: [String] = []
            while rest.count > 72, let cut = rest.prefix(73).lastIndex(of: " "), cut > rest.startIndex {
                lines.append((lines.isEmpty ? "" : marks.start) + rest[..<cut] + marks.end)
                rest = rest[rest.index(after: cut)...].drop { $0 == " " }
            }
            return (lines + [(lines.isEmpty ? "" : marks.start) + rest]).joined(separator: "\n")
        }.joined(separator: "\n")
    }

    /// Every device output and configuration sample hard-wrapped at `width` columns, inside a
    /// word where the width falls (a narrow terminal's or a PDF's code block): a key, a sentence
    /// and a command cut so are joined and read as the sample, the same documents in canonical
    /// CLI and the same findings, a warning (DOC002) for each line joined. (Not a line cut twice:
    /// its pieces are no line and its end.)
    @Test(arguments: [60, 64, 68, 72, 76])
    func everyDeviceOutputHardWrappedReadsAsItself(width: Int) {
        var compared = 0
        for path in Samples.goldenInputs where path.hasPrefix("Samples/show-") || path.hasPrefix("Samples/license-server-config/") {
            let text = Samples.text(path)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            guard !text.isEmpty, !Samples.isEncoded(text), !text.contains("\r"), lines.contains(where: { $0.count > width }),
                  !lines.contains(where: { $0.count > 2 * width }) else { continue }
            let (bareDocs, bareDiags) = CaptureParser.parse(Array(text.utf8))
            // (A key short of a word is not told from a line of its own; text broken already is
            // not broken again.)
            if bareDiags.contains(where: { $0.message.hasSuffix("it must have exactly five") || $0.code == .DOC002 }) { continue }
            let folded = lines.map { line in line.count > width ? line.prefix(width) + "\n" + line.dropFirst(width) : line }.joined(separator: "\n")
            let (docs, diags) = CaptureParser.parse(Array(folded.utf8))
            #expect(docs.map { CLIWriter.text($0.withRepliesAsWords) } == bareDocs.map { CLIWriter.text($0.withRepliesAsWords) }, "\(path)")
            #expect(diags.map(\.code).filter { $0 != .DOC002 } == bareDiags.map(\.code), "\(path)")
            compared += 1
        }
        #expect(compared > 5)
    }

    /// Shapes a page does not break as text: strings of lines (a break inside a string is no
    /// line's end), a backup's or a script's comments and a stamped log (the broken-off end has
    /// no mark of its own), a framework's banners, a pager's remnant mid-line, a web page's
    /// `&nbsp;` (which is there not to break); a console window's copy, broken already.
    /// An output whose line breaks were lost, broken at 72 columns, is neither; nor is an
    /// export's record (a CSV line broken inside its field is no line of the field), nor a YAML
    /// block (a line broken off its indentation ends it), nor a normal or a word diff (read as
    /// it is here, not as the text it makes, its `< ` lines are none of an output, and a line
    /// broken inside a word diff's marks is no line of the text), nor a side-by-side diff (a line
    /// broken off its columns is no line of either side), nor an XML report (an element's tag
    /// broken inside is no tag), nor a page's source whose lines are broken by `<br>` on one
    /// line (a tag broken inside is no break).
    static let notBrokenAsText = ["console-copy-", "robot-framework-", "diff-normal-", "git-word-diff-", "sdiff-", "ansible-", "python-", "backup-comment-header", "oxidized-", "script-comments-", "nornir-", "pyats-", "putty-log-", "terminal-log-", "blog-html-source-", "rest-api-", "napalm-",
                                  "forum-post-lost-line-breaks", "ticket-csv-export", "yaml-test-fixtures", "page-source-lines-broken-by-br"]

    /// Every sample, its long lines broken, reads as itself: the same documents in canonical
    /// CLI and the same findings, and a warning (DOC002) for each line of license text joined.
    /// A key with bad or blanked words is joined too, and judged as a whole; a configuration's
    /// command cut before its options or its action is joined; the end of a licence-state line
    /// or a device sentence is kept. So too with a book's marks where it broke a line
    /// (`ContinuationMark`).
    @Test(arguments: [("", ""), (" ↵", ""), ("", "➥"), (" \\", ""), ("⏎", "↪ "), ("¬", "»")])
    func everySampleWithItsLongLinesBrokenReadsAsItself(marks: (end: String, start: String)) {
        var compared = 0
        for path in Samples.goldenInputs where !Self.notBrokenAsText.contains(where: { path.hasPrefix("Samples/real-world/" + $0) }) {
            let text = Samples.text(path)
            guard !text.isEmpty, !Samples.isEncoded(text), !text.contains("\r\n"), text.split(separator: "\n").contains(where: { $0.count > 72 }) else { continue }
            let (bareDocs, bareDiags) = CaptureParser.parse(Array(text.utf8))
            // (A key short of a word, broken, is not told from a line of its own; text broken
            // already is not broken again.)
            if bareDiags.contains(where: { $0.message.hasSuffix("it must have exactly five") || $0.code == .DOC002 }) { continue }
            let (docs, diags) = CaptureParser.parse(Array(wrapped(text, marks: marks).utf8))
            let cli: [String] = docs.map { CLIWriter.text($0.withRepliesAsWords) }, bareCLI: [String] = bareDocs.map { CLIWriter.text($0.withRepliesAsWords) }
            let codes: [RuleCode] = diags.map(\.code).filter { $0 != .DOC002 }, bareCodes: [RuleCode] = bareDiags.map(\.code)
            #expect(cli == bareCLI, "\(path)")
            #expect(codes == bareCodes, "\(path)")
            // Where a key or a command was broken (a show version's other long lines are not read).
            if text.split(separator: "\n").contains(where: { $0.count > 72 && ($0.contains("Activation Key") || $0.contains("activation-key") || $0.contains("license-server")) }) {
                #expect(diags.count > codes.count, "\(path)")
            }
            compared += 1
        }
        #expect(compared > 12)
    }

    /// A book's mark is taken off only where a line breaks: at the end of its part (a `\` standing
    /// apart), before its rest; a backslash in a word, an arrow amid a line, are the line's.
    @Test func aBooksMarksAreTakenOffOnlyWhereALineBreaks() {
        let text = "Serial Number: JMX1232L11M ↵\nRunning Permanent Activation Key: 0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 \\\n  ➥ 0xd2c4b8b8 0xc4594f9c\n"
        let (docs, diags) = CaptureParser.parse(text)
        guard case .activationKey(let ak)? = docs.first?.content else { Issue.record("no activation-key document"); return }
        #expect(ak.serialNumber?.text == "JMX1232L11M")
        #expect(ak.runningPermanentKey?.text == "0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9c")
        #expect(diags.map(\.code) == [.DOC002])
        for kept in ["Serial Number: JMX1232L11M\\", "Serial Number: JMX1232L11M → JMX1232L11N"] {
            let (docs, _) = CaptureParser.parse(kept + "\n")
            guard case .activationKey(let ak)? = docs.first?.content else { Issue.record("no activation-key document"); return }
            #expect(ak.serialNumber?.text == String(kept.dropFirst("Serial Number: ".count)), "\(kept)")
        }
        // After a no-break space (in UTF-8, or a page's lone byte), a `\` stands apart, as after a space.
        for blank in [[0xC2, 0xA0], [0xA0]] as [[UInt8]] {
            let line = Array("Running Permanent Activation Key: 0xce06dc6b 0x8a7b5ab7 0xa1e21dd4".utf8) + blank + Array("\\\n0xd2c4b8b8 0xc4594f9c\n".utf8)
            let (docs, _) = CaptureParser.parse(Array("Serial Number: JMX1232L11M\n".utf8) + line)
            guard case .activationKey(let ak)? = docs.first?.content else { Issue.record("no activation-key document"); return }
            #expect(ak.runningPermanentKey?.text == "0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9c", "\(blank)")
        }
    }

    /// A pager's remnant in a quoted reply: the row after it is a row of the block, not one
    /// indented under the row before.
    @Test func theBlanksAfterAQuotedPagerAreNotIndentation() {
        let text = "> Licensed features for this platform:\n> Maximum Physical Interfaces : Unlimited perpetual\n> <--- More --->\n>               Maximum VLANs : 150 perpetual\n"
        let (docs, _) = CaptureParser.parse(text)
        guard case .activationKey(let ak)? = docs.first?.content else { Issue.record("no activation-key document"); return }
        #expect(ak.running?.rows.map(\.id) == [.maximumPhysicalInterfaces, .maximumVLANs])
        #expect(ak.running?.rows.allSatisfy { $0.children.isEmpty } == true)
    }

    /// Prose before a backup tool's comment header (`!RANCID-CONTENT-TYPE: cisco`): the prose
    /// and the header are text that is not licence text, not a configuration of no command.
    @Test func proseBeforeCommentsAloneIsNoConfiguration() {
        let text = "Here is what RANCID keeps:\n\n!RANCID-CONTENT-TYPE: cisco\n!\n!Chassis type: ASA5510\n!\n!Licensed features for this platform:\n!Maximum VLANs : 100 perpetual\n"
        let (docs, diags) = CaptureParser.parse(text)
        #expect(docs.map(\.content.kind) == [.activationKey])
        #expect(diags.map(\.code).contains(.DOC010))
        #expect(diags.first { $0.code == .DOC010 }?.message.hasPrefix("lines 1–6 are not license text") == true)
    }
}

extension Document {
    /// A device's reply to a command is kept as written, its line breaks too: compared by its
    /// words.
    var withRepliesAsWords: Document {
        guard case .configuration(var c) = content else { return self }
        for i in c.commands.indices where !c.commands[i].reply.isEmpty {
            c.commands[i].reply = [c.commands[i].reply.flatMap { $0.split(separator: " ") }.joined(separator: " ")]
        }
        var d = self
        d.content = .configuration(c)
        return d
    }
}
