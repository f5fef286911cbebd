import Testing
@testable import ASALicenseKit

/// A word diff (`git diff --word-diff`, `git log -p --word-diff`): unified hunks whose lines
/// have no mark, the change inside them (`Security Contexts : [-2-]{+5+}   perpetual`); read as
/// the text it makes, every line keeping its number in the diff.
@Suite struct WordDiffTests {
    /// `text` as the new side of a word diff with every line in one hunk, at the places of
    /// `UnifiedDiffTests.diff(makingText:)`'s changes: every fourth line after a line removed
    /// whole and with its last word changed (`[-old-]{+word+}`), a line removed after every
    /// seventh; and every fifth line added whole (`{+line+}`). With, for each line of `text`,
    /// its number in the diff.
    static func diff(makingText text: String) -> (diff: String, lineNumbers: [Int]) {
        let lines = Array(text.utf8).split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        var body: [String] = [], numbers: [Int] = []
        var old = 0
        for (i, line) in lines.enumerated() {
            if i % 4 == 1 {
                body.append("[-old-]")
                old += 1
            }
            // The last word: from after the last blank before the line's last text.
            let textEnd = (line.lastIndex { !ByteText.isSpace($0) } ?? -1) + 1
            let wordStart = (line[..<textEnd].lastIndex { ByteText.isSpace($0) } ?? -1) + 1
            let part = { (r: Range<Int>) in String(decoding: line[r], as: UTF8.self) }
            if i % 4 == 1 && textEnd > 0 {
                let word = part(wordStart..<textEnd)
                body.append(part(0..<wordStart) + "[-x" + word + "-]{+" + word + "+}" + part(textEnd..<line.count))
                old += 1
            } else if i % 5 == 2 && textEnd > 0 {
                body.append("{+" + part(0..<line.count) + "+}")
            } else {
                body.append(part(0..<line.count))
                old += 1
            }
            numbers.append(body.count + 4)  // (after the header's four lines)
            if i % 7 == 3 {
                body.append("[-fw9# show route-]")
                old += 1
            }
        }
        let header = ["diff --git a/capture.txt b/capture.txt", "--- a/capture.txt", "+++ b/capture.txt",
                      "@@ -1,\(old) +1,\(lines.count) @@"]
        return ((header + body).joined(separator: "\n"), numbers)
    }

    /// Every sample, as the text a word diff makes, reads as itself: the same documents, the
    /// same findings, each on the diff's line where the sample's stands; the diff's own lines
    /// are notes.
    @Test func everySampleMadeByAWordDiffReadsAsItself() {
        #expect(UnifiedDiffTests.everySampleReadsAsItself(madeBy: Self.diff(makingText:)) > 100)
    }

    /// Two units compared: the second unit's values, the first's removed; a hunk after lines
    /// the diff does not show leaves them out (DOC003). No error. Read from a file in chunks as
    /// when read whole; decoded in chunks of any size, the same text; and so are word diffs
    /// broken anywhere.
    @Test func twoUnitsComparedGiveTheSecondsValues() throws {
        let path = "Samples/real-world/git-word-diff-two-units.txt"
        let (docs, diags) = InputReader.read(Samples.bytes(path))
        guard docs.count == 1, case .activationKey(let ak) = docs[0].content else {
            Issue.record("one show activation-key expected")
            return
        }
        #expect(docs[0].hostname == "fw-sec")
        #expect(ak.serialNumber?.text == "JAD21410XYZ")
        #expect(ak.runningPermanentKey?.text == "0x91f0d8b2 0x547a3e06 0x2bd4c719 0x8f63e05a 0x1d2e3f4a")
        #expect(ak.running?.row(.premiumPeers)?.value == .count(2))
        #expect(ak.running?.row(.mobile)?.value == .disabled)
        #expect(docs[0].unparsed.isEmpty)
        #expect(diags.filter { $0.code == .DOC003 }.map(\.span.line) == [15])
        #expect(!diags.contains { $0.severity == .error })
        try UnifiedDiffTests.streamedReadsAsWhole(path)
        let source = Samples.bytes(path)
        UnifiedDiffTests.decodesAlikeInChunks(source, .words)
        #expect(UnifiedDiffTests.brokenDiffsDecodeAlike(source, marks: "[]{}+-@ \n1,", seed: 41, rounds: 120) > 60)
    }

    /// Told by a unified hunk whose lines bear its header's counts out as a word diff's, one of
    /// them with marks; a hunk of plain lines is no word diff, and a unified one stays unified.
    @Test func aWordDiffIsToldByItsHunks() {
        func kind(_ text: String) -> DiffInput.Kind? { Array(text.utf8).withUnsafeBufferPointer(DiffInput.kind(of:)) }
        #expect(kind("@@ -1,2 +1,2 @@\nSerial Number: [-JMX1232L11M-]{+JMX1232L11N+}\nFailover : Active/Active\n") == .words)
        #expect(kind("@@ -1,2 +1,3 @@\n[-fw1# show version-]\n{+fw2# show version+}\n\n{+Serial Number: JMX1232L11N+}\n") == .words)
        #expect(kind("@@ -1,2 +1,2 @@\nSerial Number: JMX1232L11M\nFailover : Active/Active\n") == nil, "no marks")
        #expect(kind("@@ -1,1 +1,1 @@\nSerial Number: [-JMX1232L11M-]{+JMX1232L11N+}\nFailover : Active/Active\n") == .words,
                "the counts run out: the line after is the text's")
        #expect(kind("@@ -1,2 +1,1 @@\n{+Serial Number: JMX1232L11N+}\n{+Failover : Active/Active+}\n") == nil, "more added lines than counted")
        #expect(kind("@@ -1,2 +1,2 @@\n-a\n+b\n c\n") == .lines)
        #expect(kind("3c3\n< [-a-]\n---\n> {+b+}\n") == .lines)
    }

    /// The text a word diff's line makes, and the sides it stands on.
    @Test func aLineLosesWhatItRemovesAndItsMarks() {
        func made(_ line: String) -> (String, old: Bool, new: Bool) {
            var bytes = Array(line.utf8)
            let sides = bytes.withUnsafeBufferPointer { WordDiffLine.sides($0, 0, $0.count) }
            let end = bytes.withUnsafeMutableBufferPointer { WordDiffLine.write($0, 0, $0.count, at: 0) }
            return (String(decoding: bytes[..<end], as: UTF8.self), sides.old, sides.new)
        }
        #expect(made("Security Contexts : [-2-]{+5+}   perpetual") == ("Security Contexts : 5   perpetual", true, true))
        #expect(made("[-fw-pri#-]{+fw-sec#+} show activation-key") == ("fw-sec# show activation-key", true, true))
        #expect(made("[-Cluster : Enabled perpetual-]") == ("", true, false))
        #expect(made("{+Cluster : Enabled perpetual+}") == ("Cluster : Enabled perpetual", false, true))
        #expect(made("  [-a-]  ") == ("    ", true, false), "blanks outside the marks are no text")
        #expect(made("{+a++}-]") == ("a+-]", true, true), "a mark's end is its first closing pair")
        #expect(made("Failover : [-Active/Active") == ("Failover : ", true, true), "a span left open ends with its line")
        #expect(made("") == ("", false, false))
    }
}
