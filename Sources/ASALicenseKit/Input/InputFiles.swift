import Foundation

/// The inputs a command names: files, directories (recursively, in name order) and `-` for
/// standard input.
public enum InputFiles {
    /// Which files of a directory walk are read: `include` globs (any; none means all but the
    /// default skips) and `exclude` globs, matched against the path below the directory.
    public struct Filter: Sendable {
        public var include: [String]
        public var exclude: [String]

        public init(include: [String] = [], exclude: [String] = []) {
            self.include = include
            self.exclude = exclude
        }

        /// Whether a file of a walk, by its path below the directory, is read.
        public func accepts(_ relative: String) -> Bool {
            let name = relative.split(separator: "/").last.map(String.init) ?? relative
            let matches = { (glob: String) in fnmatch(glob, relative, 0) == 0 || fnmatch(glob, name, 0) == 0 }
            if exclude.contains(where: matches) { return false }
            if !include.isEmpty { return include.contains(where: matches) }
            return !InputFiles.skipped(relative)
        }
    }

    /// Expands directories; a path that does not exist is reported when it is read.
    public static func expand(_ paths: [String], stdinName: String?, filter: Filter = Filter()) -> [InputSource] {
        var out: [InputSource] = []
        let fm = FileManager.default
        for p in paths.isEmpty ? ["-"] : paths {
            if p == "-" {
                out.append(InputSource(displayPath: stdinName ?? "<stdin>", path: nil))
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
                        out.append(InputSource(path: full))
                    }
                }
            } else {
                out.append(InputSource(path: p))
            }
        }
        return out
    }

    /// Files a directory walk passes over by default: documentation and binaries beside the
    /// captures, and asalic's own outputs (`.yaml`, `.yml`, `.json`, `.jsonl`, `.cli`), which
    /// would otherwise be read again as inputs beside the captures they came from. A file named
    /// on the command line is always read; `--include` reads them in a walk too.
    public static let skippedExtensions: Set<String> = ["md", "markdown", "rst", "html", "pdf", "png", "jpg", "jpeg", "gif", "zip", "gz", "tgz", "xz", "bz2", "7z",
                                                 "yaml", "yml", "json", "jsonl", "cli"]

    /// Whether a walk skips the file by default (its extension).
    public static func skipped(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: ".") else { return false }
        return skippedExtensions.contains(name[name.index(after: dot)...].lowercased())
    }

    /// A small file's bytes (a baseline), or nil when it cannot be read.
    public static func readIfPresent(_ path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path).map { [UInt8]($0) }
    }
}
