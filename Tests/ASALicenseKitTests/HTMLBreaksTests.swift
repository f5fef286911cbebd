import Testing
@testable import ASALicenseKit

/// A page's source that breaks an output's lines with `<br>` alone, all on one physical line
/// (a forum's post as its API or an export gives it): read as the output as printed.
@Suite struct HTMLBreaksTests {
    /// `text`'s lines on one line, each ended by `tag` as a page's source has it (`>` escaped),
    /// inside a paragraph.
    func onePageLine(_ text: String, tag: String) -> String {
        let escaped = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        return "<div class=\"post\">" + escaped.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: tag) + "</div>\n"
    }

    @Test(arguments: ["show-shared-license/participant", "show-shared-license/server-detail", "show-activation-key/example2-standalone-detail",
                      "license-server-config/participant-show-run-all"])
    func aPageLineOfBreaksReadsAsTheOutput(_ sample: String) {
        let text = Samples.text("Samples/\(sample).txt")
        let (bareDocs, bareDiags) = CaptureParser.parse(Array(text.utf8))
        for tag in ["<br>", "<br />", "<BR/>"] {
            let (docs, diags) = CaptureParser.parse(Array(onePageLine(text, tag: tag).utf8))
            // (The prompt is kept as the page escapes it, `ciscoasa&gt;`, as on a page's lines.)
            #expect(docs.map(\.content) == bareDocs.map(\.content), "\(sample) \(tag)")
            #expect(docs.map(\.command) == bareDocs.map(\.command), "\(sample) \(tag)")
            #expect(diags.filter { $0.severity != .note }.map(\.code) == bareDiags.filter { $0.severity != .note }.map(\.code), "\(sample) \(tag)")
        }
    }

    /// A line is judged by the bytes it keeps written back: ASCII but blanks, 90 or more (bytes
    /// that are no UTF-8 take more written back, as U+FFFD: fuzz find, activation-key seed 82).
    @Test func aShortLineIsNoPageLineWrittenBackEither() {
        let cuts: ([UInt8]) -> [Int]? = FlattenedLinesTests.cuts
        let short = Array("This platform has an ASA 5505 Security Plus license.<br />Messages Tx/Rx/Error:".utf8)
        let padded = Array(short[..<18]) + Array(repeating: 0xFF, count: 20) + Array(short[18...])
        #expect(padded.count >= FlattenedLines.minimumLength && cuts(padded) == nil)
        let written = Array(String(decoding: padded, as: UTF8.self).utf8)
        #expect(cuts(written) == nil)
        #expect(cuts(short + Array(" and the rest of the post goes on here".utf8)) != nil)
    }

    /// The breaks are found by their tag alone; other tags and text that names one are no break.
    @Test func theBreaksAreWhereTheTagsAre() {
        func cuts(_ text: String) -> [Int]? {
            let bytes = Array(text.utf8)
            return bytes.withUnsafeBufferPointer { HTMLBreaks.cuts($0.baseAddress!, 0, $0.count) }
        }
        #expect(cuts("a<br>b<BR />c<br/>") == [5, 12])
        #expect(cuts("a<b>b</b> <bread> <br") == nil)
        // A block's tags break lines only where `<br>` does too.
        #expect(cuts("a</p><p>b<br>c") == [5, 13])
        #expect(cuts("a</p><p>b</li>c") == nil)
    }
}
