import Testing
@testable import ASALicenseKit

/// A terminal's log keeps a command's typing corrected as the device echoed it (`BS space BS`,
/// `BS ESC[K`, the keys' DEL): the command is read as the terminal showed it.
@Suite struct TerminalEditsTests {
    func shown(_ text: String) -> String {
        let bytes = Array(text.utf8)
        return String(decoding: bytes.withUnsafeBufferPointer(TerminalEdits.shown), as: UTF8.self)
    }

    @Test func editsAreAppliedAsATerminalShowsThem() {
        #expect(shown("show activx\u{8} \u{8}ation-key") == "show activation-key")
        #expect(shown("show activx\u{8} \u{8}") == "show activ ")
        #expect(shown("show activx\u{8}\u{1B}[Kation-key") == "show activation-key")
        #expect(shown("show activx\u{7F}ation-key") == "show activation-key")
        #expect(shown("sh ver\u{8}\u{8}\u{8}act") == "sh act")
        #expect(shown("shw\u{1B}[Dow") == "show")
        #expect(shown("sow\u{1B}[D\u{1B}[Dhow\u{1B}[C") == "show")
        #expect(shown("é\u{8}x") == "x")
        #expect(shown("xé\u{8}\u{8}éx") == "éx")
        #expect(shown("\u{8}\u{8}\u{7F}x") == "x")
        #expect(shown("a\u{1B}[0mb") == "a\u{1B}[0mb")
    }

    /// A command typed with corrections on a line of its own (after a prompt alone, or before its
    /// output with no prompt) is the command the terminal showed, as it is after a prompt: so
    /// canonical CLI, which writes it after its prompt (or a bare one), is a fixed point.
    @Test func aCommandAloneIsReadAsShownToo() {
        let output = "Serial Number: JMX1232L11M\nRunning Permanent Activation Key: 0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9c\n"
        for text in ["fw1#\nshow activation-key x\u{8} \u{8}\n\(output)", "Some text.\n\nshow activation-key x\u{8} \u{8}\n\(output)",
                     "fw1#\nshow shared li\u{7F}icense\nPrimary License Server : 10.3.32.20\n"] {
            let docs = CaptureParser.parse(text).documents
            #expect(docs.count == 1 && docs.first?.command?.utf8.contains(0x08) == false && docs.first?.command?.utf8.contains(0x7F) == false, "\(text)")
            let cli = docs.map { CLIWriter.text($0) }
            #expect(CaptureParser.parse(cli.joined()).documents.map { CLIWriter.text($0) } == cli, "\(text)")
        }
    }

    /// `text` with a typo corrected in every command typed at an exec prompt that starts a line
    /// (or, `configuration`, in every configuration line typed at a prompt): a wrong letter after
    /// the command's first word (when it is letters: no page's markup), erased each of the three
    /// ways in turn.
    static func withTypos(_ text: String, configuration: Bool = false) -> String {
        let erasures = ["\u{8} \u{8}", "\u{8}\u{1B}[K", "\u{7F}"]
        var typos = 0
        let lines = Array(text.utf8).split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        return lines.map { line -> String in
            let words = line.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)
            let first = words.count == 2 ? words[1].prefix { $0.isLetter } : ""
            guard words.count == 2, first.count >= 2, !line.hasPrefix(" "), LineLexer.lexing(line, { lx in
                Prompt.promptLength(lx) != nil && !Prompt.isBare(lx) && lx.count >= 2 && lx.text(0) == String(words[0])
                    && (EchoedCommand.classify(lx) == .configLine) == configuration
            }) else { return line }
            typos += 1
            let command = Array(words[1].utf8)
            let n = first.utf8.count
            let typed = command[..<n] + Array("q".utf8) + Array(erasures[typos % 3].utf8) + command[n...]
            return String(words[0]) + " " + String(decoding: typed, as: UTF8.self)
        }.joined(separator: "\n")
    }

    /// A configuration's line typed with corrections is read as shown; one not understood is
    /// kept as shown, so no letter of its secret erased and typed again is left beside the
    /// redaction.
    @Test func aConfigurationLineIsReadAsShown() {
        let read = CaptureParser.parse("fw1# conf t\nfw1(config)# license-sx\u{8} \u{8}erver secret farscapx\u{8} \u{8}e\n"
            + "fw1(config)# license-server secret farscapx\u{7F}e extra\nfw1(config)# end\n")
        guard case .configuration(let config)? = read.documents.first?.content else {
            Issue.record("no configuration: \(read.documents)")
            return
        }
        #expect(config.commands.count == 1)
        if case .secret(let secret)? = config.commands.first?.kind { #expect(secret == Secret.parse("farscape")) } else { Issue.record("\(config.commands)") }
        #expect(read.documents.first?.unparsed.map(\.text) == ["fw1(config)# license-server secret farscape extra"])
        let cli = CLIWriter.text(read.documents[0])
        #expect(!cli.contains("farscap") && !cli.contains("\u{7F}") && cli.contains("<redacted:"), "\(cli)")
    }

    /// A line typed with corrections is judged as shown for line breaks it lost too: written
    /// back as shown, it is read at the same lines (fuzz find, config seed 12: a DEL before
    /// `license-server` hid the line's second command from that judgment).
    @Test func aLineShownIsReadAtTheLinesItLost() {
        let line = "license-server N" + String(repeating: "I", count: 68) + "anch#csw license-server"
        let bare = CaptureParser.parse("fw# configure terminal\n" + line + "\n").documents
        let typed = CaptureParser.parse("fw# configure terminal\n\u{7F}" + line + "\n").documents
        #expect(typed.first?.unparsed.count == 2)
        #expect(typed.first?.unparsed.map(\.text) == bare.first?.unparsed.map(\.text))
        let cli = OutputFormat.cli.render(typed)
        #expect(OutputFormat.cli.render(CaptureParser.parse(cli).documents) == cli)
    }

    /// Every sample with typos corrected in its commands (or in the configuration lines typed
    /// at its prompts) reads as itself: the same documents, commands included, and the same
    /// findings on the same lines.
    @Test(arguments: [false, true]) func correctedTypingChangesNothingRead(configuration: Bool) {
        var compared = 0
        for (path, text) in Samples.textInputs where !path.contains("fuzz-regressions") {
            let typed = Self.withTypos(text, configuration: configuration)
            guard typed != text else { continue }
            let (bareDocs, bareDiags) = InputReader.read(Array(text.utf8))
            let (docs, diags) = InputReader.read(Array(typed.utf8))
            #expect(docs.map(\.withoutLineNumbers) == bareDocs.map(\.withoutLineNumbers), "\(path): \(docs.map(\.command)) \(bareDocs.map(\.command))")
            #expect(diags.map { "\($0.code) \($0.span.line)" } == bareDiags.map { "\($0.code) \($0.span.line)" }, "\(path)")
            compared += 1
        }
        #expect(compared > (configuration ? 10 : 40), "\(compared)")
    }
}
