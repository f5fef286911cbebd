import ASALicenseKit
import Foundation

/// Where results and diagnostics go: results to stdout (or a file), diagnostics to stderr.
enum Output {
    static func standardError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func standardOutput(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = write(1, raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 { return }
                offset += n
            }
        }
    }

    /// Prints diagnostics gcc-style with the file they are about.
    static func report(_ diagnostics: [Diagnostic], path: String) {
        guard !diagnostics.isEmpty else { return }
        standardError(diagnostics.map { $0.rendered(defaultPath: path) }.joined(separator: "\n"))
    }
}
