import Foundation
import Testing
@testable import ASALicenseKit

/// Lint judges each document as it arrives and keeps only what the unit and fleet rules read;
/// its findings are those of the same documents kept whole.
@Suite struct LintSessionTests {
    func findings(_ docs: [LintDocument], options: LintOptions, whole: Bool, jobs: Int = 1) -> [Diagnostic] {
        counted(docs, options: options, whole: whole, jobs: jobs, keepsFrom: .note).findings
    }

    /// The findings kept, and those counted and let go below `keepsFrom` (a text report's).
    func counted(_ docs: [LintDocument], options: LintOptions, whole: Bool, jobs: Int, keepsFrom: Severity) -> (findings: [Diagnostic], notKept: SeverityCounts) {
        var session = LintSession(linter: Linter(options: options))
        session.keepsWholeDocuments = whole
        session.jobs = jobs
        session.keepsFrom = keepsFrom
        for d in docs { session.add(d) }
        let findings = session.finish()
        return (findings, session.notKept)
    }

    func optionVariants(_ docs: [LintDocument]) -> [LintOptions] {
        var verbose = LintOptions()
        verbose.verbose = true
        verbose.asOf = CivilDate("2026-01-01")
        var declared = LintOptions()
        let serials = Array(Set(docs.compactMap(\.serial))).sorted().prefix(4)
        declared.pairs = stride(from: 0, to: serials.count - 1, by: 2).map { [serials[$0], serials[$0 + 1]] }
        return [LintOptions(), verbose, declared]
    }

    /// The codes found, so a caller can tell the unit and fleet rules had something to judge.
    @discardableResult
    func expectSameFindings(_ docs: [LintDocument], _ what: String) -> Set<RuleCode> {
        var codes: Set<RuleCode> = []
        for options in optionVariants(docs) {
            let whole = findings(docs, options: options, whole: true)
            let kept = findings(docs, options: options, whole: false)
            #expect(kept == whole, "\(what): \(kept.count) findings from kept documents, \(whole.count) from whole ones")
            // The unit and fleet rules on three threads (`asalic lint --jobs 3`).
            let threads = findings(docs, options: options, whole: false, jobs: 3)
            #expect(threads == kept, "\(what): \(threads.count) findings on three threads, \(kept.count) on one")
            let errors = counted(docs, options: options, whole: false, jobs: 1, keepsFrom: .error)
            let errorsOnThree = counted(docs, options: options, whole: false, jobs: 3, keepsFrom: .error)
            #expect(errorsOnThree.findings == errors.findings && errorsOnThree.notKept == errors.notKept, "\(what): the findings let go, counted on three threads")
            #expect(errors.findings.count + errors.notKept.total == kept.count, "\(what): every finding kept or counted")
            codes.formUnion(whole.map(\.code))
        }
        return codes
    }

    /// The codes of the unit and fleet rules, and of pairing.
    static let crossDocumentCodes: Set<RuleCode> = [.KEY003, .KEY004, .KEY007, .FO001, .FO002, .FO003, .FO004, .FO005, .FO006, .FO007, .FO008, .SHR009, .SHR010, .SHR011]

    func documents(_ paths: [String]) -> [LintDocument] {
        paths.flatMap { path in InputReader.read(Samples.bytes(path)).documents.map { LintDocument(path: path, document: $0) } }
    }

    func files(_ folder: String) -> [String] {
        let dir = Samples.root.appendingPathComponent(folder)
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted().map { "Samples/\(folder)/\($0)" }
    }

    @Test func samplesGiveTheFindingsOfWholeDocuments() {
        // Each rule's sample alone (as `asalic lint Samples/lint/FO005.txt`), then all at once.
        var codes: Set<RuleCode> = []
        for file in files("lint") { codes.formUnion(expectSameFindings(documents([file]), file)) }
        #expect(LintSessionTests.crossDocumentCodes.isSubset(of: codes), "every unit and fleet rule has a sample")
        let lint = documents(files("lint"))
        #expect(lint.count > 50)
        expectSameFindings(lint, "Samples/lint")
        let goldens = documents(Samples.goldenInputs)
        expectSameFindings(goldens, "the golden inputs")
        expectSameFindings(lint + goldens + documents(files("fuzz-regressions")), "all samples")
    }

    /// Random documents grouped into units by a few serial numbers, hostnames with failover
    /// positions and files, so units gather documents across files and pairs form.
    @Test func randomFleetsGiveTheFindingsOfWholeDocuments() {
        var codes: Set<RuleCode> = []
        for seed in UInt64(1)...6 {
            var g = ModelGenerator(seed: seed)
            let serials = (0..<8).map { _ in g.word(11...11) }
            let prompts = ["fw1/pri/act#", "fw1/sec/stby#", "fw2#", "edge/pri#", "edge/sec#", "srv>"]
            var docs: [LintDocument] = []
            for i in 0..<240 {
                var doc: Document
                switch g.int(0...9) {
                case 0...5:
                    doc = g.activationKeyDocument()
                    if case .activationKey(var ak) = doc.content, g.chance(0.9) {
                        ak.serialNumber = SerialNumber(g.pick(serials))
                        doc.content = .activationKey(ak)
                    }
                case 6...7: doc = g.configurationDocument()
                default: doc = g.sharedLicenseDocument()
                }
                if g.chance(0.8) { doc.prompt = g.pick(prompts) }
                doc.sourceLines = (i * 40 + 1)...(i * 40 + 39)
                docs.append(LintDocument(path: g.pick(["a.txt", "b.txt", "c.txt"]), document: doc))
            }
            codes.formUnion(expectSameFindings(docs, "seed \(seed)"))
        }
        #expect(codes.intersection(LintSessionTests.crossDocumentCodes).count >= 5, "\(codes.intersection(LintSessionTests.crossDocumentCodes))")
    }

    @Test func keptDocumentsHoldWhatLaterRulesRead() {
        var checked = 0
        for input in Samples.goldenInputs {
            for doc in InputReader.read(Samples.bytes(input)).documents {
                let given = LintDocument(path: input, document: doc)
                #expect(given.document == doc, "a lint document is the document it was given")
                let kept = given.retained()
                #expect(kept.path == given.path && kept.serial == given.serial && kept.hostname == given.hostname)
                #expect(kept.document.prompt == doc.prompt && kept.document.sourceLines == doc.sourceLines && kept.span == given.span)
                #expect(kept.document.unparsed.isEmpty && kept.document.kind == doc.kind)
                #expect(kept.configuration == given.configuration)
                if let commands = kept.configuration?.commands {
                    #expect(commands.capacity - commands.count < 4, "commands kept in storage of their own size")
                }
                guard let ak = given.activationKey, let k = kept.activationKey else { continue }
                #expect(k.running == ak.running && k.failoverCluster == ak.failoverCluster && k.showVersion == ak.showVersion)
                #expect(k.serialNumber == ak.serialNumber && k.runningPermanentKey == ak.runningPermanentKey && k.permanent?.key == ak.permanent?.key)
                #expect(k.permanent?.features == nil && k.notices.isEmpty && k.activeTimebasedKeys.isEmpty && k.flashKey == nil)
                if let rows = k.running?.rows {
                    #expect(rows.capacity == rows.count || rows.capacity - rows.count < 4, "rows kept in storage of their own size")
                    checked += 1
                }
            }
        }
        #expect(checked > 10)
    }

    /// Bare echoes of `show version` and `show activation-key` (models with nothing read, as
    /// asalic's YAML or JSON may hold them: a capture's echo with no output is no document)
    /// are kept as one shared model each; a model holding anything the later rules read is
    /// never taken for one.
    @Test func bareEchoesAreKeptAsTheModelTheyRead() {
        var echo = ActivationKeyDocument()
        echo.showVersion = ShowVersionInfo()
        let docs = [echo, ActivationKeyDocument(), echo, echo].enumerated().map { i, ak in
            Document(prompt: "fw/pri#", command: i == 1 ? "show activation-key" : "show version", content: .activationKey(ak), unparsed: [], sourceLines: (i + 1)...(i + 1))
        }
        #expect(CaptureParser.parse(docs.map { CLIWriter.text($0) }.joined(separator: "\n")).documents.isEmpty, "an echo with no output is no document")
        for doc in docs {
            guard case .activationKey(let ak) = doc.content else { Issue.record("not an activation-key document: \(doc.kind)"); continue }
            #expect(ak.isBareEcho)
            let kept = LintDocument(path: "echo.txt", document: doc).retained()
            #expect(kept.activationKey == ak && kept.document.sourceLines == doc.sourceLines && kept.hostname == "fw")
        }
        var bare = 0
        for seed in UInt64(1)...200 {
            var g = ModelGenerator(seed: seed)
            guard case .activationKey(let ak) = g.activationKeyDocument().content else { continue }
            #expect(ak.isBareEcho == (ak == ActivationKeyDocument() || ak == echo), "seed \(seed)")
            var one = ActivationKeyDocument()
            one.showVersion = ak.showVersion
            if one.isBareEcho { bare += 1 } else { #expect(one.showVersion != nil && one.showVersion != ShowVersionInfo()) }
            // Each field the generator filled, set alone beside an empty `show version`.
            let fields: [(inout ActivationKeyDocument) -> Bool] = [
                { $0.serialNumber = ak.serialNumber; return ak.serialNumber != nil },
                { $0.runningPermanentKey = ak.runningPermanentKey; return ak.runningPermanentKey != nil },
                { $0.runningActivationKey = ak.runningActivationKey; return ak.runningActivationKey != nil },
                { $0.runningTimebasedKeys = ak.runningTimebasedKeys; return !ak.runningTimebasedKeys.isEmpty },
                { $0.notices = ak.notices; return !ak.notices.isEmpty },
                { $0.running = ak.running; return ak.running != nil },
                { $0.failoverCluster = ak.failoverCluster; return ak.failoverCluster != nil },
                { $0.permanent = ak.permanent; return ak.permanent != nil },
                { $0.flashKey = ak.flashKey; return ak.flashKey != nil },
                { $0.activeTimebasedKeys = ak.activeTimebasedKeys; return !ak.activeTimebasedKeys.isEmpty },
                { $0.inactiveTimebasedKeys = ak.inactiveTimebasedKeys; return !ak.inactiveTimebasedKeys.isEmpty },
                { $0.unsupportedFeatures = ["Botnet Traffic Filter"]; return true },
            ]
            for (i, set) in fields.enumerated() {
                var model = echo
                if set(&model) { #expect(!model.isBareEcho, "seed \(seed), field \(i)") }
            }
        }
        #expect(bare > 0)
    }

    /// One capture judged on several threads (as `asalic lint --jobs 2`): each document judged
    /// where it is parsed, the judgments taken in input order, gives the findings of one thread.
    /// The capture has a `show clock`, so documents of later segments are dated at the join and
    /// judged again (TIME006 names the date).
    @Test(arguments: [2, 3])
    func aCaptureJudgedOnSeveralThreadsGivesTheFindingsOfOne(_ jobs: Int) {
        let clock = Samples.bytes("Samples/real-world/show-clock-dates-the-capture.txt") + [0x0A]
        let parts = (files("lint") + Samples.goldenInputs).map { Samples.bytes($0) + [0x0A] }
        let capture: [UInt8] = parts.prefix(40).joined() + clock + parts.joined() + clock + parts.joined()
        #expect(capture.count > 30 * 4096)  // more segments than a window holds
        var options = LintOptions()
        options.verbose = true
        let linter = Linter(options: options)

        var one = LintSession(linter: linter)
        for doc in CaptureParser.parse(capture).documents { one.add(LintDocument(path: "log", document: doc)) }
        let expected = one.finish()
        #expect(expected.contains { $0.code == .TIME006 && $0.message.contains(", until ") })

        var several = LintSession(linter: linter)
        let judge = several.judge
        var offset = 0
        ParallelCaptureStream(jobs: jobs, segmentSize: 4096).forEachDocument(read: { buffer in
            let n = min(buffer.count, capture.count - offset)
            for i in 0..<n { buffer[i] = capture[offset + i] }
            offset += n
            return n
        }, transforms: {
            { doc in judge.judge(LintDocument(path: "log", document: doc)) }
        }) { _, judgment, _ in
            if let judgment { several.adopt(judgment) }
        }
        #expect(several.finish() == expected)
    }
}
