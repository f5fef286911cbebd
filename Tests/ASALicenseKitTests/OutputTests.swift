import Testing
@testable import ASALicenseKit

@Suite struct OutputTests {
    @Test(arguments: ["yes", "NO", "0x1F2E3D4C", "1e3", "null", "~", "", "1.10", "12:30", "2026-11-23", "+1", ".5", "on"])
    func stringsThatLookLikeOtherTypesAreQuoted(_ s: String) {
        #expect(YAMLScalarStyle.wouldResolveToNonString(s))
        let w = YAMLWriter()
        w.beginDocument()
        w.beginMap()
        w.key("v")
        w.string(s)
        w.endMap()
        w.endDocument()
        w.endStream(documents: 1)
        let (nodes, error) = w.output.withUnsafeBufferPointer { YAMLReader.read($0) }
        #expect(error == nil)
        #expect(nodes.first?["v"]?.text == s)
        #expect(nodes.first?["v"]?.int == nil)
    }

    @Test(arguments: ["farscape", "ASA 5520", "Active/Active", "0xce06dc6b 0x8a7b5ab7", "5540-A x"])
    func plainStringsStayPlain(_ s: String) {
        #expect(!YAMLScalarStyle.wouldResolveToNonString(s))
    }

    @Test func jsonEscapesControlCharacters() {
        let w = JSONWriter(framing: .lines)
        w.beginDocument()
        w.beginMap()
        w.key("t")
        w.string("a\"b\\c\n\u{1}")
        w.endMap()
        w.endDocument()
        #expect(String(decoding: w.output, as: UTF8.self) == "{\"t\":\"a\\\"b\\\\c\\n\\u0001\"}\n")
    }

    @Test func outputIsDeterministic() {
        let docs = InputReader.read(Samples.bytes("Samples/show-activation-key/example3-failover-primary-detail.txt")).documents
        for format in OutputFormat.allCases {
            #expect(format.render(docs) == format.render(docs))
        }
    }

    /// The writer's `source` and `asOf` options write a document as if it carried them: the
    /// source only where the document names none, the date over the document's own.
    @Test func writerOptionsNameAndDateDocumentsAsSettingThemWould() throws {
        let docs = InputReader.read(Samples.bytes("Samples/real-world/show-clock-dates-the-capture.txt")).documents
        #expect(docs.contains { $0.asOf != nil } && docs.contains { $0.kind == .activationKey })
        let date = CaptureDate(date: try #require(CivilDate("2027-03-04")), source: .option)
        let set = docs.map { d in
            var d = d
            d.source = "capture.txt"
            d.asOf = date
            return d
        }
        let own = set.map { d in
            var d = d
            d.source = "own.txt"
            return d
        }
        for format in OutputFormat.allCases {
            #expect(format.render(docs, options: OutputOptions(source: "capture.txt", asOf: date)) == format.render(set), "\(format)")
            // A document's own source stays.
            #expect(format.render(own, options: OutputOptions(source: "capture.txt")) == format.render(own), "\(format)")
        }
        #expect(OutputFormat.json.render(docs, options: OutputOptions(source: "capture.txt", asOf: date)).contains("2027-03-04"))
        #expect(!OutputFormat.json.render(docs).contains("capture.txt"))
    }

    @Test func secretsNeverLeakByDefault() {
        let text = "license-server secret farscape\nlicense-server address 10.1.1.1 secret farscape port x\n"
        let (docs, diags) = InputReader.read(text)
        for format in OutputFormat.allCases {
            #expect(!format.render(docs).contains("farscape"), "\(format)")
        }
        #expect(!diags.contains { $0.message.contains("farscape") })
        #expect(OutputFormat.cli.render(docs, options: OutputOptions(showSecrets: true)).contains("farscape"))
    }

    /// A secret stored encrypted under a master passphrase follows its type's digit
    /// (`secret 8 …`): lines asalic keeps as not understood show neither it nor the rest.
    @Test func anEncryptedSecretNeverLeaks() {
        let text = "license-server secret 8 farscape==\nlicense-server address 10.1.1.1 secret 8 farscape== port 50554\n"
        let (docs, diags) = InputReader.read(text)
        #expect(docs.flatMap(\.unparsed).count == 2)
        for format in OutputFormat.allCases {
            #expect(!format.render(docs).contains("farscape"), "\(format)")
        }
        #expect(!diags.contains { $0.message.contains("farscape") })
        #expect(diags.contains { $0.message.contains("secret 8 <redacted:") })
        #expect(SecretRedaction.redact("license-server address 10.1.1.1 secret 8 port 50554") == "license-server address 10.1.1.1 secret \(Secret("8").redacted) port 50554")
    }

    @Test func ipv6IsTypedAndCanonical() {
        #expect(IPAddress("2001:DB8:0:0::2") == IPAddress("2001:db8::2"))
        #expect(IPAddress("2001:DB8:0:0::2").description == "2001:db8::2")
        #expect(IPAddress("10.1.1.2").description == "10.1.1.2")
        #expect(IPAddress("::ffff:10.1.1.2").description == "::ffff:a01:102")
        #expect(!IPAddress("10.1.1.256").isIP)
        #expect(!IPAddress("1::2::3").isIP)
    }

    /// Two outputs with no prompts: the second starts at a conflict (a second serial number),
    /// after lines not understood. Canonical CLI marks where it starts, so those lines stay in it.
    @Test func aDocumentWithoutACommandIsMarkedWithABarePrompt() {
        let text = "Serial Number: AAA\nSerial Number: BBB\nnoise\nRunning Permanent Activation Key: 0x1 0x2 0x3 0x4 0x5\n"
        let docs = CaptureParser.parse(text).documents
        #expect(docs.map(\.unparsed.count) == [0, 1])
        let cli = OutputFormat.cli.render(docs)
        // With no echoed command of its own, a bare prompt echoes the one the output answers.
        #expect(cli == "Serial Number: AAA\n\n# show activation-key\nnoise\nSerial Number: BBB\nRunning Permanent Activation Key: 0x1 0x2 0x3 0x4 0x5\n")
        let again = CaptureParser.parse(cli).documents
        #expect(again.map(\.unparsed.count) == [0, 1])
        #expect(OutputFormat.cli.render(again) == cli)
    }

    /// Without a serial or key line before it, a `Licensed features` block first reads as a show
    /// version: a document that is not one writes its cluster block first.
    @Test func aBlocksOnlyActivationKeyDocumentWritesTheClusterBlockFirst() {
        let text = "Failover cluster licensed features for this platform:\nMaximum VLANs : 150 perpetual\n\nLicensed features for this platform:\nMaximum VLANs : 50 perpetual\nRunning Permanent Activation Key: 0x1 0x2 0x3 0x4 0x5\n"
        let docs = CaptureParser.parse(text).documents
        guard docs.count == 1, case .activationKey(let ak) = docs[0].content else {
            Issue.record("expected one activation-key document")
            return
        }
        #expect(ak.showVersion == nil)
        #expect(ak.permanent != nil)
        let cli = CLIWriter.text(docs[0])
        #expect(cli.hasPrefix("Failover cluster licensed features"))
        let again = CaptureParser.parse(cli).documents
        guard again.count == 1, case .activationKey(let back) = again[0].content else {
            Issue.record("read again, \(again.count) documents")
            return
        }
        #expect(back.showVersion == nil)
        #expect(back.permanent?.key.text == "0x1 0x2 0x3 0x4 0x5")
        #expect(CLIWriter.text(again[0]) == cli)
    }

    /// A writer is a value: a copy writes on without changing the text of the writer it was
    /// copied from (they share one buffer until one of them writes).
    @Test func aCopiedCLIWriterKeepsItsOwnText() {
        let docs = CaptureParser.parse("fw# show activation-key\nSerial Number: JMX1234X0AB\nRunning Permanent Activation Key: 0x1 0x2 0x3 0x4 0x5\n\nLicensed features for this platform:\nMaximum VLANs : 150 perpetual\nfw# configure terminal\nlicense-server port 50554\n").documents
        guard docs.count == 2 else {
            Issue.record("expected two documents, read \(docs.count)")
            return
        }
        let first = CLIWriter.text(docs[0])
        var both = CLIWriter()
        both.write(docs[0])
        both.write(docs[1])
        let bothText = both.finish()
        var a = CLIWriter()
        a.write(docs[0])
        var b = a
        b.write(docs[1])
        var c = b
        #expect(a.finish() == first)
        #expect(b.finish() == bothText)
        c.write(docs[0])
        #expect(c.finish().hasPrefix(bothText))
        #expect(c.finish().hasSuffix(first))
        #expect(b.finish() == bothText)
        #expect(bothText != first && bothText.hasPrefix(first))
    }

    /// A configuration goes on over its host's `configure` sessions: a reply to `configure`
    /// after one (here an error) is marked as its own document.
    @Test func aConfigureReplyAfterAConfigurationIsMarked() {
        let text = "fw# configure terminal\nlicense-server secret abcd\nfw# show clock\nfw# configure terminal\n% Invalid input detected at '^' marker.\n"
        let docs = CaptureParser.parse(text).documents
        #expect(docs.map(\.kind) == [.configuration, .deviceError])
        let cli = OutputFormat.cli.render(docs, options: OutputOptions(showSecrets: true))
        #expect(cli.contains("\n#\nfw# configure terminal\n%"))
        let again = CaptureParser.parse(cli).documents
        #expect(again.map(\.kind) == [.configuration, .deviceError])
        #expect(OutputFormat.cli.render(again, options: OutputOptions(showSecrets: true)) == cli)
    }
}

/// The JSON writer's eight-bytes-at-a-time test agrees with the byte-by-byte one on every input.
@Suite struct JSONEscapeScanTests {
    static func slow(_ bytes: [UInt8]) -> Bool { bytes.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F } }

    @Test func agreesWithTheByteTest() {
        var rng = SystemRandomNumberGenerator()
        let interesting: [UInt8] = [0x00, 0x09, 0x0A, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7E, 0x7F, 0x80, 0xC3, 0xFF, 0x41]
        var escaping = 0
        for _ in 0..<20_000 {
            let n = Int.random(in: 0...40, using: &rng)
            let bytes = (0..<n).map { _ in Bool.random(using: &rng) ? interesting.randomElement(using: &rng)! : UInt8.random(in: 0x20...0x7E, using: &rng) }
            let expected = Self.slow(bytes)
            if expected { escaping += 1 }
            // Followed by bytes that would need escaping: the scan must not count them.
            let padded = bytes + [UInt8](repeating: interesting.randomElement(using: &rng)!, count: 8)
            let found = padded.withUnsafeBufferPointer { JSONWriterState.needsEscape(padded: $0.baseAddress!, count: n) }
            #expect(found == expected, "\(bytes)")
        }
        #expect(escaping > 1000 && escaping < 19_000)  // both answers were asked
    }
}

/// Canonical CLI writes most rows by a path of their own (rows with no box: a catalog name, a
/// word or a count, no term, `perpetual` or days); every row must still be laid out as the
/// device aligns it, which this suite spells from the model's public texts.
@Suite struct CLIRowLayoutTests {
    /// The block's lines as the device prints them: names padded to the widest (children two
    /// spaces in), ` : `, the value, and the term after the widest value and one space.
    static func expectedLines(_ rows: [FeatureRow]) -> [String] {
        let valueText = { (r: FeatureRow) in r.value.text + (r.commaBeforeQualifier ? "," : "") }
        let all = rows.map { ($0, 0) } + rows.flatMap { $0.children.map { ($0, 2) } }
        let nameWidth = all.map { $0.0.name.text.count + $0.1 }.max() ?? 0
        let valueWidth = all.map { valueText($0.0).count }.max() ?? 0
        func line(_ r: FeatureRow, _ indent: Int) -> String {
            let name = String(repeating: " ", count: indent) + r.name.text
            var text = name + String(repeating: " ", count: nameWidth - name.count) + " : " + valueText(r)
            if let term = r.term {
                text += String(repeating: " ", count: valueWidth - valueText(r).count + 1) + term.text
            }
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }
        return rows.flatMap { r in [line(r, 0)] + r.children.map { line($0, 2) } }
    }

    @Test func everyRowIsAlignedAsTheDeviceAlignsIt() {
        var g = ModelGenerator(seed: 41)
        for seed in 0..<300 {
            var rows = g.rows(1...14)
            // Counts a parser never reads but a model may hold: negative, and past 32 bits.
            for i in rows.indices where g.chance(0.15) {
                rows[i].value = .count(g.pick([-1, -40, Int(Int32.max), Int(Int32.max) + 1, Int.max, Int.min]))
            }
            for i in rows.indices where g.chance(0.1) { rows[i].term = .days(g.pick([0, 1, 99_999, Int(Int32.max) + 7])) }
            var ak = ActivationKeyDocument()
            ak.running = FeatureBlock(scope: .platform, rows: rows)
            let lines = CLIWriter.text(Document(content: .activationKey(ak))).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            guard let header = lines.firstIndex(of: "Licensed features for this platform:") else {
                Issue.record("seed \(seed): no block header")
                continue
            }
            let expected = CLIRowLayoutTests.expectedLines(rows)
            #expect(Array(lines.dropFirst(header + 1).prefix(expected.count)) == expected, "seed \(seed)")
        }
    }
}
