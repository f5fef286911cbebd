/// Cuts a capture read in chunks into segments of whole lines, each ending before a prompt line
/// that no document spans: where a capture can be cut and read on from a `CaptureCursor` (or
/// from a cursor that knows only where the segment starts, see `SegmentRun`) with exactly what
/// reading it whole gives.
struct CaptureSegments {
    let chunkSize: Int
    private var pending: [UInt8] = []
    /// The last segment has been handed over.
    private var done = false
    /// A read failed; what was read before is still handed over.
    private(set) var failed = false

    init(chunkSize: Int) {
        self.chunkSize = chunkSize
    }

    /// The next segment and whether it is the last; nil once the last has been handed over.
    /// `read` fills the buffer it is given and returns how many bytes it wrote: 0 at the end
    /// of input, a negative number on a read error.
    mutating func next(read: (UnsafeMutableRawBufferPointer) -> Int) -> (bytes: [UInt8], last: Bool)? {
        while !done {
            // Read into fresh storage behind what is pending, never filled with zeros first
            // (appending a run of zeros went byte by byte: 3 instructions a byte of input).
            let before = pending.count
            var n = 0
            pending = pending.withUnsafeBufferPointer { old in
                [UInt8](unsafeUninitializedCapacity: before + chunkSize) { buffer, count in
                    if let from = old.baseAddress { buffer.baseAddress!.initialize(from: from, count: before) }
                    n = read(UnsafeMutableRawBufferPointer(UnsafeMutableBufferPointer(rebasing: buffer[before...])))
                    count = before + max(n, 0)
                }
            }
            if n < 0 { failed = true }
            let atEnd = n <= 0
            let cut = atEnd ? pending.count : CaptureStream.lastPromptLine(in: pending)
            guard cut > 0 || atEnd else { continue }  // one document longer than the chunk: read on
            let segment = Array(pending[0..<cut])
            pending.removeFirst(cut)
            done = atEnd
            return (segment, atEnd)
        }
        return nil
    }
}

extension ByteText {
    /// The number of line feeds in `bytes`, eight bytes at a time: where the next segment's
    /// line numbers start.
    static func lineFeeds(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let words = bytes.count / 8
        let raw = UnsafeRawPointer(base)
        var count = 0
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        for i in 0..<words {
            // A byte of x is zero exactly where the byte was 0x0A; each zero byte of x sets its
            // top bit in the mask (exact: no carry crosses bytes).
            let x = raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self) ^ 0x0A0A_0A0A_0A0A_0A0A
            let mask = ~(((x & low7) &+ low7) | x | low7)
            // One bit per matching byte, at its top: summed by one multiply (this CPU baseline
            // has no population count instruction; `nonzeroBitCount` took a dozen).
            count += Int(((mask >> 7) &* 0x0101_0101_0101_0101) >> 56)
        }
        for i in (words * 8)..<bytes.count where base[i] == 0x0A { count += 1 }
        return count
    }
}
