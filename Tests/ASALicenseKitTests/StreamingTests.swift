import FuzzSupport
import Testing
@testable import ASALicenseKit

@Suite struct StreamingTests {
    /// Every golden sample, one after another: a session log of every kind.
    static let sessionLog: [UInt8] = Samples.goldenInputs.flatMap { Samples.bytes($0) + [0x0A] }

    func streamed(_ bytes: [UInt8], chunk: Int) -> ([Document], [Diagnostic]) {
        FuzzProperties.streamed(bytes, chunk: chunk)
    }

    @Test(arguments: [4096, 5000, 1 << 16, 1 << 20])
    func chunkedParsingEqualsWholeParsing(_ chunk: Int) {
        let whole = CaptureParser.parse(Self.sessionLog)
        let (docs, diags) = streamed(Self.sessionLog, chunk: chunk)
        #expect(docs == whole.documents)
        #expect(docs.map(\.sourceLines) == whole.documents.map(\.sourceLines))
        #expect(docs.map(\.followsOtherText) == whole.documents.map(\.followsOtherText))
        #expect(diags == whole.diagnostics)
    }

    /// Output is deterministic: the bytes of every format are the same from two separate reads,
    /// one whole and one in 4 KiB chunks (not one render compared with itself).
    @Test(arguments: OutputFormat.allCases)
    func outputIsTheSameFromTwoReads(_ format: OutputFormat) {
        let whole = format.render(CaptureParser.parse(Self.sessionLog).documents)
        let chunked = format.render(streamed(Self.sessionLog, chunk: 4096).0)
        #expect(!whole.isEmpty)
        #expect(whole == chunked)
    }

    /// The fuzzers' finds, as one log: hostile text, cut into chunks at its prompts, reads as it
    /// does whole (lines not understood before a prompt stand alone either way).
    @Test(arguments: [4096, 5000])
    func fuzzFindsStreamAsTheyParseWhole(_ chunk: Int) {
        var finds: [UInt8] = []
        for (target, path) in FuzzRegressionTests.regressions {
            guard let prefix = FuzzProperties.prefixes[target] else { continue }
            finds += Array(prefix.utf8) + Samples.bytes(path) + [0x0A]
        }
        let log = finds + finds + finds  // several chunks, cut at different places each time
        #expect(log.count > 3 * chunk)
        let whole = CaptureParser.parse(log)
        let (docs, diags) = streamed(log, chunk: chunk)
        #expect(docs == whole.documents)
        #expect(docs.map(\.sourceLines) == whole.documents.map(\.sourceLines))
        #expect(docs.map(\.followsOtherText) == whole.documents.map(\.followsOtherText))
        #expect(diags == whole.diagnostics)
    }

    /// `activation-key …` at the exec prompt continues the same host's configuration, whole or
    /// in chunks (a chunk is never cut before it).
    @Test func anActivationKeyAtTheExecPromptIsNotACut() {
        var log = Array("fw(config)# license-server secret abc\nfw(config)# license-server enable inside\n".utf8)
        log += Array("fw# activation-key 0xd11b3d48 0xa80a4c0a 0x48e0fd1c 0xb0443480 0x843fc490\n".utf8)
        log += Array(repeating: 0x20, count: 5000) + [0x0A]  // the first chunk ends after the key's line
        let whole = CaptureParser.parse(log)
        let (docs, _) = streamed(log, chunk: 4096)
        #expect(whole.documents.count == 1)
        #expect(docs == whole.documents)
        guard case .configuration(let c)? = docs.first?.content else { Issue.record("no configuration"); return }
        #expect(c.commands.count == 3)
    }

    /// `configure terminal` again continues the configuration being read, whole or in chunks.
    @Test func configureTerminalAgainIsNotACut() {
        var log = Array("fw# configure terminal\nfw(config)# license-server secret abc\nfw(config)# exit\n".utf8)
        log += Array(repeating: 0x20, count: 5000) + [0x0A]  // the first chunk ends inside the session
        log += Array("fw# configure terminal\nfw(config)# license-server enable inside\n".utf8)
        let whole = CaptureParser.parse(log)
        let (docs, _) = streamed(log, chunk: 4096)
        #expect(whole.documents.count == 1)
        #expect(docs == whole.documents)
        guard case .configuration(let c)? = docs.first?.content else { Issue.record("no configuration"); return }
        #expect(c.role == .server)
    }

    /// What is found after the last document (here in the output of a command asalic skips)
    /// is reported with it, whole or streamed; it was lost.
    @Test func diagnosticsAfterTheLastDocumentAreKept() {
        var log = Array("fw# show activation-key\nSerial Number: AAA\n".utf8)
        log += Array(repeating: 0x20, count: 5000) + [0x0A]
        log += Array("fw# show clock\n<--- More ---> 10:15:03.120 UTC\n".utf8)
        let whole = CaptureParser.parse(log)
        #expect(whole.diagnostics.map(\.code) == [.DOC003, .DOC010])
        let (docs, diags) = streamed(log, chunk: 4096)
        #expect(docs == whole.documents)
        #expect(diags == whole.diagnostics)
    }

    /// The diagnostics limit counts over the whole capture, not per chunk.
    @Test func theDiagnosticsLimitSpansChunks() {
        let line = Array("fw# show activation-key\nnot a license line\nanother one\n".utf8)
        let log = Array([[UInt8]](repeating: line, count: 400).joined())
        let limits = ParseLimits(maxLineBytes: 1 << 16, maxDiagnostics: 50)
        let whole = CaptureParser.parse(log, limits: limits)
        let (_, diags) = FuzzProperties.streamed(log, chunk: 4096, limits: limits)
        #expect(whole.diagnostics.count == 51)
        #expect(whole.diagnostics.last?.message.hasPrefix("750 more diagnostics not shown") == true)
        #expect(diags == whole.diagnostics)
    }

    @Test func anEmptyStreamIsNoDocumentAndOneWarning() {
        let (docs, diags) = streamed([], chunk: 4096)
        #expect(docs.isEmpty)
        #expect(diags.map(\.code) == [.DOC005])
    }

    /// Reads that bring less than asked (a pipe, a terminal) make the same documents: the
    /// segments are cut from one buffer that keeps what was read and not yet handed over.
    @Test func shortReadsReadAsWhole() {
        var rng = SeededRandom(seed: 21)
        let whole = CaptureParser.parse(Self.sessionLog)
        for chunk in [4096, 9000] {
            var documents: [Document] = [], diagnostics: [Diagnostic] = []
            var offset = 0
            let ok = CaptureStream(chunkSize: chunk).forEachDocument(read: { buffer in
                let n = min(buffer.count, Self.sessionLog.count - offset, Int.random(in: 1...3000, using: &rng))
                for i in 0..<n { buffer[i] = Self.sessionLog[offset + i] }
                offset += n
                return n
            }) { doc, g in
                if let doc { documents.append(doc) }
                diagnostics += g
            }
            #expect(ok)
            #expect(documents == whole.documents && documents.map(\.sourceLines) == whole.documents.map(\.sourceLines))
            #expect(diagnostics == whole.diagnostics)
        }
    }

    /// A read that fails after some bytes: what was read before it is still read, and the
    /// stream says it failed.
    @Test func aReadErrorAfterSomeBytesKeepsThem() {
        let head = Array(Self.sessionLog.prefix(10_000))
        let cut = head.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let before = CaptureParser.parse(Array(head[..<cut])).documents
        var documents: [Document] = []
        var sent = false
        let ok = CaptureStream(chunkSize: 16_384).forEachDocument(read: { buffer in
            guard !sent else { return -1 }
            sent = true
            for i in 0..<min(cut, buffer.count) { buffer[i] = head[i] }
            return min(cut, buffer.count)
        }) { doc, _ in if let doc { documents.append(doc) } }
        #expect(!ok)
        #expect(!before.isEmpty && documents == before)
    }

    /// Segments are cut where a search of everything pending would cut them, though after a chunk
    /// with no cut the next search starts where that one stopped (a document longer than many
    /// chunks was searched again from its start for every chunk: quadratic).
    @Test func segmentsAreCutWhereASearchOfEverythingPendingCutsThem() {
        var rng = SeededRandom(seed: 5)
        let lines = ["fw# show activation-key", "fw(config)# license-server enable inside", "fw# configure terminal",
                     "Serial Number: JMX1", "Maximum VLANs : 150 perpetual", "", "fw> show version", "x",
                     String(repeating: "z", count: 1500)]  // a line longer than the chunks
        for round in 0..<60 {
            var text: [UInt8] = []
            let long = round % 2 == 0  // prompts rare: documents longer than many chunks
            for _ in 0..<Int.random(in: 50...600, using: &rng) {
                let line = long && Int.random(in: 0..<60, using: &rng) != 0 ? lines[4] : lines.randomElement(using: &rng)!
                text += Array(line.utf8) + [0x0A]
            }
            if Bool.random(using: &rng) { text += Array("fw# sh".utf8) }  // half a line at the end
            checkCuts(text, chunk: Int.random(in: 40...700, using: &rng))
        }
        // Every place a chunk can end in and around a line longer than it, before a prompt.
        let sweep = Array((String(repeating: "z", count: 300) + "\nfw# show version\nx\n" + String(repeating: "y", count: 97) + "\nfw> sh ver\n").utf8)
        for chunk in 30...110 { checkCuts(sweep + sweep, chunk: chunk) }
    }

    /// Cuts `text` read `chunk` bytes at a time, and compares them with the cuts of a search of
    /// everything pending after each chunk.
    func checkCuts(_ text: [UInt8], chunk: Int) {
        var expected: [[UInt8]] = [], pending: [UInt8] = [], offset = 0
        while true {
            let n = min(chunk, text.count - offset)
            pending += text[offset..<(offset + n)]
            offset += n
            let cut = n == 0 ? pending.count : pending.withUnsafeBufferPointer { CaptureStream.lastPromptLine(in: $0) }
            guard cut > 0 || n == 0 else { continue }
            expected.append(Array(pending[..<cut]))
            pending.removeFirst(cut)
            if n == 0 { break }
        }
        var segments = CaptureSegments(chunkSize: chunk)
        defer { segments.free() }
        var got: [[UInt8]] = []
        var read = 0
        while let segment = segments.withNext(read: { buffer in
            let n = min(buffer.count, text.count - read)
            text.withUnsafeBytes { all in buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: all[read..<(read + n)])) }
            read += n
            return n
        }, { bytes, _ in Array(bytes) }) {
            got.append(segment)
        }
        #expect(got == expected, "chunk \(chunk)")
        #expect(got.flatMap { $0 } == text)
    }

    @Test func aReadErrorStopsTheStream() {
        var calls = 0
        let ok = CaptureStream().forEachDocument(read: { _ in calls += 1; return -1 }) { _, _ in }
        #expect(!ok)
        #expect(calls == 1)
    }

    /// A chunk is cut before a prompt, never before a line the parser reads as a blank however
    /// much it looks like one: a rule (`vvvv#`), a fence (```` ```fw# ````).
    @Test func aRuleOrFenceThatLooksLikeAPromptIsNoCut() {
        for (text, cut) in [("x\nfw# show version\n", 2), ("x\nvvvvvvvv#\n", 0), ("x\n```fw#\n", 0), ("x\nfw# sh ver\n----#\n", 2)] {
            let bytes = Array(text.utf8)
            #expect(bytes.withUnsafeBufferPointer { CaptureStream.lastPromptLine(in: $0) } == cut, "\(text)")
        }
    }
}
