import Foundation
import Testing
@testable import ASALicenseKit

/// A capture whose lines end with a carriage return alone (classic Mac OS tools, some serial
/// console loggers) reads as the same capture with line feeds, from a file and from memory.
@Suite struct CarriageReturnLinesTests {
    @Test func everySampleWithReturnsForLineFeedsReadsAsItself() throws {
        var compared = 0
        for (path, text) in Samples.textInputs where !text.contains("\r") && text.contains("\n") {
            let returns = Array(text.utf8).map { $0 == 0x0A ? 0x0D : $0 }
            let bare = CaptureParser.parse(Array(text.utf8))
            let read = InputReader.read(returns)
            #expect(read.documents.map(\.withoutProvenance) == bare.documents.map(\.withoutProvenance), "\(path)")
            #expect(read.diagnostics.map(\.code) == bare.diagnostics.map(\.code), "\(path)")
            #expect(read.diagnostics.map(\.span.line) == bare.diagnostics.map(\.span.line), "\(path)")
            compared += 1
        }
        #expect(compared > 50)
    }

    /// Read through `InputSource` (a file, in chunks): the same documents and diagnostics.
    @Test func aFileWithReturnsForLineFeedsReadsAsItsText() throws {
        let text = Samples.text("Samples/show-activation-key/example3-failover-primary-detail.txt")
        try expectFileReadsAsText(text.utf8.map { $0 == 0x0A ? 0x0D : $0 }, text, name: "cr")
    }

    /// Told by a return with a byte after it and no line feed: a CRLF capture's first read that
    /// ends between its `\r` and `\n`, and a lone return inside a line of a capture with line
    /// feeds (PuTTY's erased pager prompt), are not.
    @Test func toldByAReturnWithNoLineFeed() {
        let cases: [(String, Bool)] = [("fw# show ver\rSerial", true), ("a\rb\rc\r", true), ("fw# show version\r", false),
                                       ("a\r\nb", false), ("<--- More --->\r    \rSerial\n", false), ("", false), ("\r", false)]
        for (text, expected) in cases {
            #expect(Array(text.utf8).withUnsafeBufferPointer(CarriageReturnLines.detect) == expected, "\(text.debugDescription)")
        }
    }
}
