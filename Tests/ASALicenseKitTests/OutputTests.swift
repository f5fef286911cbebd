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
        w.finish()
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
            #expect(DocumentOutput.render(docs, as: format) == DocumentOutput.render(docs, as: format))
        }
    }

    @Test func secretsNeverLeakByDefault() {
        let text = "license-server secret farscape\nlicense-server address 10.1.1.1 secret farscape port x\n"
        let (docs, diags) = InputReader.read(text)
        for format in OutputFormat.allCases {
            #expect(!DocumentOutput.render(docs, as: format).contains("farscape"), "\(format)")
        }
        #expect(!diags.contains { $0.message.contains("farscape") })
        #expect(DocumentOutput.render(docs, as: .cli, options: OutputOptions(showSecrets: true)).contains("farscape"))
    }

    @Test func ipv6IsTypedAndCanonical() {
        #expect(IPAddress("2001:DB8:0:0::2") == IPAddress("2001:db8::2"))
        #expect(IPAddress("2001:DB8:0:0::2").description == "2001:db8::2")
        #expect(IPAddress("10.1.1.2").description == "10.1.1.2")
        #expect(IPAddress("::ffff:10.1.1.2").description == "::ffff:a01:102")
        #expect(!IPAddress("10.1.1.256").isIP)
        #expect(!IPAddress("1::2::3").isIP)
    }
}
