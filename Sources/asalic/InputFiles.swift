import Foundation

/// Reads the inputs a command names: files, directories (recursively, in name order) and `-`
/// for standard input.
enum InputFiles {
    struct Input {
        /// The path to show in diagnostics (`<stdin>` or `--stdin-filename` for standard input).
        var displayPath: String
        var path: String?
    }

    /// Which files of a directory walk are read: `include` globs (any; none means all but the
    /// default skips) and `exclude` globs, matched against the path below the directory.
    struct Filter {
        var include: [String] = []
        var exclude: [String] = []

        func accepts(_ relative: String) -> Bool {
            let name = relative.split(separator: "/").last.map(String.init) ?? relative
            let matches = { (glob: String) in fnmatch(glob, relative, 0) == 0 || fnmatch(glob, name, 0) == 0 }
            if exclude.contains(where: matches) { return false }
            if !include.isEmpty { return include.contains(where: matches) }
            return !InputFiles.skipped(relative)
        }
    }

    /// Expands directories; a path that does not exist is reported by `read`.
    static func expand(_ paths: [String], stdinName: String?, filter: Filter = Filter()) -> [Input] {
        var out: [Input] = []
        let fm = FileManager.default
        for p in paths.isEmpty ? ["-"] : paths {
            if p == "-" {
                out.append(Input(displayPath: stdinName ?? "<stdin>", path: nil))
                continue
            }
            var isDirectory: ObjCBool = false
            if fm.fileExists(atPath: p, isDirectory: &isDirectory), isDirectory.boolValue {
                let files = (fm.enumerator(atPath: p)?.allObjects as? [String] ?? [])
                    .filter { !$0.split(separator: "/").contains { $0.hasPrefix(".") } && filter.accepts($0) }
                    .sorted()
                for f in files {
                    let full = (p as NSString).appendingPathComponent(f)
                    var sub: ObjCBool = false
                    if fm.fileExists(atPath: full, isDirectory: &sub), !sub.boolValue {
                        out.append(Input(displayPath: full, path: full))
                    }
                }
            } else {
                out.append(Input(displayPath: p, path: p))
            }
        }
        return out
    }

    /// Files a directory walk passes over by default: documentation and binaries beside the
    /// captures, and asalic's own outputs (`.yaml`, `.yml`, `.json`, `.jsonl`, `.cli`), which
    /// would otherwise be read again as inputs beside the captures they came from. A file named
    /// on the command line is always read; `--include` reads them in a walk too.
    static let skippedExtensions: Set<String> = ["md", "markdown", "rst", "html", "pdf", "png", "jpg", "jpeg", "gif", "zip", "gz", "tgz", "xz", "bz2", "7z",
                                                 "yaml", "yml", "json", "jsonl", "cli"]

    static func skipped(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: ".") else { return false }
        return skippedExtensions.contains(name[name.index(after: dot)...].lowercased())
    }

    /// A small file's bytes, or nil when it cannot be read.
    static func readIfPresent(_ path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path).map { [UInt8]($0) }
    }

    static func read(_ input: Input) throws -> [UInt8] {
        if let path = input.path {
            guard let data = FileManager.default.contents(atPath: path) else {
                // The same words as every other command's: the system's own.
                var isDirectory: ObjCBool = false
                let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
                let reason = !exists ? "No such file or directory" : isDirectory.boolValue ? "Is a directory" : "Permission denied"
                throw InputError(message: "cannot read '\(path)': \(reason)")
            }
            return [UInt8](data)
        }
        return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
    }

    struct InputError: Error {
        var message: String
    }
}
