import Testing
@testable import ASALicenseKit

/// Output that came through a medium that wraps every line: an e-mail's quote marks, a JSON
/// list of strings as Ansible prints `stdout_lines`. It reads as the output itself, with
/// columns still counted on the physical line.
@Suite struct LineEnvelopeTests {
    static let lines = [
        "Serial Number: JMX1232L11M",
        "Running Permanent Activation Key: 0xce06dc6b 0x8a7b5ab7 0xa1e2zzd4 0xd2c4b8b8 0xc4594f9c",
        "",
        "Licensed features for this platform:",
        "Maximum VLANs               : 150       perpetual",
        "Failover                    : Active/Standby perpetual",
        "",
        "This platform has an ASA 5520 VPN Plus license.",
    ]

    func read(_ lines: [String]) -> (docs: [Document], diags: [Diagnostic]) {
        let (docs, diags) = CaptureParser.parse(Array((lines.joined(separator: "\n") + "\n").utf8))
        return (docs, diags)
    }

    /// The same output read bare and wrapped: the same documents, and the same diagnostics
    /// but for their columns, which move by the envelope's width.
    func expectReadsAsBare(_ wrapped: [String], width: Int, sourceLines: ClosedRange<Int>? = nil) {
        let bare = read(Self.lines)
        let (docs, diags) = read(wrapped)
        #expect(docs.map(\.withoutProvenance) == bare.docs.map(\.withoutProvenance))
        #expect(docs.first?.sourceLines == sourceLines ?? bare.docs.first?.sourceLines)
        #expect(diags.map(\.code) == bare.diags.map(\.code))
        #expect(!diags.isEmpty)  // the key's bad word says where it is
        #expect(diags.map(\.span.column) == bare.diags.map { $0.span.column + width })
    }

    @Test(arguments: [("> ", 2), (">", 1), (">> ", 3), ("> > ", 4)])
    func anEmailQuoteReadsAsTheOutput(_ mark: String, _ width: Int) {
        expectReadsAsBare(Self.lines.map { $0.isEmpty ? mark.trimmingTrailingSpaces : mark + $0 }, width: width)
    }

    @Test func aJSONListOfLinesReadsAsTheOutput() {
        let quoted = Self.lines.enumerated().map { i, l in "            \"\(l)\"" + (i == Self.lines.count - 1 ? "" : ",") }
        let wrapped = ["ok: [asa1] => {", "    \"output.stdout_lines\": [", "        ["] + quoted + ["        ]", "    ]", "}"]
        let bare = read(Self.lines)
        let (docs, diags) = read(wrapped)
        #expect(docs.map(\.withoutProvenance) == bare.docs.map(\.withoutProvenance))
        // The first three lines are not license text; the brackets after the list frame it,
        // as blank lines after an output do.
        #expect(diags.map(\.code) == [.DOC010] + bare.diags.map(\.code))
        #expect(diags.dropFirst().map(\.span.column) == bare.diags.map { $0.span.column + 13 })
        #expect(docs.first?.sourceLines == 4...14)
    }

    @Test func aKeyAndItsStringValueAreNoEnvelope() {
        var line = Line(number: 1, start: 0, end: 0)
        for text in ["\"msg\": \"Serial Number: JMX1232L11M\"", "\"open", "\"", "\"a\" \"b\"", "no quote", "\"ends escaped\\\""] {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { b in
                line.end = b.count
                line.start = 0
                #expect(!LineEnvelope.strip(b, &line), "\(text)")
                #expect(line.start == 0 && line.end == b.count)
            }
        }
        let escaped = Array("  \"say \\\"hi\\\"\",".utf8)
        escaped.withUnsafeBufferPointer { b in
            var l = Line(number: 1, start: 0, end: b.count)
            #expect(LineEnvelope.strip(b, &l))
            #expect(ByteText.string(b, l.start, l.end) == "say \\\"hi\\\"")
        }
    }

    /// A line read, put back and read again is read whole again: its envelope does not stay
    /// on the text (`JMX1232L11M",` as the serial).
    @Test func aLinePutBackIsReadWholeAgain() {
        let (docs, diags) = read(Self.lines.map { "\"\($0)\"," })
        guard case .activationKey(let ak)? = docs.first?.content else { Issue.record("no activation-key document"); return }
        #expect(ak.serialNumber?.text == "JMX1232L11M")
        #expect(!diags.contains { $0.code == .KEY005 })
    }
}

/// A backup tool's file (Oxidized keeps `show version` as `! ` comments above the
/// configuration): the output in the comments is read as output, the configuration as one.
@Suite struct CommentedOutputTests {
    func read(_ text: String) -> (docs: [Document], diags: [Diagnostic]) {
        let (docs, diags) = CaptureParser.parse(Array(text.utf8))
        return (docs, diags)
    }

    @Test func anOxidizedBackupIsItsOutputAndItsConfiguration() {
        let (docs, diags) = InputReader.read(Samples.bytes("Samples/real-world/oxidized-backup.txt"))
        #expect(docs.count == 2)
        guard case .activationKey(let ak)? = docs.first?.content, case .configuration(let config)? = docs.last?.content else {
            Issue.record("not an activation-key document and a configuration"); return
        }
        #expect(ak.serialNumber?.text == "FCH18177QQQ")
        #expect(ak.showVersion?.softwareVersion == "9.1(7)16")
        #expect(ak.running?.rows.count == 22)
        #expect(ak.running?.platform?.tier == "VPN Premium")
        #expect(docs.first?.sourceLines == 1...40)
        // The backup address commented out is no command of the unit.
        #expect(config.commands.count == 1)
        #expect(config.role == .participant)
        #expect(!diags.contains { $0.severity != .note })
    }

    @Test func aCommentThatIsNotOutputStaysTheConfigurations() {
        let text = "! Change 1234: the participant\n!\nlicense-server address 10.1.1.1 secret farscape\n"
        let (docs, diags) = read(text)
        #expect(docs.count == 1)
        guard case .configuration(let config)? = docs.first?.content else { Issue.record("no configuration"); return }
        #expect(docs.first?.sourceLines == 1...3)
        #expect(config.otherLines == 2)
        #expect(diags.isEmpty)
    }

    @Test func aCommandCommentedOutAfterOutputIsNoCommand() {
        let text = "! Serial Number: FCH18177QQQ\n! license-server enable inside\nlicense-server address 10.1.1.1 secret farscape\n"
        let (docs, _) = read(text)
        #expect(docs.count == 2)
        guard case .configuration(let config)? = docs.last?.content else { Issue.record("no configuration"); return }
        #expect(config.commands.count == 1)
        #expect(config.otherLines == 1)
        #expect(docs.first?.sourceLines == 1...1)
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
