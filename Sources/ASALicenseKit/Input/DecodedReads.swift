/// A decoder of the input whose text may be longer or shorter than what it is made of (a mail's
/// quoted-printable encoding, a unified diff), decoding chunk by chunk (`DecodedReads`).
protocol ChunkDecoder {
    /// The fewest bytes read after those kept back: enough for whatever the decoder must see
    /// whole to decide (an `=` sequence, a hunk's header).
    static var room: Int { get }
    /// The text `chunk` makes, from the state the chunks before left, and how many of its bytes
    /// are used: the rest is given again at the start of the next chunk (never at the input's
    /// end). May rewrite `chunk`.
    mutating func decode(_ chunk: inout [UInt8], atEnd: Bool) -> (used: Int, made: [UInt8])
}

/// A decoder read as the input is read: the bytes at a chunk's end it could not decode yet, kept
/// back and given again with the next, and the text it made and has not handed over yet.
struct DecodedReads<Decoder: ChunkDecoder> {
    var decoder: Decoder
    private var pending: [UInt8] = []
    private var ready: [UInt8] = []
    private var ended = false

    init(_ decoder: Decoder) {
        self.decoder = decoder
    }

    /// Fills `buffer` with the text decoded from what `read` gives (0 at the end, negative on
    /// error); returns the bytes written, 0 at the end, negative on error.
    mutating func read(into buffer: UnsafeMutableRawBufferPointer, from read: (UnsafeMutableRawBufferPointer) -> Int) -> Int {
        while ready.isEmpty && !ended {
            var chunk = pending + [UInt8](repeating: 0, count: max(buffer.count, Decoder.room))
            let n = chunk.withUnsafeMutableBytes { read(UnsafeMutableRawBufferPointer(rebasing: $0[pending.count...])) }
            if n < 0 { return n }
            ended = n == 0
            chunk.removeLast(chunk.count - pending.count - n)
            let (used, made) = decoder.decode(&chunk, atEnd: ended)
            pending = Array(chunk[used...])
            ready = made
            // (Nothing made yet, only what must be seen whole: read on, for 0 would say the input ended.)
        }
        // (What one chunk makes may be more than fits: a line's vacant lines, owed for breaks.)
        let count = min(ready.count, buffer.count)
        ready.withUnsafeBytes { buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
        ready.removeFirst(count)
        return count
    }
}
