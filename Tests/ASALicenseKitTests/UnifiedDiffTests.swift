import Testing
@testable import ASALicenseKit

/// A unified diff of outputs or configurations (`diff -u`, `git diff`, `git log -p` of a backup's
/// history): read as the text it makes, every line keeping its number in the diff.
@Suite struct UnifiedDiffTests {
    /// `text` as the new side of a diff with every line in one hunk: every fourth line changed
    /// (an old one removed, the line added), a line removed after every seventh. With, for each
    /// line of `text`, its number in the diff.
    static func diff(makingText text: String) -> (diff: String, lineNumbers: [Int]) {
        // (Split by bytes: `\r\n` is one Character.)
        let lines = Array(text.utf8).split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        var body: [String] = [], numbers: [Int] = []
        var old = 0
        for (i, line) in lines.enumerated() {
            if i % 4 == 1 {
                body.append("-old " + line)
                old += 1
                body.append("+" + line)
            } else {
                body.append(" " + line)
                old += 1
            }
            numbers.append(body.count + 3)
            if i % 7 == 3 {
                body.append("-fw9# show route")
                old += 1
            }
        }
        let header = ["--- a/capture.txt\t2024-02-19 09:12:44.000000000 +0000", "+++ b/capture.txt\t2024-02-19 09:13:20.000000000 +0000",
                      "@@ -1,\(old) +1,\(lines.count) @@"]
        return ((header + body).joined(separator: "\n"), numbers)
    }

    /// What is read but the notes on text that is no license text or removed by the diff (and
    /// the warning that none is, said on the first line, the diff's).
    static func findings(_ diags: [Diagnostic], lines: (Int) -> Int = { $0 }) -> [String] {
        diags.filter { $0.code != .DOC010 && $0.code != .DOC005 }.map { "\($0.code) \(lines($0.span.line))" }
    }

    /// A document as compared: without line numbers, and a configuration without its count of
    /// other lines (the diff's file names before it are two more).
    static func comparable(_ doc: Document) -> Document {
        var d = doc.withoutLineNumbers
        if case .configuration(var c) = d.content {
            c.otherLines = 0
            d.content = .configuration(c)
        }
        return d
    }

    /// Every sample, as the text a diff makes, reads as itself: the same documents, the same
    /// findings, each on the diff's line where the sample's stands; the diff's own lines are
    /// notes. (Not those whose lines end with a return alone, nor the diffs; nor a code
    /// viewer's listing, whose numbers the removed lines break: read as no license text then.)
    @Test func everySampleMadeByADiffReadsAsItself() {
        #expect(Self.everySampleReadsAsItself(madeBy: Self.diff(makingText:)) > 100)
    }

    /// What `everySampleMadeByADiffReadsAsItself` checks, for diffs `diff` makes of a text (with
    /// each of its lines' number in the diff); how many samples it compared.
    static func everySampleReadsAsItself(madeBy diff: (String) -> (diff: String, lineNumbers: [Int])) -> Int {
        var compared = 0
        for (path, text) in Samples.textInputs where !(text.contains("\r") && !text.contains("\r\n")) && !path.contains("diff")
            && !path.contains("git-log") && !path.contains("line-numbers") {
            let (diffText, numbers) = diff(text)
            let (bareDocs, bareDiags) = InputReader.read(Array(text.utf8))
            let (docs, diags) = InputReader.read(Array(diffText.utf8))
            #expect(docs.map(comparable) == bareDocs.map(comparable), "\(path)")
            #expect(findings(diags) == findings(bareDiags) { numbers.indices.contains($0 - 1) ? numbers[$0 - 1] : $0 }, "\(path)")
            #expect(docs.isEmpty || diags.contains { $0.code == .DOC010 && $0.message.contains("the diff removes (its old side)") }, "\(path)")
            #expect(docs.allSatisfy { $0.readFromDiff }, "\(path)")
            compared += 1
        }
        return compared
    }

    /// Read from a file, in chunks, as when read whole: one document, read from a diff, and the
    /// same diagnostics on the same lines.
    static func streamedReadsAsWhole(_ path: String) throws {
        var streamed: [Document] = [], diagnostics: [Diagnostic] = []
        try InputSource(path: Samples.packageRoot.appendingPathComponent(path).path).forEachDocument { doc, g in
            if let doc { streamed.append(doc) }
            diagnostics += g
        }
        let whole = InputReader.read(Samples.bytes(path))
        #expect(streamed.count == 1 && streamed == whole.documents && streamed.allSatisfy { $0.readFromDiff })
        #expect(diagnostics.map(\.span.line) == whole.diagnostics.map(\.span.line))
    }

    /// Read from a file, in chunks, as when read whole; and decoded in chunks of any size (a
    /// hunk's header cut between two reads), the same text.
    @Test func aDiffStreamedReadsAsWhole() throws {
        let path = "Samples/real-world/diff-u-two-units.txt"
        try Self.streamedReadsAsWhole(path)
        Self.decodesAlikeInChunks(Samples.bytes("Samples/real-world/git-log-backup-history.txt") + Samples.bytes(path))
    }

    /// `source` decoded as a diff of `kind` in chunks of any size (a line or a hunk cut between
    /// two reads) makes the text it makes decoded whole, every line where it was.
    static func decodesAlikeInChunks(_ source: [UInt8], _ kind: DiffInput.Kind = .lines) {
        let made = source.withUnsafeBufferPointer(DiffInput.textMade)
        for size in [16, 40, 4096] {
            for rawChunk in [1, 3, 7, 4096] {
                var decoder = DecodedReads(DiffInput(kind))
                #expect(readInChunks(source, rawChunk: rawChunk, size: size) { decoder.read(into: $0, from: $1) } == made, "\(size) \(rawChunk)")
            }
        }
        #expect(made?.filter { $0 == 0x0A }.count == source.filter { $0 == 0x0A }.count)
    }

    /// Diffs broken anywhere (a mark changed, a line dropped or doubled, a header's count
    /// wrong) decode alike in chunks of any size, and the text made is read as a file reads it.
    @Test func brokenDiffsDecodeAlikeInChunks() {
        let source = Samples.bytes("Samples/real-world/git-log-backup-history.txt") + Samples.bytes("Samples/real-world/diff-u-two-units.txt")
        #expect(Self.brokenDiffsDecodeAlike(source, marks: "@+- \\\n1,", seed: 21, rounds: 150) > 100)
    }

    /// What `brokenDiffsDecodeAlikeInChunks` checks, on `source` broken `rounds` times with
    /// `marks`; how many of the broken texts were still diffs.
    static func brokenDiffsDecodeAlike(_ source: [UInt8], marks: String, seed: UInt64, rounds: Int) -> Int {
        let marks = Array(marks.utf8)
        var rng = SeededRandom(seed: seed)
        var broken = 0
        for _ in 0..<rounds {
            var lines = source.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
            for _ in 0..<Int.random(in: 1...4, using: &rng) {
                let i = Int.random(in: 0..<lines.count, using: &rng)
                switch Int.random(in: 0..<3, using: &rng) {
                case 0 where !lines[i].isEmpty: lines[i][Int.random(in: 0..<lines[i].count, using: &rng)] = marks.randomElement(using: &rng)!
                case 1: lines.remove(at: i)
                default: lines.insert(lines[i], at: i)
                }
            }
            let text = Array(lines.joined(separator: [0x0A]))
            guard let made = text.withUnsafeBufferPointer(DiffInput.textMade),
                  let kind = text.withUnsafeBufferPointer({ DiffInput.kind(of: UnsafeBufferPointer(rebasing: $0.prefix(16 * 1024))) }) else { continue }
            broken += 1
            for (size, rawChunk) in [(16, 1), (16, 3), (40, 7), (4096, 4096)] {
                var decoder = DecodedReads(DiffInput(kind))
                #expect(readInChunks(text, rawChunk: rawChunk, size: size) { decoder.read(into: $0, from: $1) } == made, "\(size) \(rawChunk)")
            }
            #expect(made.filter { $0 == 0x0A }.count == text.filter { $0 == 0x0A }.count)
            #expect(InputReader.read(text).documents == CaptureParser.parse(made).documents)
        }
        return broken
    }

    /// Each run of removed lines is noted once, with its lines; a hunk that does not follow on
    /// leaves lines out (DOC003); the next file's header ends the output of the one before, so
    /// that two units' outputs are two documents, not one unit's.
    @Test func removedLinesHunksAndFilesAreSaid() {
        let text = """
            diff --git a/fw1.txt b/fw1.txt
            --- a/fw1.txt
            +++ b/fw1.txt
            @@ -1,4 +1,3 @@
             fw1# show activation-key
            -Serial Number: JMX1232L11M
            -Running Permanent Activation Key: 0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9c
            +Serial Number: JMX1232L11N
             Licensed features for this platform:
            @@ -9,2 +8,2 @@
             Maximum VLANs : 150 perpetual
            -Inside Hosts : 10 perpetual
            +Inside Hosts : Unlimited perpetual
            diff --git a/fw2.txt b/fw2.txt
            --- a/fw2.txt
            +++ b/fw2.txt
            @@ -1,2 +1,2 @@
             fw2# show activation-key
            -Serial Number: JMX1232L11P
            +Serial Number: JMX1232L11Q
            \\ No newline at end of file

            """
        let (docs, diags) = InputReader.read(Array(text.utf8))
        let serials = docs.map { doc -> String? in
            if case .activationKey(let ak) = doc.content { return ak.serialNumber?.text }
            return nil
        }
        #expect(serials == ["JMX1232L11N", "JMX1232L11Q"])
        #expect(docs.map(\.hostname) == ["fw1", "fw2"])
        #expect(docs.allSatisfy { $0.unparsed.isEmpty })
        let removed = diags.filter { $0.message.contains("the diff removes") }.map { "\($0.span.line): " + $0.message.components(separatedBy: " the diff").first! }
        #expect(removed == ["6: lines 6–7 are lines", "12: line 12 is a line", "19: line 19 is a line"])
        #expect(diags.filter { $0.code == .DOC003 }.map(\.span.line) == [10])
        #expect(!diags.contains { $0.severity == .error })
    }

    /// Told by a hunk whose lines bear its header's counts out; nothing else is a diff.
    @Test func aDiffIsToldByItsHunks() {
        func detect(_ text: String) -> Bool { Array(text.utf8).withUnsafeBufferPointer(DiffInput.detect) }
        #expect(detect("@@ -1,2 +1,2 @@\n-a\n+b\n c\n"))
        #expect(detect("--- a\n+++ b\n@@ -3 +3 @@ Licensed features for this platform:\n-a\n+b\n"))
        #expect(!detect("@@ -1,2 +1,2 @@\nSerial Number: JMX1232L11M\n"), "a line no hunk holds")
        #expect(!detect("@@ -1,2 +1,2 @@\n-a\n+b\nSerial Number: JMX1232L11M\n"), "fewer lines than counted")
        #expect(!detect("@@ -1,1 +1,2 @@\n-a\n-b\n+c\n"), "more removed lines than counted")
        #expect(!detect("@@ -1,2 +1,2 @@\n"), "a header alone")
        #expect(!detect("@@ bad @@\n-a\n+b\n"))
        for (path, text) in Samples.textInputs where !path.contains("diff") && !path.contains("git-log") {
            #expect(!detect(text), "\(path)")
        }
    }

    /// A backup's history (`git log -p`): each commit's date dates the outputs its diff holds,
    /// so that a key replaced between two commits is the unit's history, not two keys at once
    /// (KEY007); on one day, it is.
    @Test func aCommitsDateDatesItsOutputs() {
        let path = "Samples/real-world/git-log-backup-history.txt"
        let (docs, diags) = InputReader.read(Samples.bytes(path))
        // (The first commit's two hunks of comments are one show version: the hunk between
        // them, amid the comments, leaves lines out of it.)
        #expect(docs.map { $0.asOf?.date.description } == ["2023-03-14", "2023-01-05", "2023-01-05"])
        #expect(docs.allSatisfy { $0.asOf?.source == .commit })
        func key007(_ docs: [Document]) -> Int {
            Linter().lint(docs.map { LintDocument(path: path, document: $0) }).filter { $0.code == .KEY007 }.count
        }
        #expect(key007(docs) == 0)
        let sameDay = Samples.text(path).replacingOccurrences(of: "Date:   Thu Jan 5 02:00:09 2023", with: "Date:   Tue Mar 14 02:00:09 2023")
        let (oneDay, _) = InputReader.read(Array(sameDay.utf8))
        #expect(key007(oneDay) == 1)
        #expect(!diags.contains { $0.severity == .error })
        // A mail's `Date:` header is no commit's.
        let mail = "Date: Tue, 14 Mar 2023 02:00:11 +0000\n\nSerial Number: JMX1232L11M\n"
        #expect(InputReader.read(Array(mail.utf8)).documents.first?.asOf == nil)
    }
}
