import ArgumentParser
import Foundation
import ASALicenseKit

struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check license text and configurations against the licensing rules.",
        discussion: "All inputs are seen together, so unit rules (documents of one unit) and fleet rules (failover pairs, a shared licensing server with its participants) work across files. Exit status: 0 no errors (warnings allowed), 1 errors (or warnings with --strict), 2 usage or I/O errors."
    )


    @OptionGroup var reading: InputOptions

    @OptionGroup var fingerprints: FingerprintOptions

    @Option(help: "Output format: text, json or sarif.")
    var format: LintFormat = .text


    @Flag(help: "Exit 1 on warnings too.")
    var strict = false

    @Option(name: .customLong("only"), help: "Run only this rule code or family (FO, SHR, TIME …). Repeatable, or a comma list.")
    var only: [String] = []

    @Option(name: .customLong("disable"), help: "Skip this rule code or family. Repeatable, or a comma list.")
    var disable: [String] = []

    @Option(help: "Text output shows findings of this severity and above: note, warning or error (default: warning, so that CI logs show what needs action; the summary still counts the notes).")
    var minSeverity: Severity = .warning

    @Option(help: "Report, and fail on, only the findings not recorded in this baseline file.")
    var baseline: String?

    @Option(help: "Record today's findings in this file (a baseline for --baseline), then report as usual.")
    var writeBaseline: String?

    @OptionGroup var dating: AsOfOption

    @Option(help: "Warn when fewer days than this remain on a time-based license.")
    var expiryWarningDays = 30

    @Option(name: .customLong("pair"), help: "A failover pair, as two serial numbers, hostnames or files: A,B. Repeatable.")
    var pairs: [String] = []

    @Flag(name: .shortAndLong, help: "Say when a rule is silent for want of data (an unknown platform).")
    var verbose = false

    @Option(help: "Threads at work (default: all cores): one large capture is cut at its prompt lines and its documents judged by the document rules on as many threads, then the unit and fleet rules share them; the findings are the same.")
    var jobs: Int?




    enum LintFormat: String, ExpressibleByArgument {
        case text, json, sarif
    }

    func validate() throws {
        let known = Set(RuleCatalog.infos.map(\.code.rawValue)).union(Linter.families)
        for code in codes(only) + codes(disable) where !known.contains(code) {
            throw ValidationError("unknown rule code or family '\(code)'; `asalic rules` lists them")
        }
        for p in pairs where p.split(separator: ",").count != 2 {
            throw ValidationError("--pair takes two names separated by a comma, not '\(p)'")
        }
        if expiryWarningDays < 0 { throw ValidationError("--expiry-warning-days must not be negative") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    /// Reads every input into a lint session (document rules as each document arrives) and
    /// finishes it: the session, and what it keeps of the documents, is gone before the
    /// report is written. Findings below `keepsFrom` are counted, not kept, and those the
    /// baseline records let go.
    func findings(_ linter: Linter, baseline: LintBaseline?, keepsFrom: Severity) throws -> (findings: [Diagnostic], notKept: SeverityCounts, linted: Int, ioFailed: Bool) {
        var session = LintSession(linter: linter)
        session.baseline = baseline
        session.keepsFrom = keepsFrom
        var ioFailed = false
        var linted = 0
        let jobs = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        session.jobs = jobs
        for input in reading.sources {
            do {
                // Each document is judged where it is parsed (on every core for one large
                // capture), and the session takes the judgments in input order.
                let judge = session.judge
                try input.forEachDocument(format: reading.inputFormat, jobs: jobs, transforms: {
                    { doc in judge.judge(LintDocument(path: input.displayPath, document: dating.dating(doc))) }
                }) { _, judgment, diagnostics in
                    if let judgment { session.adopt(judgment) }
                    session.addReadDiagnostics(diagnostics)
                }
                linted += 1
            } catch {
                Output.standardError("asalic: \(error)")
                ioFailed = true
            }
        }
        let unknown = session.unknownPairNames()
        if !unknown.isEmpty {
            Output.standardError("asalic: --pair names \(unknown.map { "'\($0)'" }.joined(separator: ", ")), which no input shows (a serial number, hostname or file)")
            throw ExitCode(2)
        }
        return (session.finish(), session.notKept, linted, ioFailed)
    }

    /// Codes given as repeated options or comma lists.
    func codes(_ values: [String]) -> [String] {
        values.flatMap { $0.split(separator: ",").map { String($0).uppercased() } }
    }

    func run() throws {
        try fingerprints.apply()
        var options = LintOptions()
        options.asOf = dating.date
        options.expiryWarningDays = expiryWarningDays
        options.pairs = pairs.map { $0.split(separator: ",").map(String.init) }
        options.verbose = verbose
        options.showSecrets = reading.showSecrets
        var linter = Linter(options: options)
        linter.only = Set(codes(only))
        linter.disabled = Set(codes(disable))

        var known: LintBaseline?
        if let baseline {
            let read = LintBaseline.read(InputFiles.readIfPresent(baseline) ?? [])
            guard let b = read.baseline else {
                Output.standardError("asalic: cannot read the baseline '\(baseline)': \(read.error ?? "no such file")")
                throw ExitCode(2)
            }
            known = b
        }
        // A new baseline records every finding, so they are all kept and the old baseline
        // applied after; otherwise the baseline's findings are let go as they arrive, and so
        // are the text report's below its minimum severity, which it only counts.
        let keepsAll = writeBaseline != nil
        let (all, notKept, linted, ioFailed) = try findings(linter, baseline: keepsAll ? nil : known, keepsFrom: keepsAll || format != .text ? .note : minSeverity)
        if let writeBaseline {
            do {
                let file = try AtomicFile(path: writeBaseline)
                file.write(Array(LintBaseline(all).json().utf8))
                try file.commit()
            } catch {
                Output.standardError("asalic: cannot write '\(writeBaseline)': \(error)")
                throw ExitCode(2)
            }
        }
        let findings = keepsAll ? known.map { $0.new(all) } ?? all : all
        let write = { (piece: [UInt8]) in Output.standardOutput(chunks: [piece]) }
        switch format {
        case .text: LintReport.text(findings, files: linted, minSeverity: minSeverity, notKept: notKept, write: write)
        case .json: LintReport.json(findings, write: write)
        case .sarif: LintReport.sarif(findings, toolVersion: Asalic.configuration.version, write: write)
        }
        try Output.checkWritten()
        if ioFailed { throw ExitCode(2) }
        let counts = SeverityCounts(counting: findings) + notKept
        if counts.errors > 0 || (strict && counts.warnings > 0) { throw ExitCode(1) }
    }
}

extension Severity: ExpressibleByArgument {}
