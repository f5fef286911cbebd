/// The text a `CLIWriter` writes, in one growing buffer reached through a pointer: the writer
/// appends to it without an array's uniqueness check or a class property's exclusivity check.
/// The writer shares it between its copies until one of them writes (`CLIWriter.own`).
final class CLIText {
    let buffer: UnsafeMutablePointer<ByteBuffer>

    /// A document's text is a few KB: one allocation, seldom two.
    init(capacity: Int = 4096) {
        buffer = .allocate(capacity: 1)
        buffer.initialize(to: ByteBuffer(capacity: capacity))
    }

    deinit {
        buffer.pointee.free()
        buffer.deinitialize(count: 1)
        buffer.deallocate()
    }

    /// A text of its own with the same bytes.
    func copy() -> CLIText {
        let other = CLIText(capacity: max(buffer.pointee.count, 16))
        other.buffer.pointee.append(contentsOf: UnsafeBufferPointer(start: buffer.pointee.base, count: buffer.pointee.count))
        return other
    }
}
