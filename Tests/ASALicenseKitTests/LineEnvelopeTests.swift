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
    /// `columnsOf`: the wrapped lines of the output, when the envelope's width is not the same
    /// on every line (a diagnostic's column then moves by its own line's envelope).
    func expectReadsAsBare(_ wrapped: [String], width: Int, sourceLines: ClosedRange<Int>? = nil, columnsOf lines: [String]? = nil) {
        let bare = read(Self.lines)
        let (docs, diags) = read(wrapped)
        #expect(docs.map(\.withoutProvenance) == bare.docs.map(\.withoutProvenance))
        if lines == nil { #expect(docs.first?.sourceLines == sourceLines ?? bare.docs.first?.sourceLines) }
        let ownDiags = lines == nil ? diags : diags.filter { $0.code != .DOC010 }
        #expect(ownDiags.map(\.code) == bare.diags.map(\.code))
        #expect(!ownDiags.isEmpty)  // the key's bad word says where it is
        guard let lines else {
            #expect(diags.map(\.span.column) == bare.diags.map { $0.span.column + width })
            return
        }
        // Each line's envelope: what stands before its text.
        let widths = zip(lines, Self.lines).map { wrapped, line in line.isEmpty ? 0 : wrapped.utf8.count - line.utf8.count - 1 }
        #expect(ownDiags.map(\.span.column) == bare.diags.map { $0.span.column + widths[$0.span.line - 1] })
    }

    @Test(arguments: [("> ", 2), (">", 1), (">> ", 3), ("> > ", 4), ("&gt; ", 5), ("&gt;&gt; ", 9), ("&gt; &gt; ", 10), ("&gt; > ", 7)])
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

    /// Ansible's YAML callback prints `stdout_lines` as a YAML list: items quoted when they
    /// hold a colon, plain otherwise, under the map's keys. They read as the output.
    @Test func aYAMLListOfLinesReadsAsTheOutput() {
        let quoted = Self.lines.enumerated().map { i, l in (i == 0 ? "  - - '" : "    - '") + l.replacingOccurrences(of: "'", with: "''") + "'" }
        expectReadsAsBare(["ok: [asa1] =>"] + ["  output.stdout_lines:"] + quoted, width: 0, columnsOf: quoted)
        let mixed = Self.lines.map { l in l.contains(":") || l.isEmpty ? "    - '\(l)'" : "    - \(l)" }
        let bare = read(Self.lines)
        let (docs, _) = read(["ok: [asa1] =>", "  output:", "    stdout:", "    - |-", "      not the lines", "    stdout_lines:"] + mixed)
        #expect(docs.map(\.withoutProvenance) == bare.docs.map(\.withoutProvenance))
    }

    /// A bullet at the margin is prose (a post's list), not a tool's list of lines.
    @Test func aBulletOfProseIsNoEnvelope() {
        let (docs, diags) = read(["Our unit:", "- Maximum VLANs : 150", "- Failover : Active/Standby", "", "Thanks"])
        #expect(docs.isEmpty)
        #expect(diags.map(\.code) == [.DOC005])
    }

    /// Where line `k` of `Self.lines` starts on a physical line that holds them all, joined by
    /// `separator`, from byte `textStart` (0-based).
    func start(ofLine k: Int, textStart: Int, separator: String) -> Int {
        textStart + Self.lines.prefix(k).reduce(0) { $0 + $1.utf8.count + separator.utf8.count }
    }

    /// Ansible's `stdout`: the whole output in one JSON string, its lines joined by `\n`
    /// escapes. It reads as the output, each line numbered as the physical line and its
    /// columns counted on it.
    @Test(arguments: ["\\n", "\\r\\n"])
    func aJSONStringOfTheWholeOutputReadsAsTheOutput(_ separator: String) {
        let joined = "            \"" + Self.lines.joined(separator: separator) + "\""
        let wrapped = ["ok: [asa1] => {", "    \"output\": {", "        \"stdout\": [", joined, "        ],", "    }", "}"]
        let bare = read(Self.lines)
        let (docs, diags) = read(wrapped)
        #expect(docs.map(\.withoutProvenance) == bare.docs.map(\.withoutProvenance))
        #expect(diags.map(\.code) == [.DOC010] + bare.diags.map(\.code))
        #expect(diags.dropFirst().map(\.span.line) == bare.diags.map { _ in 4 })
        #expect(diags.dropFirst().map(\.span.column) == bare.diags.map { start(ofLine: $0.span.line - 1, textStart: 13, separator: separator) + $0.span.column })
        #expect(docs.first?.sourceLines?.lowerBound == 4)
    }

    /// `"stdout": "…"`, as `cli_command` prints it: the value's lines, the key no part of them.
    @Test func aKeyWithTheWholeOutputAsItsValueReadsAsTheOutput() {
        let wrapped = ["ok: [asa1] => {", "    \"stdout\": \"" + Self.lines.joined(separator: "\\n") + "\\n\"", "}"]
        let bare = read(Self.lines)
        let (docs, diags) = read(wrapped)
        #expect(docs.map(\.withoutProvenance) == bare.docs.map(\.withoutProvenance))
        #expect(diags.map(\.code) == [.DOC010] + bare.diags.map(\.code))
        #expect(diags.dropFirst().map(\.span.column) == bare.diags.map { start(ofLine: $0.span.line - 1, textStart: 15, separator: "\\n") + $0.span.column })
    }

    /// What a device printed, written as one JSON string, reads as itself: the same documents
    /// and the same diagnostics, on one line. (Samples with a quote, a backslash or a tab
    /// would need JSON escapes that are not lines: not here. The real-world samples are
    /// pastes, with prose, mail quotes and fences between outputs, which a device's `stdout`
    /// never holds: told apart by their line numbers, they are not told apart inside one line.)
    @Test func everyDeviceOutputAsOneJSONStringReadsAsItself() {
        var compared = 0
        for path in Samples.goldenInputs where !path.hasPrefix("Samples/real-world/") {
            let text = Samples.text(path)
            guard !text.isEmpty, !text.contains(where: { $0 == "\"" || $0 == "\\" || $0 == "\t" || $0 == "\r" }),
                  text.unicodeScalars.allSatisfy({ $0.value >= 0x20 || $0 == "\n" }) else { continue }
            var body = text
            if body.hasSuffix("\n") { body.removeLast() }
            let wrapped = "    \"" + body.replacingOccurrences(of: "\n", with: "\\n") + "\"\n"
            let (bareDocs, bareDiags) = CaptureParser.parse(Array(text.utf8))
            let (docs, diags) = CaptureParser.parse(Array(wrapped.utf8))
            #expect(docs.map(\.withoutLineNumbers) == bareDocs.map(\.withoutLineNumbers), "\(path)")
            #expect(diags.map(\.code) == bareDiags.map(\.code), "\(path)")
            #expect(diags.allSatisfy { $0.span.line <= 1 }, "\(path)")
            compared += 1
        }
        #expect(compared > 15)
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

    /// A quote mark after a terminal's control sequences is one, as after the blanks canonical CLI
    /// writes back in their place: a reply's line `ESC ESC>>` was kept as `   >`, which read again
    /// is a quoted blank line that ends the reply (fuzz find, activation-key seed 56).
    @Test func aQuoteMarkAfterControlSequencesIsOne() {
        for escapes in ["\u{1B}\u{1B}>", "\u{1B}[K", "   "] {
            let b = Array((escapes + "> Serial Number: JMX1232L11M").utf8)
            b.withUnsafeBufferPointer { b in
                var l = Line(number: 1, start: 0, end: b.count)
                #expect(LineEnvelope.strip(b, &l))
                #expect(ByteText.string(b, l.start, l.end) == "Serial Number: JMX1232L11M")
            }
        }
        let session = "fw(config)# activation-key x\nThe key is not valid\n\u{1B}\u{1B}>>\nfw(config)#\n"
        guard case .configuration(let config)? = CaptureParser.parse(session).documents.first?.content else {
            Issue.record("no configuration")
            return
        }
        #expect(config.commands.first?.reply == ["The key is not valid"])
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

    /// RANCID's lines for the unit (`!Image: Software: 8.2(2)`) among the licence lines it keeps,
    /// after the serial as it sorts them: show version's, passed over as a show version passes
    /// over them; printed so by no device, they are still kept where they are not comments.
    @Test func aRancidDigestIsItsOutputAndItsConfiguration() {
        let text = Samples.text("Samples/real-world/rancid-backup-digest.txt")
        let (docs, diags) = read(text)
        #expect(docs.count == 2)
        guard case .activationKey(let ak)? = docs.first?.content else { Issue.record("no activation-key document"); return }
        #expect(ak.serialNumber?.text == "JMX1234ABCD")
        #expect(ak.running?.rows.count == 18)
        #expect(docs.first?.unparsed.isEmpty == true)
        #expect(!diags.contains { $0.severity != .note })
        let uncommented = Samples.eachLine(of: text) { $0.hasPrefix("!") ? String($0.dropFirst()) : String($0) }
        let kept = read(uncommented).docs.first { if case .activationKey = $0.content { true } else { false } }
        #expect(kept?.unparsed.map(\.text) == ["Image: Software: 8.2(2)", "Image: Compiled: Tue 05-Jan-10 14:54 by builders", "Image: disk0:/asa822-k8.bin"])
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
