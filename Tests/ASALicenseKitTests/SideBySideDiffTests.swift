import Testing
@testable import ASALicenseKit

/// A side-by-side diff (`diff -y`, `sdiff`): the new file's side of each line is the text the
/// diff makes, read with every line keeping its number; a side the diff cut at its column's
/// width is said (DOC003), not read.
@Suite struct SideBySideDiffTests {
    /// The lines of two files side by side as GNU diff lays them out at `width` columns (its
    /// `--width`): the gutter's mark after the old side, the new side at `off`; with tabs, or
    /// with blanks alone (`expandTabs`, `-t`). A nil side has no line there; `leftColumn` shows
    /// a line alike once (`--left-column`).
    static func layOut(_ pairs: [(old: String?, new: String?)], width: Int = 130, expandTabs: Bool = false, leftColumn: Bool = false) -> String {
        let t = expandTabs ? 1 : 8
        let off = (width + t + 3) / (2 * t) * t
        let half = max(0, min(off - 3, width - off))
        func columns(_ s: [UInt8]) -> Int { s.reduce(0) { $1 == 0x09 ? ($0 / 8 + 1) * 8 : $1 & 0xC0 == 0x80 ? $0 : $0 + 1 } }
        func cut(_ s: String, _ n: Int) -> [UInt8] {
            var out: [UInt8] = []
            for b in s.utf8 where columns(out + [b]) <= n || b & 0xC0 == 0x80 { out.append(b) }
            return out
        }
        func pad(_ line: inout [UInt8], to col: Int) {
            while !expandTabs, (columns(line) / 8 + 1) * 8 <= col { line.append(0x09) }
            while columns(line) < col { line.append(0x20) }
        }
        var lines: [String] = []
        for (old, new) in pairs {
            var line = cut(old ?? "", half)
            let mark: UInt8? = old == new ? (leftColumn ? UInt8(ascii: "(") : nil) : old == nil ? UInt8(ascii: ">") : new == nil ? UInt8(ascii: "<") : UInt8(ascii: "|")
            if let mark {
                pad(&line, to: half + 1)
                line.append(mark)
                if let new, mark != UInt8(ascii: "(") {
                    pad(&line, to: off)
                    line += cut(new, min(half, width - off))
                }
            } else if let new, !new.isEmpty {
                pad(&line, to: off)
                line += cut(new, min(half, width - off))
            }
            lines.append(String(decoding: line, as: UTF8.self))
        }
        return lines.joined(separator: "\n")
    }

    /// `text` as the new side of a side-by-side diff as wide as its longest line needs: two
    /// lines of the old file alone first (`<`), every fourth line changed (`|`), a line of the
    /// old file alone after every seventh, every fifth line the new file's alone (`>`). With, for each line of `text`, its number in the diff.
    static func diff(makingText text: String, expandTabs: Bool = false) -> (diff: String, lineNumbers: [Int]) {
        let lines = Array(text.utf8).split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
            String(decoding: line.last == 0x0D ? line.dropLast() : line[...], as: UTF8.self)
        }
        var pairs: [(old: String?, new: String?)] = [("fw9# show route", nil), ("fw9# show route", nil)], numbers: [Int] = []
        for (i, line) in lines.enumerated() {
            pairs.append(i % 4 == 1 ? ("fw9# show route", line) : i % 5 == 2 ? (nil, line) : (line, line))
            numbers.append(pairs.count)
            if i % 7 == 3 { pairs.append(("fw9# show route", nil)) }
        }
        var widest = 0
        for line in lines { widest = max(widest, line.utf8.count + 8 * line.utf8.filter { $0 == 0x09 }.count) }
        return (layOut(pairs, width: 2 * (widest + 16), expandTabs: expandTabs), numbers)
    }

    /// Every sample, as the text a side-by-side diff makes, reads as itself: the same documents,
    /// the same findings, each on the diff's line where the sample's stands.
    @Test func everySampleMadeByASideBySideDiffReadsAsItself() {
        #expect(UnifiedDiffTests.everySampleReadsAsItself(madeBy: { Self.diff(makingText: $0) }) > 100)
    }

    /// Laid out with blanks alone (`diff -y -t`), alike; a sample with tabs is left out: diff
    /// would write its tabs as blanks.
    @Test func everySampleMadeByADiffWithoutTabsReadsAsItself() {
        #expect(UnifiedDiffTests.everySampleReadsAsItself(madeBy: { text in
            text.contains("\t") ? Self.diff(makingText: text) : Self.diff(makingText: text, expandTabs: true)
        }) > 100)
    }

    /// Two units' outputs side by side at diff's width: the second unit's values; each line
    /// its key or sentence cut at the column is said once (DOC003), not read: no error. Read
    /// from a file in chunks as when read whole; decoded in chunks of any size, the same text.
    @Test func twoUnitsSideBySideGiveTheSecondsValues() throws {
        let path = "Samples/real-world/sdiff-two-units.txt"
        let (docs, diags) = InputReader.read(Samples.bytes(path))
        guard docs.count == 1, case .activationKey(let ak) = docs[0].content else {
            Issue.record("one show activation-key expected")
            return
        }
        #expect(docs[0].hostname == "fw-b")
        #expect(ak.serialNumber?.text == "JAD21410XYZ")
        #expect(ak.runningPermanentKey == nil)
        #expect(ak.running?.row(.securityContexts)?.value == .count(5))
        #expect(ak.running?.row(.botnetTrafficFilter)?.value == .enabled)
        #expect(ak.platform?.model == "ASA 5516" && ak.platform?.tier == "Security Plus")
        #expect(docs[0].unparsed.isEmpty)
        let cut = diags.filter { $0.code == .DOC003 && $0.message.contains("side-by-side") }
        #expect(cut.map(\.span.line) == [5, 31])
        #expect(!diags.contains { $0.severity == .error })
        try UnifiedDiffTests.streamedReadsAsWhole(path)
        let source = Samples.bytes(path)
        guard case .sideBySide(let layout)? = source.withUnsafeBufferPointer(DiffInput.kind(of:)) else {
            Issue.record("a side-by-side diff expected")
            return
        }
        #expect(layout == SideBySideLayout(gutter: 62, right: 64))
        UnifiedDiffTests.decodesAlikeInChunks(source, .sideBySide(layout))
    }

    /// Each kind of line, at diff's default width with tabs and with blanks alone, and with a
    /// line alike shown once (`--left-column`).
    @Test(arguments: [(false, false), (true, false), (false, true)])
    func eachLineIsReadByItsGutter(expandTabs: Bool, leftColumn: Bool) {
        let key = "Running Permanent Activation Key: 0x4a3eea7b 0x54b9f61a 0x4143a9d4 0x91f0d8b2 0x547a3e06"
        let text = Self.layOut([("fw-a# show activation-key", "fw-a# show activation-key"), ("Serial Number: JAD21410ABC", "Serial Number: JAD21410XYZ"),
                                ("", ""), (key, key), ("old only", nil), (nil, "new only"), (nil, "")],
                               expandTabs: expandTabs, leftColumn: leftColumn)
        let made = Array(text.utf8).withUnsafeBufferPointer(DiffInput.textMade).map { String(decoding: $0, as: UTF8.self) }
        let removed = String(UnicodeScalar(DiffInput.removedLine)), cut = String(UnicodeScalar(DiffInput.cutLine))
        #expect(made == ["fw-a# show activation-key", "Serial Number: JAD21410XYZ", "", cut, removed, "new only", ""].joined(separator: "\n"))
    }

    /// A changed line that is its file's last with no line end is marked `/` (the new file's)
    /// or `\` (the old file's), as GNU diff marks it: read as `|`.
    @Test(arguments: ["/", "\\"])
    func aLastLineWithNoLineEndIsReadAsChanged(mark: String) {
        let text = Self.layOut([("fw-a# show activation-key", "fw-b# show activation-key"), ("Failover : Disabled", nil),
                                ("Maximum VLANs : 150", "Maximum VLANs : 150"), ("Serial Number: JAD21410ABC", "Serial Number: JAD21410XYZ")])
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[3] = lines[3].replacingOccurrences(of: "|", with: mark)
        let made = Array(lines.joined(separator: "\n").utf8).withUnsafeBufferPointer(DiffInput.textMade).map { String(decoding: $0, as: UTF8.self) }
        #expect(made == ["fw-b# show activation-key", String(UnicodeScalar(DiffInput.removedLine)), "Maximum VLANs : 150", "Serial Number: JAD21410XYZ"].joined(separator: "\n"))
    }

    /// Text whose marks only look like a gutter is read as written: a Markdown table's columns,
    /// a filter's pipes, a quote, one line that is a diff's.
    @Test(arguments: [
        "| Feature                    | Value     |\n|----------------------------|-----------|\n| Maximum VLANs              | 100       |\n| Security Contexts          | 2         |\n| Botnet Traffic Filter      | Enabled   |\n",
        "fw1# show running-config | include license\nfw1# show version | begin Licensed\nfw1# show version | include Serial\n",
        "> Licensed features for this platform:\n> Maximum VLANs : 100\n> Failover : Active/Active\n",
        "Maximum VLANs : 100 perpetual\t\t\t\t      |\tMaximum VLANs : 150 perpetual\nFailover : Active/Active perpetual\n",
    ])
    func marksThatOnlyLookLikeAGutterAreNone(text: String) {
        #expect(Array(text.utf8).withUnsafeBufferPointer(SideBySideLayout.detect) == nil)
        #expect(Array(text.utf8).withUnsafeBufferPointer(DiffInput.textMade) == nil)
    }
}
