import ASALicenseKit
import Foundation

/// A file written through a temporary beside it and renamed into place when complete: a reader
/// (or an interrupted run) sees the old file or the new one, never half of one. The rename is
/// not preceded by fsync: the guarantee is against interrupts and errors, not power loss.
final class AtomicFile {
    let path: String
    private let temporary: String
    private let fd: Int32

    init(path: String) throws {
        self.path = path
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        if !directory.isEmpty && access(directory, F_OK) != 0 {
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        temporary = (directory.isEmpty ? "." : directory) + "/.\(name).asalic-\(AtomicFile.processID)-\(AtomicFile.nextSerial()).tmp"
        fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw WriteError(message: "cannot write '\(path)': \(String(cString: strerror(errno)))") }
        AtomicFile.lock.withLock { _ = AtomicFile.pending.insert(temporary) }
    }

    /// Why a write failed (`No space left on device`): the first failure, reported at commit.
    private var failure: String?

    /// Writes the chunks as they are, in order (`writeAll`).
    func write(chunks: [[UInt8]]) {
        guard failure == nil else { return }
        if let code = writeAll(fd, chunks) { failure = String(cString: strerror(code)) }
    }

    func write(_ bytes: [UInt8]) { write(chunks: [bytes]) }

    func commit() throws {
        close(fd)
        guard failure == nil, rename(temporary, path) == 0 else {
            let reason = failure ?? String(cString: strerror(errno))
            unlink(temporary)
            AtomicFile.lock.withLock { _ = AtomicFile.pending.remove(temporary) }
            throw WriteError(message: "cannot write '\(path)': \(reason)")
        }
        AtomicFile.lock.withLock { _ = AtomicFile.pending.remove(temporary) }
    }

    func discard() {
        close(fd)
        unlink(temporary)
        AtomicFile.lock.withLock { _ = AtomicFile.pending.remove(temporary) }
    }

    private static let lock = NSLock()
    private static let processID = getpid()
    nonisolated(unsafe) private static var pending = Set<String>()
    nonisolated(unsafe) private static var serial = 0

    private static func nextSerial() -> Int { lock.withLock { serial += 1; return serial } }

    /// Removes every temporary still open (on an interrupt).
    static func removeAllPending() {
        lock.withLock {
            for t in pending { unlink(t) }
            pending.removeAll()
        }
    }
}

/// A result that cannot be written (`cannot write 'x': No space left on device`): exit 2, like
/// an input that cannot be read, but said as what it is.
struct WriteError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
