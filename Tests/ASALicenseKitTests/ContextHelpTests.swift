import Testing
@testable import ASALicenseKit

/// A terminal's log keeps the CLI's context help the engineer asked for while typing
/// (`show activation-key ?`, `sh act?`, `license-server ?` in configuration mode): the list of
/// words the device printed, then the prompt again. Neither is the command's output nor a line
/// of a configuration.
@Suite struct ContextHelpTests {
    @Test func aCommandEndingInOneQuestionMarkAsksForHelp() {
        for command in ["show activation-key ?", "sh act?", "show ?", "?", "show shared license ?", "sh run ?", "conf ?"] {
            #expect(LineLexer.lexing("fw1# " + command) { EchoedCommand.classify($0) } == .help, "\(command)")
        }
        for command in ["license-server ?", "license-server address 10.1.1.1 sec?", "show version ?", "end ?"] {
            #expect(LineLexer.lexing("fw1(config)# " + command) { EchoedCommand.classify($0) } == .help, "\(command)")
        }
        // A paster's redaction is several; a `?` inside a word asks nothing.
        #expect(LineLexer.lexing("fw1(config)# license-server secret ????????") { EchoedCommand.classify($0) } == .configLine)
        #expect(LineLexer.lexing("fw1# show activation-key ??") { EchoedCommand.classify($0) } == .showActivationKey)
        #expect(LineLexer.lexing("fw1# show act?x") { EchoedCommand.classify($0) } == .other)
        // Help is asked of a command: a heading's or a comment's question is no bare prompt's.
        for line in ["# Why is the flash key different?", "# is the port right?", "# ok?"] {
            #expect(LineLexer.lexing(line) { Prompt.promptLength($0) } == nil, "\(line)")
        }
        #expect(LineLexer.lexing("# show ver?") { Prompt.promptLength($0) } == 1)
        let (docs, diags) = CaptureParser.parse("license-server secret farscape\n# is the port right?\nlicense-server port 50554\nlicense-server enable inside\n")
        #expect(docs.count == 1 && !diags.contains { $0.severity == .error })
    }

    /// Help asked at a prompt is answered by licence output only: a line in a script no ASA
    /// prints (a pasted note, all of a line that lost its line breaks), passed over as the
    /// output ends, answers nothing; written back, the help reads as help again (fuzz find,
    /// activation-key seed 119). Nor does a part of such a line after the part in that script
    /// (seed 19: the parts read after the first were looked at from their own start).
    @Test func aNoteInAnotherScriptAnswersNoHelp() {
        let note = "VPN-3DES-AES: Enabled perpetual Сервер: 1 GTP/GPRS: Enabled perpetual"
        let firstPartOther = "Se:1Ѓl GTP/GPRS:Ebleo4 perpetual Botxdlts:10l GTP/GPRS:Enapetual AnyConnect Premium Peers: 4 pTotal:"
        for text in ["fw1# sh activatio?\n\(note)\nfw1# exit\n", "fw1# sh activatio?\n\(note)\nM\n", "# sh activatio?\n\(note)\nM\n",
                     "# sh ac?\n\(firstPartOther)\nM\n"] {
            let (docs, diags) = CaptureParser.parse(text)
            #expect(docs.isEmpty, "\(text)")
            #expect(!diags.contains { $0.severity == .error }, "\(diags.map { $0.rendered() })")
        }
        // Licence output after it still answers it (`show version (why?)`).
        let answered = CaptureParser.parse("fw1# sh activatio?\n\(note)\nSerial Number: JMX1232L11M\n")
        #expect(answered.documents.count == 1 && answered.documents.first?.command == "sh activatio?")
    }

    /// `text` with help asked before every command typed at a prompt that starts a line: the
    /// command's first word and ` ?` (or the word and `?` glued, every other time), the help
    /// the device prints, the prompt again. With, for each line of `text`, its number now.
    static func withHelp(_ text: String) -> (text: String, lineNumbers: [Int]) {
        let lines = Array(text.utf8).split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        var out: [String] = [], numbers: [Int] = []
        var asked = 0
        for line in lines {
            let words = line.split(separator: " ", omittingEmptySubsequences: true)
            let typed = words.count >= 2 && !line.hasPrefix(" ") && !line.contains("\r") && LineLexer.lexing(line) { lx in
                Prompt.promptLength(lx) != nil && !Prompt.isBare(lx) && lx.count >= 2 && lx.text(0) == String(words[0])
            }
            if typed {
                let configMode = Prompt.isConfigMode(String(words[0]))
                asked += 1
                out.append("\(words[0]) \(words[1])\(asked % 2 == 0 ? "?" : " ?")")
                out.append("")
                if configMode { out.append("configure mode commands/options:") }
                out += ["  activation-key  Show activation-key information", "  version         Display the system software version", "  <cr>"]
            }
            out.append(line)
            numbers.append(out.count)
        }
        return (out.joined(separator: "\n"), numbers)
    }

    /// Every sample with help asked before its commands reads as itself: the same documents,
    /// the same findings on the same lines (moved by the help), the help noted.
    @Test func helpAskedInASessionChangesNothingRead() {
        var compared = 0
        for (path, text) in Samples.textInputs where !path.contains("fuzz-regressions") {
            let (helped, numbers) = Self.withHelp(text)
            guard helped != text else { continue }
            let (bareDocs, bareDiags) = InputReader.read(Array(text.utf8))
            let (docs, diags) = InputReader.read(Array(helped.utf8))
            #expect(docs.map(UnifiedDiffTests.comparable) == bareDocs.map(UnifiedDiffTests.comparable), "\(path)")
            #expect(UnifiedDiffTests.findings(diags) == UnifiedDiffTests.findings(bareDiags) { numbers[$0 - 1] }, "\(path)")
            #expect(diags.contains { $0.code == .DOC010 && $0.message.contains("the CLI's help for the command typed on line") }, "\(path)")
            compared += 1
        }
        #expect(compared > 40, "\(compared)")
    }

    /// Licence output under a command ending in `?`: no help, but whoever pasted it asking.
    @Test func aQuestionWithTheOutputUnderItIsThePastersOwn() {
        let output = "Serial Number: JMX1232L11M\nRunning Permanent Activation Key: 0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9c\n"
        for command in ["show activation-key (why?)", "sh act ?", "show version | i Serial ?"] {
            let (docs, diags) = CaptureParser.parse("fw1# \(command)\n\n\(output)")
            #expect(docs.map(\.prompt) == ["fw1#"] && docs.first?.command == command, "\(command)")
            #expect(diags.isEmpty, "\(command)")
        }
    }

    /// Licence output of another kind than the command asked for under it is a document of its
    /// own (`Primary License Server:` under `sh act ?`): the command asked for help, and what
    /// lies between is the help's; canonical CLI writes none of it, and reads back the same.
    @Test func outputOfAnotherKindUnderAQuestionIsItsOwn() {
        let text = "fw1# sh act ?\n4\nPrimary License Server : 10.3.32.20\n"
        let (docs, _) = CaptureParser.parse(text)
        #expect(docs.map(\.kind) == [.sharedLicense])
        let cli = docs.map { CLIWriter.text($0) }.joined()
        #expect(CaptureParser.parse(cli).documents.map { CLIWriter.text($0) }.joined() == cli)
    }

    /// A `?` with no help under it is a value a paster left out: the line is the configuration's,
    /// also the first of a paste, and a secret so left out is a mask, not a secret too short
    /// (SHR001). So the command reads the same on its prompt's line and under a prompt alone.
    @Test(arguments: ["fw1# conf t\n", ""])
    func aQuestionMarkWithNoHelpUnderItIsAValueLeftOut(_ before: String) {
        for (session, commands) in [(before + "fw1(config)# license-server secret ?\nfw1(config)# license-server enable inside\nfw1(config)# end\n", 2),
                                    (before + "fw1(config)# activation-key 0x?\n", 1), (before + "fw1(config)#\nactivation-key 0x?\n", 1)] {
            let (docs, read) = CaptureParser.parse(session)
            guard case .configuration(let config)? = docs.first?.content else { Issue.record("no configuration: \(session)"); continue }
            #expect(config.commands.count == commands, "\(session)")
            #expect(docs.count == 1)
            let findings = Linter().lint(docs.map { LintDocument(path: "t", document: $0) }, readDiagnostics: read)
            #expect(findings.allSatisfy { $0.severity == .note }, "\(findings.map { $0.rendered() })")
        }
    }

    /// The sample: help asked at the exec prompt and in configuration mode, in a PuTTY log.
    @Test func aTerminalLogWithHelpReadsWithoutFindings() {
        let (docs, diags) = InputReader.read(Samples.bytes("Samples/real-world/terminal-log-help-and-corrections.txt"))
        #expect(docs.map(\.command) == ["show activation-key", "conf t"])
        #expect(diags.filter { $0.severity > .note }.isEmpty)
        guard case .configuration(let config)? = docs.last?.content else { Issue.record("no configuration"); return }
        #expect(config.commands.count == 2)
    }
}
