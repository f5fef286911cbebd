import Testing
@testable import ASALicenseKit

/// An output the echoed command piped through a filter (`show activation-key | include Peers`,
/// `sh ver | grep -i license`) shows only the lines asked for: rows without their header are
/// the running block's, and what the filter left out is not missing.
@Suite struct FilteredOutputTests {
    static let rows = "AnyConnect Premium Peers          : 2              perpetual\nOther VPN Peers                   : 750            perpetual\n"
        + "Total VPN Peers                   : 750            perpetual\n"

    @Test func aFilterIsAPipeThenAWord() {
        for command in ["show version | include Serial|Key", "sh act | i Peers", "show activation-key|inc Peers", "sh ver | grep -i license", "show version | begin Licensed"] {
            #expect(EchoedCommand.filtersOutput(command), "\(command)")
        }
        for command in ["show version", "show activation-key detail", "show version |", "| include Peers", "show version | 2"] {
            #expect(!EchoedCommand.filtersOutput(command), "\(command)")
        }
    }

    /// Rows alone under a filtered `show activation-key` are its running block (noted, DOC009);
    /// under the same command unfiltered they are lines not understood.
    @Test func rowsAloneUnderAFilterAreTheRunningBlock() throws {
        let (docs, diags) = CaptureParser.parse("fw1# show activation-key | include Peers\n" + Self.rows + "fw1# \n")
        guard case .activationKey(let ak)? = docs.first?.content else { Issue.record("no activation-key document"); return }
        #expect(docs.count == 1)
        #expect(ak.running?.headerless == true && ak.running?.rows.count == 3)
        #expect(diags.map(\.code) == [.DOC009])
        let unfiltered = CaptureParser.parse("fw1# show activation-key\n" + Self.rows + "fw1# \n")
        #expect(unfiltered.diagnostics.map(\.code) == [.DOC001, .DOC001, .DOC001])
    }

    /// What the filter left out is not reported missing: no serial number (DOC002), a time-based
    /// key's section with no key under it (DOC003).
    @Test(arguments: ["Licensed features for this platform:\nShared License                    : Disabled       perpetual\nThis platform has an ASA 5520 VPN Plus license.\n",
                      "Serial Number: JMX1232L11M\nRunning Permanent Activation Key: 0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9c\nActive Timebased Activation Key:\n"])
    func whatTheFilterLeftOutIsNotMissing(_ output: String) {
        for command in ["show activation-key detail", "show version"] {
            let filtered = CaptureParser.parse("fw1# \(command) | include license|Key|Serial\n" + output + "fw1# \n")
            let whole = CaptureParser.parse("fw1# \(command)\n" + output + "fw1# \n")
            let findings = { (docs: [Document], diags: [Diagnostic]) in
                Linter().lint(docs.map { LintDocument(path: "-", document: $0) }, readDiagnostics: diags).filter { $0.severity != .note }.map(\.code)
            }
            #expect(findings(filtered.documents, filtered.diagnostics).isEmpty, "\(command)")
            #expect(!findings(whole.documents, whole.diagnostics).isEmpty, "\(command)")
        }
    }
}
