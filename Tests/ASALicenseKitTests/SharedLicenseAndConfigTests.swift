import Testing
@testable import ASALicenseKit

@Suite struct SharedLicenseParserTests {
    func shared(_ name: String) -> SharedLicenseDocument? {
        let (docs, _) = CaptureParser.parse(Samples.bytes("Samples/show-shared-license/\(name).txt"))
        if case .sharedLicense(let sl)? = docs.first?.content { return sl }
        Issue.record("no shared-license document in \(name)")
        return nil
    }

    /// Only the `Primary License Server :` field starts a new output; a header that begins
    /// with the same words (here a client's pool) stays where it is.
    @Test func aHeaderThatBeginsLikeThePrimaryFieldIsNotANewOutput() {
        let text = "fw# show shared license detail\nPrimary License Server : 10.1.1.1\nClient Info:\n\nHostname : a\nPrimary License Server Info:\n  Current usage : 3\n"
        let (docs, _) = CaptureParser.parse(text)
        #expect(docs.count == 1)
        guard case .sharedLicense(let sl)? = docs.first?.content else { Issue.record("no shared license"); return }
        #expect(sl.clients.first?.pool == "Primary License Server Info")
        #expect(sl.clients.first?.currentUsage == 3)
    }

    /// The server's `Version` and `Status` stand under its line. After a line that is not
    /// understood (`Standby License Server : …`), they are not its: kept as written and
    /// reported, not taken for the primary's (its `Active` became `Inactive`).
    @Test func aFieldIsReadOnlyUnderItsOwnBlock() {
        let text = "fw# show shared license\nPrimary License Server : 10.1.1.1\n  Version : 1\n  Status : Active\n"
            + "Standby License Server : 10.1.1.2\n  Version : 2\n  Status : Inactive\n\nShared license utilization:\n  SSLVPN:\n    Total for network : 500\n"
        let (docs, diags) = CaptureParser.parse(text)
        guard case .sharedLicense(let sl)? = docs.first?.content else { Issue.record("no shared license"); return }
        #expect(sl.primaryServer?.status == "Active" && sl.primaryServer?.version == 1)
        #expect(docs.first?.unparsed.map(\.line) == [5, 6, 7])
        #expect(diags.map(\.code) == [.DOC001, .DOC001, .DOC001])
        #expect(sl.utilization?.totalForNetwork == 500)
        // So is a pool's or this unit's figure under another block: a client's `Available` is not the pool's.
        let misplaced = "fw# show shared license detail\nShared license utilization:\n  SSLVPN:\n    Total for network : 500\n    Available : 450\n"
            + "  This device:\n    Platform limit : 250\n\nClient Info:\n\nHostname : a\n  Available : 7\n  High usage : 9\n"
        let (more, moreDiags) = CaptureParser.parse(misplaced)
        guard case .sharedLicense(let m)? = more.first?.content else { Issue.record("no shared license"); return }
        #expect(m.utilization?.available == 450 && m.thisDevice?.highUsage == nil)
        #expect(more.first?.unparsed.map(\.line) == [12, 13])
        #expect(moreDiags.map(\.code) == [.DOC001, .DOC001])
        // A counter under the participants' table is no block's: the table ends the counters
        // above it (read as the unit's, it was written back first and read as no output's;
        // fuzz find, shared-license seed 35).
        let counters = "fw# show shared license detail\nBackup License Server Info:\nMessages Tx/Rx/Error:\n  Hello : 3 / 3 / 0\n"
            + "Client ID           Usage   Hostname\n  Sync : 3 / 3 / 0\n"
        let (read, _) = CaptureParser.parse(counters)
        guard case .sharedLicense(let c)? = read.first?.content else { Issue.record("no shared license"); return }
        #expect(c.backupServer?.messages.map(\.name) == ["Hello"] && c.messages.isEmpty)
        #expect(read.first?.unparsed.map(\.line) == [6])
    }

    /// A participant configured with a backup server prints it under the primary's lines, with
    /// its own version and status; before the primary's, or twice, it is no line understood.
    @Test func aParticipantsBackupServerStandsUnderThePrimary() {
        let sl = shared("participant-with-backup")
        #expect(sl?.primaryServer == PrimaryServerInfo(address: IPAddress("10.3.32.20"), version: 1, status: "Active"))
        #expect(sl?.backupLicenseServer == PrimaryServerInfo(address: IPAddress("10.3.32.21"), version: 1, status: "Inactive"))
        for misplaced in ["Backup License Server : 10.1.1.2\nPrimary License Server : 10.1.1.1\n",
                          "Primary License Server : 10.1.1.1\nBackup License Server : 10.1.1.2\nBackup License Server : 10.1.1.3\n  Status : Active\n"] {
            let (docs, diags) = CaptureParser.parse("fw# show shared license\n" + misplaced)
            guard case .sharedLicense(let m)? = docs.first?.content else { Issue.record("no shared license"); continue }
            #expect(m.backupLicenseServer?.address != IPAddress("10.1.1.3") && m.backupLicenseServer?.status == nil)
            #expect(diags.contains { $0.code == .DOC001 })
        }
    }

    @Test func participantForm() {
        let sl = shared("participant")
        #expect(sl?.primaryServer?.address == IPAddress("10.3.32.20"))
        #expect(sl?.primaryServer?.version == 1)
        #expect(sl?.primaryServer?.status == "Inactive")
        #expect(sl?.utilization?.pool == "SSLVPN")
        #expect(sl?.utilization?.totalForNetwork == 5000)
        #expect(sl?.thisDevice?.platformLimit == 250)
        #expect(sl?.messages.map(\.name) == ["Registration", "Get", "Release", "Transfer"])
    }

    @Test func serverDetailForm() {
        let sl = shared("server-detail")
        #expect(sl?.backupServer?.deviceID == "ABCD")
        #expect(sl?.backupServer?.registered == false)
        #expect(sl?.backupServer?.haPeerID == "EFGH")
        #expect(sl?.backupServer?.messages.map(\.name) == ["Hello", "Sync", "Update"])
        #expect(sl?.clients.count == 1)
        #expect(sl?.clients.first?.hostname == "5540-A")
        #expect(sl?.clients.first?.messages.first?.tx == 1)
        #expect(sl?.truncated == true)
    }

    @Test func newerLayout() {
        let sl = shared("newer-layout-anyconnect-premium")
        #expect(sl?.utilization?.pool == "AnyConnect Premium")
        #expect(sl?.utilization?.available == 4900)
        #expect(sl?.messages.first == MessageCounter(name: "Registration", tx: 441798, rx: 441789, error: 9))
        #expect(sl?.participants == [ParticipantRow(clientID: "JMX1111", usage: 50, hostname: "vpn-asa-01")])
    }

    @Test func backupFormWithIPv6() {
        let sl = shared("backup-ipv6")
        #expect(sl?.backupServer?.address == IPAddress("2001:db8::2"))
        #expect(sl?.backupServer?.registered == true)
        #expect(sl?.backupServer?.haPeerRegistered == false)
    }
}

@Suite struct ConfigParserTests {
    func config(_ text: String) -> (LicenseConfiguration, [Diagnostic]) {
        let (docs, diags) = CaptureParser.parse(text)
        if case .configuration(let c)? = docs.first?.content { return (c, diags) }
        Issue.record("no configuration document")
        return (LicenseConfiguration(), diags)
    }

    /// A configure session belongs to the host that echoed it: another host's session is the next
    /// document, the same host's goes on (it may set the rest of the same role).
    @Test func aConfigureSessionIsTheEchoingHosts() {
        let twoHosts = CaptureParser.parse("fw# configure terminal\nlicense-server secret abcd\nsrv# configure terminal\nlicense-server enable inside\n").documents
        #expect(twoHosts.map(\.hostname) == ["fw", "srv"])
        let oneHost = CaptureParser.parse("fw# configure terminal\nlicense-server secret abcd\nfw(config)# exit\nfw# configure terminal\nlicense-server enable inside\n").documents
        #expect(oneHost.map(\.hostname) == ["fw"])
    }

    @Test func serverRoleAndSettings() {
        let (c, diags) = config(Samples.text("Samples/license-server-config/server.txt"))
        #expect(c.role == .server)
        #expect(c.refreshInterval == .init(value: 100, isDefault: false))
        #expect(c.port == .init(value: 40000, isDefault: false))
        #expect(c.commands.count == 6)
        #expect(diags.isEmpty)
    }

    @Test func defaultsAreMarked() {
        let (c, _) = config("license-server address 10.1.1.1 secret farscape\n")
        #expect(c.role == .participant)
        #expect(c.refreshInterval == .init(value: 30, isDefault: true))
        #expect(c.port == .init(value: 50554, isDefault: true))
    }

    @Test func backupRole() {
        #expect(config(Samples.text("Samples/license-server-config/backup-server.txt")).0.role == .backupServer)
    }

    @Test func mixedRolesAreMixed() {
        #expect(config("license-server secret abcd\nlicense-server address 10.1.1.1 secret abcd\n").0.role == .mixed)
    }

    @Test func wrappedLineIsJoinedAndReported() {
        let (c, diags) = config(Samples.text("Samples/license-server-config/server-wrapped-line.txt"))
        let backup = c.commands.first { if case .backupServer = $0.kind { true } else { false } }
        #expect(backup?.kind == .backupServer(address: IPAddress("10.1.1.2"), backupID: "JMX0916L0Z4", haBackupID: "JMX1378NOW3"))
        #expect(diags.map(\.code) == [.DOC002])
        #expect(diags.first?.message.contains("line 4 continues on line 5") == true)
    }

    @Test func noFormsAndActivationKeys() {
        let (c, diags) = config(Samples.text("Samples/license-server-config/no-forms-and-keys.txt"))
        #expect(c.commands.filter(\.negated).count == 2)
        let actions = c.commands.compactMap { cmd -> ConfigCommand.KeyAction?? in
            if case .activationKey(_, let a) = cmd.kind { return .some(a) }
            return nil
        }
        #expect(actions == [nil, .activate, .deactivate])
        #expect(diags.map(\.code) == [.KEY002])
        #expect(c.otherLines == 1)
    }

    @Test func otherConfigurationLinesAreCountedNotReported() {
        let (c, diags) = config(Samples.text("Samples/license-server-config/running-config-defaults-ipv6.txt"))
        #expect(c.otherLines == 13)
        #expect(diags.isEmpty)
    }

    @Test func sessionLogGivesOneDocumentPerOutput() {
        let (docs, _) = CaptureParser.parse(Samples.bytes("Samples/edge-cases/session-log-mixed.txt"))
        #expect(docs.map(\.kind) == [.activationKey, .sharedLicense, .configuration, .activationKey])
        #expect(docs.allSatisfy { $0.hostname == "fw7" })
        #expect(docs.map { $0.sourceLines?.lowerBound } == [1, 15, 20, 24])
    }

    /// Text before a prompt is not license text: no document is made of it, and one note says
    /// which lines were skipped.
    @Test func textBeforeAPromptIsSkippedWithANote() {
        let text = "garbage one\ngarbage two\n\nfw# configure terminal\nfw(config)# license-server port 50554\n"
        let (docs, diags) = CaptureParser.parse(text)
        #expect(docs.map(\.kind) == [.configuration])
        #expect(docs.first?.unparsed.isEmpty == true)
        #expect(diags.map(\.code) == [.DOC010])
        #expect(diags.first?.severity == .note)
        #expect(diags.first?.message.contains("lines 1–2") == true)
    }

    /// Commands typed in a session with no licence command among them, and a config-mode
    /// prompt alone at a log's end, are no document: text that is not license text. A
    /// running-config with none is the unit's configuration, still a document.
    @Test func aSessionWithNoLicenseCommandIsNoDocument() {
        let key = "fw# show activation-key\nSerial Number: JMX1232L11M\n"
        let session = "fw# conf t\nfw(config)# hostname fw1\nfw1(config)# interface gi0/0\nfw1(config-if)# end\n"
        var (docs, diags) = CaptureParser.parse(key + session + "fw1# show activation-key\nSerial Number: JMX1232L11M\nfw1(config)# \n")
        #expect(docs.map(\.kind) == [.activationKey, .activationKey])
        #expect(diags.map(\.code) == [.DOC010])
        #expect(diags.first?.message.contains("lines 3–6") == true)
        (docs, diags) = CaptureParser.parse("fw(config)# \nfw(config)# \n")
        #expect(docs.isEmpty)
        #expect(diags.map(\.code) == [.DOC005])
        (docs, _) = CaptureParser.parse("fw# show running-config\nhostname fw\ninterface gi0/0\n")
        #expect(docs.map(\.kind) == [.configuration])
        // A licence command among them: the session is a configuration, its prompts alone not counted.
        (docs, _) = CaptureParser.parse("fw(config)# \nfw(config)# license-server port 50554\nfw(config)# \n")
        guard case .configuration(let c)? = docs.first?.content else { Issue.record("no configuration"); return }
        #expect(docs.count == 1)
        #expect(c.otherLines == 0)
    }

    /// Two examples typed at the same default prompt with a post's text between them (after a
    /// blank line, or a line ending with a colon) are two configurations, not one that mixes
    /// the server's and the participant's roles. A running-config's lines after a blank line
    /// stay its own: it shows no prompts.
    @Test(arguments: ["\nThen on the participant:\n\n", "\nThen on each participant\n", "On the participant:\n"])
    func aPostsTextBetweenTwoSessionsEndsTheFirst(_ between: String) {
        let text = "ciscoasa(config)# license-server secret farscape\nciscoasa(config)# license-server enable inside\n" + between
            + "ciscoasa(config)# license-server address 10.1.1.1 secret farscape\n"
        let (docs, diags) = CaptureParser.parse(text)
        #expect(docs.compactMap { doc -> SharedLicensingRole? in if case .configuration(let c) = doc.content { c.role } else { nil } } == [.server, .participant])
        #expect(diags.map(\.code) == [.DOC010])
        let findings = Linter().lint(docs.map { LintDocument(path: "t", document: $0) }, readDiagnostics: diags)
        #expect(!findings.contains { $0.code == .SHR005 })
        let running = "fw# show running-config\nlicense-server secret farscape\n\ninterface gi0/0\nlicense-server enable inside\n"
        #expect(CaptureParser.parse(running).documents.count == 1)
    }

    /// Text right before an output with no prompt is not part of it: noted, not an error.
    @Test func textBeforeAnOutputIsNotedNotKept() {
        let text = "Here is the output:\nSerial Number: JMX1232L11M\n"
        let (docs, diags) = CaptureParser.parse(text)
        #expect(docs.count == 1)
        #expect(docs.first?.unparsed.isEmpty == true)
        #expect(diags.map(\.code) == [.DOC010])
        #expect(!diags.hasErrors)
    }

    /// A command typed at a prompt and hard-wrapped by a terminal or a page 60 columns wide or
    /// more, cut at any column from there on (inside a word too: `… ha-backu` / `p-id
    /// JMX1378N0W3`), reads whole, with one warning (DOC002). On a shorter line a word's parts
    /// are not joined: no terminal cut it; nor on a page's line whose markup was cut out, nor
    /// with a line of prose in another script under it.
    @Test func aCommandCutInsideAWordByATerminalReadsWhole() {
        let line = "ciscoasa(config)# license-server backup 10.1.1.2 backup-id JMX0916L0Z4 ha-backup-id JMX1378N0W3"
        for cut in 60..<line.count {
            let at = line.index(line.startIndex, offsetBy: cut)
            guard line[line.index(before: at)] != " " else { continue }
            let (docs, diags) = CaptureParser.parse(line[..<at] + "\n" + line[at...] + "\n")
            guard case .configuration(let c)? = docs.first?.content else { Issue.record("no configuration, cut at \(cut)"); continue }
            #expect(c.commands.map(\.kind) == [.backupServer(address: IPAddress("10.1.1.2"), backupID: "JMX0916L0Z4", haBackupID: "JMX1378N0W3")], "cut at \(cut)")
            #expect(diags.map(\.code) == [.DOC002], "cut at \(cut)")
        }
        // A line of strings far along its physical line is as short as its own text.
        let strings = "{\"stdout\": [\"" + String(repeating: "interface GigabitEthernet0/1\\n", count: 4) + "license-server enable inside\\n shutdown\\n\"]}\n"
        guard case .configuration(let inStrings)? = CaptureParser.parse(strings).documents.first?.content else { Issue.record("no configuration in strings"); return }
        #expect(inStrings.commands.map(\.kind) == [.enable(interface: "inside")])
        let short = "fw(config)# license-server address 10.1.1\n1 secret farscape\n"
        guard case .configuration(let c)? = CaptureParser.parse(short).documents.first?.content else { Issue.record("no configuration"); return }
        #expect(!c.commands.contains { if case .address = $0.kind { true } else { false } })
        for page in ["<p>ciscoasa(config)# <b>license-server</b> <b>enable</b> <b>inside</b></p>\n在参与者上配置：\n",
                     "ciscoasa(config)# license-server enable inside          \n在参与者上配置：\n"] {
            guard case .configuration(let p)? = CaptureParser.parse(page).documents.first?.content else { Issue.record("no configuration"); return }
            #expect(p.commands.map(\.kind) == [.enable(interface: "inside")], "\(page)")
        }
    }

    @Test func aJoinThatMakesNoCommandLeavesTheNextLineAlone() {
        // `backup-id` wants one more word; `A B` would make seven: not a command, so not joined.
        let text = "license-server backup 10.1.1.2 backup-id\nA B\n"
        let (docs, diags) = CaptureParser.parse(text)
        guard case .configuration(let c)? = docs.first?.content else { Issue.record("no configuration"); return }
        #expect(c.commands.isEmpty)
        #expect(docs.first?.unparsed.map(\.line) == [1])
        #expect(c.otherLines == 1)
        #expect(!diags.contains { $0.code == .DOC002 })
    }

    @Test func aConfigurationsUnparsedCommandsFollowItsCommands() {
        let text = "fw# configure terminal\nfw(config)# license-server enable in side\nfw(config)# license-server port 1\n"
        let (docs, _) = CaptureParser.parse(text)
        let cli = OutputFormat.cli.render(docs, options: OutputOptions())
        #expect(cli == "fw# configure terminal\nlicense-server port 1\nfw(config)# license-server enable in side\n")
        #expect(OutputFormat.cli.render(CaptureParser.parse(cli).documents, options: OutputOptions()) == cli)
    }

    /// A running-config's header names the unit (`: Serial Number: …`): the configuration keeps
    /// it, writes it back and reads it again, and another unit's header starts the next
    /// configuration though no prompt stands between them.
    @Test func aRunningConfigsHeaderNamesItsUnit() {
        let header = ": Saved\n:\n: Serial Number: SERIAL\n: Hardware:   ASA5520, 2048 MB RAM\n:\nASA Version 8.4(7)\n!\n"
        let one = header.replacingOccurrences(of: "SERIAL", with: "JMX1232L11M") + "license-server secret farscape\nlicense-server enable inside\n: end\n"
        let two = header.replacingOccurrences(of: "SERIAL", with: "JMX0916L0Z4") + "license-server address 10.1.1.1 secret farscape\nlicense-server backup enable inside\n: end\n"
        let (docs, diags) = CaptureParser.parse(one + two)
        #expect(docs.count == 2)
        #expect(diags.isEmpty, "\(diags)")
        let serials = docs.map { doc -> String? in
            if case .configuration(let c) = doc.content { return c.serialNumber }
            return nil
        }
        #expect(serials == ["JMX1232L11M", "JMX0916L0Z4"])
        #expect(docs.map { LintDocument(path: "p", document: $0).serial } == serials)
        let cli = OutputFormat.cli.render(docs, options: OutputOptions(showSecrets: true))
        #expect(cli.contains(": Serial Number: JMX0916L0Z4\nlicense-server address"))
        let again = CaptureParser.parse(cli).documents
        #expect(again.map { LintDocument(path: "p", document: $0).serial } == serials)
        #expect(OutputFormat.cli.render(again, options: OutputOptions(showSecrets: true)) == cli)
        // A configuration typed at a prompt has no header to write it in.
        #expect(!OutputFormat.cli.render(CaptureParser.parse("fw(config)# license-server port 1\n").documents, options: OutputOptions()).contains(":"))
    }

    /// The serial a backup server's running-config names is the one the server's backup-id
    /// must name (SHR010), with no show activation-key in the input.
    @Test func aBackupsSerialFromItsConfigurationIsCheckedAgainstTheServers() {
        let text = Samples.text("Samples/real-world/running-configs-server-and-backup.txt")
        let lint = { (t: String) in
            let (docs, diags) = CaptureParser.parse(t)
            return Linter().lint(docs.map { LintDocument(path: "p", document: $0) }, readDiagnostics: diags).map(\.code)
        }
        #expect(!lint(text).contains(.SHR010))
        #expect(lint(text.replacingOccurrences(of: "backup-id JMX0916L0Z4", with: "backup-id JMX0916L0Z5")).contains(.SHR010))
    }

    /// `activation-key` starts a command only with a key after it: a sentence broken before
    /// its last words (`… use the show` / `activation-key command.`) is text, not a command
    /// with a bad key (KEY001).
    @Test func activationKeyWithoutAKeyIsNoCommand() {
        for line in ["activation-key command.", "activation-key detail", "activation-key in the running-config"] {
            #expect(CaptureParser.parse(line + "\n").documents.isEmpty, "\(line)")
        }
        for line in ["activation-key 0xd11b3d48 0xa80a4c0a 0x48e0fd1c 0xb0443480 0x843fc490", "activation-key d11b3d48 a80a4c0a 48e0fd1c b0443480 843fc490",
                     "activation-key 0xXXXXXXXX 0xXXXXXXXX 0xXXXXXXXX 0xXXXXXXXX 0xXXXXXXXX"] {
            #expect(CaptureParser.parse(line + "\n").documents.map(\.kind) == [.configuration], "\(line)")
        }
        // Inside a configuration too: an other line, not a command the canonical CLI would
        // write where, read again, it starts nothing (a fuzzer's find).
        let (docs, diags) = CaptureParser.parse("license-server secret farscape\nactivation-key detail command, which\nlicense-server enable inside\n")
        guard case .configuration(let c)? = docs.first?.content else { Issue.record("no configuration"); return }
        #expect(c.commands.count == 2)
        #expect(c.otherLines == 1)
        #expect(!diags.contains { $0.code == .KEY001 })
        let cli = OutputFormat.cli.render(docs, options: OutputOptions(showSecrets: true))
        #expect(OutputFormat.cli.render(CaptureParser.parse(cli).documents, options: OutputOptions(showSecrets: true)) == cli)
    }

    /// SHR011 judges the `Shared License` row a block shows: rows pasted without it (a post's
    /// few, a filter's, a diff's hunk) say nothing of the unit's licence; a row Disabled does.
    @Test func aParticipantsLicenceIsJudgedOnlyByTheRowThatShowsIt() {
        let config = "fw1# show running-config license-server\nlicense-server address 10.1.1.1 secret farscape\n"
        let rows = "fw1# show activation-key\nSerial Number: JMX1232L11M\nRunning Permanent Activation Key: 0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9c\n\n"
            + "Licensed features for this platform:\nOther VPN Peers : 750 perpetual\nTotal VPN Peers : 750 perpetual\n"
        let lint = { (t: String) in
            let (docs, diags) = CaptureParser.parse(t)
            return Linter().lint(docs.map { LintDocument(path: "p", document: $0) }, readDiagnostics: diags).map(\.code)
        }
        #expect(!lint(config + rows).contains(.SHR011))
        #expect(lint(config + rows + "Shared License : Disabled perpetual\n").contains(.SHR011))
        #expect(!lint(config + rows + "Shared License : Enabled perpetual\n").contains(.SHR011))
    }
}
