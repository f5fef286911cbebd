/// Line numbers read lately, as bits up to the latest (a window of 64 lines): a parser that
/// reads a line ahead and gives it back still tells what the lines before the one it reads next
/// were (blank, markup that closed an output).
struct RecentLines {
    /// The latest line in the set; 0 for none.
    private(set) var last = 0
    /// Bit k: line `last - k` is in the set.
    private var bits: UInt64 = 0

    @inline(__always) mutating func insert(_ n: Int) {
        if n > last {
            let shift = n - last
            bits = shift >= 64 ? 1 : bits << UInt64(shift) | 1
            last = n
        } else if last - n < 64 {
            bits |= 1 << UInt64(last - n)
        }
    }

    @inline(__always) func contains(_ n: Int) -> Bool {
        n > 0 && n <= last && last - n < 64 && bits & (1 << UInt64(last - n)) != 0
    }
}
