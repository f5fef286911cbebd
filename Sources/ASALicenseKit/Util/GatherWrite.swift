import Foundation

/// Writes every byte of `chunks` to `fd` in as few system calls as it takes (`writev`, up to
/// 1024 chunks a call), going on after an interrupted or partial write. The chunks are written
/// where they are: copying a stream's documents into one buffer first cost up to a tenth of a
/// conversion's time on one thread and a fifth on two (the copy ran on the core that had not
/// made them). Returns the error number of a failed write, nil when everything was written.
public func writeAll(_ fd: Int32, _ chunks: [[UInt8]]) -> Int32? {
    var start = 0
    while start < chunks.count {
        let batch = chunks[start..<min(chunks.count, start + 1024)]
        var vectors: [iovec] = []
        vectors.reserveCapacity(batch.count)
        if let code = pinning(batch, into: &vectors, { writeAll(fd, &$0) }) { return code }
        start += batch.count
    }
    return nil
}

/// Writes every byte of `bytes` to `fd`, as `writeAll(_:_:)` writes chunks.
public func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32? {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return nil }
    var vectors = [iovec(iov_base: UnsafeMutableRawPointer(mutating: base), iov_len: bytes.count)]
    return writeAll(fd, &vectors)
}

/// Calls `body` with a vector for each non-empty chunk, each chunk's storage pinned meanwhile
/// (one call deeper a chunk: batches of at most 1024 keep the stack small).
private func pinning<R>(_ chunks: ArraySlice<[UInt8]>, into vectors: inout [iovec], _ body: (inout [iovec]) -> R) -> R {
    guard let first = chunks.first else { return body(&vectors) }
    return first.withUnsafeBufferPointer { bytes in
        if let base = bytes.baseAddress, !bytes.isEmpty {
            vectors.append(iovec(iov_base: UnsafeMutableRawPointer(mutating: base), iov_len: bytes.count))
        }
        return pinning(chunks.dropFirst(), into: &vectors, body)
    }
}

private func writeAll(_ fd: Int32, _ vectors: inout [iovec]) -> Int32? {
    var next = 0
    while next < vectors.count {
        let n = vectors.withUnsafeBufferPointer { v in
            v.baseAddress.map { writev(fd, $0 + next, Int32(v.count - next)) } ?? 0
        }
        if n < 0 && errno == EINTR { continue }
        if n <= 0 { return n < 0 ? errno : EIO }
        // Past what was written: whole chunks, then into the first one not written whole.
        var left = n
        while left > 0 && left >= vectors[next].iov_len {
            left -= vectors[next].iov_len
            next += 1
        }
        if left > 0 {
            vectors[next].iov_base = vectors[next].iov_base.map { $0 + left }
            vectors[next].iov_len -= left
        }
    }
    return nil
}
