import Testing
@testable import ASALicenseKit

/// Bad input never crashes, hangs or vanishes: every case ends in a model or a finding that says
/// there is none, with located diagnostics.
@Suite struct BadInputTests {
    /// Every diagnostic points inside the input.
    func expectLocated(_ diags: [Diagnostic], in bytes: [UInt8]) {
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).count
        for d in diags where d.span.isKnown {
            #expect(d.span.line >= 1 && d.span.line <= max(lines, 1), "\(d.rendered())")
            #expect(d.span.offset <= bytes.count, "\(d.rendered())")
        }
    }

    @Test(arguments: 0..<40)
    func randomBytes(_ seed: Int) {
        var rng = SeededRandom(seed: UInt64(seed))
        let count = Int.random(in: 0..<4096, using: &rng)
        let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &rng) }
        let (docs, diags) = InputReader.read(bytes)
        // Random bytes are no license text: no document is invented, and a finding says why.
        #expect(docs.isEmpty)
        #expect(diags.contains { $0.code == .DOC005 || $0.code == .DOC007 })
        expectLocated(diags, in: bytes)
    }

    @Test func emptyInputIsNoDocumentAndOneWarning() {
        let (docs, diags) = CaptureParser.parse([])
        #expect(docs.isEmpty)
        #expect(diags.map(\.code) == [.DOC005])
        #expect(diags.first?.severity == .warning)
    }

    /// Text with no license text in it gives no document and one warning, not a finding per line.
    @Test(arguments: ["hello world\n", "# README\n\nThis folder holds captures.\n", "fw1# show clock\n12:00:01.123 UTC Mon Jan 5 2009\n", "\n\n\n"])
    func textWithNoLicenseTextGivesNoDocument(_ text: String) {
        let (docs, diags) = InputReader.read(text)
        #expect(docs.isEmpty)
        #expect(diags.map(\.code) == [.DOC005])
    }

    @Test func binaryInputIsSkippedWithOneNote() {
        let bytes: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0, 0, 0] + Array("Serial Number: JMX1232L11M\n".utf8)
        let (docs, diags) = InputReader.read(bytes)
        #expect(docs.isEmpty)
        #expect(diags.map(\.code) == [.DOC007])
        #expect(diags.first?.severity == .note)
    }

    @Test func aThreeMegabyteLineIsCutAndReported() {
        var bytes = Array("Serial Number: ".utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "A"), count: 3_000_000)
        bytes += Array("\nFailover : Disabled perpetual\n".utf8)
        let (docs, diags) = CaptureParser.parse(bytes)
        #expect(diags.contains { $0.code == .DOC001 && $0.message.contains("longer than the limit") })
        #expect(!docs.isEmpty)
    }

    /// A line of garbage as long as a line may be gives diagnostics a reader can take in:
    /// each quotes the start and the end of what it is about, with `…` between, and keeps its
    /// own words (the serial's length); a finding's own long list is as written.
    @Test func aLongLineGivesAShortDiagnostic() {
        let long = String(repeating: "A", count: 60_000)
        let text = "fw1# show activation-key\nSerial Number: \(long)\nRunning Permanent Activation Key: 0x\(String(repeating: "f", count: 30_000)) 0x1 0x2 0x3 0x4\n"
            + "fw1# show running-config license-server\nlicense-server address 10.1.1.1 secret s3cret port \(String(repeating: "x ", count: 20_000))\n"
        let (docs, diags) = CaptureParser.parse(Array(text.utf8))
        let findings = Linter().lint(docs.map { LintDocument(path: "p", document: $0) }, readDiagnostics: diags)
        let serial = findings.first { $0.code == .KEY005 }, word = findings.first { $0.code == .KEY001 }, command = findings.first { $0.code == .DOC001 }
        #expect(serial?.message.hasPrefix("serial number 'AAAA") == true && serial?.message.hasSuffix("A' has 60000 characters; a licensing serial number has 11") == true)
        #expect(word?.message.contains("'0xffff") == true && word?.message.contains("f' is not a 32-bit hexadecimal word") == true)
        #expect(command?.message.hasPrefix("license-server command not understood: license-server address 10.1.1.1 secret <redacted:") == true)
        for d in [serial, word, command] {
            #expect(d.map { $0.message.count <= MessageExcerpt.longestMessage && $0.message.contains("…") } == true)
        }
        // A long list of short words is the finding's own: kept whole.
        let list = "reverts to its local license: " + (1...60).map { "Feature \($0) 10 → 5" }.joined(separator: ", ")
        #expect(Diagnostic(.note, .FO007, list, at: .none).message == list)
    }

    @Test func invalidUTF8IsReportedWithItsOffsetUnderItsOwnCode() {
        let serial = Array("fw# show activation-key\nSerial Number: JMX1232L11M\n".utf8)
        let bytes: [UInt8] = serial + Array("noise ".utf8) + [0xFF, 0xFE] + Array(" more\n".utf8)
        let (docs, diags) = CaptureParser.parse(bytes)
        let utf8 = diags.first { $0.message.contains("invalid UTF-8") }
        #expect(utf8?.code == .DOC006)
        #expect(utf8?.severity == .warning)
        #expect(utf8?.span.offset == serial.count + 6)
        #expect(utf8?.span.column == 7)
        #expect(docs.first?.unparsed.first?.text == "noise \u{FFFD}\u{FFFD} more")
    }

    @Test func nulBytesAndBOMDoNotStopTheParse() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Serial Number: JMX1232L11M\n".utf8) + [0, 0, 0x0A] + Array("Running Permanent Activation Key: 0x1 0x2 0x3 0x4 0x5\n".utf8)
        let (docs, _) = CaptureParser.parse(bytes)
        guard case .activationKey(let ak)? = docs.first?.content else {
            Issue.record("expected an activation-key document")
            return
        }
        #expect(ak.serialNumber?.text == "JMX1232L11M")
        #expect(ak.runningPermanentKey?.isWellFormed == true)
    }

    @Test func deviceErrorRepliesAreOneFindingEach() {
        let (docs, diags) = CaptureParser.parse(Samples.bytes("Samples/edge-cases/device-error-reply.txt"))
        #expect(docs.map(\.kind) == [.deviceError, .deviceError])
        #expect(diags.count == 2)
        #expect(docs.first?.command == "show activation-key detial")
    }

    @Test func deepIndentationAndManyBlankLines() {
        let text = String(repeating: " ", count: 10_000) + "Serial Number: X\n" + String(repeating: "\n", count: 10_000) + "Failover : Disabled\n"
        let (docs, _) = CaptureParser.parse(text)
        #expect(!docs.isEmpty)
    }

    @Test func diagnosticsAreCappedPerCapture() {
        // (Under its command: a serial's line with nothing but other text after it opens no output.)
        let text = "fw# show activation-key\nSerial Number: JMX1232L11M\n" + String(repeating: "noise\n", count: 5000)
        let (_, diags) = CaptureParser.parse(Array(text.utf8), limits: ParseLimits(maxLineBytes: 1024, maxDiagnostics: 100))
        #expect(diags.count == 101)
        #expect(diags.last?.message.contains("4900 more diagnostics") == true)
    }

    /// The limit holds on every path that reports: bad keys in a configuration and in show
    /// activation-key output, lines not understood, invalid UTF-8.
    @Test(arguments: ["activation-key 0xnothex 0x2 0x3 0x4 0x5\n", "Running Timebased Activation Key: 0xnothex\n", "noise \u{00FF}\n"])
    func theDiagnosticLimitHoldsOnEveryPath(_ line: String) {
        let text = "fw# show activation-key\nSerial Number: JMX1232L11M\n" + String(repeating: line, count: 3000)
        let limits = ParseLimits(maxLineBytes: 1024, maxDiagnostics: 50)
        let (_, diags) = CaptureParser.parse(Array(text.utf8), limits: limits)
        #expect(diags.count <= 51, "\(diags.count) diagnostics")
        #expect(diags.last?.message.contains("more diagnostics not shown") == true)
    }

    /// A line that lost its line breaks is kept in several parts on one number; passed over
    /// (words in another script), every part's report is taken back, none counted as not shown
    /// (seen on fuzz find activation-key seed 119's line: "4 more diagnostics not shown (limit 1000)").
    @Test func aLineKeptInPartsIsTakenBackWhole() {
        let text = "fw# show activation-key detail\n"
            + "er:Eerpetual VPN-3DES-AES: Enabled perpetual Se:1\u{0403}ual GTP/GPRS:Enableo4 perpetual Botxdlicen{e-se:\nM"
        let (_, diags) = CaptureParser.parse(text)
        #expect(diags.contains { $0.code == .DOC010 && $0.message.contains("in a script no ASA prints") })
        #expect(!diags.contains { $0.message.contains("not shown") }, "\(diags.map { $0.rendered() })")
        // Under help asked, the same line is the help's: counted once among the lines that are
        // no license text, not once a part (it was "no line of 6" for these four).
        let (_, helpDiags) = CaptureParser.parse(text.replacingOccurrences(of: "detail\n", with: "detail\n# sh activatio?\n"))
        #expect(helpDiags.map(\.message) == ["no license text found: no line of 2 is license text"])
    }

    /// A key line that starts the next output is read, and reported, once: there.
    @Test func aKeyLineThatStartsTheNextOutputIsReportedOnce() {
        let text = "Running Permanent Activation Key: 0x1 0x2 0x3 0x4 0x5\nRunning Permanent Activation Key: 0xbad 0xnothex 0x3 0x4 0x5\n"
        let (docs, diags) = CaptureParser.parse(text)
        #expect(docs.count == 2)
        #expect(diags.filter { $0.code == .KEY001 }.count == 1)
    }

    @Test func mixedLineEndingsReadAlike() {
        let lf = Samples.text("Samples/show-activation-key/example2-standalone-detail.txt")
        var mixed = ""
        for (i, line) in lf.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            mixed += line + (i % 3 == 0 ? "\r\n" : "\n")
        }
        let a = CaptureParser.parse(lf), b = CaptureParser.parse(mixed)
        #expect(a.documents.map(\.withoutProvenance) == b.documents.map(\.withoutProvenance))
        #expect(a.diagnostics.map(\.code) == b.diagnostics.map(\.code))
    }

    @Test func aVeryLargeDocumentIsReadWhole() {
        var text = "Serial Number: JMX1232L11M\nLicensed features for this platform:\n"
        for i in 0..<100_000 { text += "Custom Feature \(i) : \(i) perpetual\n" }
        let (docs, diags) = CaptureParser.parse(text)
        guard case .activationKey(let ak)? = docs.first?.content else {
            Issue.record("expected an activation-key document")
            return
        }
        #expect(ak.running?.rows.count == 100_000)
        #expect(diags.filter { $0.code == .DOC004 }.count == 1000)  // one note per unknown name, capped per capture
    }
}
