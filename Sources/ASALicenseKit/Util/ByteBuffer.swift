/// The bytes a writer produces: one growing allocation, and appends that check capacity once
/// per call and nothing else. (An `Array` also checks uniqueness on every append, and after
/// handing its bytes over keeps its capacity only by allocating it again.) Owned by one writer,
/// which calls `free()`; copies of the struct share the memory and must not outlive it.
struct ByteBuffer {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int = 1 << 16) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    func free() { base.deallocate() }

    /// Room for `n` more bytes.
    @inline(__always) mutating func reserve(_ n: Int) {
        if count + n > capacity { grow(n) }
    }

    private mutating func grow(_ n: Int) {
        let larger = max(capacity * 2, count + n)
        let memory = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        memory.update(from: base, count: count)
        base.deallocate()
        base = memory
        capacity = larger
    }

    @inline(__always) mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    /// Most appends are a few bytes (a key, an indentation, a number): up to sixteen are copied
    /// as two words that may overlap, which costs less than the call to `memcpy` alone.
    @inline(__always) mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        let n = bytes.count
        reserve(n)
        ByteBuffer.copy(source, base + count, n)
        count += n
    }

    /// Copies `n` bytes, a few of them without calling `memcpy`.
    @inline(__always) static func copy(_ source: UnsafePointer<UInt8>, _ target: UnsafeMutablePointer<UInt8>, _ n: Int) {
        if n >= 8 && n <= 16 {
            ByteBuffer.copyTwo(UInt64.self, source, target, n)
        } else if n >= 4 && n < 8 {
            ByteBuffer.copyTwo(UInt32.self, source, target, n)
        } else {
            target.update(from: source, count: n)
        }
    }

    /// Copies `n` bytes, between one and two `T`s, as the first and the last `T` of them.
    @inline(__always) private static func copyTwo<T: FixedWidthInteger>(_: T.Type, _ source: UnsafePointer<UInt8>, _ target: UnsafeMutablePointer<UInt8>, _ n: Int) {
        let size = MemoryLayout<T>.size
        let first = UnsafeRawPointer(source).loadUnaligned(as: T.self)
        let last = UnsafeRawPointer(source + (n - size)).loadUnaligned(as: T.self)
        UnsafeMutableRawPointer(target).storeBytes(of: first, as: T.self)
        UnsafeMutableRawPointer(target + (n - size)).storeBytes(of: last, as: T.self)
    }

    /// Lets `body` write `n` bytes at the end, with `slack` more bytes of room after them that it
    /// may read or write over (never keep): the bytes are kept only when it returns true.
    @inline(__always) mutating func appendWithSlack(_ n: Int, slack: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Bool) -> Bool {
        reserve(n + slack)
        guard body(base + count) else { return false }
        count += n
        return true
    }

    mutating func append(contentsOf bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append(contentsOf: $0) }
    }

    mutating func append(contentsOf bytes: ArraySlice<UInt8>) {
        bytes.withUnsafeBufferPointer { append(contentsOf: $0) }
    }

    mutating func append(_ text: StaticString) {
        append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// `count` copies of `byte`.
    mutating func append(repeating byte: UInt8, count n: Int) {
        guard n > 0 else { return }
        reserve(n)
        (base + count).update(repeating: byte, count: n)
        count += n
    }

    /// Lets `body` write up to `n` bytes at the end (a read), and keeps as many as it returns;
    /// a negative return (a failed read) keeps none. Returns what `body` returned.
    mutating func append(upTo n: Int, _ body: (UnsafeMutableRawBufferPointer) -> Int) -> Int {
        reserve(n)
        let written = body(UnsafeMutableRawBufferPointer(start: base + count, count: n))
        count += min(max(written, 0), n)
        return written
    }

    /// Forgets the first `k` bytes written, the rest moved to the front; the capacity stays.
    mutating func removeFirst(_ k: Int) {
        assert(k >= 0 && k <= count, "no \(k) bytes to take")
        UnsafeMutableRawPointer(base).copyMemory(from: base + k, byteCount: count - k)  // the two may overlap
        count -= k
    }

    /// Forgets every byte written; the capacity stays.
    mutating func removeAll() {
        count = 0
    }

    /// Takes back the last byte written (there must be one).
    mutating func removeLast() {
        assert(count > 0, "no byte to take back")
        count -= 1
    }

    /// The bytes written so far.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// The bytes written so far, forgotten here; the capacity stays.
    mutating func drain() -> [UInt8] {
        defer { count = 0 }
        return bytes
    }
}
