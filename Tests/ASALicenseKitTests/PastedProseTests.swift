import FuzzSupport
import Testing
@testable import ASALicenseKit

/// Output pasted where people write: in Markdown code fences, with a paragraph of prose after
/// it. The fences are none of the text, and the prose is not part of the output: a healthy unit
/// pasted so gets no error. A line the output holds that asalic does not understand still does.
@Suite struct PastedProseTests {
    static let output = """
        Serial Number: JMX1232L11M
        Running Permanent Activation Key: 0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9c

        Licensed features for this platform:
        Maximum VLANs               : 150       perpetual
        Failover                    : Active/Standby perpetual

        This platform has an ASA 5520 VPN Plus license.

        """

    func read(_ text: String) -> (docs: [Document], diags: [Diagnostic]) {
        let (docs, diags) = CaptureParser.parse(Array(text.utf8))
        return (docs, diags)
    }

    func codes(_ diags: [Diagnostic]) -> [RuleCode] { diags.map(\.code) }

    static let echoed = "ciscoasa# show activation-key\n" + output

    /// A paste's last line of prose after the output, then blank lines or the blanks a paste
    /// pads its end with: the prose is still the post's. (A parser reads a line ahead and gives
    /// it back; that blank line read early hid the one before the prose.)
    @Test(arguments: ["", "\n", "   ", "   \n", "\n\n", "\t\n \n"])
    func proseAtTheEndIsTextWhateverBlanksFollow(_ end: String) {
        for text in [Self.echoed, Self.output] {
            let (docs, diags) = read(text + "\nfoo bar baz\n" + end)
            #expect(docs.count == 1 && docs.first?.unparsed.isEmpty == true, "\(end.debugDescription)")
            #expect(codes(diags) == [.DOC010], "\(end.debugDescription)")
        }
    }

    /// A forum that took a paste's blank lines out: the writer's lines right under the output
    /// (a heading, words to the reader, a sentence that introduces the next output) are still
    /// the post's, before the next output or at the end.
    @Test(arguments: ["### Example 2: the standby unit\n", "Example 4-8 Verifying the Standby Unit\n", "Thanks in advance!\n",
                      "The server is reachable from the inside interface, so the status is odd.\nNext, the license of the same unit:\n",
                      "And the replacement unit, which came with its own key:\n"])
    func theWritersLinesRightUnderAnOutputAreThePosts(_ prose: String) {
        for (text, documents) in [(Self.echoed + prose, 1), (Self.echoed + prose + Self.echoed, 2)] {
            let (docs, diags) = read(text.replacingOccurrences(of: "\n\n", with: "\n"))
            #expect(docs.count == documents && docs.allSatisfy { $0.unparsed.isEmpty }, "\(prose)")
            #expect(codes(diags) == [.DOC010], "\(prose)")
        }
    }

    /// A line right under the output whose words say nothing of a post stays in it (a device's
    /// line asalic does not know), also when a paragraph of the post follows it after a blank.
    @Test(arguments: ["", "\nHope this helps.\n"])
    func aDevicesLineRightUnderTheOutputStaysInIt(_ after: String) {
        let (docs, diags) = read(Self.echoed + "WARNING: The flash activation key could not be read.\n" + after)
        #expect(docs.first?.unparsed.map(\.text) == ["WARNING: The flash activation key could not be read."])
        #expect(codes(diags) == (after.isEmpty ? [.DOC001] : [.DOC001, .DOC010]))
    }

    /// Two echoed outputs with `between` after a blank line between them: two documents, no
    /// line of either kept as not understood, the text noted once as outside them.
    func expectOutsideTwoExamples(_ between: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let (docs, diags) = read(Self.echoed + "\n" + between + "\n" + Self.echoed)
        #expect(docs.count == 2, sourceLocation: sourceLocation)
        #expect(docs.allSatisfy { $0.unparsed.isEmpty }, sourceLocation: sourceLocation)
        #expect(codes(diags) == [.DOC010], sourceLocation: sourceLocation)
    }

    @Test(arguments: ["```", "```text", "``` cisco", "~~~", "    ```"])
    func aCodeFenceReadsAsABlankLine(_ fence: String) {
        let fenced = read("\(fence)\n\(Self.output)\(fence)\n")
        let bare = read("\n\(Self.output)\n")
        #expect(fenced.docs.map(\.withoutProvenance) == bare.docs.map(\.withoutProvenance))
        #expect(fenced.diags.isEmpty)
        #expect(fenced.docs.first?.sourceLines == bare.docs.first?.sourceLines)
    }

    @Test func aParagraphAfterAnOutputIsTextOutsideIt() {
        let (docs, diags) = read(Self.output + "\nHope this helps, and thanks for reading!\nRegards\n")
        #expect(docs.count == 1)
        #expect(docs[0].unparsed.isEmpty)
        #expect(docs[0].sourceLines == 1...9)
        #expect(codes(diags) == [.DOC010])
        #expect(diags.first?.span.line == 10)
        #expect(diags.first?.message.contains("lines 10–11") == true)
    }

    @Test func aLineRightUnderTheOutputStaysInIt() {
        let (docs, diags) = read(Self.output.dropLast() + "\nthis line is not license output\n")
        #expect(docs.count == 1)
        #expect(docs[0].unparsed.map(\.text) == ["this line is not license output"])
        #expect(codes(diags) == [.DOC001])
    }

    @Test func aLineWithTheOutputAfterItStaysInIt() {
        let text = Self.output.replacingOccurrences(of: "\nLicensed features", with: "\nnot understood\n\nLicensed features")
        let (docs, diags) = read(text)
        #expect(docs.count == 1)
        #expect(docs[0].unparsed.map(\.text) == ["not understood"])
        #expect(codes(diags) == [.DOC001])
    }

    /// A writer's question right under the output ("Any idea?"): the post's, as a writer's
    /// words to a reader are; the CLI's help asked for (`license-server ?`) and a lone `?`
    /// are no question, and between two rows of the output a question stays in it.
    @Test(arguments: ["Any idea?", "What am I missing here?", "Why does the standby show no key?"])
    func aWritersQuestionRightUnderAnOutputIsThePosts(_ question: String) {
        let (docs, diags) = read(Self.output + question + "\n")
        #expect(docs.count == 1 && docs.first?.unparsed.isEmpty == true)
        #expect(codes(diags) == [.DOC010])
        let rows = Self.output.replacingOccurrences(of: "Failover ", with: "\(question)\nFailover ")
        #expect(read(rows).docs.first?.unparsed.map(\.text) == [question])
        for notAQuestion in ["license-server ?", "?", "show ?"] {
            #expect(!LineLexer.lexing(notAQuestion) { TrailingRun.asksAQuestion($0) }, "\(notAQuestion)")
        }
    }

    /// A writer's words to a reader right under the output, with no blank line between, as a
    /// forum post often has them ("Thanks in advance!" and a name): the post's, at the end of
    /// a paste and before the next prompt. Between two rows of the output they stay in it.
    @Test func aWritersWordsRightUnderAnOutputAreThePosts() {
        let output = Self.output  // (its last line, and no blank after it)
        let (docs, diags) = read(output + "Thanks in advance for any help!\nBob\n")
        #expect(docs.count == 1 && docs.first?.unparsed.isEmpty == true)
        #expect(codes(diags) == [.DOC010])
        #expect(diags.first?.span.line == 9)
        let (beforePrompt, promptDiags) = read("ciscoasa# show activation-key\n" + output + "As you can see, the flash key is the same.\nciscoasa# show clock\n")
        #expect(beforePrompt.count == 1 && beforePrompt.first?.unparsed.isEmpty == true)
        #expect(codes(promptDiags) == [.DOC010])
        #expect(promptDiags.first?.span.line == 10)
        let rows = Self.output.replacingOccurrences(of: "Failover ", with: "Thanks for any help\nFailover ")
        let (inside, insideDiags) = read(rows)
        #expect(inside.first?.unparsed.map(\.text) == ["Thanks for any help"])
        #expect(codes(insideDiags) == [.DOC001])
    }

    /// A label over the next output right under one (`Secondary:`, no blank line between, as a
    /// post puts two units' outputs): the post's, not a line of the first output. Between two
    /// rows of the output it stays in it.
    @Test func aLabelOverTheNextOutputIsThePosts() {
        let second = Self.output.replacingOccurrences(of: "JMX1232L11M", with: "JMX1232L11N")
        for label in ["Secondary:", "Standby unit:", "fw2 (secondary):"] {
            let (docs, diags) = read("Primary:\n" + Self.output + label + "\n" + second)
            #expect(docs.count == 2 && docs.allSatisfy { $0.unparsed.isEmpty }, "\(label)")
            #expect(codes(diags) == [.DOC010, .DOC010], "\(label)")
            let (_, echoed) = read("fw1# show activation-key\n" + Self.output + label + "\nfw2# show activation-key\n" + second)
            #expect(codes(echoed) == [.DOC010], "\(label)")
        }
        let rows = Self.output.replacingOccurrences(of: "Failover ", with: "Secondary:\nFailover ")
        let (inside, insideDiags) = read(rows)
        #expect(inside.first?.unparsed.map(\.text) == ["Secondary:"])
        #expect(codes(insideDiags) == [.DOC001])
    }

    /// A chat's messages pasted with their headers (Slack's `Jane Doe  10:44 AM`, Discord's
    /// `Jane Doe — Today at 3:05 PM`) right under an output and before the next prompt: the chat's,
    /// not lines of the output. A device's times are on the 24-hour clock.
    @Test func aChatsHeaderUnderAnOutputIsTheChats() {
        let second = Self.output.replacingOccurrences(of: "JMX1232L11M", with: "JMX1232L11N")
        for header in ["Jane Doe  10:44 AM", "Jane Doe — Today at 3:05pm", "Jane Doe 9:41 PM"] {
            let (docs, diags) = read("fw1# show activation-key\n" + Self.output + header + "\nand the secondary\nfw2# show activation-key\n" + second)
            #expect(docs.count == 2 && docs.allSatisfy { $0.unparsed.isEmpty }, "\(header)")
            #expect(codes(diags) == [.DOC010], "\(header)")
        }
        for text in ["Configuration last modified by enable_15 at 10:22:05.123 UTC Mon Dec 7 2026", "10:44", "110:44 AM", "10:4 AM", "10:44 AMX", "up 10:44 hours"] {
            #expect(!LineLexer.lexing(text) { TrailingRun.holdsTwelveHourTime($0) }, "\(text)")
        }
    }

    @Test func aSentenceUnderATimeBasedKeyIsNoKey() {
        let key = "Active Timebased Activation Key:\n0xa821d549 0x35725fe4 0xc918b97b 0xce0b987b 0x47c7c285\nBotnet Traffic Filter : Enabled 39 days\n"
        let (docs, diags) = read(Self.output + key + "\nHope this helps\n")
        guard case .activationKey(let ak)? = docs.first?.content else { Issue.record("no activation-key document"); return }
        #expect(ak.activeTimebasedKeys.count == 1)
        #expect(codes(diags).filter { $0 != .TIME003 && $0 != .TIME006 } == [.DOC010])
        // Right under the key, with no blank line, a writer's words to a reader are the post's
        // too; a line with none is a line not understood. Neither is a key.
        let (under, underDiags) = read(Self.output + key + "Hope this helps\n")
        guard case .activationKey(let ak2)? = under.first?.content else { Issue.record("no activation-key document"); return }
        #expect(ak2.activeTimebasedKeys.count == 1)
        #expect(codes(underDiags).filter { $0 != .TIME003 && $0 != .TIME006 } == [.DOC010])
        let (unknown, unknownDiags) = read(Self.output + key + "Taken after the reload\n")
        guard case .activationKey(let ak3)? = unknown.first?.content else { Issue.record("no activation-key document"); return }
        #expect(ak3.activeTimebasedKeys.count == 1)
        #expect(codes(unknownDiags).contains(.DOC001))
        #expect(!codes(unknownDiags).contains(.KEY001))
    }

    @Test func aSentenceWithAColonIsNoFeature() {
        let note = "Note: the output above was taken right after the reload.\n"
        let (docs, diags) = read(Self.output.replacingOccurrences(of: "\n\nThis platform", with: "\n\(note)\nThis platform"))
        guard case .activationKey(let ak)? = docs.first?.content else { Issue.record("no activation-key document"); return }
        #expect(ak.running?.rows.count == 2)
        #expect(codes(diags) == [.DOC001])
        #expect(docs.first?.unparsed.map(\.text) == [String(note.dropLast())])
        // A row a later release could print is still read, and reported once.
        let (later, laterDiags) = read(Self.output.replacingOccurrences(of: "Failover  ", with: "Quantum Tunnels : 4 perpetual\nFailover  "))
        guard case .activationKey(let ak2)? = later.first?.content else { Issue.record("no activation-key document"); return }
        #expect(ak2.running?.rows.count == 3)
        #expect(codes(laterDiags) == [.DOC004])
    }

    /// A post's words before its next example (`Configure the server:`, a colon and nothing
    /// after it) are no feature row: the next example's prose, outside the output, not a
    /// feature of the unit the output shows.
    @Test func wordsEndingWithAColonAreNoFeature() {
        for heading in ["Configure the server:", "On each participant:", "Step 2:", "Output:"] {
            let (docs, diags) = read("fw1# show activation-key\n" + Self.output.replacingOccurrences(of: "\n\nThis platform", with: "\n\(heading)\n\nThis platform"))
            guard case .activationKey(let ak)? = docs.first?.content else { Issue.record("no activation-key document"); return }
            #expect(ak.running?.rows.count == 2, "\(heading)")
            #expect(!codes(diags).contains(.DOC004), "\(heading)")
        }
    }

    /// Under an echoed command the output runs to the next prompt: what is there is the device's.
    /// Where no prompt follows, a paragraph after it is the paster's.
    @Test func anEchoedOutputKeepsItsLinesUpToThePrompt() {
        let echoed = "ciscoasa# show activation-key\n" + Self.output + "\nnot understood\n"
        let (docs, diags) = read(echoed + "ciscoasa# exit\n")
        #expect(docs.first?.unparsed.map(\.text) == ["not understood"])
        #expect(codes(diags) == [.DOC001])
        let (atEnd, atEndDiags) = read(echoed)
        #expect(atEnd.first?.unparsed.isEmpty == true)
        #expect(codes(atEndDiags) == [.DOC010])
    }

    /// A post in Chinese, Japanese or Russian: its words between two examples are the post's,
    /// though they end with no colon ASA's own would (`：`, or a full stop), and the next prompt
    /// follows them; between two configurations typed at one prompt, they end the first (a
    /// server's and a participant's commands were one configuration: SHR005); inside an output,
    /// they are passed over (DOC001 errors in a healthy unit's output).
    @Test(arguments: ["然后在参与者上查看共享许可证状态：", "次に、参加ユニットで確認します。", "Затем проверьте участника.", "다음으로 참가자를 확인합니다"])
    func aPostsWordsInAnotherScriptAreOutsideTheOutput(_ words: String) {
        expectOutsideTwoExamples(words + "\n")
        let echoed = Self.echoed
        let session = "ciscoasa(config)# license-server secret farscape\nciscoasa(config)# license-server enable inside\n\(words)\n"
            + "ciscoasa(config)# license-server address 10.1.1.1 secret farscape\n"
        let (configs, _) = read(session)
        #expect(configs.count == 2, "\(words)")
        // Inside an output (a note between its lines), they are passed over, noted: not a line of
        // it that asalic failed to understand (DOC001), nor kept in the model.
        let annotated = echoed.replacingOccurrences(of: "\n\nLicensed features", with: "\n\n\(words)\n\nLicensed features")
        let (inside, insideDiags) = read(annotated + "ciscoasa# exit\n")
        guard case .activationKey(let ak)? = inside.first?.content else { Issue.record("no activation-key document"); return }
        #expect(ak.running?.rows.count == 2 && inside.first?.unparsed.isEmpty == true)
        #expect(codes(insideDiags) == [.DOC010], "\(insideDiags.map { $0.rendered() })")
        // Latin letters with accents, typography and the stand-in for bytes that were not UTF-8
        // are no other script.
        for latin in ["Ensuite, vérifiez le participant.", "Prüfen – „fertig“ …", "bad \u{FFFD} byte"] {
            #expect(!LineLexer.lexing(latin) { ByteText.holdsOtherScript($0.bytes, $0.line.start, $0.line.end) }, "\(latin)")
        }
        // Nor are bytes that are not UTF-8, which the text kept of a line holds as U+FFFD: a lead
        // byte alone or cut short, a surrogate; the same letters well formed are.
        let raw: [([UInt8], Bool)] = [
            ([0xDF, 0x24], false), ([0xD0, 0x99], true), ([0xE4, 0xB8], false), ([0xE4, 0xB8, 0xAD], true),
            ([0xED, 0xA0, 0x80], false), ([0xED, 0x95, 0x9C], true), ([0xE0, 0xA4], false), ([0xE0, 0xA4, 0x95], true),
            ([0xEF, 0xBC], false), ([0xEF, 0xBC, 0x9A], true), ([0xEF, 0xBF, 0xBD], false),
        ]
        for (bytes, other) in raw {
            #expect(bytes.withUnsafeBufferPointer { ByteText.holdsOtherScript($0, 0, $0.count) } == other, "\(bytes)")
        }
    }

    /// A post in Chinese of a server and a participant, both at the factory prompt: its words
    /// around and inside the outputs are the post's, and the two units lint with no error.
    @Test func aPostInChineseLintsClean() {
        let path = "Samples/real-world/blog-post-in-chinese.txt"
        let (docs, read) = InputReader.read(Samples.bytes(path))
        #expect(docs.count == 4)
        let findings = Linter().lint(docs.map { LintDocument(path: path, document: $0) }, readDiagnostics: read)
        #expect(findings.allSatisfy { $0.severity == .note }, "\(findings.filter { $0.severity != .note }.map { $0.rendered() })")
    }

    /// A reference page's or a post's text between two examples: a sentence that introduces the
    /// next command (it ends with a colon, a list may follow it), a Markdown heading with prose
    /// under it, or a writer's words to a reader ("As you can see", "Hope this helps!"), is the
    /// page's, though the next prompt follows it. A line that does none of these stays the device's.
    @Test(arguments: ["The following is sample output from the show activation-key detail command, which shows the permanent key:\n",
                      "### Example 2: the detail output\n\nThe primary unit shows its permanent license.\n- and each time-based key.\n",
                      // A page copied as text: its caption plain, the sentence's list after the colon.
                      "Example 3: Primary Unit Output in a Failover Pair\n\nThe following is sample output that shows:\n\n- The primary unit license.\n- The failover cluster license.\n",
                      // A writer's words to the reader, which no device prints.
                      "As you can see, the shared license is enabled on this unit.\n", "Hope this helps!\n", "Here is the participant.\n",
                      "Now we check the pool. I had to reload first.\n", "The output below is the participant's.\n",
                      "Comme vous pouvez le voir, la licence est active.\n", "Como você pode ver, a licença está ativa.\n",
                      // A book's caption of its next example.
                      "Example 4-8 Entering a Time-Based Key\n", "Figure 3.2. The Failover Pair\n", "Table 5-1: Licenses by Model\n"])
    func aPagesTextBetweenExamplesIsOutsideThem(_ between: String) {
        expectOutsideTwoExamples(between)
        let echoed = Self.echoed
        // A device's own sentences speak to no reader.
        for device in ["The flash permanent activation key is the SAME as the running permanent key.", "This platform has an ASA 5520 VPN Plus license.",
                       "The Running Activation Key feature: 250 AnyConnect Premium sessions exceeds the limit in the platform, reduce to 100 AnyConnect Premium sessions.",
                       "Shared license is not configured.", "WARNING: The running activation key was not updated with the requested key.",
                       "Failover cluster licensed features for this platform:", "Configuration last modified by enable_15 at 12:00:00.000 UTC Mon Jan 4 2016"] {
            #expect(!LineLexer.lexing(device, TrailingRun.addressesReader), "\(device)")
            #expect(!LineLexer.lexing(device, PageMarkup.isCaption), "\(device)")
        }
        // Not introducing anything, it is a line of the output before the prompt.
        let (kept, keptDiags) = read(echoed + "\nThe primary unit shows its permanent license.\n\n" + echoed)
        #expect(kept.first?.unparsed.map(\.text) == ["The primary unit shows its permanent license."])
        #expect(codes(keptDiags) == [.DOC001])
    }

    /// A command's syntax as a reference page writes it is no command: a note, not DOC001.
    @Test func aCommandsSyntaxIsNoCommand() {
        let (docs, diags) = read("license-server address address secret secret [port port]\nlicense-server address 10.1.1.1 secret farscape\n")
        guard case .configuration(let c)? = docs.first?.content else { Issue.record("no configuration"); return }
        #expect(c.commands.count == 1)
        #expect(docs.first?.unparsed.isEmpty == true)
        #expect(codes(diags) == [.DOC010])
        #expect(!diags.contains { $0.message.contains("secret secret") })
    }

    /// A reference page copied as text keeps a syntax's placeholders, which it set in italics,
    /// as plain words, with no brackets: no command either (`secret secret` was a server's
    /// secret, `enable interface_name` its interface, `port port` a DOC001 error). The example
    /// typed at a prompt under it is a session of its own, as typed, not the syntax's
    /// configuration (a server's lone `license-server secret farscape` was a configuration shown
    /// whole, missing its `enable`: SHR007). So is the page's source, its placeholders in
    /// italics' markup (`<i>address</i>`: a server's and a participant's syntax on one page
    /// were a unit of both roles, SHR005).
    @Test func aSyntaxCopiedAsTextIsNoCommand() {
        let syntaxes = ["license-server secret secret", "license-server refresh-interval seconds", "license-server port port",
                        "license-server backup address backup-id serial_number", "license-server enable interface_name",
                        "license-server backup enable interface_name", "license-server backup address address",
                        "license-server address address secret secret",
                        // The page's source, its placeholders in italics (`<i>`, `<em>`, `<var>`).
                        "license-server secret <i>secret</i>", "license-server enable <em>interface_name</em>",
                        "license-server refresh-interval <var>seconds</var>", "license-server address <I>address</I> secret <i>key</i> port <i>port</i>"]
        for syntax in syntaxes {
            let page = "Step 1 Set the shared secret:\n\n\(syntax)\n\nExample:\n\nciscoasa(config)# license-server secret farscape\n"
            let (docs, diags) = read(page)
            #expect(codes(diags).allSatisfy { $0 == .DOC010 }, "\(syntax): \(codes(diags))")
            #expect(docs.count == 1 && docs.first?.prompt == "ciscoasa(config)#", "\(syntax)")
            guard case .configuration(let c)? = docs.first?.content else { Issue.record("no configuration"); continue }
            #expect(c.commands.count == 1, "\(syntax)")
            let findings = Linter().lint(docs.map { LintDocument(path: "page.txt", document: $0) })
            #expect(!findings.contains { $0.severity == .error }, "\(syntax): \(findings.map { $0.rendered() })")
        }
        // A command reference's page: the command's name as its title, and its `no` form with
        // the options in brackets, which make a command's shape (`backup address [address]`).
        let reference = "license-server backup address\n\nlicense-server backup address address\n\nno license-server backup address [address]\n\n"
            + "no license-server address [address secret secret [port port]]\n\nExamples\n\nhostname(config)# license-server backup address 10.1.1.2\n"
        let (refDocs, refDiags) = read(reference)
        #expect(codes(refDiags).allSatisfy { $0 == .DOC010 }, "\(codes(refDiags))")
        #expect(refDocs.count == 1 && refDocs.first?.prompt == "hostname(config)#")
        // A value someone masked in brackets is still the unit's command.
        let (masked, _) = read("license-server address [removed] secret [REDACTED]\nlicense-server enable {hidden}\n")
        guard case .configuration(let m)? = masked.first?.content else { Issue.record("no configuration"); return }
        #expect(m.commands.count == 2)
        // A secret, port or interface of the command's own name is still read as the unit's.
        let (docs, _) = read("license-server secret farscape\nlicense-server port 40000\nlicense-server enable secret\n")
        guard case .configuration(let c)? = docs.first?.content else { Issue.record("no configuration"); return }
        #expect(c.commands.count == 3)
    }

    @Test func aParagraphAfterASharedLicenseOutputIsTextOutsideIt() {
        let shared = "Primary License Server : 10.3.32.20\n  Version              : 1\n  Status               : Inactive\n"
        let (docs, diags) = read(shared + "\nThe server is reachable, so the status is odd.\nAny idea?\n")
        #expect(docs.count == 1)
        #expect(docs.first?.unparsed.isEmpty == true)
        #expect(codes(diags) == [.DOC010])
    }

    static let showVersion = """
        Cisco Adaptive Security Appliance Software Version 9.8(4)10
        Hardware:   ASA5525, 8192 MB RAM, CPU Lynnfield 2394 MHz, 1 CPU (4 cores)

        Licensed features for this platform:
        Maximum VLANs                     : 300            perpetual
        Failover                          : Active/Active  perpetual

        This platform has an ASA 5525 VPN Premium license.

        Serial Number: JAD12345678
        Running Permanent Activation Key: 0x1234abcd 0x2345bcde 0x3456cdef 0x4567def0 0x5678ef01
        Configuration register is 0x1
        Image type          : Release
        Key Version         : A
        Configuration last modified by enable_15 at 12:10:30.529 EDT Wed Oct 9 2019

        """

    /// After its serial and keys a show version prints only its closing lines: a paragraph
    /// there is the paster's, said (DOC010), not passed over in silence as show version's own
    /// text — under an echoed command too, with the next prompt after it.
    @Test(arguments: ["", "fw1# show version\n"], ["", "fw1# exit\n"])
    func aParagraphAfterAShowVersionIsTextOutsideIt(_ echo: String, _ prompt: String) {
        let paragraph = "As you can see the unit has the Premium license.\nHope this helps\n"
        let (docs, diags) = read(echo + Self.showVersion + "\n" + paragraph + prompt)
        // Its last line is 15, or 16 under the echo; the blank line after it is the output's.
        let last = echo.isEmpty ? 15 : 16
        #expect(docs.first?.sourceLines == 1...(last + 1))
        #expect(codes(diags) == [.DOC010])
        #expect(diags.first?.message.contains("lines \(last + 2)–\(last + 3)") == true)
        // Right under its last line, with no blank, too: the device prints nothing there.
        let (under, underDiags) = read(echo + Self.showVersion + paragraph + prompt)
        #expect(under.first?.sourceLines == 1...last)
        #expect(codes(underDiags) == [.DOC010])
        #expect(underDiags.first?.span.line == last + 1)
        // The document is the same as without the paragraph.
        #expect(docs.map(\.withoutProvenance) == read(echo + Self.showVersion + prompt).docs.map(\.withoutProvenance))
    }

    /// Its closing lines are its own, in any order, and the year a terminal wrapped onto the
    /// next line of the last one.
    @Test func theClosingLinesOfAShowVersionAreItsOwn() {
        let wrapped = Self.showVersion.replacingOccurrences(of: "Oct 9 2019", with: "Oct 9\n2019")
        for text in [Self.showVersion, wrapped, Self.showVersion.replacingOccurrences(of: "Configuration register is 0x1\n", with: "")] {
            let (docs, diags) = read(text)
            #expect(docs.count == 1)
            #expect(diags.isEmpty, "\(diags)")
        }
        // A user context prints no serial and no key: its last closing line ends it.
        let context = Self.showVersion.replacingOccurrences(of: "Serial Number: JAD12345678\n", with: "")
            .replacingOccurrences(of: "Running Permanent Activation Key: 0x1234abcd 0x2345bcde 0x3456cdef 0x4567def0 0x5678ef01\n", with: "")
        let (contextDocs, contextDiags) = read(context + "\nThanks in advance\n")
        #expect(contextDocs.count == 1)
        #expect(codes(contextDiags) == [.DOC010])
        #expect(contextDiags.first?.span.line == 15)
        // A line between the key and a closing line is passed over as show version's text.
        let between = Self.showVersion.replacingOccurrences(of: "Image type", with: "Something new       : here\nImage type")
        #expect(read(between).diags.isEmpty)
    }

    /// Whether a paragraph ends the capture is known the same way in chunks and on two cores.
    @Test(arguments: [64, 256, 4096])
    func theSamplesReadAlikeInChunksAndOnTwoCores(_ size: Int) {
        for name in ["markdown-fenced-paste.txt", "ticket-paste-with-comments.txt", "show-version-broken-at-72.txt", "show-tech-support-excerpt.txt"] {
            let bytes = Samples.bytes("Samples/real-world/\(name)")
            let whole = CaptureParser.parse(bytes)
            let streamed = FuzzProperties.streamed(bytes, chunk: size)
            #expect(streamed.documents == whole.documents, "\(name)")
            #expect(streamed.diagnostics == whole.diagnostics, "\(name)")
            let parallel = ParallelStreamTests().parallel(bytes, jobs: 2, segment: size)
            #expect(parallel == ParallelStreamTests().whole(bytes), "\(name)")
            #expect(!whole.diagnostics.contains { $0.severity == .error }, "\(name)")
        }
    }
}
