import Testing
@testable import ASALicenseKit

/// A secret the text does not show: `show running-config` prints stars in its place, and
/// whoever pasted a configuration may have typed a placeholder. Neither is the unit's secret:
/// it is kept as written, noted, and never measured or compared.
@Suite struct MaskedSecretTests {
    static let server = "srv# show running-config license-server\nlicense-server secret *****\nlicense-server enable inside\nsrv# \n"
    static func participant(_ secret: String) -> String {
        "part# show running-config license-server\nlicense-server address 10.1.1.1 secret \(secret)\npart# \n"
    }

    func findings(_ files: [String]) -> [Diagnostic] {
        var docs: [LintDocument] = [], read: [Diagnostic] = []
        for (i, text) in files.enumerated() {
            let (d, g) = InputReader.read(text)
            docs += d.map { LintDocument(path: "f\(i).txt", document: $0) }
            read += g
        }
        return Linter().lint(docs, readDiagnostics: read)
    }

    @Test(arguments: ["*****", "<removed>", "[REDACTED]"])
    func aMaskIsNotComparedWithTheSecret(_ mask: String) {
        let masked = findings([Self.server, Self.participant("farscape")])
        #expect(!masked.contains { $0.code == .SHR009 }, "\(masked.map { $0.rendered() })")
        #expect(masked.filter { $0.code == .DOC008 }.count == 1)
        let both = findings([Self.server.replacingOccurrences(of: "*****", with: "farscape"), Self.participant(mask)])
        #expect(!both.contains { $0.code == .SHR009 || $0.code == .SHR001 })
        #expect(both.contains { $0.code == .DOC008 && $0.message.contains(mask) })
        // Two secrets shown, and different, still are a finding.
        let clear = findings([Self.server.replacingOccurrences(of: "*****", with: "farscape"), Self.participant("another")])
        #expect(clear.contains { $0.code == .SHR009 })
    }

    /// Written as it is, in every output: a fingerprint of the stars would read as a secret,
    /// and two masks would look the same secret. A real secret is still redacted.
    @Test func aMaskIsWrittenAsItIs() {
        let (docs, _) = InputReader.read(Self.server + Self.participant("farscape"))
        let cli = docs.map { CLIWriter.text($0) }.joined()
        #expect(cli.contains("license-server secret *****\n"))
        #expect(!cli.contains("farscape"))
        let yaml = OutputFormat.yaml.render(docs)
        #expect(yaml.contains("secret: '*****'"))
        #expect(InputReader.read(yaml).documents == docs)
        #expect(CaptureParser.parse(cli).documents.map(\.withoutProvenance) == docs.map(\.withoutProvenance))
    }

    @Test func aMaskDiffersFromNoSecret() {
        let a = Secret("*****"), b = Secret("farscape"), c = Secret("another")
        #expect(a.isMasked && !b.isMasked)
        #expect(!a.differs(from: b) && !b.differs(from: a))
        #expect(b.differs(from: c))
        #expect(!Secret("removal2024").isMasked)
        #expect(!Secret("x*x").isMasked)
        // A placeholder in a web page's source, its angle brackets escaped; not a secret
        // that starts with an ampersand.
        #expect(Secret("&lt;removed&gt;").isMasked && Secret("&lt;secret&gt;").isMasked)
        #expect(!Secret("&removed").isMasked && !Secret("&lt;&gt;").isMasked && !Secret("&lt;x").isMasked)
        #expect(PastedRedaction.serialLooksRedacted("&lt;serial&gt;"))
    }
}
