import Testing
@testable import ASALicenseKit

/// A context diff (`diff -c`): read as the text it makes, the new side of each hunk (the old
/// side's lines alike where a hunk that only removes leaves the new side out), every line
/// keeping its number in the diff.
@Suite struct ContextDiffTests {
    /// `text` as the new side of a context diff with every line in one hunk: every fourth line
    /// changed (`! `), a line removed after every seventh (`- `), every fifth added (`+ `).
    /// With, for each line of `text`, its number in the diff.
    static func diff(makingText text: String) -> (diff: String, lineNumbers: [Int]) {
        let lines = Array(text.utf8).split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        var old: [String] = [], new: [String] = []
        for (i, line) in lines.enumerated() {
            if i % 4 == 1 {
                (old, new) = (old + ["! old " + line], new + ["! " + line])
            } else if i % 5 == 2 {
                new.append("+ " + line)
            } else {
                (old, new) = (old + ["  " + line], new + ["  " + line])
            }
            if i % 7 == 3 { old.append("- fw9# show route") }
        }
        let header = ["*** a/capture.txt\t2024-02-19 09:12:44.000000000 +0000", "--- b/capture.txt\t2024-02-19 09:13:20.000000000 +0000",
                      "***************", "*** 1,\(old.count) ****"]
        let before = header.count + old.count + 1
        return ((header + old + ["--- 1,\(new.count) ----"] + new).joined(separator: "\n"), lines.indices.map { before + $0 + 1 })
    }

    /// `text` as what a context diff that only removes lines makes: the new side left out, the
    /// old side's lines alike (`  `) the text, a line removed (`- `) after every third.
    static func diff(removingFrom text: String) -> (diff: String, lineNumbers: [Int]) {
        let lines = Array(text.utf8).split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        var old: [String] = [], numbers: [Int] = []
        let header = ["*** a/capture.txt", "--- b/capture.txt", "***************"]
        for (i, line) in lines.enumerated() {
            old.append("  " + line)
            numbers.append(header.count + 1 + old.count)
            if i % 3 == 0 { old.append("- fw9# show route") }
        }
        let body = ["*** 1,\(old.count) ****"] + old + ["--- 1,\(lines.count) ----"]
        return ((header + body).joined(separator: "\n"), numbers)
    }

    /// Every sample, as the text a context diff makes, reads as itself: the same documents, the
    /// same findings, each on the diff's line where the sample's stands.
    @Test func everySampleMadeByAContextDiffReadsAsItself() {
        #expect(UnifiedDiffTests.everySampleReadsAsItself(madeBy: Self.diff(makingText:)) > 100)
    }

    /// And as the text a hunk that only removes lines makes: its old side's lines alike.
    @Test func everySampleLeftByAContextDiffThatRemovesReadsAsItself() {
        #expect(UnifiedDiffTests.everySampleReadsAsItself(madeBy: Self.diff(removingFrom:)) > 100)
    }

    /// Two units compared: the second unit's values, the lines before the hunk left out
    /// (DOC003: its range does not start the file), no error. Read from a file in chunks as
    /// when read whole; decoded in chunks of any size, the same text; every line where it was.
    @Test func twoUnitsComparedGiveTheSecondsValues() throws {
        let path = "Samples/real-world/diff-c-two-units.txt"
        let (docs, diags) = InputReader.read(Samples.bytes(path))
        guard docs.count == 1, case .activationKey(let ak) = docs[0].content else {
            Issue.record("one show activation-key expected")
            return
        }
        #expect(ak.running?.row(.securityContexts)?.value == .count(5))
        #expect(ak.running?.row(.premiumPeers)?.value == .count(50))
        #expect(ak.running?.rows.count == 9)
        #expect(!diags.contains { $0.severity == .error })
        try UnifiedDiffTests.streamedReadsAsWhole(path)
        UnifiedDiffTests.decodesAlikeInChunks(Samples.bytes(path))
    }

    /// Context diffs broken anywhere (a mark changed, a line dropped or doubled, a range
    /// wrong) decode alike in chunks of any size, and the text made is read as a file reads it.
    @Test func brokenContextDiffsDecodeAlikeInChunks() {
        let source = Samples.bytes("Samples/real-world/diff-c-two-units.txt") + Array(Self.diff(makingText: Samples.text("Samples/show-activation-key/example3-failover-primary-detail.txt")).diff.utf8)
        #expect(UnifiedDiffTests.brokenDiffsDecodeAlike(source, marks: "*-+! \n1,", seed: 23, rounds: 60) > 40)
    }

    /// Hunks of each shape, as GNU diff writes them: one that changes lines (both sides), one
    /// that only adds (the old side left out), one that only removes (the new side left out),
    /// a one-line range (`*** 13 ****`); a hunk that does not follow on is an elision; a line
    /// changed to a blank one whose blank an editor took off (`!` alone) is a blank line.
    @Test func eachHunkShapeMakesItsText() {
        let diff = ["*** a.txt", "--- b.txt", "***************", "*** 1,3 ****", "  a", "! b", "  c", "--- 1,3 ----", "  a", "!", "  c",
                    "***************", "*** 4,5 ****", "--- 4,6 ----", "  d", "+ x", "  e",
                    "***************", "*** 6,8 ****", "  f", "- g", "  h", "--- 7,8 ----",
                    "***************", "*** 13 ****", "--- 12,13 ----", "  m", "+ n", ""].joined(separator: "\n")
        let made = Array(diff.utf8).withUnsafeBufferPointer(DiffInput.textMade).map { String(decoding: $0, as: UTF8.self) }
        let (vacant, removed) = (String(UnicodeScalar(QuotedPrintableInput.vacantLine)), String(UnicodeScalar(DiffInput.removedLine)))
        #expect(made == ["*** a.txt", "--- b.txt", vacant, vacant, removed, removed, removed, vacant, "a", "", "c",
                         vacant, vacant, vacant, "d", "x", "e",
                         vacant, vacant, "f", removed, "h", vacant,
                         vacant, "*** 13 ****", vacant, "m", "n", ""].joined(separator: "\n"))
    }
}
