import FuzzSupport
import Testing
@testable import ASALicenseKit

/// One capture read on several threads gives exactly what one thread gives: the documents, their
/// diagnostics, their order and every output byte, wherever the segments are cut.
@Suite struct ParallelStreamTests {
    struct Read: Equatable {
        var documents: [Document] = []
        var lines: [ClosedRange<Int>?] = []
        /// Whether each document follows text that is not license text (not compared with it).
        var passages: [Bool] = []
        var diagnostics: [Diagnostic] = []
        var json = ""
        var cli = ""
    }

    /// Read by `ParallelCaptureStream`, each document rendered on the workers as JSON and CLI.
    func parallel(_ bytes: [UInt8], jobs: Int, segment: Int = 4096, limits: ParseLimits = .default) -> Read {
        var read = Read()
        var offset = 0
        let json = OutputFormat.json.sink()
        let cli = OutputFormat.cli.sink()
        ParallelCaptureStream(jobs: jobs, segmentSize: segment, limits: limits).forEachDocument(read: { buffer in
            let n = min(buffer.count, bytes.count - offset)
            for i in 0..<n { buffer[i] = bytes[offset + i] }
            offset += n
            return n
        }, transforms: {
            let (j, c) = (OutputFormat.json.renderer(), OutputFormat.cli.renderer())
            return { doc in (j.piece(doc), c.piece(doc)) }
        }) { doc, pieces, diagnostics in
            if let doc { read.documents.append(doc); read.lines.append(doc.sourceLines); read.passages.append(doc.followsOtherText) }
            if let (j, c) = pieces { json.write(j); cli.write(c) }
            read.diagnostics += diagnostics
        }
        json.finish()
        read.json = String(decoding: json.takeBytes(), as: UTF8.self)
        read.cli = String(decoding: cli.takeBytes(), as: UTF8.self)
        return read
    }

    /// Read whole on one thread, rendered by the sinks themselves.
    func whole(_ bytes: [UInt8], limits: ParseLimits = .default) -> Read {
        let (documents, diagnostics) = CaptureParser.parse(bytes, limits: limits)
        return Read(documents: documents, lines: documents.map(\.sourceLines), passages: documents.map(\.followsOtherText), diagnostics: diagnostics,
                    json: OutputFormat.json.render(documents), cli: OutputFormat.cli.render(documents))
    }

    @Test(arguments: [2, 3])
    func theSamplesAsOneLogReadAsOnOneThread(_ jobs: Int) {
        let log = Array([[UInt8]](repeating: StreamingTests.sessionLog, count: 4).joined())
        #expect(log.count > 30 * 4096)  // many segments, several rounds
        let expected = whole(log)
        #expect(!expected.documents.isEmpty)
        #expect(expected.passages.contains(true) && expected.passages.contains(false))
        #expect(parallel(log, jobs: jobs) == expected)
        #expect(parallel(log, jobs: jobs, segment: 5000) == expected)
    }

    /// Hostile text: the fuzzers' finds, three times over so that segments cut them differently.
    @Test func theFuzzFindsReadAsOnOneThread() {
        var finds: [UInt8] = []
        for (target, path) in FuzzRegressionTests.regressions {
            guard let prefix = FuzzProperties.prefixes[target] else { continue }
            finds += Array(prefix.utf8) + Samples.bytes(path) + [0x0A]
        }
        let log = finds + finds + finds
        #expect(parallel(log, jobs: 2) == whole(log))
    }

    /// A program's string literal that holds a session log, its prompts where segments are cut:
    /// its closing quotes end the output in a later segment too (a segment after an open
    /// literal is read again from the cursor).
    @Test func aStringLiteralOpenAcrossSegmentsClosesInTheLast() {
        let outputs = Samples.goldenInputs.filter { $0.hasPrefix("Samples/show-activation-key/example") }.map { Samples.text($0) }
        var session = ""
        for round in 0..<6 {
            for (i, text) in outputs.enumerated() { session += "fw\(round)-\(i)# show activation-key detail\n" + text + "\n" }
        }
        let log = Array(("import unittest\n\nSESSION = '''" + session + "fw9# show version\nSerial Number: JMX1918L2QQ'''\n\nprint(SESSION)\n").utf8)
        let expected = whole(log)
        #expect(log.count > 8 * 4096 && expected.documents.count > 30)
        guard case .activationKey(let last)? = expected.documents.last?.content else { Issue.record("no activation-key document last"); return }
        #expect(last.serialNumber?.text == "JMX1918L2QQ")
        #expect(parallel(log, jobs: 2) == expected)
    }

    /// A `show clock` dates the documents after it, in later segments too (adopt applies it).
    @Test func aClockDatesTheSegmentsAfterIt() {
        let clock: [UInt8] = Samples.bytes("Samples/real-world/show-clock-dates-the-capture.txt") + [0x0A]
        let others: [UInt8] = Samples.goldenInputs.prefix(40).flatMap { Samples.bytes($0) + [0x0A] }
        let log: [UInt8] = clock + others + clock + others
        let expected = whole(log)
        let datedLater = expected.documents.filter { doc in doc.asOf != nil && (doc.sourceLines?.lowerBound ?? 0) > 200 }
        #expect(!datedLater.isEmpty)
        #expect(parallel(log, jobs: 2) == expected)
    }

    /// Past the diagnostic limit a segment cannot be read on its own: it is read again from the
    /// true cursor, and the count spans the whole capture.
    @Test func theDiagnosticLimitSpansSegments() {
        let unit = Array("fw# show activation-key\nnot a license line\nanother one\n".utf8)
        let log = Array([[UInt8]](repeating: unit, count: 400).joined())
        let limits = ParseLimits(maxLineBytes: 1 << 16, maxDiagnostics: 50)
        let expected = whole(log, limits: limits)
        #expect(expected.diagnostics.last?.message.hasPrefix("750 more diagnostics not shown") == true)
        #expect(parallel(log, jobs: 2, limits: limits) == expected)
    }

    /// Pager lines around the cuts: the line after a bare pager line loses the pager's
    /// indentation, so a segment cut there is read again from the true cursor (`agrees`).
    @Test func aPagerLineBeforeACutIsReadAsOnOneThread() {
        var log: [UInt8] = []
        for i in 0..<300 {
            log += Array("fw# show activation-key\nSerial Number: JMX\(1000 + i)L33P\n<--- More --->\n".utf8)
            log += Array("        fw# show activation-key\nRunning Permanent Activation Key: 0x1234\n".utf8)
        }
        let expected = whole(log)
        #expect(expected.diagnostics.count > 100)
        #expect(parallel(log, jobs: 2) == expected)
    }

    /// Outputs pasted one after another with no prompt line to cut at, longer than many
    /// segments (read on one thread, document by document, once the slots before are handed
    /// over), between and after a session's prompts; at the start, in the middle and last.
    @Test func outputsWithNoPromptForManySegmentsReadAsOnOneThread() {
        let outputs = Samples.goldenInputs.filter { $0.hasPrefix("Samples/show-activation-key/") || $0.hasPrefix("Samples/show-shared-license/") }
            .map { Samples.text($0) }
        let bare = outputs.map { text in
            text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.contains("# ") && !$0.contains("> show") }.joined(separator: "\n")
        }.joined(separator: "\n")
        var promptless = ""
        while promptless.utf8.count < 6 * 4096 { promptless += bare + "\n" }
        let session = outputs.enumerated().map { "fw\($0.offset)# show activation-key\n" + $0.element + "\n" }.joined()
        for log in [promptless + session, session + promptless + session, session + promptless, promptless] {
            let bytes = Array(log.utf8)
            let expected = whole(bytes)
            #expect(expected.documents.count > 10)
            #expect(parallel(bytes, jobs: 2) == expected)
            #expect(parallel(bytes, jobs: 3, segment: 5000) == expected)
        }
    }

    @Test func anEmptyCaptureIsOneWarningAsOnOneThread() {
        let read = parallel([], jobs: 2)
        #expect(read == whole([]))
        #expect(read.diagnostics.map(\.code) == [.DOC005])
    }
}
