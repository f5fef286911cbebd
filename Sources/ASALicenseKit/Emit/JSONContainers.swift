extension JSONWriterState {
    /// The stack of open maps and lists, as the writer asks of it on every key and value: how
    /// deep it is and whether the innermost container has an element yet. The flag of each outer
    /// container is one bit of a word (the first 64 levels; asalic's shapes are a dozen deep), so
    /// that the per-value question reads and sets a field, not an array's last element (an
    /// array of flags cost a uniqueness check and two bounds checks per key).
    struct Containers {
        private(set) var depth = 0
        /// Whether the innermost open container has an element; meaningless at depth 0.
        var innermostHasElement = false
        /// The flags of the containers around the innermost, the nearest in the lowest bit.
        private var outer: UInt64 = 0
        /// Those past 64 levels, the nearest last.
        private var deeper: [Bool] = []

        /// Opens a container inside the innermost one; it has no element yet.
        mutating func push() {
            if depth < 64 {
                outer = outer << 1 | (innermostHasElement ? 1 : 0)
            } else {
                deeper.append(innermostHasElement)
            }
            depth += 1
            innermostHasElement = false
        }

        /// Closes the innermost container (there must be one).
        mutating func pop() {
            assert(depth > 0, "no container to close")
            depth -= 1
            if depth < 64 {
                innermostHasElement = outer & 1 != 0
                outer >>= 1
            } else {
                innermostHasElement = deeper.removeLast()
            }
        }
    }
}
