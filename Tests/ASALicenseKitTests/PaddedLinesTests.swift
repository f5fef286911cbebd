import Testing
@testable import ASALicenseKit

/// Text copied from a web page, a terminal or an editor often ends its lines with blanks. What
/// frames a line at its end (a blog editor's `<br />`, a closing `</pre>`, a ticket's `{code}`,
/// an Ansible header's `>>` or `=> {`, Ansible's one-line result) is told by the line's last
/// text, not its last byte.
@Suite struct PaddedLinesTests {
    @Test(arguments: ["   ", "\t", "  \r"])
    func everySamplePaddedWithBlanksReadsAsItself(_ padding: String) {
        var compared = 0
        for (path, text) in Samples.textInputs where !text.contains("\r")
            && !ShapeCombinationTests.notBrokenAsText.contains(where: { path.hasPrefix("Samples/real-world/" + $0) }) {
            expectSameReading(Samples.eachLine(of: text) { $0 + padding }, as: text, path)
            compared += 1
        }
        #expect(compared > 50)
    }

    /// The framing samples, each told apart only at a line's end, padded: no finding appears.
    @Test func framingAtALinesEndIsToldBeforeItsPadding() {
        let page = "<pre>fw1# show activation-key   \nSerial Number: JMX1232L11M<br />  \nRunning Permanent Activation Key: 0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9c<br /> \n</pre>  \nAnd the mate:\n"
        let (docs, diags) = CaptureParser.parse(page)
        guard case .activationKey(let ak)? = docs.first?.content else { Issue.record("no activation-key document"); return }
        #expect(ak.runningPermanentKey?.words.count == 5)
        #expect(diags.map(\.code) == [.DOC010])
        let ansible = "fw1 | CHANGED | rc=0 >>   \nSerial Number: JMX1232L11M\n\nfw2 | CHANGED | rc=0 >>\t\nSerial Number: JMX1232L11N\n"
        let (hosts, hostDiags) = CaptureParser.parse(ansible)
        #expect(hosts.count == 2)
        #expect(hostDiags.isEmpty, "\(hostDiags)")
    }
}
