import ArgumentParser
import ASALicenseKit
import Foundation

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two units' license text by model: what differs, and whether it matters.",
        discussion: "Compares features by identity and typed value, blind to column layout, line endings, order and prompts. Secrets compare by fingerprint and are never shown. Exit status, as diff(1): 0 same, 1 different, 2 error."
    )

    @Argument(help: "The first input (A).")
    var a: String

    @Argument(help: "The second input (B).")
    var b: String

    @OptionGroup var fingerprints: FingerprintOptions

    @OptionGroup var dating: AsOfOption

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(name: .customLong("from"), help: "Input format of both inputs: cli, yaml or json (default: detected from the content).")
    var inputFormat: InputFormat?

    @Option(help: "What to overlook: terms (day counts), keys (key values). Repeatable, or a comma list.")
    var ignore: [String] = []

    @Flag(help: "A is the primary and B the secondary of a failover pair: show the cluster table.")
    var pair = false

    @Option(help: "Colour: auto (on a terminal, unless NO_COLOR or TERM=dumb), always or never.")
    var color: ColorMode = .auto

    enum Format: String, ExpressibleByArgument { case text, json }
    enum Ignorable: String { case terms, keys }

    var ignored: [Ignorable] { ignore.flatMap { $0.split(separator: ",") }.compactMap { Ignorable(rawValue: String($0)) } }

    func validate() throws {
        for word in ignore.flatMap({ $0.split(separator: ",") }) where Ignorable(rawValue: String(word)) == nil {
            throw ValidationError("--ignore takes 'terms' or 'keys', not '\(word)'")
        }
    }
    enum ColorMode: String, ExpressibleByArgument { case auto, always, never }

    func run() throws {
        try fingerprints.apply()
        let docsA = try read(a)
        let docsB = try read(b)
        let options = DiffOptions(ignoreTerms: ignored.contains(.terms), ignoreKeys: ignored.contains(.keys))
        let diffs = DocumentDiff.compare(docsA, docsB, options: options)

        var pairRows: [PairRow] = []
        if pair {
            guard case .activationKey(let pa)? = docsA.first?.content, case .activationKey(let pb)? = docsB.first?.content else {
                Output.standardError("asalic: --pair needs show activation-key (or show version) output on both sides")
                throw ExitCode(2)
            }
            pairRows = PairTable.rows(primary: pa, secondary: pb)
        }
        let style = DiffReport.Style(color: useColor)
        switch format {
        case .text:
            var out = DiffReport.text(diffs, style: style)
            if pair { out += "\n" + DiffReport.pairText(pairRows, style: style) }
            Output.standardOutput(out)
        case .json:
            Output.standardOutput(DiffReport.json(diffs, pair: pairRows, a: DiffReport.Side(path: a, documents: docsA), b: DiffReport.Side(path: b, documents: docsB)))
        }
        try Output.checkWritten()
        if !diffs.isEmpty || pairRows.contains(where: { !$0.rules.isEmpty }) { throw ExitCode(1) }
    }

    var useColor: Bool {
        switch color {
        case .always: return true
        case .never: return false
        case .auto:
            let env = ProcessInfo.processInfo.environment
            return isatty(1) == 1 && env["NO_COLOR"] == nil && env["TERM"] != "dumb"
        }
    }

    func read(_ path: String) throws -> [Document] {
        let input = InputFiles.expand([path], stdinName: nil)
        guard input.count == 1 else {
            Output.standardError("asalic: diff compares two files, not '\(path)'")
            throw ExitCode(2)
        }
        let read: (documents: [Document], diagnostics: [Diagnostic])
        do {
            read = try input[0].readAll(format: inputFormat)
        } catch {
            Output.standardError("asalic: \(error)")
            throw ExitCode(2)
        }
        // Errors, and that a side holds no license text at all: comparing nothing is worth saying.
        Output.report(read.diagnostics.filter { $0.severity == .error || $0.code == .DOC005 || $0.code == .DOC007 }, path: input[0].displayPath)
        return read.documents.map(dating.dating)
    }
}
