extension Array {
    /// Reorders the elements so that element k becomes the one now at `order[k]` (`order` holds
    /// every index once), by swaps: elements are moved, never copied. Each cycle of the
    /// permutation is walked once, the element at its start carried along.
    mutating func permute(to order: [Int]) {
        var order = order
        for start in order.indices where order[start] != start {
            var k = start
            while order[k] != start {
                let source = order[k]
                swapAt(k, source)
                order[k] = k
                k = source
            }
            order[k] = k
        }
    }
}
