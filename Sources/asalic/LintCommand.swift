import ArgumentParser
import ASALicenseKit

struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check license text and configurations against the licensing rules.",
        discussion: "All inputs are seen together, so unit rules (documents of one unit) and fleet rules (failover pairs, a shared licensing server with its participants) work across files. Exit status: 0 no errors (warnings allowed), 1 errors (or warnings with --strict), 2 usage or I/O errors."
    )

    @Argument(help: "Files or directories to check; '-' or none reads standard input.")
    var files: [String] = []

    @Option(help: "Output format: text, json or sarif.")
    var format: LintFormat = .text

    @Option(name: .customLong("from"), help: "Input format: cli, yaml or json (default: detected from the content).")
    var inputFormat: InputFormat?

    @Flag(help: "Exit 1 on warnings too.")
    var strict = false

    @Option(name: .customLong("only"), help: "Run only this rule code. Repeatable, or a comma list.")
    var only: [String] = []

    @Option(name: .customLong("disable"), help: "Skip this rule code. Repeatable, or a comma list.")
    var disable: [String] = []

    @Option(help: "The capture date (YYYY-MM-DD): time-based licenses get an expiry date.")
    var asOf: String?

    @Option(help: "Warn when fewer days than this remain on a time-based license.")
    var expiryWarningDays = 30

    @Option(name: .customLong("pair"), help: "A failover pair, as two serial numbers, hostnames or files: A,B. Repeatable.")
    var pairs: [String] = []

    @Flag(name: .shortAndLong, help: "Say when a rule is silent for want of data (an unknown platform).")
    var verbose = false

    @Option(help: "The name to show for standard input.")
    var stdinFilename: String?

    enum LintFormat: String, ExpressibleByArgument {
        case text, json, sarif
    }

    func validate() throws {
        if let asOf, CivilDate(asOf) == nil { throw ValidationError("--as-of takes a date as YYYY-MM-DD, not '\(asOf)'") }
        let known = Set(RuleCatalog.infos.map(\.code))
        for code in codes(only) + codes(disable) where !known.contains(code) {
            throw ValidationError("unknown rule code '\(code)'; `asalic rules` lists them")
        }
        for p in pairs where p.split(separator: ",").count != 2 {
            throw ValidationError("--pair takes two names separated by a comma, not '\(p)'")
        }
        if expiryWarningDays < 0 { throw ValidationError("--expiry-warning-days must not be negative") }
    }

    /// Codes given as repeated options or comma lists.
    func codes(_ values: [String]) -> [String] {
        values.flatMap { $0.split(separator: ",").map { String($0).uppercased() } }
    }

    func run() throws {
        var options = LintOptions()
        options.asOf = asOf.flatMap(CivilDate.init)
        options.expiryWarningDays = expiryWarningDays
        options.pairs = pairs.map { $0.split(separator: ",").map(String.init) }
        options.verbose = verbose
        var linter = Linter(options: options)
        linter.only = Set(codes(only))
        linter.disabled = Set(codes(disable))

        var docs: [LintDocument] = []
        var readDiagnostics: [Diagnostic] = []
        var ioFailed = false
        let inputs = InputFiles.expand(files, stdinName: stdinFilename)
        for input in inputs {
            let bytes: [UInt8]
            do {
                bytes = try InputFiles.read(input)
            } catch let e as InputFiles.InputError {
                Output.standardError("asalic: \(e.message)")
                ioFailed = true
                continue
            }
            bytes.withUnsafeBufferPointer { buffer in
                InputReader.forEachDocument(in: buffer, format: inputFormat) { doc, diagnostics in
                    if let doc { docs.append(LintDocument(path: input.displayPath, document: doc)) }
                    readDiagnostics += diagnostics.map { var d = $0; d.path = input.displayPath; return d }
                }
            }
        }
        let findings = linter.lint(docs, readDiagnostics: readDiagnostics)
        switch format {
        case .text: Output.standardOutput(Array(LintReport.text(findings, files: inputs.count).utf8))
        case .json: Output.standardOutput(Array(LintReport.json(findings).utf8))
        case .sarif: Output.standardOutput(Array(LintReport.sarif(findings, toolVersion: Asalic.configuration.version).utf8))
        }
        if ioFailed { throw ExitCode(2) }
        if findings.hasErrors || (strict && findings.warningCount > 0) { throw ExitCode(1) }
    }
}
