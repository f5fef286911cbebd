import Testing
@testable import ASALicenseKit

/// The header Ansible's ad-hoc command prints before each host's result.
@Suite struct AnsibleResultTests {
    @Test func headersAreTold() {
        // (As a web page's source escapes them too.)
        for text in ["fw1 | CHANGED | rc=0 >>", "192.0.2.1 | FAILED | rc=1 >>", "fw1 | SUCCESS => {", "fw-2.example.net | UNREACHABLE! => {",
                     "fw1 | CHANGED | rc=0 &gt;&gt;", "fw1 | SUCCESS =&gt; {"] {
            #expect(LineLexer.lexing(text) { AnsibleResult.isHeader($0) }, "\(text)")
        }
        for text in ["fw1 | include Serial", "show version | include Serial|license", "fw1 | changed | rc=0 >>", "fw1 | CHANGED | rc=0",
                     "fw1 | CHANGED | rc=0 &gt;", "fw1 | SUCCESS =&lt; {",
                     "fw1 | SUCCESS => {\"changed\": false}", "Maximum VLANs : 150 perpetual"] {
            #expect(!LineLexer.lexing(text) { AnsibleResult.isHeader($0) }, "\(text)")
        }
    }

    /// Each host's output after its header (`-m raw`): one document a host, no line of the
    /// first output made of the second's header; so in a web page's source, which escapes it.
    @Test(arguments: [">>", "&gt;&gt;"])
    func eachHostsOutputIsADocument(_ arrows: String) {
        let output = "Serial Number: JMX1232L11M\nRunning Permanent Activation Key: 0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9c\n"
        let (docs, diags) = CaptureParser.parse("fw1 | CHANGED | rc=0 \(arrows)\n\(output)10.0.0.2 | CHANGED | rc=0 \(arrows)\n\(output)")
        #expect(docs.count == 2)
        #expect(diags.isEmpty, "\(diags)")
    }

    /// A result on one line at `-vvv` (`-o`): the module's arguments first, a map whose last
    /// values are not strings (`"wait_for": null}}`), then `stdout` and `stdout_lines`. Read as
    /// the output, twice as printed; the command among the arguments is text outside it.
    @Test func aVerboseOneLineResultIsRead() {
        let output = #"Serial Number: JMX1232L11M\nRunning Permanent Activation Key: 0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9c"#
        let lines = #""Serial Number: JMX1232L11M", "Running Permanent Activation Key: 0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9c""#
        let result = #"fw1 | SUCCESS => {"changed": false, "invocation": {"module_args": {"commands": ["show activation-key"], "interval": 1, "match": "all", "retries": 10, "wait_for": null}}, "stdout": [""#
            + output + #""], "stdout_lines": [["# + lines + "]]}\n"
        let (docs, diags) = CaptureParser.parse(result)
        #expect(docs.count == 2)
        #expect(docs.allSatisfy { if case .activationKey(let ak) = $0.content { ak.serialNumber?.text == "JMX1232L11M" } else { false } })
        #expect(diags.map(\.code) == [.DOC010], "\(diags)")
    }
}
