/// Bytes a writer wrote once under a key, to copy when the same key comes back
/// (`JSONWriter.same`). Keys are non-negative integers looked up once per row: an open-addressed
/// table of them with every kept text in one arena, not a `Dictionary` of arrays (whose hashing
/// cost a fiftieth of a JSON conversion). A few thousand keys occur in a real estate (a catalog
/// name, a value and a term at a depth); nothing is taken out, and past `limit` keys nothing
/// more is kept, so that an input of endless distinct counts cannot grow the table without end.
struct ReplayTable {
    static let limit = 1 << 13

    /// The key in each slot, -1 where there is none; a power of two long, at most half full.
    private var keys = [Int](repeating: -1, count: 64)
    /// Where in `arena` the bytes of the key in the same slot are.
    private var spans = [Range<Int>](repeating: 0..<0, count: 64)
    private var arena: [UInt8] = []
    private var used = 0

    /// Calls `body` with the bytes kept under `key`; false, without calling it, when there are none.
    func withBytes(_ key: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        let slot = ReplayTable.slot(of: key, in: keys)
        guard keys[slot] == key else { return false }
        let span = spans[slot]
        arena.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[span])) }
        return true
    }

    /// Keeps `bytes` under `key`, in place of what was kept under it before. A negative key (the
    /// writer makes none) is not kept: -1 marks an empty slot.
    mutating func keep(_ key: Int, _ bytes: UnsafeBufferPointer<UInt8>) {
        guard key >= 0 else { return }
        var slot = ReplayTable.slot(of: key, in: keys)
        if keys[slot] != key {
            // A new key: none past the limit.
            guard used < ReplayTable.limit else { return }
            if (used + 1) * 2 > keys.count {
                grow()
                slot = ReplayTable.slot(of: key, in: keys)
            }
            keys[slot] = key
            used += 1
        }
        spans[slot] = arena.count..<(arena.count + bytes.count)
        arena.append(contentsOf: bytes)
    }

    /// The slot of `key` in `keys`, or the empty one where it would go.
    private static func slot(of key: Int, in keys: [Int]) -> Int {
        let mask = keys.count - 1
        // Fibonacci hashing: the keys' low bits are depths and flags, their high bits ids.
        var slot = Int(truncatingIfNeeded: (UInt64(truncatingIfNeeded: key) &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
        while keys[slot] != key && keys[slot] != -1 { slot = (slot + 1) & mask }
        return slot
    }

    private mutating func grow() {
        let (oldKeys, oldSpans) = (keys, spans)
        keys = [Int](repeating: -1, count: oldKeys.count * 2)
        spans = [Range<Int>](repeating: 0..<0, count: oldKeys.count * 2)
        for (key, span) in zip(oldKeys, oldSpans) where key >= 0 {
            let slot = ReplayTable.slot(of: key, in: keys)
            keys[slot] = key
            spans[slot] = span
        }
    }
}
