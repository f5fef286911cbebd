import Testing
@testable import ASALicenseKit

@Suite struct ActivationKeyParserTests {
    func parse(_ text: String) -> (ActivationKeyDocument, [Diagnostic]) {
        let (docs, diags) = CaptureParser.parse(text)
        guard case .activationKey(let ak)? = docs.first?.content else { return (ActivationKeyDocument(), diags) }
        return (ak, diags)
    }

    func sample(_ name: String) -> (Document, ActivationKeyDocument, [Diagnostic]) {
        let (docs, diags) = CaptureParser.parse(Samples.bytes("Samples/show-activation-key/\(name).txt"))
        guard let doc = docs.first, case .activationKey(let ak) = doc.content else {
            Issue.record("no activation-key document in \(name)")
            return (Document(content: .activationKey(ActivationKeyDocument())), ActivationKeyDocument(), diags)
        }
        return (doc, ak, diags)
    }

    @Test func example1TypesEveryColumn() {
        let (doc, ak, diags) = sample("example1-standalone")
        #expect(doc.hostname == "ciscoasa")
        #expect(doc.command == "show activation-key")
        #expect(ak.serialNumber?.text == "JMX1232L11M")
        #expect(ak.runningTimebasedKeys.count == 2)
        let running = ak.running
        #expect(running?.rows.count == 20)
        #expect(running?.row(.maximumPhysicalInterfaces)?.value == .unlimited)
        #expect(running?.row(.failover)?.value == .failover(.activeActive))
        #expect(running?.row(.botnetTrafficFilter)?.term == .days(646))
        #expect(running?.row(.sharedLicense)?.children.map(\.id) == [.sharedPremiumPeers])
        #expect(running?.row(.sharedPremiumPeers)?.value == .count(12000))
        #expect(running?.platform?.tier == "Base")
        #expect(ak.flashKey?.same == true)
        #expect(ak.activeTimebasedKeys.map(\.features.count) == [1, 1])
        // The document's own malformed key: reported at the bad word's column, kept as written.
        let key001 = diags.filter { $0.code == .KEY001 }
        #expect(key001.count == 2)
        #expect(key001.first?.span.line == 6)
        #expect(key001.first?.span.column == 35)
        #expect(ak.runningTimebasedKeys[1].text == "0xyadayad2 0xyadayad2 0xyadayad2 0xyadayad2 0xyadayad2")
    }

    @Test func example2DetailHasThePermanentBlockAndInactiveKeys() {
        let (_, ak, diags) = sample("example2-standalone-detail")
        #expect(ak.isDetail)
        #expect(ak.permanent?.features?.rows.count == 19)
        #expect(ak.running?.row(.vlans)?.term == .qualifier("DMZ Unrestricted"))
        #expect(ak.running?.platform?.model == "ASA 5512-X")
        #expect(ak.running?.platform?.tier == "Security Plus")
        #expect(ak.inactiveTimebasedKeys.first?.features.first?.term == .days(7))
        #expect(!diags.contains { $0.code == .DOC001 })
    }

    @Test func example4UsesTheOlderKeyLineAndAClusterBlock() {
        let (_, ak, _) = sample("example4-failover-secondary-detail")
        #expect(ak.runningActivationKey != nil)
        #expect(ak.runningPermanentKey == nil)
        #expect(ak.failoverCluster?.row(.securityContexts)?.value == .count(10))
        #expect(ak.failoverCluster?.platform?.model == "ASA 5520")
        #expect(ak.permanent?.key.text.hasPrefix("Oxyadayad1") == true)
    }

    @Test func example5TruncatedSerialIsKeptAndReported() {
        let (_, ak, diags) = sample("example5-asasm-primary")
        #expect(ak.serialNumber?.text == "SAL144705BF")
        #expect(ak.serialNumber?.truncated == true)
        #expect(diags.contains { $0.code == .DOC002 && $0.span.line == 3 })
        #expect(ak.running?.platform?.model == "WS-SVC-ASA-SM1")
        #expect(ak.running?.platform?.tier == "No Payload Encryption")
        #expect(ak.running?.platform?.article == "an")
        #expect(ak.running?.row(.des)?.name.text == "DES")
    }

    @Test func renamedFeaturesShareAnIdentity() {
        for spelling in ["VPN-DES", "Encryption-DES", "DES"] { #expect(FeatureName(spelling).id == .des) }
        for spelling in ["VPN-3DES-AES", "Encryption-3DES-AES", "3DES-AES"] { #expect(FeatureName(spelling).id == .strongEncryption) }
        #expect(FeatureName("SSL VPN Peers").id == .premiumPeers)
        #expect(FeatureName("Quantum Tunnels").id == nil)
    }

    @Test func modelSpellingsNormalise() {
        #expect(PlatformModel.normalize("ASA5506") == "ASA 5506-X")
        #expect(PlatformModel.normalize("ASA 5506-X") == "ASA 5506-X")
        #expect(PlatformModel.normalize("ASA 5520") == "ASA 5520")
        #expect(PlatformModel.normalize("ISA-3000-2C2F") == "ISA 3000")
        #expect(PlatformModel.normalize("ASAv10") == "ASAv10")
    }

    /// Normalizing is remembered: the answer given is the one worked out, for every spelling.
    @Test func rememberedAndComputedNormalizingAgree() {
        let parts = ["ASA", "asa", "ISA", "isa", " ", "-", "X", "x", "v", "V", "5506", "5585", "3000", "5520", "-X", "SSP-20", "W", "Firepower", "ü"]
        var rng = SeededRandom(seed: 55)
        for _ in 0..<3000 {
            let raw = (0..<Int.random(in: 0...5, using: &rng)).map { _ in parts.randomElement(using: &rng)! }.joined()
            #expect(PlatformModel.normalize(raw) == PlatformModel.normalize(characters: raw), "\(raw)")
        }
    }

    @Test func rowsWithoutATermAndUserContextBlocks() {
        let (ak, diags) = parse("""
            Licensed features for this user context:
            Failover                          : Active/Active  \u{20}
            AnyConnect Premium Peers          : 0
            """)
        #expect(ak.running?.scope == .userContext)
        #expect(ak.running?.rows.map(\.term) == [nil, nil])
        #expect(diags.isEmpty)
    }

    @Test func emptySerialAndKeyAreKeptAndReported() {
        let (ak, diags) = parse("Licensed features for this platform:\nFailover : Disabled perpetual\n\nSerial Number: \nRunning Permanent Activation Key: \n")
        #expect(ak.serialNumber?.text == "")
        #expect(ak.runningPermanentKey?.text == "")
        #expect(ak.showVersion != nil)
        #expect(diags.filter { $0.code == .DOC002 }.count == 2)
    }

    @Test func shortHexWordsAreValid() {
        let (ak, diags) = parse("Serial Number: 9AT1L9EX0DF\nRunning Permanent Activation Key: 0x1 0x2 0x3 0x4 0x5\n")
        #expect(ak.runningPermanentKey?.values == [1, 2, 3, 4, 5])
        #expect(diags.isEmpty)
    }

    /// A key line hard-wrapped by a terminal's width, cut at any column inside its key (inside
    /// a word too: at 80 columns `… 0xd2c4b8b8 0x` / `c4594f9c`), reads as the whole key with
    /// one warning (DOC002); at a show version's label, and at a configuration prompt.
    @Test(arguments: ["fw# show activation-key\nSerial Number: JMX1232L11M\nRunning Permanent Activation Key: ",
                      "fw(config)# activation-key "])
    func aKeyCutAtAnyColumnReadsWhole(_ before: String) {
        let key = "0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9c"
        let lines = before.split(separator: "\n", omittingEmptySubsequences: false)
        let label = lines.last!
        for cut in 1..<key.count {
            let line = String(label) + key
            let at = line.index(line.startIndex, offsetBy: label.count + cut)
            guard line[line.index(before: at)] != " " else { continue }  // (a cut after a blank leaves it trailing: the same)
            let text = lines.dropLast().map { $0 + "\n" }.joined() + line[..<at] + "\n" + line[at...] + "\n"
            let (docs, diags) = CaptureParser.parse(text)
            let read: String? = switch docs.first?.content {
            case .activationKey(let ak)?: ak.runningPermanentKey?.text
            case .configuration(let c)?: c.commands.first.flatMap { if case .activationKey(let k, _) = $0.kind { k.text } else { nil } }
            default: nil
            }
            #expect(read == key, "cut after \(cut): \(text)")
            #expect(diags.map(\.code) == [.DOC002], "cut after \(cut): \(diags.map { $0.rendered() })")
        }
        // A key blanked by whoever pasted it, cut so at 80 columns: joined, and noted as blanked.
        let blanked = "0xXXXXXXXX 0xXXXXXXXX 0xXXXXXXXX 0xXXXXXXXX 0xXXXXXXXX"
        let (docs, diags) = CaptureParser.parse(before + String(blanked.prefix(46)) + "\n" + String(blanked.dropFirst(46)) + "\n")
        #expect(docs.count == 1)
        #expect(diags.map(\.code) == [.DOC002, .DOC008], "\(diags.map { $0.rendered() })")
    }

    @Test func twoOutputsWithoutPromptsAreTwoDocuments() {
        let text = "Serial Number: AAA\nRunning Permanent Activation Key: 0x1 0x2 0x3 0x4 0x5\n\nSerial Number: BBB\n"
        let (docs, _) = CaptureParser.parse(text)
        #expect(docs.count == 2)
    }

    @Test func aTimebasedSectionWithNoKeyIsReportedAtItsHeader() {
        let text = "fw# show activation-key\nSerial Number: AAA\n\nInactive Timebased Activation Key:\n\nfw# show version\n"
        let (_, diags) = CaptureParser.parse(text)
        let found = diags.filter { $0.code == .DOC003 }
        #expect(found.map(\.span.line) == [4])
        #expect(found.first?.severity == .warning)
    }

    /// The model is the word before the commas: all of them go, so that the model written back
    /// reads as itself, and a line that names no model (`Hardware: , …`) keeps none (the fuzzer's
    /// find: kept empty, it was written back as a bare `Hardware:` line, which reads as nothing).
    @Test func hardwareKeepsTheModelWithoutItsCommas() {
        let version = "fw# show version\nCisco Adaptive Security Appliance Software Version 9.14(2)\n"
        for (line, model) in [("Hardware:   ASA5520, 2048 MB RAM", "ASA5520"), ("Hardware:   ASA5520,, 2048 MB RAM", "ASA5520"),
                              ("Hardware: , AAv  S2048 MB RAM", nil), ("Hardware: ,, x", nil), ("Hardware:", nil)] as [(String, String?)] {
            let text = version + line + "\nModel Id:   ASAv10\n"
            #expect(parse(text).0.showVersion?.hardware == model, "\(line)")
            let cli = OutputFormat.cli.render(CaptureParser.parse(text).documents)
            #expect(OutputFormat.cli.render(CaptureParser.parse(cli).documents) == cli, "\(line): canonical CLI reads back as itself")
        }
    }

    /// `Hardware:` does not start a document: read only where the version line or an echoed
    /// `show version` said what the text is, so that its canonical CLI reads back the same.
    @Test func hardwareIsReadOnlyInAKnownShowVersion() {
        let known = parse("Cisco Adaptive Security Appliance Software Version 9.8(4)\nHardware:   ASA5506, 4096 MB RAM\nSerial Number: JMX1\n")
        #expect(known.0.showVersion?.hardware == "ASA5506")

        let echoed = parse("fw# show version\nHardware:   ASA5506, 4096 MB RAM\nSerial Number: JMX1\n")
        #expect(echoed.0.showVersion?.hardware == "ASA5506")

        let (docs, diags) = CaptureParser.parse("Serial Number: JMX1\nHardware:   ASA5506, 4096 MB RAM\nRunning Permanent Activation Key: 0x1 0x2 0x3 0x4 0x5\n")
        guard docs.count == 1, case .activationKey(let ak) = docs[0].content else {
            Issue.record("expected one activation-key document, got \(docs.count)")
            return
        }
        #expect(ak.showVersion == nil)
        #expect(docs[0].unparsed.map(\.line) == [2])
        #expect(diags.contains { $0.code == .DOC001 && $0.span.line == 2 })
        let cli = CLIWriter.text(docs[0])
        #expect(CaptureParser.parse(cli).documents.map { CLIWriter.text($0) } == [cli])
    }

    /// The platform sentence is read from its tokens; `PlatformLicense.split` reads the same
    /// words as strings. Random words and blanks between them: both give the same model and tier.
    @Test func platformSentenceReadsAsSplitReadsItsWords() {
        var rng = SeededRandom(seed: 31)
        let pool = ["ASA", "ISA", "Firepower", "FPR", "ASAv", "ASAV", "5520", "5506-X", "ASA5506", "WS-SVC-ASA-SM1",
                    "Security", "Plus", "Base", "VPN", "Unrestricted", "(UR)", "Ünï", "1010"]
        let blanks = [" ", "  ", "\t", "\u{A0}", " \u{A0} "]
        for _ in 0..<400 {
            let words = (0..<Int.random(in: 0...4, using: &rng)).map { _ in pool.randomElement(using: &rng)! }
            let article = Bool.random(using: &rng) ? "a" : "an"
            let end = Bool.random(using: &rng) ? "license." : "license"
            let sentence = (["This platform has", article] + words + [end]).reduce("") { text, word in
                text.isEmpty ? word : text + blanks.randomElement(using: &rng)! + word
            }
            let (ak, _) = parse("Licensed features for this platform:\nMaximum VLANs : 50 perpetual\n\n\(sentence)\n")
            let expected = PlatformLicense.split(words)
            #expect(ak.running?.platform?.model == expected.model, "\(sentence)")
            #expect(ak.running?.platform?.tier == expected.tier, "\(sentence)")
        }
        // A colon that closes a word is a word of its own, spaced as one.
        let (ak, _) = parse("Licensed features for this platform:\nMaximum VLANs : 50 perpetual\n\nThis platform has a Base: license.\n")
        #expect(ak.running?.platform?.tier == "Base :")
        #expect(PlatformLicense.split(["ASA", "5520", "VPN", "Plus"]) == ("ASA 5520", "VPN Plus"))
        #expect(PlatformLicense.split(["ASA5506", "Security", "Plus"]) == ("ASA5506", "Security Plus"))
        #expect(PlatformLicense.split(["Base"]) == (nil, "Base"))
    }
}

/// A key in the device's spelling is kept as five values and spelled again when asked; any
/// other text is kept as written. Either way the text, the values and equality are the text's.
@Suite struct ActivationKeyStorageTests {
    /// The values read word by word from the text, the rule the model has always followed.
    static func values(_ text: String) -> [UInt32]? {
        let words = text.split(separator: " ")
        guard words.count == 5 else { return nil }
        var out: [UInt32] = []
        for w in words {
            var digits = Substring(w)
            if digits.hasPrefix("0x") || digits.hasPrefix("0X") { digits = digits.dropFirst(2) }
            guard !digits.isEmpty, digits.count <= 8, let v = UInt32(digits, radix: 16), digits.allSatisfy(\.isHexDigit) else { return nil }
            out.append(v)
        }
        return out
    }

    @Test func textValuesAndEqualityAreTheText() {
        var rng = SeededRandom(seed: 5)
        let spellings: [(UInt32) -> String] = [
            { "0x" + String(String($0, radix: 16).reversed()).padding(toLength: 8, withPad: "0", startingAt: 0).reversed() },
            { "0x" + String($0, radix: 16) },
            { "0X" + String($0, radix: 16, uppercase: true) },
            { String($0, radix: 16) },
            { _ in "zz" },
        ]
        var texts: [String] = ["", "0x1 0x2 0x3 0x4 0x5", "0x00000000 0x00000000 0x00000000 0x00000000 0x00000000"]
        for _ in 0..<2000 {
            let canonical = Int.random(in: 0..<4, using: &rng) > 0
            let n = canonical ? 5 : Int.random(in: 3...6, using: &rng)
            let words = (0..<n).map { _ in
                let v = UInt32.random(in: 0...UInt32.max, using: &rng) >> UInt32.random(in: 0...31, using: &rng)
                return canonical ? spellings[0](v) : spellings.randomElement(using: &rng)!(v)
            }
            texts.append(words.joined(separator: " "))
        }
        for t in texts {
            let key = ActivationKey(t)
            #expect(key.text == t)
            #expect(key.values == Self.values(t), "\(t)")
            #expect(key.isAllZero == (Self.values(t)?.allSatisfy { $0 == 0 } ?? false))
            #expect(key.isEmpty == t.isEmpty)
            #expect(key == ActivationKey(key.text))
        }
        for (a, b) in zip(texts, texts.dropFirst()) {
            #expect((ActivationKey(a) == ActivationKey(b)) == (a == b))
        }
        // The spelling check looks at every byte: one uppercase digit keeps the text as written.
        #expect(ActivationKey("0x0000000A 0x00000000 0x00000000 0x00000000 0x00000000").text == "0x0000000A 0x00000000 0x00000000 0x00000000 0x00000000")
    }

    /// A sentence of the device's on its license that asalic has no field for is kept as a
    /// notice (written back, read back the same), not a line not understood; a sentence on
    /// anything else still is one.
    @Test func aSentenceOnTheLicenseIsANotice() {
        let output = "fw# show activation-key\nSerial Number: JMX1232L11M\nRunning Activation Key: 0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9c\n\n"
            + "Licensed features for this platform:\nMaximum VLANs : 100\n\nThis platform has an ASA 5510 Security Plus license.\n\n"
        for sentence in ["This is a time-based license that will expire in 27 day(s).",
                         "The running activation key is a temporary key that will expire in 26 days."] {
            let (docs, diags) = CaptureParser.parse(output + sentence + "\n")
            guard case .activationKey(let ak)? = docs.first?.content else { Issue.record("no activation-key document"); return }
            #expect(ak.notices.map(\.text) == [sentence])
            #expect(ak.running?.platform?.tier == "Security Plus")
            #expect(diags.isEmpty)
            let cli = CLIWriter.text(docs[0])
            #expect(CaptureParser.parse(cli).documents.map { CLIWriter.text($0) } == [cli])
        }
        for prose in ["This is the unit in the lab.", "The unit in the lab.", "The key: see the ticket.", "The key on the right is the new one from the portal."] {
            let (_, other) = CaptureParser.parse(output + prose + "\nThe flash activation key is the SAME as the running key.\n")
            #expect(other.map(\.code) == [.DOC001], "\(prose)")
        }
    }

    /// 7.0's header as its command reference prints it, `Licensed Features for this Platform:`
    /// (and `License Features …`): the block, its rows typed, the PIX told by its tier.
    @Test func aSevenZeroHeaderOpensTheBlock() {
        let (docs, diags) = CaptureParser.parse(Samples.text("Samples/real-world/pix-7.0-show-activation-key.txt"))
        guard case .activationKey(let ak)? = docs.first?.content else { Issue.record("no activation-key document"); return }
        #expect(ak.running?.rows.count == 12)
        #expect(ak.running?.row(.urlFiltering)?.value == .enabled)
        #expect(ak.running?.platform?.tier == "Unrestricted (UR)")
        #expect(ak.isPIX)
        #expect(diags.isEmpty)
        for header in ["License Features for this Platform:", "Licensed features for this platform:"] {
            let other = CaptureParser.parse("Serial Number: JMX1232L11M\n\(header)\nMaximum VLANs : 100\n").documents.first
            guard case .activationKey(let read)? = other?.content else { Issue.record("no activation-key document"); continue }
            #expect(read.running?.rows.count == 1, "\(header)")
        }
    }

    /// A PIX told by its serial as PIX 6 prints it (`807190327 (0x301c7dc7)`), where no
    /// hardware line or license sentence says so: its four-word key and its serial are its own.
    @Test func aPIXIsToldByItsSerialsForm() {
        let text = Samples.text("Samples/real-world/pix-6.3-show-activation-key.txt")
        for sentence in ["", "This PIX has an Unrestricted (UR) license."] {
            let shown = sentence.isEmpty ? text.replacingOccurrences(of: "This PIX has an Unrestricted (UR) license.", with: "") : text
            let (docs, diags) = CaptureParser.parse(shown)
            guard case .activationKey(let ak)? = docs.first?.content else { Issue.record("no activation-key document"); continue }
            #expect(ak.isPIX, "\(sentence)")
            let findings = Linter().lint(docs.map { LintDocument(path: "p", document: $0) }, readDiagnostics: diags)
            #expect(!findings.contains { $0.severity == .error }, "\(findings.map { $0.rendered() })")
        }
        // A PIX 7's serial alone, beside its four-word key (a filtered output); an ASA's
        // four-word key stays malformed.
        let filtered = "Serial Number: 808412345\nRunning Activation Key: 0x4b1d2c3e 0x5f6a7b8c 0x9d0e1f2a 0x3b4c5d6e\n"
        #expect(!CaptureParser.parse(filtered).diagnostics.contains { $0.code == .KEY001 })
        #expect(CaptureParser.parse(filtered.replacingOccurrences(of: "808412345", with: "JMX1232L11M")).diagnostics.contains { $0.code == .KEY001 })
        #expect(CaptureParser.parse(filtered.replacingOccurrences(of: "808412345", with: "88810093382")).diagnostics.contains { $0.code == .KEY001 })
        for serial in ["807190327 (0x301c7dc7)", "480430455 (0x1ca2c977)"] {
            #expect(SerialNumber(serial).hasPIXForm, "\(serial)")
        }
        for serial in ["JMX1232L11M", "807190327", "807190327 (0x)", "(0x301c7dc7)", "JMX 1232 (0x1)", "807190327 (0x301c7dcz)"] {
            #expect(!SerialNumber(serial).hasPIXForm, "\(serial)")
        }
    }

    /// The device's sentences cut by a page's or a terminal's width: the platform's at a blank
    /// (`… No Payload Encryption` / `license.`, `… No Payload` / `Encryption license.`) or inside
    /// a word (`… Encryption licens` / `e.`, `… Encrypt` / `ion license.`), the flash key's inside
    /// a word (`… the running pe` / `rmanent key.`): each read whole, with a warning (DOC002), no
    /// line not understood.
    @Test(arguments: [("No Payload Encryption", "license."), ("No Payload", "Encryption license."), ("No Payload Encryption licens", "e."), ("No Payload Encrypt", "ion license.")])
    func aSentenceCutByAWidthReadsWhole(first: String, rest: String) {
        let text = "ciscoasa# show activation-key\nSerial Number: JAF1234ABCD\n\nLicensed features for this platform:\nMaximum VLANs : 1000 perpetual\n\n"
            + "This platform has an WS-SVC-ASA-SM1 \(first)\n\(rest)\n\nThe flash permanent activation key is the SAME as the running pe\nrmanent key.\n"
        let (docs, diags) = CaptureParser.parse(text)
        guard case .activationKey(let ak)? = docs.first?.content else {
            Issue.record("one show activation-key expected")
            return
        }
        #expect(ak.running?.platform?.model == "WS-SVC-ASA-SM1")
        #expect(ak.running?.platform?.tier == "No Payload Encryption")
        #expect(ak.flashKey?.same == true)
        #expect(ak.notices.isEmpty && docs[0].unparsed.isEmpty)
        #expect(diags.map(\.code) == [.DOC002, .DOC002])
    }

    /// A PIX 7's `show activation-key` with a five-word key and no sentence: its nine-digit
    /// serial beside rows no ASA prints (`Guards`) is a PIX's, not a malformed ASA serial. The
    /// same serial beside an ASA's rows only is still judged.
    @Test func aPIXIsToldByItsSerialBesideItsOwnRows() {
        let pix = """
            pix# show activation-key
            Serial Number:  808123456
            Running Activation Key: 0xf409f47d 0x84fbbdb6 0x907cd7e4 0xc808c0d0 0x4a3c52c9

            Licensed Features:
            Failover:                   Enabled
            VPN-3DES-AES:               Enabled
            Maximum Physical Interfaces: 14
            Cut-through Proxy:          Enabled
            Guards:                     Enabled
            URL-filtering:              Enabled
            VPN Peers:                  Unlimited

            The flash activation key is the SAME as the running key.

            """
        let asa = pix.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("Cut-through") && !$0.hasPrefix("Guards") && !$0.hasPrefix("URL") }
            .joined(separator: "\n")
        for (text, isPIX) in [(pix, true), (asa, false)] {
            let (docs, diags) = CaptureParser.parse(text)
            guard case .activationKey(let ak)? = docs.first?.content else { Issue.record("no activation-key document"); continue }
            #expect(ak.isPIX == isPIX)
            let findings = Linter().lint(docs.map { LintDocument(path: "p", document: $0) }, readDiagnostics: diags)
            #expect(findings.contains { $0.code == .KEY005 } == !isPIX, "\(findings.map { $0.rendered() })")
        }
        // A PIX tier named without its letters (`This platform has an Unrestricted license.`)
        // is a PIX's too; an ASA's tier is not.
        for (sentence, isPIX) in [("an Unrestricted", true), ("a Restricted", true), ("a Failover Only", true), ("a Failover-Only Active/Active", true),
                                  ("an Unrestricted (UR)", true), ("a Base", false), ("an ASA 5520 VPN Plus", false), ("a Security Plus", false)] {
            let (docs, _) = CaptureParser.parse(asa + "This platform has \(sentence) license.\n")
            guard case .activationKey(let ak)? = docs.first?.content else { Issue.record("no activation-key document"); continue }
            #expect(ak.isPIX == isPIX, "\(sentence)")
        }
    }

    /// A block that shows a feature twice (two outputs' rows read as one: a context diff's two
    /// sides, a paste that repeated a line) is said once a block (DOC003, in line order), the
    /// second row kept; a block of distinct features, and the same feature in two blocks, are not.
    @Test func aFeatureShownTwiceInABlockIsSaidOnceABlock() {
        #expect(FeatureID.count <= 64, "a bit a feature in one word (`BlockRows`)")
        let head = "Serial Number: JMX1232L11M\nRunning Permanent Activation Key: 0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9c\n\nLicensed features for this platform:\n"
        let rows = "Maximum VLANs : 150 perpetual\nSecurity Contexts : 2 perpetual\nFailover : Active/Active perpetual\n"
        let cluster = "\nFailover cluster licensed features for this platform:\n" + rows
        for (text, expected) in [(head + rows + "Security Contexts : 5 perpetual\n<snip>\n", ["8: Security Contexts is shown twice in the licensed features block (line 6: 2; line 8: 5)", "9: DOC003"]),
                                 (head + rows + rows + cluster + "Cluster : Enabled perpetual\nFailover : Active/Active perpetual\n",
                                  ["8: 3 features are shown twice in the licensed features block, from line 8 (Maximum VLANs, Security Contexts, Failover)",
                                   "17: Failover is shown twice in the failover cluster block (line 15: Active/Active; line 17: Active/Active)"]),
                                 (head + rows + cluster, [])] {
            let (docs, diags) = CaptureParser.parse(text)
            guard case .activationKey(let ak)? = docs.first?.content else { Issue.record("no activation-key document"); continue }
            #expect(ak.running?.rows.filter { $0.id == .securityContexts }.count == (expected.isEmpty ? 1 : 2))
            let said = diags.filter { $0.code == .DOC003 }.map { d in
                d.message.contains("shown twice") ? "\(d.span.line): " + d.message.components(separatedBy: "; a device").first! : "\(d.span.line): DOC003"
            }
            #expect(said == expected, "\(diags.map { $0.rendered() })")
            #expect(diags.filter { $0.code == .DOC003 }.allSatisfy { $0.severity == .warning })
        }
    }
}
