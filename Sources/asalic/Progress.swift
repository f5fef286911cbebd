import Foundation

/// Progress on stderr for long runs: files and documents done, MB/s, and an ETA. Shown only on a
/// terminal (or with --progress), redrawn at most ten times a second.
final class Progress: @unchecked Sendable {
    private let enabled: Bool
    private let totalBytes: Int
    private let totalFiles: Int
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var shown = false

    init(enabled: Bool, totalFiles: Int, totalBytes: Int) {
        self.enabled = enabled
        self.totalFiles = totalFiles
        self.totalBytes = totalBytes
    }

    /// Called under the runner's lock.
    func update(files: Int, documents: Int, bytes: Int, force: Bool = false) {
        guard enabled, force || Date().timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = Date()
        let seconds = max(Date().timeIntervalSince(start), 0.001)
        let rate = Double(bytes) / 1_048_576 / seconds
        let eta = rate > 0 && totalBytes > bytes ? String(format: ", ETA %.0fs", Double(totalBytes - bytes) / 1_048_576 / rate) : ""
        let line = String(format: "%d/%d files, %d documents, %.1f MB/s%@", files, totalFiles, documents, rate, eta as NSString)
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
        shown = true
    }

    /// Clears the progress line before other stderr output.
    func clear() {
        guard enabled, shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        shown = false
    }

    static func wanted(force: Bool, quiet: Bool) -> Bool {
        if quiet { return false }
        if force { return true }
        let env = ProcessInfo.processInfo.environment
        return isatty(2) == 1 && env["TERM"] != "dumb"
    }
}
