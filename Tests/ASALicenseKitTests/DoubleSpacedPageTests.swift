import Testing
@testable import ASALicenseKit

/// A page that makes each line a paragraph (a blank line after every line), and cut its long
/// lines at its width: a command, an activation key or a sentence cut so is joined to its end
/// across the page's blank, as on the page without them.
@Suite struct DoubleSpacedPageTests {
    @Test(arguments: ["license-server-config/commands-cut-by-a-page", "license-server-config/server-wrapped-line",
                      "real-world/book-example-continuation-marks", "real-world/reference-page-copied-as-text",
                      "real-world/show-version-broken-at-72"])
    func aLineCutOnADoubleSpacedPageIsJoinedAsWithoutTheBlanks(_ sample: String) {
        let text = Samples.text("Samples/\(sample).txt")
        let spaced = Samples.eachLine(of: text) { $0 + "\n" }
        let (bare, bareDiags) = CaptureParser.parse(text)
        let (docs, diags) = CaptureParser.parse(spaced)
        #expect(docs.map { CLIWriter.text($0) } == bare.map { CLIWriter.text($0) }, "\(sample)")
        let joins = { (d: [Diagnostic]) in d.filter { $0.code == .DOC002 }.count }
        #expect(joins(bareDiags) > 0 && joins(diags) == joins(bareDiags), "\(sample)")
        #expect(diags.filter { $0.severity == .error }.map(\.code) == bareDiags.filter { $0.severity == .error }.map(\.code), "\(sample)")
    }

    /// Where neither the line before the cut one nor the one after its end is blank, the page
    /// is no such page: a blank line under a cut key ends it, as before (KEY001), and the words
    /// after the blank are no key's. Either blank tells such a page (a session's help or a
    /// mail's soft line breaks may stand before the cut line).
    @Test func aBlankUnderACutLineOfASingleSpacedPageEndsIt() {
        let key = "fw(config)# activation-key 0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8\n"
        let enable = "fw(config)# license-server enable inside\n"
        for text in ["\n" + key + "\n0xc4594f9c\n" + enable, enable + key + "\n0xc4594f9c\n\n" + enable, enable + key + "\n0xc4594f9c\n"] {
            let (spaced, spacedDiags) = CaptureParser.parse(text)
            #expect(!spacedDiags.contains { $0.code == .KEY001 }, "\(text)")
            #expect(spaced.count == 1 && spacedDiags.contains { $0.code == .DOC002 }, "\(text)")
        }
        let (_, singleDiags) = CaptureParser.parse(enable + key + "\n0xc4594f9c\nfw(config)# license-server port 50554\n")
        #expect(singleDiags.contains { $0.code == .KEY001 })
        #expect(!singleDiags.contains { $0.code == .DOC002 })
        #expect(singleDiags.contains { $0.code == .DOC010 && $0.span.line == 4 })
    }
}
