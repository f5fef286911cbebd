import Testing
@testable import ASALicenseKit

/// A document's echoed command, classified from its words.
@Suite struct EchoedCommandTests {
    func document(_ command: String, prompt: String = "fw1#") -> Document {
        Document(prompt: prompt, command: command, content: .activationKey(ActivationKeyDocument()))
    }

    @Test func commandsAreClassifiedByTheirWords() {
        let cases: [(String, EchoedCommand)] = [
            ("show activation-key detail", .showActivationKey), ("sh act", .showActivationKey), ("  sh\tver  ", .showVersion),
            ("show shared license client", .showSharedLicense), ("more system:running-config", .showRunningConfig),
            ("sh run", .showRunningConfig), ("sh ru", .showRunningConfig), ("sh r", .other), ("write terminal", .showRunningConfig),
            ("wr t", .showRunningConfig), ("w t", .other), ("write te x", .showRunningConfig), ("write standby", .other), ("show startup-config", .showRunningConfig), ("sh start", .showRunningConfig),
            ("show configuration", .showRunningConfig), ("sh conf | i license", .showRunningConfig), ("more disk0:/startup-config", .showRunningConfig),
            ("sh con", .other), ("show conn", .other), ("show clock", .showClock), ("conf t", .configure), ("configure terminal", .configure),
            ("s act", .other), ("show", .other), ("", .other), ("\t", .other), ("write memory", .other), ("xyzzy", .other),
            ("show  \t activation-key", .showActivationKey), ("show\u{A0}version", .showVersion), ("config: x", .configure),
            ("show license features", .showVersion), ("sh lic fe", .showVersion), ("show license all", .other), ("show license", .other),
            ("show tech-support", .showVersion), ("sh tech", .showVersion), ("show te", .other),
            ("show li features", .other),
            // Run on the other units: the mate's output, or each cluster unit's, follows.
            ("failover exec mate show activation-key", .showActivationKey), ("fail exec act sh ver", .showVersion),
            ("failover exec standby show shared license", .showSharedLicense), ("failover exec mate show conn", .other),
            ("failover exec", .other), ("failover exec peer show version", .other), ("cluster exec show version", .showVersion),
            ("cluster exec unit unit-1-2 show activation-key", .showActivationKey), ("clus exec sh run", .showRunningConfig),
        ]
        for (command, expected) in cases {
            #expect(document(command).echoedCommand == expected, "\(command)")
        }
        for prompt in ["fw1(config)#", "fw1(config-if)#", "(config", "a/b(config-license-server)#"] {
            #expect(document("anything", prompt: prompt).echoedCommand == .configLine, "\(prompt)")
        }
        for prompt in ["fw1#", "fw1(conf)#", "(confi", "fw1(Config)#", ""] {
            #expect(document("show version", prompt: prompt).echoedCommand == .showVersion, "\(prompt)")
        }
    }

    /// `cluster exec` prints each unit's output under a banner of its name: the banner frames
    /// it (no note, no line not understood), and each unit's output is a document of its own.
    @Test func clusterExecReadsEachUnitsOutput() {
        let text = Samples.text("Samples/real-world/cluster-exec-units.txt")
        let (docs, diags) = CaptureParser.parse(text)
        #expect(docs.count == 2)
        #expect(docs.first?.command == "cluster exec show activation-key")
        #expect(diags.isEmpty)
        // Without its banners the same documents are read.
        let bare = text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("unit-1-") }.joined(separator: "\n")
        #expect(CaptureParser.parse(bare).documents.map(\.withoutProvenance) == docs.map(\.withoutProvenance))
        for banner in ["unit-1-1(LOCAL):****", "B:*****************", "asa-2:********"] {
            #expect(LineLexer.lexing(banner, ParseContext.isUnitBanner), "\(banner)")
        }
        for other in ["x:***", ":*****", "a:****b", "Serial Number: ****"] {
            #expect(!LineLexer.lexing(other, ParseContext.isUnitBanner), "\(other)")
        }
    }

    /// parallel-ssh run with `-i` prints each host's output under a header: the header ends the
    /// output before it (no line not understood), each host's output is a document of its own,
    /// and a failed host's error after its header is the run's text (DOC010).
    @Test func parallelSSHReadsEachHostsOutput() {
        let text = Samples.text("Samples/real-world/parallel-ssh-inline-output.txt")
        let (docs, diags) = CaptureParser.parse(text)
        #expect(docs.count == 2 && docs.allSatisfy { $0.unparsed.isEmpty })
        #expect(diags.map(\.code) == [.DOC010, .DOC010], "\(diags.map { $0.rendered() })")
        for header in ["[1] 02:14:09 [SUCCESS] fw-edge-2", "[12] 23:59:59 [FAILURE] fw-edge-4 Exited with error code 255", "[2] 02:14:10 [SUCCESS] 10.0.0.2:22"] {
            #expect(LineLexer.lexing(header, ParseContext.isParallelSSHHeader), "\(header)")
        }
        for other in ["[1] 02:14:09 [SUCCESS]", "[x] 02:14:09 [SUCCESS] fw1", "[1] 2:14:09 [SUCCESS] fw1", "[1] 02:14:09 [OK] fw1", "[1] fw1"] {
            #expect(!LineLexer.lexing(other, ParseContext.isParallelSSHHeader), "\(other)")
        }
    }

    /// ASA runs `show` in every mode: at a config-mode prompt a `show` (or IOS's `do show`) is
    /// still the command whose output follows (skipped when asalic does not read it), as are
    /// `wr mem` and `copy`; `exit` leaves the mode; `conf t`, `enable password` or a licence
    /// command there is a line of the configuration.
    @Test func aShowAtAConfigModePromptIsStillTheCommand() {
        let cases: [(String, EchoedCommand)] = [
            ("sh ver", .showVersion), ("show activation-key detail", .showActivationKey), ("do show version", .showVersion),
            ("do sh act", .showActivationKey), ("show shared license", .showSharedLicense), ("sh run | i license", .showRunningConfig),
            ("show clock", .showClock), ("conf t", .configLine), ("exit", .leaveConfigMode), ("end", .leaveConfigMode), ("license-server enable inside", .configLine),
            ("do", .configLine), ("do write memory", .other), ("show interface", .other), ("shun 10.0.0.1", .configLine),
            ("wr mem", .other), ("copy run start", .other), ("enable password x", .configLine), ("clear configure all", .configLine),
        ]
        for (command, expected) in cases {
            #expect(document(command, prompt: "fw1(config)#").echoedCommand == expected, "\(command)")
            #expect(LineLexer.lexing("fw1(config-if)# " + command) { EchoedCommand.classify($0) } == expected, "\(command)")
        }
        #expect(document("do show version").echoedCommand == .showVersion)
        // `activation-key` is an exec command that configures: a configuration line at either prompt.
        for prompt in ["fw1#", "fw1(config)#"] {
            #expect(document("activation-key 0x1 0x2 0x3 0x4 0x5", prompt: prompt).echoedCommand == .configLine)
        }
        // With no key it sets nothing: a command whose answer (an error) is skipped.
        for command in ["activation-key", "activation-key activate", "activation-key  deactivate", "activation-key detail", "activation-key 5xd11b3d48 0x1"] {
            #expect(document(command).echoedCommand == .other, "\(command)")
        }
    }

    /// `write terminal` is the older name of `show running-config`: its output is the unit's
    /// configuration under its prompt (the hostname groups it with the unit's other outputs),
    /// not lines with no prompt after a command whose output is skipped.
    @Test func writeTerminalShowsTheConfiguration() {
        for command in ["write terminal", "wr t", "sh ru", "sh ru license-server"] {
            let (docs, _) = CaptureParser.parse("fw1# \(command)\nlicense-server address 10.1.1.10 secret cisco123\nfw1# \n")
            #expect(docs.map(\.hostname) == ["fw1"], "\(command)")
            #expect(docs.map(\.command) == [command], "\(command)")
            #expect(docs.first?.sourceLines?.lowerBound == 1, "\(command)")
        }
    }

    /// A document's command is classified as the parser classified the line that echoed it:
    /// by the lexer's words, for any text (split at blanks alone, `config: …` was another
    /// command here than there, and canonical CLI did not mark a `configure` the parser saw).
    @Test func aCommandIsClassifiedAsTheParserReadTheLine() {
        var rng = SeededRandom(seed: 7)
        let pieces = ["show", "sh", " ", " ", "\t", "\u{0C}", "\u{A0}", ":", "::", "configure", "conf", "config:", "ver",
                      "act", "run", "more", "system:running-config", "clock", "é", "x", "terminal", "-", "do"]
        var classified: Set<String> = []
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...6, using: &rng)).map { _ in pieces.randomElement(using: &rng) ?? "" }.joined()
            for prompt in ["fw1#", "fw1(config)#"] {
                let parsed = LineLexer.lexing(prompt + " " + text) { EchoedCommand.classify($0) }
                let echoed = document(text, prompt: prompt).echoedCommand
                #expect(echoed == parsed, "\(prompt) \(text.debugDescription)")
                classified.insert("\(String(describing: echoed))")
            }
        }
        #expect(classified.count >= 6, "\(classified)")
    }
}

/// ASDM's command-line tool echoes each command on a line of its own, with no prompt.
@Suite struct ASDMResultTests {
    @Test func echoesAreTold() {
        for text in ["Result of the command: \"show version\"", "Result of the command: \"sh act\"", "Result of the command: \"show version | include Serial\""] {
            #expect(LineLexer.lexing(text) { LineClassifier.classify($0) } == .prompt, "\(text)")
        }
        for text in ["Result of the command: show version", "Result of the command: \"", "Result of the command:", "Result of the test: \"show version\""] {
            #expect(LineLexer.lexing(text) { LineClassifier.classify($0) } != .prompt, "\(text)")
        }
    }

    /// Each command's output is its document, with the command and no prompt; canonical CLI
    /// marks it with a bare prompt, and read again it is the same.
    @Test func eachOutputKeepsItsCommand() {
        let text = "Result of the command: \"show activation-key\"\n\nSerial Number: JMX1232L11M\n\nResult of the command: \"write memory\"\n\nBuilding configuration...\n[OK]\n\nResult of the command: \"show version | include Serial\"\n\nSerial Number: JMX1232L11N\n"
        let (docs, diags) = CaptureParser.parse(text)
        #expect(docs.map(\.command) == ["show activation-key", "show version | include Serial"])
        #expect(docs.allSatisfy { $0.prompt == nil })
        #expect(diags.map(\.code) == [.DOC010])
        let cli = docs.map { CLIWriter.text($0) }.joined(separator: "\n")
        #expect(cli.hasPrefix("# show activation-key\n"))
        #expect(CaptureParser.parse(cli).documents.map(\.withoutProvenance) == docs.map(\.withoutProvenance))
    }
}

/// A prompt's hostname is its text up to the first `/`, `(`, `#`, `>` or `&` (`fw1&gt;`), read character by
/// character: the byte path for ASCII prompts gives what the character path gives.
@Suite struct PromptHostnameTests {
    @Test func theHostnameIsTheTextBeforeTheFirstMark() {
        var rng = SeededRandom(seed: 77)
        let pieces = ["fw1", "asa-lab", "/", "(", "#", ">", "&gt;", "pri", "act", "config", "é", "\u{301}", "ü", " ", "x", "", "5525"]
        for _ in 0..<3000 {
            let prompt = (0..<Int.random(in: 0...6, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            let name = prompt.prefix { $0 != "/" && $0 != "(" && $0 != "#" && $0 != ">" && $0 != "&" }
            #expect(Document.hostname(ofPrompt: prompt) == (name.isEmpty ? nil : String(name)), "\(prompt)")
        }
        #expect(Document.hostname(ofPrompt: "fw1/pri/act>") == "fw1" && Document.hostname(ofPrompt: "fw1(config)#") == "fw1")
        #expect(Document.hostname(ofPrompt: "#") == nil && Document.hostname(ofPrompt: "") == nil)
        #expect(Document.hostname(ofPrompt: "fw1&gt;") == "fw1")
        // A mark combined with `/` makes a character that is not `/`: the name runs past it.
        #expect(Document.hostname(ofPrompt: "fw/\u{301}x#") == "fw/\u{301}x")
    }

    /// A hostname starts and ends with a letter or digit, as the device's `hostname` command
    /// takes one: grep's numbers before a line (`-n`: `5-# sho …`, `12-fw1# …`) are no host, nor
    /// a name cut before its end (`fw-#`); a position or a mode after a whole name is.
    @Test func aHostnameEndsWithALetterOrDigit() {
        for (token, prompt) in [("fw1#", true), ("asa-lab-2>", true), ("fw1/pri/act#", true), ("fw1/admin(config)#", true), ("ciscoasa(config-if)#", true),
                                ("fw.lab_1#", true), ("5525#", true), ("5-#", false), ("fw-#", false), ("fw_>", false), ("fw-/pri#", false),
                                ("fw-(config)#", false), ("fw1/pri-/act#", false), ("12-fw1#", true),
                                // A position or a context has no `.`: grep's file's name and a context line's number.
                                ("fw1/admin#", true), ("fw.lab/pri#", true), ("captures/fw-dc2.log-1#", false), ("logs/fw1.txt-fw1#", false)] {
            #expect(LineLexer.lexing(token + " show version") { Prompt.isPrompt($0) } == prompt, "\(token)")
        }
        // grep's lines of a search with `-n` right under a prompt: no prompt of a host `5-`;
        // written back, they read as they were read (fuzz find, activation-key seed 116).
        let text = "fw# show activation-key detail\n5-# sho activation-ke\n6:"
        let (docs, _) = CaptureParser.parse(text)
        #expect(!docs.contains { $0.hostname == "5-" })
        let cli = docs.map { CLIWriter.text($0) }.joined()
        #expect(CaptureParser.parse(cli).documents.map { CLIWriter.text($0) }.joined() == cli)
    }

    /// An echoed output with nothing of it read (the next prompt right after the command, a
    /// paste that ends with the command typed next) is no document: noted (DOC010). A
    /// running-config's empty output still is one (its role is none). With no document at all,
    /// DOC005 says the capture held text.
    @Test func anEchoWithNothingReadIsNoDocument() {
        var (docs, diags) = CaptureParser.parse("fw# show activation-key\nfw# show version\nfw# show shared license\n")
        #expect(docs.isEmpty)
        #expect(diags.map(\.code) == [.DOC005])
        #expect(diags.first?.message.contains("no line of it is license text") == true)
        (docs, diags) = CaptureParser.parse("fw# show version\nSerial Number: JMX1232L11M\nfw# show activation-key\n\nfw# show running-config\n")
        #expect(docs.map(\.kind) == [.activationKey, .configuration])
        #expect(diags.map(\.code) == [.DOC010])
        #expect(diags.first?.span.line == 3)
        #expect(CaptureParser.parse("\n  \n").diagnostics.first?.message.contains("the capture is empty") == true)
    }
}
