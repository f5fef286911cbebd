import Testing
@testable import ASALicenseKit

/// Text as users have it: pasted in posts and tickets, from 7.x to 9.x, from capture frameworks
/// and change scripts. Each shape has a sample under `Samples/real-world/` with goldens; these
/// tests say what must hold of it.
@Suite struct RealWorldTextTests {
    func read(_ name: String) -> (docs: [Document], diags: [Diagnostic]) {
        let (docs, diags) = InputReader.read(Samples.bytes("Samples/real-world/\(name)"))
        return (docs, diags)
    }

    func activationKey(_ doc: Document?) -> ActivationKeyDocument? {
        if case .activationKey(let ak)? = doc?.content { return ak }
        return nil
    }

    @Test func rowsAfterTheInterfaceListAreTheRunningBlock() {
        let (docs, diags) = read("show-version-8.0-rows-without-header.txt")
        let ak = activationKey(docs.first)
        #expect(docs.count == 1)
        #expect(ak?.running?.headerless == true)
        #expect(ak?.running?.rows.count == 13)
        #expect(ak?.running?.row(.otherVPNPeers)?.value == .count(250))
        #expect(ak?.running?.row(.premiumPeers)?.value == .count(2))
        #expect(ak?.running?.row(.totalUCProxySessions)?.value == .count(2))
        #expect(ak?.running?.row(.advancedEndpointAssessment)?.value == .disabled)
        #expect(ak?.running?.row(.vpnPhone)?.value == .disabled)
        #expect(ak?.running?.platform?.tier == "Security Plus")
        #expect(ak?.serialNumber?.text == "JMX1049L0PQ")
        #expect(diags.map(\.code) == [.DOC009])
        #expect(diags.first?.severity == .note)
    }

    @Test func rowsPastedAloneAreOneDocumentWithOneNote() {
        let (docs, diags) = read("rows-pasted-alone.txt")
        #expect(docs.count == 1)
        #expect(activationKey(docs.first)?.running?.rows.map(\.id) == [.vlans, .failover, .securityContexts, .des, .strongEncryption, .premiumPeers, .totalVPNPeers])
        #expect(diags.map(\.code) == [.DOC009])
        #expect(docs.first?.unparsed.isEmpty == true)
    }

    /// A post's question under rows pasted alone (`Why can't I enable failover?`), with or
    /// without a blank line between: after its running block show version prints only its
    /// sentences, serial, keys and closing lines, so the question is the post's (DOC010), not
    /// passed over without a word. Before, it vanished. A note between rows is still one.
    @Test func textUnderRowsPastedAloneIsThePosts() {
        let rows = Samples.text("Samples/real-world/rows-pasted-alone.txt")
        for gap in ["", "\n"] {
            let (docs, diags) = CaptureParser.parse(rows + gap + "Why can't I enable failover?\n")
            #expect(docs.count == 1)
            #expect(activationKey(docs.first)?.running?.rows.count == 7)
            #expect(diags.map(\.code) == [.DOC009, .DOC010], "\(gap)")
            #expect(diags.last?.span.line == (gap.isEmpty ? 8 : 9))
        }
        let (docs, diags) = CaptureParser.parse("Maximum VLANs : 150\n^^ only that?\nFailover : Active/Standby\n")
        #expect(activationKey(docs.first)?.running?.rows.count == 2)
        #expect(diags.map(\.code) == [.DOC009, .DOC003])
    }

    @Test func licenceStateLinesAreTypedAndRoundTrip() {
        let (docs, diags) = read("asav-license-state.txt")
        let v = activationKey(docs.first)?.showVersion
        #expect(v?.licenseMode == "Smart Licensing")
        #expect(v?.platformLicenseState == "Licensed")
        #expect(v?.activeEntitlement == "ASAv-STD-1G")
        #expect(v?.enforceMode == "Authorized")
        #expect(v?.throughputLimit == "1 Gbps")
        #expect(!diags.contains { $0.severity != .note })
        let cli = CLIWriter.text(docs[0])
        #expect(cli.contains("Active entitlement: ASAv-STD-1G, enforce mode: Authorized\n"))
        #expect(CaptureParser.parse(cli).documents.map(\.withoutProvenance) == docs.map(\.withoutProvenance))
    }

    @Test func aLicenceStateFragmentStartsAShowVersion() {
        let (docs, diags) = read("license-state-fragment.txt")
        let v = activationKey(docs.first)?.showVersion
        #expect(docs.count == 1)
        #expect(v?.licenseState == "LICENSED")
        #expect(v?.licenseReservation == "Enabled")
        #expect(v?.noActiveEntitlement == "no feature tier and no throughput level configured")
        #expect(diags.isEmpty)
    }

    @Test func aBannerOfDashesIsDeviceTextAndTheContextMarkerIsAFact() {
        let bytes = Samples.bytes("Samples/real-world/ftd-banner-context.txt")
        #expect(bytes.withUnsafeBufferPointer { InputFormat.detect($0) } == .cli)
        let (docs, _) = read("ftd-banner-context.txt")
        let v = activationKey(docs.first)?.showVersion
        #expect(v?.softwareVersion == "9.8(3)21")
        #expect(v?.executionSpace == "context")
        #expect(activationKey(docs.first)?.running?.scope == .userContext)
    }

    @Test func everyPlatformSentenceIsKept() {
        let (docs, diags) = read("platform-sentences.txt")
        let pix = activationKey(docs[0]), branch = activationKey(docs[1]), edge = activationKey(docs[2])
        #expect(docs.count == 3)
        #expect(pix?.running?.platform?.tier == "Restricted (R)")
        #expect(pix?.unsupportedFeatures == ["Failover"])
        #expect(pix?.running?.row(.failover)?.value == .text("Not supported"))
        #expect(pix?.running?.row(.failover)?.term == nil)
        #expect(pix?.running?.row(.cutThroughProxy)?.value == .enabled)
        #expect(branch?.running?.platform?.article == "a")
        #expect(edge?.running?.platform?.model == "ASA 5555")
        #expect(edge?.running?.platform?.tier == "VPN Premium")
        #expect(edge?.running?.platform?.article == "an")
        #expect(!diags.contains { $0.code == .DOC001 })
    }

    /// Older releases name the unit otherwise in the sentence (`This PIX has …`, `This machine
    /// has …`): the same platform sentence, written back as `This platform has …`.
    @Test func thePlatformSentenceMayNameTheUnitOtherwise() {
        for subject in ["PIX", "machine"] {
            let text = "Serial Number: 808112345AB\nLicensed features for this platform:\nMaximum VLANs : 100\n\nThis \(subject) has an Unrestricted (UR) license.\n"
            let (docs, diags) = CaptureParser.parse(text)
            #expect(activationKey(docs.first)?.running?.platform?.tier == "Unrestricted (UR)", "\(subject)")
            #expect(diags.isEmpty, "\(diags)")
            #expect(docs.first.map { CLIWriter.text($0) }?.contains("This platform has an Unrestricted (UR) license.") == true)
        }
        // A sentence of another shape is no platform sentence: here a paragraph after the output.
        let other = CaptureParser.parse("Serial Number: 808112345AB\nLicensed features for this platform:\nMaximum VLANs : 100\n\nThis unit was licensed in 2009.\n")
        #expect(activationKey(other.documents.first)?.running?.platform == nil)
        #expect(other.diagnostics.map(\.code) == [.DOC010])
    }

    @Test func aCountWithAQualifierIsTheCountAndTheQualifierAsWritten() {
        let (docs, _) = read("platform-sentences.txt")
        let vlans = activationKey(docs[1])?.running?.row(.vlans)
        #expect(vlans?.value == .count(3))
        #expect(vlans?.term == .qualifier("DMZ Restricted"))
        #expect(vlans?.commaBeforeQualifier == true)
        #expect(CLIWriter.text(docs[1]).contains("VLANs                       : 3,"))
    }

    @Test func bothWordingsOfTheFlashKeySentenceAreUnderstood() {
        let (docs, diags) = read("platform-sentences.txt")
        #expect(activationKey(docs[1])?.flashKey?.same == true)
        #expect(activationKey(docs[2])?.flashKey?.same == false)
        #expect(activationKey(docs[2])?.notices.map(\.text) == ["The flash activation key takes effect after the next reload."])
        #expect(!diags.hasErrors)
    }

    @Test func aPromptOnItsOwnLineEchoesTheCommandOnTheNext() {
        let (docs, diags) = read("session-prompt-on-its-own-line.txt")
        #expect(docs.map(\.kind) == [.activationKey, .sharedLicense])
        #expect(docs.map(\.prompt) == ["fw-dmz#", "fw-dmz#"])
        #expect(docs.map(\.command) == ["show activation-key", "show shared license"])
        #expect(docs.map(\.hostname) == ["fw-dmz", "fw-dmz"])
        #expect(diags.isEmpty)
    }

    @Test func aChangeScriptIsOneConfigurationWithItsSessionCommandsCounted() {
        let (docs, diags) = read("change-script.txt")
        guard docs.count == 1, case .configuration(let c) = docs[0].content else {
            Issue.record("expected one configuration, got \(docs.map(\.kind))")
            return
        }
        #expect(c.commands.count == 3)
        #expect(c.otherLines == 5)
        #expect(diags.isEmpty)
    }

    @Test func aSnippetStartingWithOrdinaryCommandsIsAConfiguration() {
        let (docs, diags) = read("config-snippet.txt")
        guard docs.count == 1, case .configuration(let c) = docs[0].content else {
            Issue.record("expected one configuration, got \(docs.map(\.kind))")
            return
        }
        #expect(c.role == .server)
        #expect(c.otherLines == 9)
        #expect(docs[0].sourceLines?.lowerBound == 1)
        #expect(diags.isEmpty)
    }

    @Test func visiblyRedactedSerialsAndKeysAreNotedOnceEach() {
        let (docs, diags) = read("redacted-paste.txt")
        #expect(docs.count == 3)
        #expect(diags.map(\.code) == [.DOC008, .DOC008, .DOC008])
        #expect(diags.allSatisfy { $0.severity == .note })
        let findings = Linter().lint(docs.map { LintDocument(path: "p", document: $0) }, readDiagnostics: diags)
        #expect(!findings.contains { $0.code.family == "KEY" }, "\(findings.map { $0.rendered() })")
    }

    /// Question marks, and a serial with no letter or digit, are blanking as much as `x`s are.
    @Test func serialsAndKeysBlankedWithQuestionMarksAreNoted() {
        let (docs, diags) = read("redacted-with-question-marks.txt")
        #expect(docs.count == 2)
        #expect(diags.map(\.code) == [.DOC008, .DOC008])
        let findings = Linter().lint(docs.map { LintDocument(path: "p", document: $0) }, readDiagnostics: diags)
        #expect(!findings.contains { $0.code.family == "KEY" }, "\(findings.map { $0.rendered() })")
        for serial in ["FTX1???????", "?", "???????????", "-", "..."] {
            #expect(PastedRedaction.serialLooksRedacted(serial), "\(serial)")
        }
        for serial in ["JMX1234L0AB", "FTX1?", "9A1234567?B", ""] {
            #expect(!PastedRedaction.serialLooksRedacted(serial), "\(serial)")
        }
        #expect(PastedRedaction.keyWordLooksRedacted("0x????????"))
        #expect(!PastedRedaction.keyWordLooksRedacted("0x####????"), "a hash mark blanks serials, not key words")
    }

    /// Marks among other words are noise, not blanking: a key with a word past its fifth, and a
    /// serial of several words, are judged as written.
    @Test func marksAfterAWholeKeyOrAmongASerialsWordsAreNotBlanking() {
        let text = "fw# show activation-key\nSerial Number: JMX1234L0AB ??? 5\nRunning Permanent Activation Key: 0x1a2b3c4d 0x5e6f7081 0x92a3b4c5 0xd6e7f809 0x1a2b3c4d ??? 65398\n"
        let parsed = CaptureParser.parse(text)
        #expect(parsed.diagnostics.map(\.code) == [.KEY001])
        let findings = Linter().lint(parsed.documents.map { LintDocument(path: "p", document: $0) }, readDiagnostics: parsed.diagnostics)
        #expect(findings.map(\.code).contains(.KEY005), "\(findings.map { $0.rendered() })")
        #expect(!PastedRedaction.serialLooksRedacted("JMX1234L0AB xxx 5"))
        #expect(PastedRedaction.keyLooksRedacted(ActivationKey("[REDACTED]")), "one placeholder for the whole key")
        #expect(!PastedRedaction.keyLooksRedacted(ActivationKey("0x1 0x2 0x3 0x4 0x5 xxxxxxxx")))
        #expect(PastedRedaction.keyLooksRedacted(ActivationKey("0x1 0x2 0x3 0xXXXXXXXX"), fourWords: true))
    }

    @Test func proseBeforeAnOutputIsNotedAndNotAnError() {
        let (docs, diags) = read("blog-paste-with-prose.txt")
        #expect(docs.count == 1)
        #expect(docs.first?.unparsed.isEmpty == true)
        #expect(diags.first?.message.contains("line 1 is not license text") == true)
        #expect(diags.map(\.code) == [.DOC010])
        #expect(!diags.hasErrors)
    }

    @Test func textWithNoLicenseTextIsNoDocument() {
        let (docs, diags) = read("no-license-text.txt")
        #expect(docs.isEmpty)
        #expect(diags.map(\.code) == [.DOC005])
        #expect(diags.first?.severity == .warning)
    }

    /// Other tools' text in a ticket's notes: a disk's, a server's and a certificate's serial
    /// numbers with their records' fields after them, a build's `ERROR:`, a program's `%`, a
    /// traceback's `^`. None opens an output: no document, no error. A serial's line alone, or
    /// with licence text after it (PIX 6.3's `808312345 (0x302d1234)`, a row a template left
    /// out), still does.
    @Test func otherToolsTextIsNoDocument() {
        let (docs, diags) = read("other-tools-notes.txt")
        #expect(docs.isEmpty)
        #expect(diags.map(\.code) == [.DOC005])
        for text in ["Serial Number: JMX1232L11M\n", "Serial Number: 480430455 (0x1ca2c977)\n\nRunning Activation Key: 0xc598ab0d 0x1db4cd98 0xde23bdc2 0x11d2f7a9\n",
                     "Serial Number: JAD2140012A\nFailover : {{ failover }}\n", "Serial Number: JAD2140012A\nnoise\nLicensed features for this platform:\n"] {
            #expect(CaptureParser.parse(text).documents.map(\.kind) == [.activationKey], "\(text)")
        }
        #expect(CaptureParser.parse("Serial Number: 7XYZ123\nUUID: 4c4c4544-0058-5910-8033-b7c04f313233\n").documents.isEmpty)
        // A certificate's next field a level up: the output ends at it, and the serial opened none.
        let certificate = "Certificate:\n    Data:\n        Version: 3 (0x2)\n        Serial Number: 12655831530416757420 (0xafa28bb933addaac)\n"
            + "    Signature Algorithm: sha1WithRSAEncryption\n        Issuer: C=US, CN=Lab Root CA\n        Subject Public Key Info:\n            Public Key Algorithm: rsaEncryption\n"
        #expect(CaptureParser.parse(certificate).documents.isEmpty)
        // Ended by a program's closing quotes, a serial's line is an output still.
        #expect(CaptureParser.parse("x = \"\"\"\nSerial Number: JMX1234567A\n\"\"\"\nprint(x)\n").documents.count == 1)
    }

    /// A healthy unit, however its text came, lints with no error.
    @Test(arguments: ["show-version-8.0-rows-without-header.txt", "rows-pasted-alone.txt", "asav-license-state.txt", "license-state-fragment.txt",
                      "ftd-banner-context.txt", "platform-sentences.txt", "session-prompt-on-its-own-line.txt", "change-script.txt",
                      "config-snippet.txt", "redacted-paste.txt", "blog-paste-with-prose.txt", "blog-paste-no-break-spaces.txt", "pix-7.2-show-version.txt", "pix-7.0-show-activation-key.txt",
                      "redacted-with-question-marks.txt", "flash-key-different-7.txt", "flash-key-different-detail.txt",
                      "ansible-stdout-string.txt", "ansible-cli-command-stdout.txt", "show-license-features-smart.txt", "ansible-yaml-callback.txt",
                      "permanent-key-upgrade-session.txt", "show-version-broken-at-72.txt"])
    func healthySamplesLintWithNoError(_ name: String) {
        let (docs, diags) = read(name)
        let findings = Linter().lint(docs.map { LintDocument(path: name, document: $0) }, readDiagnostics: diags)
        #expect(!findings.hasErrors, "\(findings.filter { $0.severity == .error }.map { $0.rendered() })")
    }

    /// A flash key that differs from the running one is printed with what it will license
    /// after the reload: the unit's flash key, not a second unit.
    @Test(arguments: [("flash-key-different-7.txt", 10, "0x0277a1e5"), ("flash-key-different-detail.txt", 20, "0x12345678")])
    func aDifferentFlashKeyAndItsBlockAreTheUnits(_ name: String, rows: Int, lastWord: String) {
        let (docs, diags) = read(name)
        #expect(docs.count == 1)
        let ak = activationKey(docs.first)
        #expect(ak?.flashKey?.same == false)
        #expect(ak?.flashPermanent?.key.text.hasSuffix(lastWord) == true)
        #expect(ak?.flashPermanent?.features?.rows.count == rows)
        #expect(ak?.flashPermanent?.features?.platform?.tier == "VPN Plus")
        #expect(ak?.running?.platform?.tier == "VPN Plus")
        #expect(docs.first?.unparsed.isEmpty == true)
        #expect(!diags.contains { $0.severity != .note })
        let findings = Linter().lint(docs.map { LintDocument(path: name, document: $0) }, readDiagnostics: diags)
        #expect(findings.filter { $0.code == .KEY006 }.count == 1)
        #expect(findings.first { $0.code == .KEY006 }?.message.contains(lastWord) == true)
    }

    /// `show license features` of a Smart Licensing unit: its licence mode and blocks, one
    /// document, and the note that the PAK rules do not apply; the `show license all` after it
    /// is skipped with its note.
    @Test func showLicenseFeaturesIsReadInTheLayoutOfShowVersion() {
        let (docs, diags) = read("show-license-features-smart.txt")
        #expect(docs.count == 1)
        let ak = activationKey(docs.first)
        #expect(ak?.serialNumber?.text == "JAD19500AAA")
        #expect(ak?.showVersion?.licenseMode == "Smart Licensing")
        #expect(ak?.running?.rows.count == 18)
        #expect(diags.map(\.code) == [.DOC010])
        #expect(diags.first?.message == "lines 29–51 are the output of the command on line 27, which asalic does not read; skipped")
        let findings = Linter().lint(docs.map { LintDocument(path: "p", document: $0) }, readDiagnostics: diags)
        #expect(findings.map(\.code) == [.DOC010, .PLAT004])
    }

    /// Text copied from a web page carries no-break spaces (U+00A0) between the words.
    @Test func noBreakSpacesFromWebPagesAreBlanks() {
        let nb = "\u{00A0}"
        let text = "Serial\(nb)Number:\(nb)JMX1232L11M\nLicensed features for this platform:\nFailover\(nb)\(nb)\(nb): Active/Standby\(nb)perpetual\nVPN-3DES-AES\(nb):\(nb)Enabled perpetual\n"
        let (docs, diags) = CaptureParser.parse(text)
        let ak = activationKey(docs.first)
        #expect(ak?.serialNumber?.text == "JMX1232L11M")
        #expect(ak?.running?.row(.failover)?.value == .failover(.activeStandby))
        #expect(ak?.running?.row(.failover)?.term == .perpetual)
        #expect(ak?.running?.row(.strongEncryption)?.value == .enabled)
        #expect(diags.isEmpty, "\(diags.map { $0.rendered() })")
    }

    /// The same text saved by an older editor as Windows-1252: the no-break space is one byte
    /// 0xA0, which no UTF-8 character holds alone. Inside a UTF-8 character it stays text.
    @Test func windows1252NoBreakSpacesAreBlanks() {
        let utf8 = "Serial\u{00A0}Number:\u{00A0}JMX1232L11M\nLicensed features for this platform:\nFailover\u{00A0}\u{00A0}\u{00A0}: Active/Standby\u{00A0}perpetual\nQuantum Tunnels : Enabl\u{00E0} perpetual\n"
        let cp1252 = Array(utf8.utf8).reduce(into: [UInt8]()) { out, b in
            if b == 0xA0 && out.last == 0xC2 { out[out.count - 1] = 0xA0 } else { out.append(b) }
        }
        #expect(cp1252.filter { $0 == 0xC2 }.count == 0 && cp1252.contains(0xA0))
        let (docs, diags) = CaptureParser.parse(cp1252)
        let (utf8Docs, utf8Diags) = CaptureParser.parse(utf8)
        let ak = activationKey(docs.first)
        #expect(ak?.serialNumber?.text == "JMX1232L11M")
        #expect(ak?.running?.row(.failover)?.value == .failover(.activeStandby))
        // 'à' (C3 A0) keeps its second byte: one word, not a word and a blank.
        #expect(docs.map(\.withoutProvenance) == utf8Docs.map(\.withoutProvenance))
        #expect(diags.map(\.code) == utf8Diags.map(\.code))
        // A line kept as written keeps the byte as U+00A0, which reads again as the blank it was.
        let kept = Array("Serial Number: JMX1232L11M\nRunning Permanent Activation Key: 0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9c\nnot".utf8)
            + [0xA0] + Array("understood".utf8) + [0xA0, 0xA0] + Array("either\n".utf8)
        let (keptDocs, keptDiags) = CaptureParser.parse(kept)
        #expect(keptDocs.first?.unparsed.map(\.text) == ["not\u{00A0}understood\u{00A0}\u{00A0}either"])
        let cli = OutputFormat.cli.render(keptDocs, options: OutputOptions(showSecrets: true))
        #expect(OutputFormat.cli.render(CaptureParser.parse(cli).documents, options: OutputOptions(showSecrets: true)) == cli)
        #expect(keptDiags.map(\.code) == [.DOC001, .DOC006])
        #expect(keptDiags.last?.message.contains("Windows-1252") == true)
        #expect(keptDiags.last?.span.column == 4)
    }

    /// A PIX running 7.x, or 6.3 (`Cisco PIX Firewall Version`, `Licensed Features:`): its banner,
    /// a four-word key and a nine-digit serial are its own, not malformed ASA values.
    @Test(arguments: [("pix-7.2-show-version.txt", "PIX", "7.2(4)"), ("pix-6.3-show-version.txt", "PIX Firewall", "6.3(5)")])
    func aPIXShowVersionIsReadAndNotJudgedAsAnASA(_ file: String, _ product: String, _ version: String) {
        let (docs, diags) = read(file)
        let ak = activationKey(docs.first)
        #expect(ak?.showVersion?.product == product)
        #expect(ak?.showVersion?.softwareVersion == version)
        #expect(ak?.running?.headerless == false)
        #expect(ak?.isPIX == true)
        #expect(ak?.runningActivationKey?.words.count == 4)
        #expect(ak?.running?.row(.urlFiltering)?.value == .enabled)
        let findings = Linter().lint(docs.map { LintDocument(path: "p", document: $0) }, readDiagnostics: diags)
        #expect(!findings.contains { $0.code == .KEY001 || $0.code == .KEY005 }, "\(findings.map { $0.rendered() })")
        // The same key on an ASA is malformed.
        let asa = "Serial Number: JMX1232L11M\nRunning Activation Key: 0x4b1d2c3e 0x5f6a7b8c 0x9d0e1f2a 0x3b4c5d6e\n"
        #expect(CaptureParser.parse(asa).diagnostics.contains { $0.code == .KEY001 })
    }

    /// A second licence-state line of the same kind starts the next output, leaving the first
    /// output's fields as they were.
    @Test func aSecondEntitlementLineIsTheNextOutputs() {
        let text = "Active entitlement: ASAv-STD-1G, enforce mode: Authorized\nActive entitlement: ASAv-STD-2G, enforce mode: Eval period\n"
        let (docs, _) = CaptureParser.parse(text)
        #expect(docs.count == 2)
        #expect(activationKey(docs.first)?.showVersion?.enforceMode == "Authorized")
        #expect(activationKey(docs.last)?.showVersion?.activeEntitlement == "ASAv-STD-2G")
        #expect(activationKey(docs.last)?.showVersion?.enforceMode == "Eval period")
    }

    /// A terminal log keeps the backspaces and blanks the pager erases its prompt with: they are
    /// not part of the row after them (read as an unknown feature named by them before).
    @Test func backspacesAfterThePagerAreNotText() {
        let (docs, diags) = read("putty-log-pager-backspaces.txt")
        let ak = activationKey(docs.first)
        #expect(ak?.running?.rows.count == 13)
        #expect(ak?.running?.row(.des)?.value == .enabled)
        #expect(ak?.running?.row(.essentials)?.value == .disabled)
        #expect(diags.map(\.code) == [.DOC010, .DOC003, .DOC003, .DOC010])
    }

    /// A key cut by the width of a page, the rest of its words alone on the next line.
    @Test func aKeyWrappedByThePageIsJoined() {
        let key = "0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9c"
        let text = "Serial Number: JMX1232L11M\nRunning Permanent Activation Key: 0xce06dc6b 0x8a7b5ab7 0xa1e21dd4\n0xd2c4b8b8 0xc4594f9c\n"
        let (docs, diags) = CaptureParser.parse(text)
        #expect(activationKey(docs.first)?.runningPermanentKey?.text == key)
        #expect(diags.map(\.code) == [.DOC002])
        #expect(docs.first?.unparsed.isEmpty == true)
        // A short key with other text after it is a short key.
        let short = "Serial Number: JMX1232L11M\nRunning Permanent Activation Key: 0xce06dc6b 0x8a7b5ab7 0xa1e21dd4\nnot a key\n"
        let (shortDocs, shortDiags) = CaptureParser.parse(short)
        #expect(shortDiags.map(\.code) == [.KEY001, .DOC001])
        #expect(activationKey(shortDocs.first)?.runningPermanentKey?.words.count == 3)
    }

    /// An engineer still in configuration mode types `sh act`, `do show shared license`, `wr mem`:
    /// each `show` is read as its output, the rest skipped, and only the licence commands are a
    /// configuration.
    @Test func showCommandsAtAConfigModePromptAreReadAsTheirOutput() {
        let (docs, diags) = read("config-mode-session.txt")
        #expect(docs.map(\.content.kind) == [.configuration, .activationKey, .sharedLicense])
        #expect(docs.map(\.command) == [nil, "sh activation-key", "do show shared license"])
        #expect(docs.allSatisfy { $0.prompt == "fw-branch(config)#" && $0.unparsed.isEmpty })
        #expect(activationKey(docs[1])?.running?.rows.count == 20)
        if case .configuration(let c) = docs[0].content { #expect(c.role == .participant && c.otherLines == 0) }
        #expect(docs[0].sourceLines == 1...2)
        #expect(!diags.contains { $0.severity != .note })
    }

    /// A backup tool's header of comments (`!RANCID-CONTENT-TYPE: cisco`, `!Chassis type: …`)
    /// above the output it keeps as comments is no configuration: skipped and noted, and the
    /// configuration after the output is read as one.
    @Test func aHeaderOfCommentsIsNoConfiguration() {
        let (docs, diags) = read("backup-comment-header.txt")
        #expect(docs.map(\.content.kind) == [.activationKey, .configuration])
        #expect(docs.first?.sourceLines == 9...36)
        #expect(diags.filter { $0.code == .DOC010 }.map(\.span.line) == [1])
        #expect(!diags.contains { $0.severity != .note })
        // Comments after a configuration's command, or with a command of their own, stay the configuration's.
        let config = CaptureParser.parse("!\n! managed by ops\nhostname fw1\n!\nlicense-server enable inside\n").documents
        #expect(config.map(\.content.kind) == [.configuration])
        if case .configuration(let c)? = config.first?.content { #expect(c.otherLines == 4) }
    }

    /// 7.0 and its command reference print the block's header as `License Features for this
    /// Platform:`: the block is read as under the later header, with no DOC009 note.
    @Test func theSevenZeroHeaderOpensTheBlock() {
        let (docs, diags) = read("show-version-7.0-license-features.txt")
        let ak = activationKey(docs.first)
        #expect(docs.count == 1 && diags.isEmpty)
        #expect(ak?.running?.headerless == false)
        #expect(ak?.running?.rows.count == 10)
        #expect(ak?.running?.platform?.tier == "VPN Plus")
    }

    /// A filtered output (`show version | include Serial|license`) can hold the platform
    /// sentence and no block: the sentence is the unit's, kept as a notice, not an error.
    @Test func aPlatformSentenceWithNoBlockIsANotice() {
        let (docs, diags) = read("filtered-output.txt")
        #expect(docs.count == 2 && diags.isEmpty)
        #expect(activationKey(docs.first)?.notices.map(\.text) == ["This platform has an ASA 5525 VPN Premium license."])
        #expect(activationKey(docs.first)?.serialNumber?.text == "FCH1234X0AB")
        #expect(docs.allSatisfy { $0.unparsed.isEmpty })
        // Withdrawn whether their reports were recorded or past the limit: none is left, and
        // no count of diagnostics not shown either.
        let many = "Serial Number: JMX1232L11M\n" + String(repeating: "This platform has a Base license.\n", count: 5)
        let limited = Array(many.utf8).withUnsafeBufferPointer { bytes in
            var diags: [Diagnostic] = []
            var notices = 0
            CaptureParser.forEachDocument(in: bytes, limits: ParseLimits(maxLineBytes: 65536, maxDiagnostics: 2)) { doc, g in
                diags += g
                notices += activationKey(doc)?.notices.count ?? 0
            }
            return (diags, notices)
        }
        #expect(limited.0.isEmpty && limited.1 == 5)
        // After a block that has its sentence, a second one is still not understood.
        let twice = CaptureParser.parse("Licensed features for this platform:\nFailover : Disabled perpetual\n\nThis platform has a Base license.\nThis platform has a Base license.\n")
        #expect(twice.diagnostics.map(\.code) == [.DOC001])
    }

    /// An SSH session (login banner, `en`, `terminal pager 0`, `exit`, `Connection … closed.`)
    /// around `show activation-key detail`, whose permanent block has its own platform sentence.
    @Test func thePermanentBlockHasItsOwnPlatformSentence() {
        let (docs, diags) = read("ssh-session-detail.txt")
        let ak = activationKey(docs.first)
        #expect(docs.count == 1 && docs.first?.unparsed.isEmpty == true)
        // The banner before the login, and the output of `en` and of `exit`.
        #expect(diags.map(\.code) == [.DOC010, .DOC010, .DOC010])
        #expect(ak?.permanent?.features?.platform?.tier == "Security Plus")
        #expect(ak?.running?.platform?.tier == "Security Plus")
        #expect(ak?.permanent?.features?.rows.count == 21)
    }

    /// Nornir's `print_result` draws rules around each host's output (`vvvv … INFO`, `^^^^ END …`,
    /// `* fw2 ** changed : False ***`), right under the output's last line: rules, not text.
    @Test func rulesAroundAnOutputAreFraming() {
        let (docs, diags) = read("nornir-print-result.txt")
        #expect(docs.compactMap { activationKey($0)?.serialNumber?.text } == ["JAD1234567X", "JAD7654321X"])
        #expect(docs.allSatisfy { $0.unparsed.isEmpty })
        #expect(diags.map(\.code) == [.DOC010])  // the task's title line, before any output
        // A line is a rule by a run of four marks first, or a lone `*` with a run last; a
        // bullet, a short dash run or a word that starts with `v` stays text.
        let out = "Serial Number: JMX1232L11M\nRunning Permanent Activation Key: 0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9c\n"
        let rules = ["-----[ fw1 ]-----", "=====", "^^^^ END x ^^^^", "vvvv x vvvv INFO", "* fw1 ** changed : False ****", "____", "++++"]
        let text = ["--- x", "* bullet", "vvv x", "value x", "*** x", "-1 x", "+---+---+"]
        for line in rules { #expect(CaptureParser.parse(out + line + "\n").diagnostics.isEmpty, "\(line)") }
        for line in text { #expect(CaptureParser.parse(out + line + "\n").diagnostics.map(\.code) == [.DOC001], "\(line)") }
    }

    /// The document's own example: `activation-key` typed at the exec prompt, and the device's
    /// answer. It is the unit's configuration command, not a command whose output is skipped.
    @Test func anActivationKeyAtTheExecPromptIsAConfigurationCommand() {
        let (docs, diags) = read("activation-key-at-exec-prompt.txt")
        // (The note is for the answer to `reload`, the next command.)
        #expect(docs.count == 1 && diags.map(\.code) == [.DOC010])
        guard case .configuration(let c)? = docs.first?.content else { Issue.record("no configuration"); return }
        #expect(c.commands.count == 1)
        if case .activationKey(let key, _)? = c.commands.first?.kind { #expect(key.text == "0xd11b3d48 0xa80a4c0a 0x48e0fd1c 0xb0443480 0x843fc490") }
        #expect(docs.first?.sourceLines == 1...6)
        // With the host's other licence commands after it: one configuration, whose canonical
        // CLI puts the key after the exec prompt and the rest bare, where they read back (at
        // `fw#`, `license-server …` is no command).
        let mixed = "fw# activation-key 0xd11b3d48 0xa80a4c0a 0x48e0fd1c 0xb0443480 0x843fc490\nlicense-server secret farscape\nfw(config)# license-server enable inside\n"
        let once = CaptureParser.parse(mixed).documents
        #expect(once.count == 1 && once.first?.prompt == "fw#")
        let cli = once.map { CLIWriter.text($0, options: OutputOptions(showSecrets: true)) }.joined()
        #expect(cli.hasPrefix("fw# activation-key ") && cli.contains("\nlicense-server secret farscape\n"))
        let again = CaptureParser.parse(cli).documents.map { CLIWriter.text($0, options: OutputOptions(showSecrets: true)) }.joined()
        #expect(again == cli)
        // The prompt alone and the command on the next line, as capture frameworks log it.
        let split = CaptureParser.parse("fw1#\nactivation-key 0xd11b3d48 0xa80a4c0a 0x48e0fd1c 0xb0443480 0x843fc490\n").documents
        #expect(split.map(\.content.kind) == [.configuration])
    }

    /// The saved configuration (`show startup-config`, ASA's `show configuration`) is read as a
    /// configuration echoed by its host, as `show running-config` is.
    @Test func theSavedConfigurationIsTheHostsConfiguration() {
        let (docs, diags) = read("startup-config.txt")
        #expect(docs.map(\.content.kind) == [.configuration, .configuration])
        #expect(docs.map(\.hostname) == ["fw1", "fw1"])
        #expect(docs.map(\.command) == ["show startup-config", "show configuration | include license"])
        #expect(docs.map(\.sourceLines) == [1...10, 11...13])
        #expect(!diags.contains { $0.severity != .note })
    }
}
