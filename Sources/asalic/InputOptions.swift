import ArgumentParser
import ASALicenseKit

/// What `convert` and `lint` read, said the same way: the inputs, their format, which files of
/// a directory walk, the name of standard input, and whether secrets may be shown.
struct InputOptions: ParsableArguments {
    @Argument(help: "Files or directories to read; '-' or none reads standard input.")
    var files: [String] = []

    @Option(name: .customLong("from"), help: "Input format: cli, yaml or json (default: detected from the content).")
    var inputFormat: InputFormat?

    @Option(help: "In a directory walk, read only the files matching this glob (on the name or the path below the directory). Repeatable. By default a walk skips hidden files, documentation, archives and asalic's own outputs (.yaml, .yml, .json, .jsonl, .cli).")
    var include: [String] = []

    @Option(help: "In a directory walk, skip the files matching this glob. Repeatable.")
    var exclude: [String] = []

    @Option(help: "The name to show for standard input in diagnostics.")
    var stdinFilename: String?

    @Flag(help: "Show shared-licensing secrets (in outputs and findings) instead of their fingerprints.")
    var showSecrets = false

    /// The inputs, directories expanded.
    var sources: [InputSource] {
        InputFiles.expand(files, stdinName: stdinFilename, filter: InputFiles.Filter(include: include, exclude: exclude))
    }
}
