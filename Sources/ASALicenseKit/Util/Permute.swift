extension Array {
    /// Reorders the elements so that element k becomes the one now at `order[k]` (`order` holds
    /// every index once), moving each element once, never copying it: each cycle of the
    /// permutation is walked once, its first element held out while the others move up.
    mutating func permute(to order: [Int]) {
        var placed = [Bool](repeating: false, count: count)
        withUnsafeMutableBufferPointer { buffer in
            guard let p = buffer.baseAddress else { return }
            for start in 0..<buffer.count where !placed[start] && order[start] != start {
                let held = (p + start).move()
                var k = start
                while order[k] != start {
                    (p + k).moveInitialize(from: p + order[k], count: 1)
                    placed[k] = true
                    k = order[k]
                }
                (p + k).initialize(to: held)
                placed[k] = true
            }
        }
    }
}
