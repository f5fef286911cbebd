import Testing
@testable import ASALicenseKit

@Suite struct LexerTests {
    /// The tokens of each line of `text`, as strings, colons as ":".
    func tokens(_ text: String, colonsInWords: Bool = false) -> [[String]] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            var scanner = ByteScanner(buffer)
            var lexer = LineLexer(buffer)
            var out: [[String]] = []
            while let line = scanner.nextLine() {
                lexer.lex(line, colonsInWords: colonsInWords)
                out.append((0..<lexer.count).map { lexer.text($0) })
            }
            return out
        }
    }

    @Test func colonEndingAWordIsItsOwnToken() {
        #expect(tokens("Serial Number:   JMX1232L11M") == [["Serial", "Number", ":", "JMX1232L11M"]])
        #expect(tokens("VPN-DES : Enabled perpetual") == [["VPN-DES", ":", "Enabled", "perpetual"]])
        // However many colons close it: `Name::` and `Name: :` lex alike (found by fuzz-config).
        #expect(tokens("Name:: 5") == [["Name", ":", ":", "5"]])
        #expect(tokens("Name: : 5") == [["Name", ":", ":", "5"]])
    }

    @Test func addressesAndTimesStayOneWord() {
        #expect(tokens("Address : 2001:db8::1") == [["Address", ":", "2001:db8::1"]])
        #expect(tokens("modified at 09:15:45.959 EST") == [["modified", "at", "09:15:45.959", "EST"]])
    }

    @Test func lineEndingsAndBlanks() {
        #expect(tokens("a\r\nb\n\r\nc\td  \r") == [["a"], ["b"], [], ["c", "d"]])
        #expect(tokens("") == [])
        #expect(tokens("x") == [["x"]])
    }

    /// A web page's source aligns columns with `&nbsp;`: a blank where a token starts or after
    /// a word's end; inside a word (`R&amp;D`) and any other entity stays text.
    @Test func noBreakSpaceEntitiesAreBlanks() {
        #expect(tokens("Maximum VLANs &nbsp; &nbsp;: 150 &nbsp; &nbsp;perpetual") == [["Maximum", "VLANs", ":", "150", "perpetual"]])
        #expect(tokens("GTP/GPRS &#160;: Disabled&#xA0;&nbsp;") == [["GTP/GPRS", ":", "Disabled"]])
        #expect(tokens("a&nbsp;b &amp; &nbsp c") == [["a&nbsp;b", "&amp;", "&nbsp", "c"]])
        #expect(tokens("&nbsp;") == [[]])
        // After a colon that ends a word too, as a space there is (a fuzzer's find).
        #expect(tokens("Inside Hosts:&nbsp;  Unlimited") == tokens("Inside Hosts:   Unlimited"))
        // Only `&` opens one (a fuzzer find: `\u{FFFD}nbsp;` lost its end, read again).
        #expect(tokens("x\u{FFFD}nbsp; y") == [["x\u{FFFD}nbsp;", "y"]])
    }

    /// A byte-order mark where two files were joined, and a blog's zero-width space, before a
    /// word are no text: a line of one alone is blank.
    @Test func aByteOrderMarkOrAZeroWidthSpaceBeforeAWordIsNoText() {
        #expect(tokens("\u{FEFF}\nx\n\u{FEFF}Serial Number: J\n\u{200B}Failover : \u{200B}Disabled")
            == [[], ["x"], ["Serial", "Number", ":", "J"], ["Failover", ":", "Disabled"]])
        let one = Samples.text("Samples/show-activation-key/example2-standalone-detail.txt")
        let two = Samples.text("Samples/show-activation-key/example3-failover-primary-detail.txt")
        let (docs, diags) = CaptureParser.parse(one + "\u{FEFF}\n" + two)
        let (bare, bareDiags) = CaptureParser.parse(one + "\n" + two)
        #expect(docs.map(\.withoutProvenance) == bare.map(\.withoutProvenance))
        #expect(diags.map(\.code) == bareDiags.map(\.code))
    }

    @Test func configurationKeepsColonsInWords() {
        #expect(tokens("license-server secret ab:cd:", colonsInWords: true) == [["license-server", "secret", "ab:cd:"]])
    }

    @Test func tokensCarryLineAndColumn() {
        let bytes = Array("one\n  two three".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = ByteScanner(buffer)
            var lexer = LineLexer(buffer)
            _ = scanner.nextLine()
            let line = scanner.nextLine()!
            lexer.lex(line)
            #expect(lexer.indent == 2)
            #expect(lexer.span(1).line == 2)
            #expect(lexer.span(1).column == 7)
            #expect(lexer.span(1).offset == 10)
        }
    }
}

@Suite struct JoinedWordsTests {
    func joined(_ text: String) -> String {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { b in
            var lx = LineLexer(b)
            lx.lex(Line(number: 1, start: 0, end: b.count))
            return lx.joined(0, lx.count)
        }
    }

    @Test func blanksBecomeOneSpaceAndTouchingTokensKeepTouching() {
        #expect(joined("Key::  0x1\t0x2") == "Key:: 0x1 0x2")
        #expect(joined(joined("Key::  0x1\t0x2")) == "Key:: 0x1 0x2")
        #expect(joined("a b c") == "a b c")
    }
}

@Suite struct ParseContextTests {
    /// A look-ahead past a bare pager prompt, then a rewind: the line before the prompt keeps its
    /// leading blanks; only the line after the prompt loses them.
    @Test func rereadingALineBeforeAPagerPromptReadsItTheSame() {
        let bytes = Array("first\n   indented\n<--- More --->\n   after\n".utf8)
        bytes.withUnsafeBufferPointer { b in
            var ctx = ParseContext(b)
            _ = ctx.next()
            guard let indented = ctx.next() else { Issue.record("no line 2"); return }
            let before = ctx.lexer.verbatim
            _ = ctx.next()  // the bare pager prompt
            ctx.unread(indented)
            _ = ctx.next()
            #expect(ctx.lexer.verbatim == before)
            #expect(before == "   indented")
            _ = ctx.next()
            _ = ctx.next()
            #expect(ctx.lexer.verbatim == "after")
        }
    }

    /// Several pager prompts on one line all go (reported once), so the text kept reads the
    /// same when read again.
    @Test func repeatedPagerPromptsOnOneLineAllGo() {
        let bytes = Array("<--- More --->   <--- More ---> text\n".utf8)
        bytes.withUnsafeBufferPointer { b in
            var ctx = ParseContext(b)
            _ = ctx.next()
            #expect(ctx.lexer.verbatim == "text")
            #expect(ctx.takeDiagnostics().map(\.code) == [.DOC003])
        }
    }
}

@Suite struct SourceSpanTests {
    @Test func spansAreEqualOnlyAtTheSamePlace() {
        let a = SourceSpan(line: 3, column: 5, offset: 40)
        #expect(a == SourceSpan(line: 3, column: 5, offset: 40))
        #expect(a != SourceSpan(line: 4, column: 5, offset: 40))
        #expect(a != SourceSpan(line: 3, column: 5, offset: 41))
        let d = Diagnostic(.error, .DOC001, "x", at: a)
        #expect(d != Diagnostic(.error, .DOC001, "x", at: SourceSpan(line: 3, column: 5, offset: 41)))
    }

    @Test func modelsAreEqualWhereverTheyWereRead() {
        let here = ActivationKey("0x1 0x2 0x3 0x4 0x5", span: SourceSpan(line: 1, column: 1, offset: 0))
        let there = ActivationKey("0x1 0x2 0x3 0x4 0x5", span: SourceSpan(line: 9, column: 3, offset: 200))
        #expect(here == there)
        #expect(here.span != there.span)
    }

    @Test func aStreamedChunkReportsOffsetsFromTheStartOfTheInput() {
        let filler = String(repeating: "fw1# show clock\n12:00:00 UTC Sun Nov 29 2026\n", count: 200)
        let text = filler + "fw1# show activation-key\nRunning Permanent Activation Key: 0xZZ\n"
        var diagnostics: [Diagnostic] = []
        var input = Array(text.utf8)[...]
        CaptureStream(chunkSize: 4096).forEachDocument(read: { buffer in
            let n = min(buffer.count, input.count)
            Array(input.prefix(n)).withUnsafeBytes { buffer.copyMemory(from: $0) }
            input = input.dropFirst(n)
            return n
        }) { _, d in diagnostics += d }
        let key = diagnostics.first { $0.code == .KEY001 }
        let expected = text.utf8.count - "0xZZ\n".utf8.count
        #expect(key?.span.offset == expected)
    }
}

@Suite struct NumbersAndMarksTests {
    /// One reader of counts, whatever holds the digits: the CLI parser, a term, YAML/JSON.
    @Test func countsAreReadOneWay() {
        #expect(ByteText.decimal("123".utf8) == 123)
        #expect(ByteText.decimal("".utf8) == nil)
        #expect(ByteText.decimal("12a".utf8) == nil)
        #expect(ByteText.decimal(String(repeating: "9", count: 18).utf8) == 999_999_999_999_999_999)
        #expect(ByteText.decimal(String(repeating: "9", count: 19).utf8) == nil)
        #expect(FeatureValue(text: String(repeating: "9", count: 19)) == .text(String(repeating: "9", count: 19)))
        #expect(Term(text: "\(String(repeating: "9", count: 19)) days") == .qualifier("\(String(repeating: "9", count: 19)) days"))
        #expect(Term(text: "39 days") == .days(39))
    }

    /// The byte search for a word without case is `lowercased().contains` on ASCII text, and
    /// declines any other text.
    @Test func wordsAreFoundWithoutCaseAsLowercasingFindsThem() {
        var rng = SeededRandom(seed: 11)
        let pieces = ["No Payload Encryption", "no payload", " encryption", "NO PAYLOAD ENCRYPTIONS", "Smart", "sMaRt", "smar", "t", " ", "-", "\r\n", "Base", "Security Plus", "é", "K"]
        for _ in 0..<5000 {
            let text = (0..<Int.random(in: 0...5, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            for (word, spelled) in [("no payload encryption", ByteText.containsIgnoringCase(text, "no payload encryption")),
                                    ("smart", ByteText.containsIgnoringCase(text, "smart"))] {
                if text.utf8.allSatisfy({ $0 < 0x80 }) {
                    #expect(spelled == text.lowercased().contains(word), "\(text)")
                } else {
                    #expect(spelled == nil, "\(text)")
                }
            }
        }
    }

    @Test func aByteOrderMarkIsFoundOneWay() {
        let withMark: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Serial Number: JMX1232L11M\n".utf8)
        #expect(withMark.withUnsafeBufferPointer(ByteText.byteOrderMarkLength) == 3)
        #expect(Array("Serial".utf8).withUnsafeBufferPointer(ByteText.byteOrderMarkLength) == 0)
        let (docs, diagnostics) = InputReader.read(withMark)
        #expect(docs.count == 1 && !diagnostics.contains { $0.code == .DOC001 })
    }
}

/// The lexer reads eight bytes at a time and writes tokens into storage it grows as a line
/// needs: it must give the tokens of the plain byte-by-byte rule on any line, whatever its
/// length, its bytes, or where the line ends inside the buffer (a line cut at the length limit).
@Suite struct LexerScanTests {
    /// The rule written one byte at a time: blanks (and U+00A0, in UTF-8 or as a byte 0xA0 that
    /// no UTF-8 character holds) separate words; a colon at the start of a token is one; colons
    /// that close a word are tokens, a colon run inside it stays.
    static func reference(_ b: [UInt8], _ start: Int, _ end: Int, colonsInWords: Bool) -> [Range<Int>] {
        func blank(_ i: Int) -> Int {  // the width of the blank at i, or 0
            if [0x20, 0x09, 0x0D, 0x0B, 0x0C].contains(b[i]) { return 1 }
            if b[i] == 0xA0 {
                let run = b[..<i].reversed().prefix { $0 == 0xA0 }.count
                return i - run == 0 || b[i - run - 1] < 0x80 ? 1 : 0
            }
            return b[i] == 0xC2 && i + 1 < end && b[i + 1] == 0xA0 ? 2 : 0
        }
        var out: [Range<Int>] = []
        var i = start
        while i < end {
            if blank(i) > 0 { i += blank(i); continue }
            if b[i] == 0x3A && !colonsInWords { out.append(i..<i + 1); i += 1; continue }
            let s = i
            i += 1
            while i < end && blank(i) == 0 {
                if b[i] == 0x3A && !colonsInWords {
                    var next = i + 1
                    while next < end && b[next] == 0x3A { next += 1 }
                    if next == end || blank(next) > 0 { break }
                    i = next
                    continue
                }
                i += 1
            }
            out.append(s..<i)
        }
        return out
    }

    @Test(arguments: [false, true]) func agreesWithTheByteRule(colonsInWords: Bool) {
        let alphabet: [[UInt8]] = [[0x20], [0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20], [0x09], [0x0D], [0x3A], [0x3A, 0x3A],
                                   [0xC2, 0xA0], [0xC2], [0xA0], [0xA0, 0xA0], [0xE8, 0xA0, 0xA0], Array("Maximum".utf8), Array("0x1f2e3d4c".utf8), Array("9".utf8),
                                   Array("perpetual".utf8), [0xE2, 0x80, 0x94], [0x3B], [0x2F], [0x7F], [0xFF], Array("-,.".utf8)]
        var rng = SeededRandom(seed: 15)
        for _ in 0..<3000 {
            var line: [UInt8] = []
            for _ in 0..<Int.random(in: 0...(Bool.random(using: &rng) ? 12 : 90), using: &rng) {
                line += alphabet.randomElement(using: &rng)!
            }
            // Bytes after the line's end (the rest of a line cut at the limit, the next line):
            // never part of a token.
            let tail: [UInt8] = Bool.random(using: &rng) ? [0x0A] : Array("tail:words here".utf8)
            let bytes = line + tail
            let cut = Int.random(in: 0...line.count, using: &rng)
            let end = Bool.random(using: &rng) ? line.count : cut
            let got: [Range<Int>] = bytes.withUnsafeBufferPointer { buffer in
                var lexer = LineLexer(buffer)
                lexer.lex(Line(number: 1, start: 0, end: end), colonsInWords: colonsInWords)
                return (0..<lexer.count).map { lexer.token($0).range }
            }
            let want = LexerScanTests.reference(bytes, 0, end, colonsInWords: colonsInWords)
            #expect(got == want, "line \(line) cut at \(end)")
            if got != want { return }
        }
    }

    /// A line of more tokens than the storage first holds grows it and loses none.
    @Test func aLineOfManyTokens() {
        let text = (0..<1000).map { "w\($0)" }.joined(separator: " ")
        LineLexer.lexing(text) { lx in
            #expect(lx.count == 1000)
            #expect(lx.text(999) == "w999")
            #expect(lx.text(32) == "w32")
        }
    }
}

/// Numbers are written from their digits on the stack, as `String(value)` spells them.
@Suite struct DecimalDigitsTests {
    @Test func digitsAreTheNumbersText() {
        var rng = SeededRandom(seed: 12)
        let values = [0, 1, -1, 9, 10, 99, 100, Int.max, Int.min, Int.max - 1, Int.min + 1]
            + (0..<2000).map { _ in Int.random(in: Int.min...Int.max, using: &rng) >> Int.random(in: 0...62, using: &rng) }
        for v in values {
            #expect(ByteText.withDecimal(v) { String(decoding: $0, as: UTF8.self) } == String(v))
        }
    }
}

/// Line feeds counted eight bytes at a time are the line feeds, whatever bytes stand beside them.
@Suite struct LineFeedCountTests {
    @Test func countIsThePlainCount() {
        var rng = SeededRandom(seed: 33)
        let alphabet: [UInt8] = [0x0A, 0x0A, 0x0B, 0x09, 0x20, 0x41, 0x8A, 0xFF, 0x00, 0x7F, 0x0D]
        for length in Array(0...40) + (0..<200).map({ _ in Int.random(in: 41...3000, using: &rng) }) {
            let bytes = (0..<length).map { _ in alphabet.randomElement(using: &rng)! }
            let counted = bytes.withUnsafeBufferPointer(ByteText.lineFeeds)
            #expect(counted == bytes.filter { $0 == 0x0A }.count, "length \(length)")
        }
        let all = [UInt8](repeating: 0x0A, count: 4096)
        #expect(all.withUnsafeBufferPointer(ByteText.lineFeeds) == 4096)
    }
}
