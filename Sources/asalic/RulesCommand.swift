import ArgumentParser
import ASALicenseKit

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "List the rule catalog, or explain one rule.")

    @Argument(help: "A rule code (KEY001, SHR009 …) to explain.")
    var code: String?

    @Option(help: "Output format: text or json (code, family, severity, scope, summary, source).")
    var format: RulesFormat = .text

    enum RulesFormat: String, ExpressibleByArgument {
        case text, json
    }

    func run() throws {
        if format == .json {
            let infos = code.map { c in RuleCatalog.infos.filter { $0.code.rawValue == c.uppercased() } } ?? RuleCatalog.infos
            guard !infos.isEmpty else {
                Output.standardError("asalic: unknown rule code '\(code ?? "")'; `asalic rules` lists them")
                throw ExitCode(2)
            }
            Output.standardOutput(LintReport.rulesJSON(infos))
            try Output.checkWritten()
            return
        }
        if let code {
            guard let info = RuleCatalog.info(named: code) else {
                Output.standardError("asalic: unknown rule code '\(code)'; `asalic rules` lists them")
                throw ExitCode(2)
            }
            Output.standardOutput(LintReport.explain(info))
            try Output.checkWritten()
            return
        }
        var out = ""
        for info in RuleCatalog.infos {
            let severity = info.severity.rawValue.padding(7)
            let scope = info.scopes.map(\.rawValue).joined(separator: ",").padding(9)
            out += "\(info.code.rawValue.padding(8)) \(severity) \(scope) \(info.summary)\n"
        }
        Output.standardOutput(out)
        try Output.checkWritten()
    }
}

extension String {
    func padding(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
}
