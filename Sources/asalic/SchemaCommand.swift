import ArgumentParser
import ASALicenseKit

struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema (draft 2020-12) of the JSON and JSON Lines that convert writes."
    )

    func run() throws {
        Output.standardOutput(OutputSchema.json())
        try Output.checkWritten()
    }
}
