import Testing
@testable import ASALicenseKit

/// A post that shows one unit's configuration, then another's, with no prompt: each snippet in
/// its own code block, or under its own words. Each is its unit's configuration, where before
/// the two were one unit that mixed roles (SHR005, an error on a healthy pair).
@Suite struct SetApartLinesTests {
    static let server = "license-server secret farscape\nlicense-server enable inside\n"
    static let participant = "license-server address 10.1.1.1 secret farscape\n"

    func lint(_ text: String) -> (roles: [SharedLicensingRole], codes: [RuleCode]) {
        let (docs, diags) = InputReader.read(text)
        let findings = Linter().lint(docs.map { LintDocument(path: "t", document: $0) }, readDiagnostics: diags)
        let roles = docs.compactMap { doc -> SharedLicensingRole? in
            if case .configuration(let c) = doc.content { return c.role }
            return nil
        }
        return (roles, findings.filter { $0.severity != .note }.map(\.code))
    }

    @Test(arguments: [
        ("Configure the server first:\n\n", "\nThen on the participant:\n\n", ""),
        ("```\n", "```\n\n```\n", "```\n"),
        ("<pre>\n", "</pre>\n<p>and on the other unit</p>\n<pre>\n", "</pre>\n"),
        ("[code]\n", "[/code]\n[code]\n", "[/code]\n"),
        ("## Server\n\n", "\n## Participant\n\n", ""),
        ("Server\n", "Participant\n", ""),
        ("", "在参与者上配置：\n", ""),
    ])
    func eachSnippetIsItsUnitsConfiguration(_ before: String, _ between: String, _ after: String) {
        let (roles, codes) = lint(before + Self.server + between + Self.participant + after)
        #expect(roles == [.server, .participant])
        #expect(codes.isEmpty)
    }

    /// What sets two units apart is a post's text or markup: a blank line or a comment is a
    /// configuration's own, and one configuration that mixes roles still is one (SHR005).
    @Test(arguments: ["", "\n", "!\n", "! participant\n", "hostname fw2\n"])
    func aConfigurationsOwnLinesSetNoUnitApart(_ between: String) {
        let (roles, codes) = lint(Self.server + between + Self.participant)
        #expect(roles == [.mixed])
        #expect(codes == [.SHR005])
    }

    /// The same role after a post's words is another unit's when it names again what a unit
    /// names once (two participants' server addresses), or is a backup server's beside a
    /// participant's; a server's further commands under its own words stay its own.
    @Test func anotherUnitOfTheSameKindIsAnotherConfiguration() {
        let backup = "license-server address 10.1.1.1 secret farscape\nlicense-server backup enable inside\n"
        let withBackup = "license-server address 10.1.1.1 secret farscape\nlicense-server backup address 10.1.1.2\n"
        #expect(lint("Backup:\n" + backup + "Participant:\n" + withBackup).roles == [.backupServer, .participant])
        #expect(lint("First participant:\n" + Self.participant + "Second participant:\n" + Self.participant).roles == [.participant, .participant])
        #expect(lint(Self.server + "Then enable the DMZ too:\n" + "license-server enable dmz\n").roles == [.server])
    }

    /// Each configuration written back as canonical CLI reads again as the same ones.
    @Test func theConfigurationsWrittenBackReadAgainAsThemselves() {
        let (docs, _) = InputReader.read("```\n" + Self.server + "```\nThen:\n```\n" + Self.participant + "```\n")
        let cli = OutputFormat.cli.render(docs, options: OutputOptions(showSecrets: true))
        let again = InputReader.read(cli).documents
        #expect(again.count == 2)
        #expect(OutputFormat.cli.render(again, options: OutputOptions(showSecrets: true)) == cli)
    }
}
