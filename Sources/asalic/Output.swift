import ArgumentParser
import ASALicenseKit
import Foundation

/// Where results and diagnostics go: results to stdout (or a file), diagnostics to stderr.
enum Output {
    static func standardError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Why writing to standard output failed (full disk, closed pipe), once it has.
    nonisolated(unsafe) private static var writeFailure: String?

    /// Writes results given in chunks, each where it is (`writeAll`); after a failed write
    /// nothing more is written, and `checkWritten` says so.
    static func standardOutput(chunks: [[UInt8]]) {
        guard writeFailure == nil else { return }
        if let code = writeAll(1, chunks) { writeFailure = String(cString: strerror(code)) }
    }

    /// Writes a text result from its own bytes (a copy as an array doubled the memory of a
    /// large lint report at the moment memory peaks).
    static func standardOutput(_ text: String) {
        var text = text
        guard writeFailure == nil else { return }
        if let code = text.withUTF8({ writeAll(1, UnsafeRawBufferPointer($0)) }) { writeFailure = String(cString: strerror(code)) }
    }

    /// Whether results can no longer be written: there is no point reading on.
    static var hasFailed: Bool { writeFailure != nil }

    /// Exit 2, with the system's reason, when results could not be written: output cut short
    /// never passes for a clean run.
    static func checkWritten() throws {
        guard let reason = writeFailure else { return }
        standardError("asalic: cannot write to standard output: \(reason)")
        throw ExitCode(2)
    }

    /// Prints diagnostics gcc-style with the file they are about.
    static func report(_ diagnostics: [Diagnostic], path: String) {
        guard !diagnostics.isEmpty else { return }
        var lines: [UInt8] = []
        for i in diagnostics.indices {
            diagnostics[i].render(into: &lines, defaultPath: path)
            lines.append(0x0A)
        }
        FileHandle.standardError.write(Data(lines))
    }
}
