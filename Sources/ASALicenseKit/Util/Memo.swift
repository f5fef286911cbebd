import Foundation

/// Results of a pure function of a few short strings, kept so that each is worked out once per
/// process: the rules ask the same question of every unit of a model. Shared by threads, under a
/// lock; forgotten all at once when it holds `limit` of them, so it never grows without bound.
final class Memo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]
    /// The last pair asked for or worked out: a capture shows one model after another, and
    /// comparing a key costs less than hashing it.
    private var last: (key: Key, value: Value)?
    private let limit: Int

    init(limit: Int = 1024) {
        self.limit = limit
    }

    func value(for key: Key, _ compute: (Key) -> Value) -> Value {
        lock.lock()
        if let last, last.key == key {
            lock.unlock()
            return last.value
        }
        if let v = values[key] {
            last = (key, v)
            lock.unlock()
            return v
        }
        lock.unlock()
        let v = compute(key)
        lock.lock()
        if values.count >= limit { values.removeAll(keepingCapacity: true) }
        values[key] = v
        last = (key, v)
        lock.unlock()
        return v
    }
}
