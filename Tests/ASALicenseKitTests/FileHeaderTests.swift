import Testing
@testable import ASALicenseKit

/// `head` and `tail` over several saved outputs print `==> NAME <==` before each file's lines:
/// framing, which ends the output of the file before it.
@Suite struct FileHeaderTests {
    @Test func headersAreTold() {
        for text in ["==> fw1.txt <==", "==> backups/fw 1/show version.txt <==", "  ==> a <==  "] {
            #expect(LineLexer.lexing(text) { ParseContext.isFileHeader($0) }, "\(text)")
        }
        for text in ["==>", "==> <==", "==> fw1.txt", "=> fw1.txt <=", "==> fw1.txt <==:", "Maximum VLANs : 150 ==> 200 <=="] {
            #expect(!LineLexer.lexing(text) { ParseContext.isFileHeader($0) }, "\(text)")
        }
    }

    /// Every sample as `head` prints it beside another file: the same documents and findings,
    /// on the lines after the header. The header of a file after it (empty, or its first line
    /// the page's prose) is none of the sample's output.
    @Test func everySampleUnderItsHeaderReadsAsItself() {
        var compared = 0
        for path in Samples.goldenInputs {
            let text = Samples.text(path)
            guard !text.isEmpty, !Samples.isEncoded(text), text.hasSuffix("\n") else { continue }
            let (bareDocs, bareDiags) = CaptureParser.parse(Array(text.utf8))
            let (docs, diags) = CaptureParser.parse(Array(("==> \(path) <==\n" + text + "\n==> empty.txt <==\n").utf8))
            #expect(docs.map { CLIWriter.text($0) } == bareDocs.map { CLIWriter.text($0) }, "\(path)")
            #expect(diags.map(\.code) == bareDiags.map(\.code), "\(path)")
            #expect(diags.map(\.span.line) == bareDiags.map { $0.span.line + ($0.code == .DOC005 ? 0 : 1) }, "\(path)")
            compared += 1
        }
        #expect(compared > 100)
    }

    /// Two units' outputs, each under its file's header: the first ends at the second's header
    /// (not a line of it, though the second's prompt follows), also after a time-based key's
    /// section, which reads keys past blank lines.
    @Test func aHeaderEndsTheOutputBeforeIt() {
        let first = Samples.text("Samples/show-activation-key/example3-failover-primary-detail.txt")
        let second = Samples.text("Samples/show-activation-key/example4-failover-secondary-detail.txt")
        let (catDocs, catDiags) = CaptureParser.parse(first + second)
        let (docs, diags) = CaptureParser.parse("==> fw1.txt <==\n" + first + "\n==> fw2.txt <==\n" + second)
        #expect(docs.count == 2)
        #expect(docs.map { CLIWriter.text($0) } == catDocs.map { CLIWriter.text($0) })
        #expect(diags.map(\.code) == catDiags.map(\.code))
        #expect(!diags.contains { $0.code == .DOC001 })
    }
}
