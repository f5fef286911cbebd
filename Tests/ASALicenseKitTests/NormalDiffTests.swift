import Testing
@testable import ASALicenseKit

/// A normal diff (`diff fw-pri.txt fw-sec.txt`, `diff -r` of two backups' directories): read as
/// the text it makes, its new side, every line keeping its number in the diff.
@Suite struct NormalDiffTests {
    /// `text` as the new side of a normal diff whose hunks hold every line, five to a hunk, in
    /// turn a change (one old line, `---`, the new lines) and an addition; a blank line is `>`
    /// alone in every other hunk (`--suppress-blank-empty`). With, for each line of `text`, its
    /// number in the diff.
    static func diff(makingText text: String) -> (diff: String, lineNumbers: [Int]) {
        let lines = Array(text.utf8).split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        var body: [String] = [], numbers: [Int] = []
        var old = 0
        for (k, start) in stride(from: 0, to: lines.count, by: 5).enumerated() {
            let end = min(start + 5, lines.count)
            let new = end - start == 1 ? "\(start + 1)" : "\(start + 1),\(end)"
            if k % 2 == 0 {
                old += 1
                body += ["\(old)c\(new)", "< fw9# show route \(k)", "---"]
            } else {
                body.append("\(old)a\(new)")
            }
            for line in lines[start..<end] {
                body.append(line.isEmpty && k % 4 == 1 ? ">" : "> " + line)
                numbers.append(body.count)
            }
        }
        return (body.joined(separator: "\n"), numbers)
    }

    /// Every sample, as the text a normal diff makes, reads as itself: the same documents, the
    /// same findings, each on the diff's line where the sample's stands; the diff's own lines are
    /// notes. (Not those whose lines end with a return alone, nor the diffs; nor a code viewer's
    /// listing, whose numbers the diff's lines break.)
    @Test func everySampleMadeByANormalDiffReadsAsItself() {
        #expect(UnifiedDiffTests.everySampleReadsAsItself(madeBy: Self.diff(makingText:)) > 100)
    }

    /// Read from a file, in chunks, as when read whole; decoded in chunks of any size (a
    /// command or a `> ` cut between two reads), the same text; and so are diffs broken anywhere.
    @Test func aNormalDiffStreamedReadsAsWhole() throws {
        let path = "Samples/real-world/diff-normal-two-units.txt"
        try UnifiedDiffTests.streamedReadsAsWhole(path)
        let source = Samples.bytes(path) + Samples.bytes("Samples/real-world/diff-r-config-backups.txt")
        let made = source.withUnsafeBufferPointer(DiffInput.textMade)
        #expect(made?.filter { $0 == 0x0A }.count == source.filter { $0 == 0x0A }.count)
        #expect(UnifiedDiffTests.brokenDiffsDecodeAlike(source, marks: "<>-\\\n1,acd ", seed: 31, rounds: 120) > 80)
    }

    /// Two units' outputs compared: the second unit's lines, the first's noted as removed; each
    /// hunk after lines the diff does not show leaves them out (DOC003), and rows whose header it
    /// left out are the running block (DOC009). No error.
    @Test func twoUnitsComparedGiveTheSecondsLines() {
        let (docs, diags) = InputReader.read(Samples.bytes("Samples/real-world/diff-normal-two-units.txt"))
        guard docs.count == 1, case .activationKey(let ak) = docs[0].content else {
            Issue.record("one show activation-key expected")
            return
        }
        #expect(docs[0].hostname == "fw-sec")
        #expect(ak.serialNumber?.text == "FCH1842J80C")
        #expect(ak.running?.headerless == true && ak.running?.rows.count == 1)
        #expect(diags.filter { $0.code == .DOC003 }.map(\.span.line) == [6, 13])
        #expect(diags.map(\.span.line) == diags.map(\.span.line).sorted(), "in line order")
        #expect(!diags.contains { $0.severity == .error })
    }

    /// A configuration a diff's hunks show is not all of the unit's: what they leave out is not
    /// said to be missing (SHR007), where the same lines alone would be.
    @Test func aConfigurationsHunksAreNotJudgedAsWhole() {
        let path = "Samples/real-world/diff-r-config-backups.txt"
        let (docs, _) = InputReader.read(Samples.bytes(path))
        #expect(docs.count == 2)
        func codes(_ docs: [Document]) -> [RuleCode] {
            Linter().lint(docs.map { LintDocument(path: path, document: $0) }).map(\.code)
        }
        #expect(!codes(docs).contains(.SHR007))
        let alone = InputReader.read("license-server refresh-interval 300\nlicense-server port 50554\n").documents
        #expect(codes(alone).contains(.SHR007))
    }

    /// `diff` as `git diff --color` or `diff --color=always` prints it: headers bold, hunk
    /// headers cyan, removed lines red, added green (their mark coloured apart from their text),
    /// every line's colours reset at its end.
    static func coloured(_ diff: String) -> String {
        let esc = "\u{1B}["
        return diff.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard let first = line.first else { return "" }
            switch first {
            case "@", "0"..."9": return esc + "36m" + line + esc + "m"
            case "-" where line.hasPrefix("--- ") || line == "---": return esc + "1m" + line + esc + "m"
            case "-", "<": return esc + "31m" + line + esc + "m"
            case "+" where line.hasPrefix("+++ "): return esc + "1m" + line + esc + "m"
            case "+", ">": return esc + "32m" + String(first) + esc + "m" + esc + "32m" + line.dropFirst() + esc + "m"
            case "d", "i": return esc + "1m" + line + esc + "m"
            default: return line + esc + "m"
            }
        }.joined(separator: "\n")
    }

    /// A coloured diff reads as the same diff plain: the same documents, the same findings on
    /// the same lines, decoded alike in chunks of any size (colours a read cuts).
    @Test func aColouredDiffReadsAsItsPlainSelf() {
        for path in ["Samples/real-world/diff-normal-two-units.txt", "Samples/real-world/diff-u-two-units.txt",
                     "Samples/real-world/git-log-backup-history.txt", "Samples/real-world/diff-r-config-backups.txt"] {
            let plain = Samples.text(path)
            let colour = Self.coloured(plain)
            #expect(colour != plain && colour.contains("\u{1B}[31m"), "\(path)")
            let (plainDocs, plainDiags) = InputReader.read(Array(plain.utf8))
            let (docs, diags) = InputReader.read(Array(colour.utf8))
            #expect(docs.map(UnifiedDiffTests.comparable) == plainDocs.map(UnifiedDiffTests.comparable), "\(path)")
            #expect(diags.map { "\($0.code) \($0.span.line)" } == plainDiags.map { "\($0.code) \($0.span.line)" }, "\(path)")
            let bytes = Array(colour.utf8)
            let made = bytes.withUnsafeBufferPointer(DiffInput.textMade)
            #expect(made != nil, "\(path)")
            for (size, rawChunk) in [(16, 1), (16, 3), (40, 7), (4096, 4096)] {
                var decoder = DecodedReads(DiffInput())
                #expect(readInChunks(bytes, rawChunk: rawChunk, size: size) { decoder.read(into: $0, from: $1) } == made, "\(path) \(size) \(rawChunk)")
            }
        }
    }

    /// Told by a hunk whose lines bear its command out; nothing else is a normal diff.
    @Test func aNormalDiffIsToldByItsHunks() {
        func detect(_ text: String) -> Bool { Array(text.utf8).withUnsafeBufferPointer(DiffInput.detect) }
        #expect(detect("3c3\n< a\n---\n> b\n"))
        #expect(detect("1a2,3\n> b\n>\n"))
        #expect(detect("12,13d11\n< a\n< b\n"))
        #expect(detect("Only in b: fw3.txt\ndiff -r a/fw1.txt b/fw1.txt\n188,189c188\n< a\n< b\n---\n> c\n"))
        #expect(!detect("3c3\n> b\n"), "the new side before the old")
        #expect(!detect("3c3\n< a\n> b\n"), "no line between the sides")
        #expect(!detect("2a3\n< a\n"), "an addition removes nothing")
        #expect(!detect("1a2\nSerial Number: JMX1232L11M\n"))
        #expect(!detect("> Serial Number: JMX1232L11M\n> Running Permanent Activation Key: 0x1\n"), "a mail's quote")
        #expect(!detect("3x3\n< a\n"))
        #expect(!detect("3,2c3\n< a\n"), "a range that runs backwards")
    }
}
