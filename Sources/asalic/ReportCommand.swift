import ArgumentParser
import ASALicenseKit
import ASALicenseReport
import Foundation

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The fleet at a glance: one row per unit, expiry timeline, failover pairs, shared licensing, findings.",
        discussion: "Reads every input together, as lint does. html is one self-contained page (no script, nothing loaded from outside); md is for tickets and wikis; csv has one row per unit (RFC 4180). Exit status: 0 written, 2 usage or I/O errors (findings are reported, not failed on)."
    )

    @OptionGroup var reading: InputOptions

    @OptionGroup var fingerprints: FingerprintOptions

    @OptionGroup var dating: AsOfOption

    @Option(help: "Output format: html, md or csv.")
    var format: ReportFormat = .html

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    enum ReportFormat: String, ExpressibleByArgument { case html, md, csv }

    func run() throws {
        try fingerprints.apply()
        var docs: [LintDocument] = []
        var readDiagnostics: [Diagnostic] = []
        var anyRead = false
        for input in reading.sources {
            do {
                try input.forEachDocument(format: reading.inputFormat) { doc, diagnostics in
                    if let doc { docs.append(LintDocument(path: input.displayPath, document: dating.dating(doc))) }
                    readDiagnostics += diagnostics
                }
                anyRead = true
            } catch {
                Output.standardError("asalic: \(error)")
            }
        }
        guard anyRead else { throw ExitCode(2) }
        var options = LintOptions()
        options.asOf = dating.date
        options.showSecrets = reading.showSecrets
        let findings = Linter(options: options).lint(docs, readDiagnostics: readDiagnostics)
        let report = FleetReport(docs, findings: findings, asOf: dating.date)
        let text: String
        switch format {
        case .html: text = HTMLReport.render(report)
        case .md: text = MarkdownReport.render(report)
        case .csv: text = try CSVReport.render(report)
        }
        if let output {
            let file = try AtomicFile(path: output)
            file.write(Array(text.utf8))
            try file.commit()
        } else {
            Output.standardOutput(text)
            try Output.checkWritten()
        }
    }
}
