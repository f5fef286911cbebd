import Testing
@testable import ASALicenseKit

/// Output as a program printed it: Python's `repr` of a string, of bytes, of a list of lines
/// or of a map of hosts on one line, and `pprint`'s list of lines, one item a line.
@Suite struct StringLinesTests {
    /// Device output that Python's `repr` writes with no escape but `\n` (and `\r\n` for bytes).
    var deviceOutputs: [(path: String, text: String)] {
        Samples.goldenInputs.filter { !$0.hasPrefix("Samples/real-world/") }.compactMap { path in
            let text = Samples.text(path)
            guard !text.isEmpty, !text.contains(where: { $0 == "'" || $0 == "\"" || $0 == "\\" || $0 == "\t" || $0 == "\r" }),
                  text.unicodeScalars.allSatisfy({ ($0.value >= 0x20 && $0.value < 0x7F) || $0 == "\n" }) else { return nil }
            return (path, text)
        }
    }

    func lines(_ text: String) -> [String] {
        var body = text
        if body.hasSuffix("\n") { body.removeLast() }
        return body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Printed on one line, every device output reads as itself: the same documents and
    /// diagnostics, all on that line.
    @Test func everyDeviceOutputPrintedByPythonReadsAsItself() {
        var compared = 0
        for (path, text) in deviceOutputs {
            let l = lines(text)
            let printed: [String] = [
                "'" + l.joined(separator: "\\n") + "'",
                "b'" + l.joined(separator: "\\r\\n") + "'",
                "['" + l.joined(separator: "', '") + "']",
                "{'fw1': '" + l.joined(separator: "\\n") + "'}",
                "[\"" + l.joined(separator: "\", \"") + "\"]",
                // Ansible's one-line result (`-o`), after its host; a command's (`-m raw`), unquoted.
                "fw1 | SUCCESS => {\"changed\": false, \"stdout\": [\"" + l.joined(separator: "\\n") + "\"]}",
                "fw1 | CHANGED | rc=0 | (stdout) " + l.joined(separator: "\\r\\n") + "\\r\\n (stderr) Shared connection to fw1 closed.\\r\\n",
                // (A terminal's copy pads a line with blanks after its last escape or brace.)
                "fw1 | CHANGED | rc=0 | (stdout) " + l.joined(separator: "\\r\\n") + "\\r\\n  \t",
                "fw1 | SUCCESS => {\"changed\": false, \"stdout\": [\"" + l.joined(separator: "\\n") + "\"]}   ",
                // (Under a backup tool's comment mark, as under a mail's quote.)
                "! fw1 | CHANGED | rc=0 | (stdout) " + l.joined(separator: "\\r\\n") + "\\r\\n",
                "! ['" + l.joined(separator: "', '") + "']",
                // What a cell returned, after IPython's or Jupyter's output prompt.
                "Out[3]: '" + l.joined(separator: "\\n") + "'",
            ]
            let (bareDocs, bareDiags) = CaptureParser.parse(Array(text.utf8))
            for form in printed where l.count > 1 {
                let (docs, diags) = CaptureParser.parse(Array((form + "\n").utf8))
                #expect(docs.map(\.withoutLineNumbers) == bareDocs.map(\.withoutLineNumbers), "\(path) \(form.prefix(3))")
                #expect(diags.map(\.code) == bareDiags.map(\.code), "\(path) \(form.prefix(3))")
                #expect(diags.allSatisfy { $0.span.line <= 1 }, "\(path)")
            }
            compared += 1
        }
        #expect(compared > 15)
    }

    /// Every device output, one after another, in one list on one line: the same documents as
    /// the text, read with every line put back found among the lines read last (a long line of
    /// strings is read once, not again from its start for each line put back).
    @Test func allDeviceOutputsInOneListReadAsThemselves() {
        let text = deviceOutputs.map(\.text).joined(separator: "\n")
        let printed = "['" + lines(text).joined(separator: "', '") + "']\n"
        let (bareDocs, bareDiags) = CaptureParser.parse(Array(text.utf8))
        let (docs, diags) = CaptureParser.parse(Array(printed.utf8))
        #expect(docs.count > 15)
        #expect(docs.map(\.withoutLineNumbers) == bareDocs.map(\.withoutLineNumbers))
        #expect(diags.map(\.code) == bareDiags.map(\.code))
    }

    /// A map of outputs by command (NAPALM's `cli`, printed as JSON or by Python): each key is
    /// its output's command, read as the same documents as the output under its echo.
    @Test func aMapOfOutputsByCommandGivesEachItsCommand() {
        let output = "Serial Number: JMX1504L2TD\\nRunning Permanent Activation Key: 0x4a3eea7b 0x54b9f61a 0x4143a90c 0xe5849088 0x4412d4a9\\n"
        let plain = "show activation-key\nSerial Number: JMX1504L2TD\nRunning Permanent Activation Key: 0x4a3eea7b 0x54b9f61a 0x4143a90c 0xe5849088 0x4412d4a9\n"
        let (bareDocs, _) = CaptureParser.parse(plain)
        #expect(bareDocs.map(\.command) == ["show activation-key"])
        for printed in ["{\"show activation-key\": \"\(output)\"}", "{'fw1': {'show activation-key': '\(output)'}}",
                        "  \"show activation-key\": \"\(output)\","] {
            let (docs, diags) = CaptureParser.parse(printed + "\n")
            #expect(docs.map(\.withoutLineNumbers) == bareDocs.map(\.withoutLineNumbers), "\(printed)")
            #expect(diags.isEmpty, "\(printed)")
        }
        // A key that names no command is none of the text (`"stdout": "…"`).
        let (docs, _) = CaptureParser.parse("{\"stdout\": \"\(output)\"}\n")
        #expect(docs.map(\.command) == [nil])
    }

    /// `pprint` puts each line on a line of its own (so does IPython, after a cell's output
    /// prompt): the same documents and diagnostics, on the same lines.
    @Test func everyDeviceOutputPrettyPrintedReadsAsItself() {
        var compared = 0
        for (path, text) in deviceOutputs {
            let l = lines(text)
            guard l.count > 1 else { continue }
            let (bareDocs, bareDiags) = CaptureParser.parse(Array(text.utf8))
            for prompt in ["", "Out[5]: "] {
                let items = l.enumerated().map { (i, line) in (i == 0 ? prompt + "['" : String(repeating: " ", count: prompt.count) + " '") + line + (i == l.count - 1 ? "']" : "',") }
                let (docs, diags) = CaptureParser.parse(Array((items.joined(separator: "\n") + "\n").utf8))
                #expect(docs.map(\.withoutProvenance) == bareDocs.map(\.withoutProvenance), "\(path) \(prompt)")
                #expect(diags.map(\.code) == bareDiags.map(\.code), "\(path) \(prompt)")
                #expect(diags.map(\.span.line) == bareDiags.map(\.span.line), "\(path) \(prompt)")
            }
            compared += 1
        }
        #expect(compared > 15)
    }

    /// A line Python quotes with `"` (it holds a `'`) among lines quoted with `'`: each value
    /// closes at its own quote, also when the parser reads a line again.
    @Test func valuesQuotedEitherWayAreLinesAlike() {
        let text = Samples.text("Samples/show-activation-key/example1-standalone.txt")
        let printed = "[\"Type help or '?' for a list of available commands.\", '" + lines(text).joined(separator: "', '") + "']\n"
        let (bareDocs, _) = CaptureParser.parse(text)
        let (docs, diags) = CaptureParser.parse(printed)
        #expect(docs.map(\.withoutLineNumbers) == bareDocs.map(\.withoutLineNumbers))
        #expect(diags.first?.code == .DOC010)
    }

    func first(_ text: String) -> (text: String, close: Int)? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { b in
            guard let p = b.baseAddress, let f = StringLines.first(p, 0, b.count) else { return nil }
            return (String(decoding: bytes[f.text...].prefix { $0 != f.quote && $0 != UInt8(ascii: "\\") }, as: UTF8.self), f.close)
        }
    }

    @Test func stringsHoldingLinesAreFound() {
        #expect(first("'a\\nb'")?.text == "a")
        #expect(first("  b'a\\r\\nb'")?.text == "a")
        #expect(first("['a', 'b']")?.text == "a")
        #expect(first("[['a', \"b\"]],")?.text == "a")
        #expect(first("{'fw1': 'a\\nb', 'fw2': 'c\\nd'}")?.text == "a")
        #expect(first("\"stdout\": \"a\\nb\",")?.text == "a")
        #expect(first("['', 'b']")?.text == "")
        // Keys whose values are lists of strings (the ASA REST API's `/api/cli`), or a scalar
        // before the next key (a result's map, as printed in one line).
        #expect(first("{\"commands\":[\"show version\"],\"response\":[\"a\\nb\"]}")?.text == "show version")
        #expect(first("{'changed': False, 'stdout': 'a\\nb'}")?.text == "a")
        #expect(first("{'stdout': 'a\\nb', 'changed': False}")?.text == "a")
        #expect(first("{\"rc\": 0, \"out\": {\"fw1\": \"a\\nb\"}}")?.text == "a")
        #expect(first("Out[12]: 'a\\nb'")?.text == "a")
        #expect(first("Out[3]:   ['a', 'b']")?.text == "a")
    }

    @Test func otherLinesAreNoStrings() {
        for text in [
            "'a'", "['a']", "['a',", "\"a\" \"b\"", "'a\\nb", "botnet 'a\\nb'",
            "{\"changed\": false \"stdout\": \"a\\nb\"}",
            "[2012-03-06 10:22:31] Serial Number: JMX1232L11M", "[confirm]", "  Shared AnyConnect Premium Peers : 12000 perpetual",
            "'a', 'b'", "'a\\nb' trailing", "Out[]: 'a\\nb'", "Out[3] 'a\\nb'", "Out[3]: 'a'", "Outside: 'a\\nb'", "Out[3]:",
        ] {
            #expect(first(text) == nil, "\(text)")
        }
    }
}
