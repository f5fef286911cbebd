import Testing
@testable import ASALicenseKit

/// An output held in a program's string literal, or in a CSV file's field, whose quotes stand on
/// its first and last lines (`SHOW = """Serial Number: …` … `… license."""`): read as the output
/// alone, the code around it as text that is not license text. A here-document's word alone
/// closes it too (`cat > fw1.txt <<'EOF'` … `EOF`), and a YAML block scalar's key's indentation
/// (`output: |`, its lines indented past the key), and XML's `]]>` a CDATA section.
@Suite struct StringLiteralTests {
    /// The ways a program or an export holds a text: the code that opens it, what ends its last
    /// line, and the code after; `doublesQuotes` for CSV, whose inner quotes are doubled.
    struct Form: CustomTestStringConvertible, Sendable {
        let name: String
        let opening: String
        let closing: String
        var doublesQuotes = false
        /// What each line of the text is indented by (a YAML block's lines, past its key).
        var indent = ""
        var testDescription: String { name }
    }

    static let forms = [
        Form(name: "Python triple quotes", opening: "SHOW_OUTPUT = \"\"\"", closing: "\"\"\"\n\nprint(SHOW_OUTPUT)"),
        Form(name: "Python raw string in a dict", opening: "golden_output = {'execute.return_value': r'''", closing: "'''}\n\ndef test_golden(self):\n    pass"),
        Form(name: "Python call", opening: "device.parse(\"\"\"", closing: "\"\"\")"),
        Form(name: "JavaScript template", opening: "const output = `", closing: "`;\nmodule.exports = { output };"),
        Form(name: "Go raw string", opening: "const showOutput = `", closing: "`\n\nfunc TestShow(t *testing.T) {\n}"),
        Form(name: "Ruby here-document", opening: "OUTPUT = <<EOS\n", closing: "\nEOS\n\nputs parse(OUTPUT)"),
        Form(name: "shell here-document", opening: "cat > fw1.txt <<'EOF'\n", closing: "\nEOF\nscp fw1.txt backup:/captures/"),
        Form(name: "YAML block scalar", opening: "fixtures:\n  fw1:\n    output: |\n", closing: "\n    expected_serial: JMX1232L11M\n  fw2: {}", indent: "      "),
        Form(name: "CSV field", opening: "INC0012345,fw1 licence check,\"", closing: "\",Closed", doublesQuotes: true),
        Form(name: "XML CDATA section", opening: "<testcase name=\"fw1\"><system-out><![CDATA[", closing: "]]></system-out></testcase>\n</testsuite>"),
        Form(name: "XML CDATA section on its lines", opening: "<ac:structured-macro ac:name=\"code\"><ac:plain-text-body><![CDATA[\n", closing: "\n]]></ac:plain-text-body></ac:structured-macro>\n<p>Done.</p>"),
    ]

    /// The outputs tried: each sample of the device's outputs and configurations.
    static var outputs: [(path: String, text: String)] {
        Samples.textInputs.filter { $0.path.hasPrefix("Samples/show-") || $0.path.hasPrefix("Samples/license-server-config/") }
    }

    static func wrap(_ text: String, in form: Form) -> String {
        var body = text
        while body.hasSuffix("\n") { body.removeLast() }
        if form.doublesQuotes { body = body.replacingOccurrences(of: "\"", with: "\"\"") }
        if !form.indent.isEmpty { body = body.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : form.indent + $0 }.joined(separator: "\n") }
        return "import unittest\n\n" + form.opening + body + form.closing + "\n"
    }

    @Test(arguments: forms)
    func anOutputInALiteralReadsAsTheOutputAlone(_ form: Form) {
        var compared = 0
        for (path, text) in Self.outputs {
            // (A first line of 100 bytes or more is no literal's: `StringLiteral.startsOutput`.)
            guard let first = text.split(separator: "\n").first, first.utf8.count < FlattenedLines.minimumLength,
                  !text.contains("`"), !(form.opening.hasSuffix("'''") && text.contains("'''")) else { continue }
            let bare = CaptureParser.parse(text)
            let wrapped = CaptureParser.parse(Self.wrap(text, in: form))
            #expect(wrapped.documents.map(\.withoutProvenance) == bare.documents.map(\.withoutProvenance), "\(path)")
            // The same findings, and the code's lines noted as text that is not license text.
            #expect(wrapped.diagnostics.filter { $0.code != .DOC010 }.map(\.code) == bare.diagnostics.filter { $0.code != .DOC010 }.map(\.code), "\(path)")
            #expect(wrapped.diagnostics.contains { $0.code == .DOC010 }, "\(path)")
            compared += 1
        }
        #expect(compared > 15)
    }

    @Test func aPythonTestModuleIsItsThreeOutputs() {
        let (docs, diags) = InputReader.read(Samples.bytes("Samples/real-world/python-test-string-literals.txt"))
        #expect(docs.count == 3 && docs.allSatisfy { $0.unparsed.isEmpty })
        #expect(!diags.contains { $0.severity != .note })
        guard docs.count == 3, case .activationKey(let ak) = docs[0].content, case .activationKey(let tail) = docs[1].content,
              case .configuration(let config) = docs[2].content else {
            Issue.record("not two activation-key documents and a configuration"); return
        }
        // The text after the opening quotes is the first line: the echoed command, its prompt kept.
        #expect(docs[0].prompt == "fw-dmz-01#" && docs[0].command == "show activation-key")
        #expect(ak.serialNumber?.text == "JMX1918L2QP" && ak.running?.rows.count == 21)
        // The text before the closing quotes is the last line.
        #expect(ak.flashKey != nil)
        #expect(tail.running?.rows.count == 4 && tail.serialNumber?.text == "JMX1918L2QP")
        #expect(config.commands.count == 2)
    }

    @Test func aTicketExportIsTheOutputsOfItsFields() {
        let (docs, diags) = InputReader.read(Samples.bytes("Samples/real-world/ticket-csv-export.txt"))
        #expect(docs.count == 2 && docs.allSatisfy { $0.unparsed.isEmpty })
        #expect(!diags.contains { $0.severity != .note })
        // Each field's first line keeps its prompt: two units, not one.
        #expect(docs.map(\.prompt) == ["fw-edge-02#", "fw-vpn-04#"])
        guard case .activationKey(let ak)? = docs.first?.content else { Issue.record("no activation-key document"); return }
        #expect(ak.serialNumber?.text == "FCH2041J0AB" && ak.running?.rows.count == 20)
        #expect(docs.first?.sourceLines == 2...46)
    }

    @Test func aShellScriptsHereDocumentsAreTheirOutputs() {
        let (docs, diags) = InputReader.read(Samples.bytes("Samples/real-world/shell-script-here-documents.txt"))
        #expect(docs.count == 2 && docs.allSatisfy { $0.unparsed.isEmpty })
        #expect(!diags.contains { $0.severity != .note })
        guard docs.count == 2, case .activationKey(let ak) = docs[0].content, case .configuration(let config) = docs[1].content else {
            Issue.record("not an activation-key document and a configuration"); return
        }
        #expect(ak.serialNumber?.text == "JMX2044L0VV" && ak.running?.rows.count == 4)
        // The script's lines around the configuration are none of its other lines.
        #expect(config.commands.count == 2 && config.otherLines == 0)
    }

    /// A test's YAML fixtures: the keys after a block are the file's, no rows of the output.
    @Test func aYAMLFileIsTheOutputsOfItsBlocks() {
        let (docs, diags) = InputReader.read(Samples.bytes("Samples/real-world/yaml-test-fixtures.txt"))
        #expect(docs.count == 2 && docs.allSatisfy { $0.unparsed.isEmpty })
        #expect(diags.map(\.code) == [.DOC010, .DOC010, .DOC010])
        guard docs.count == 2, case .activationKey(let first) = docs[0].content, case .activationKey(let second) = docs[1].content else {
            Issue.record("not two activation-key documents"); return
        }
        #expect(first.serialNumber?.text == "JAD2034082T" && first.running?.rows.count == 19)
        #expect(second.serialNumber?.text == "JAD2034083U" && second.running?.rows.count == 3)
        #expect(docs.map(\.sourceLines) == [6...32, 38...44])
    }

    /// A Confluence page's storage format and a JUnit report: each CDATA section's text is an
    /// output, the markup around it the page's (XML's `]]>` ends it, glued to its last line or not).
    @Test(arguments: ["Samples/real-world/confluence-storage-format.txt", "Samples/real-world/junit-report-system-out.txt"])
    func anXMLDocumentsCDATASectionsAreItsOutputs(_ path: String) {
        let (docs, diags) = InputReader.read(Samples.bytes(path))
        #expect(docs.count == 2 && docs.allSatisfy { $0.unparsed.isEmpty })
        #expect(diags.allSatisfy { $0.code == .DOC010 }, "\(diags.map { $0.rendered() })")
        #expect(docs.allSatisfy { $0.prompt?.hasSuffix("#") == true })
        // A section closed on its own line holds no output (`<![CDATA[Serial Number: …]]>`).
        let (inline, _) = CaptureParser.parse("<value><![CDATA[fw1# show activation-key]]></value>\nSerial Number: JMX1232L11M\n")
        #expect(inline.count == 1 && inline.first?.prompt == nil)
    }

    @Test func aGoTestsRawStringIsItsOutput() {
        let (docs, diags) = InputReader.read(Samples.bytes("Samples/real-world/go-test-raw-string.txt"))
        #expect(docs.count == 1 && docs.first?.unparsed.isEmpty == true)
        #expect(!diags.contains { $0.severity != .note })
        #expect(docs.first?.prompt == "vpn-edge-03>")
        guard case .sharedLicense? = docs.first?.content else { Issue.record("no shared-license document"); return }
    }

    /// What only looks like a literal stays the text it is: a closed string, an apostrophe, a
    /// literal of prose, a one-line string of lines that lost its closing quote.
    @Test func otherQuotesOpenNoOutput() {
        let output = "Serial Number: JMX1234567A\nRunning Permanent Activation Key: 0xd11b3d48 0xa80a4c0a 0x48e0fd1c 0xb0443480 0x0f1d9b3a\n"
        for line in ["x = \"Serial Number: JMX1234567A\"", "it's \"Serial Number: JMX1234567A", "msg = \"\"\"The licence was renewed",
                     "{\"response\": [\"Serial Number: JMX1234567A\\nRunning Permanent Activation Key: 0x1"] {
            let (docs, _) = CaptureParser.parse(line + "\n\n" + output)
            #expect(docs.count == 1 && docs.first?.sourceLines == 3...4, "\(line)")
        }
        // Opened, the literal's quotes close it: a line with quotes of its own does not.
        let (docs, diags) = CaptureParser.parse("x = \"\"\"Cisco Adaptive Security Appliance Software Version 9.8(4)\n"
            + "System image file is \"disk0:/asa984-smp-k8.bin\"\nSerial Number: JMX1234567A\n\"\"\"\nprint(x)\n")
        #expect(docs.count == 1 && docs.first?.unparsed.isEmpty == true)
        guard case .activationKey(let ak)? = docs.first?.content else { Issue.record("no activation-key document"); return }
        #expect(ak.serialNumber?.text == "JMX1234567A" && ak.showVersion?.softwareVersion == "9.8(4)")
        #expect(diags.map(\.code) == [.DOC010] && diags.first?.span.line == 5)
    }
}
