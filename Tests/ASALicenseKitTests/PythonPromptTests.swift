import Testing
@testable import ASALicenseKit

/// A post's Python session (Netmiko, Paramiko): statements at `>>> `, the output printed under
/// one. The statements are the program's, not a mail's quote: text outside the output.
@Suite struct PythonPromptTests {
    @Test func statementsAreTold() {
        for text in [">>> conn.disconnect()", ">>> import netmiko", ">>> from netmiko import ConnectHandler", ">>> out = conn.send_command(\"show version\")",
                     ">>> print(out)", ">>> print(net_connect.send_command('show activation-key detail'))", "  >>> x=1"] {
            #expect(LineLexer.lexing(text) { PythonPrompt.isStatement($0) }, "\(text)")
        }
        // A mail's quote of the third depth: the output's lines, a configuration's at its prompt.
        for text in [">>> Serial Number: JMX1232L11M", ">>> fw1(config)# license-server enable inside", ">>>> print(x)", ">>> from the output above",
                     ">>> Maximum VLANs : 150 perpetual", ">>> x == y", ">>> show version", ">>> This platform has a Base license.", ">>>print(x)",
                     ">>> fw1(config)# do show version", ">>> ", ">>> f(x) # note"] {
            #expect(!LineLexer.lexing(text) { PythonPrompt.isStatement($0) }, "\(text)")
        }
    }

    /// Every sample printed by a statement at Python's prompt, the next statement right under
    /// it: the same documents and findings on the lines one down, the statements noted as text
    /// outside them (DOC010). Before, the last statement was a line not understood (DOC001) in
    /// an output that has no closing line of its own.
    @Test func everySamplePrintedAtPythonsPromptReadsAsItself() {
        var compared = 0
        for path in Samples.goldenInputs {
            let text = Samples.text(path)
            guard !text.isEmpty, !Samples.isEncoded(text), text.hasSuffix("\n") else { continue }
            let (bareDocs, bareDiags) = CaptureParser.parse(Array(text.utf8))
            let session = ">>> print(conn.send_command('show version'))\n" + text + ">>> conn.disconnect()\n"
            let (docs, diags) = CaptureParser.parse(Array(session.utf8))
            #expect(docs.map { CLIWriter.text($0) } == bareDocs.map { CLIWriter.text($0) }, "\(path)")
            let found = diags.filter { $0.code != .DOC010 }, bare = bareDiags.filter { $0.code != .DOC010 }
            #expect(found.map(\.code) == bare.map(\.code), "\(path)")
            #expect(found.map(\.span.line) == bare.map { $0.span.line + ($0.code == .DOC005 ? 0 : 1) }, "\(path)")
            // (A configuration counts the lines it does not know, a statement too; a show
            // version's licence-state lines alone, with no block, pass over what follows them, as
            // the lines between them and the block in a whole show version.)
            let passesOver: Bool = switch docs.last?.content {
            case .configuration?: true
            case .activationKey(let ak)?: ak.running == nil && ak.serialNumber == nil
            default: bareDocs.isEmpty
            }
            let last = text.split(separator: "\n", omittingEmptySubsequences: false).count + 1
            #expect(passesOver || diags.contains { $0.code == .DOC010 && $0.span.line <= last && $0.message.contains("\(last) ") }, "\(path): \(diags.filter { $0.code == .DOC010 }.map(\.message))")
            compared += 1
        }
        #expect(compared > 30)
    }

    /// A mail's quote three deep of an output is still taken off.
    @Test func aQuoteThreeDeepIsStillAQuote() {
        let (docs, diags) = CaptureParser.parse(">>> fw1# show activation-key\n>>> Serial Number: JMX1232L11M\n>>> Running Permanent Activation Key: 0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9c\n")
        guard case .activationKey(let ak)? = docs.first?.content else { Issue.record("no activation-key document"); return }
        #expect(ak.serialNumber?.text == "JMX1232L11M")
        #expect(diags.isEmpty)
    }
}
