import ASALicenseKit
import Foundation

/// One input read in chunks through read(2): device text is parsed as a stream, asalic's own
/// YAML and JSON are read whole.
struct FileInput {
    let input: InputFiles.Input
    /// The format, when the user names it (`--from`); else detected from the first bytes.
    var format: InputFormat? = nil

    /// Calls `body` for each document; returns the bytes read, or throws when the input cannot
    /// be opened or read.
    func forEachDocument(_ body: (Document?, [Diagnostic]) -> Void) throws -> Int {
        let fd: Int32 = input.path.map { open($0, O_RDONLY) } ?? 0
        guard fd >= 0 else { throw InputFiles.InputError(message: "cannot read '\(input.displayPath)': \(String(cString: strerror(errno)))") }
        defer { if input.path != nil { close(fd) } }
        var total = 0
        func readInto(_ buffer: UnsafeMutableRawBufferPointer) -> Int {
            while true {
                let n = read(fd, buffer.baseAddress, buffer.count)
                if n < 0 && errno == EINTR { continue }
                if n > 0 { total += n }
                return n
            }
        }
        // The first bytes tell device text from asalic's own YAML or JSON.
        var head = [UInt8](repeating: 0, count: 16 * 1024)
        let n = head.withUnsafeMutableBytes { readInto($0) }
        if n < 0 { throw InputFiles.InputError(message: "cannot read '\(input.displayPath)': \(String(cString: strerror(errno)))") }
        head.removeLast(head.count - n)
        if self.format == nil, let note = head.withUnsafeBufferPointer(InputReader.binaryNote) {
            body(nil, [note])
            return total
        }
        let format = self.format ?? head.withUnsafeBufferPointer { InputFormat.detect($0) }
        if format != .cli {
            var all = head
            var chunk = [UInt8](repeating: 0, count: 1 << 20)
            while true {
                let m = chunk.withUnsafeMutableBytes { readInto($0) }
                if m < 0 { throw InputFiles.InputError(message: "cannot read '\(input.displayPath)'") }
                if m == 0 { break }
                all += chunk[0..<m]
            }
            all.withUnsafeBufferPointer { InputReader.forEachDocument(in: $0, format: format, body) }
            return total
        }
        // A small file needs no 1 MiB chunk: allocating and clearing one per file costs more than
        // parsing the file.
        var info = stat()
        let size = fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : 1 << 20
        var offset = 0
        let ok = CaptureStream(chunkSize: min(max(size - head.count, 0) + 4096, 1 << 20)).forEachDocument(read: { buffer in
            if offset < head.count {  // first the bytes already read
                let k = min(buffer.count, head.count - offset)
                head.withUnsafeBytes { src in buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: src[offset..<(offset + k)])) }
                offset += k
                return k
            }
            return readInto(buffer)
        }, body)
        if !ok { throw InputFiles.InputError(message: "cannot read '\(input.displayPath)': \(String(cString: strerror(errno)))") }
        return total
    }
}
