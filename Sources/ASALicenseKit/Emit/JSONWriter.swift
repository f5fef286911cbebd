/// JSON in model order, byte for byte stable: two-space indentation (or one line per document
/// for JSON Lines), no trailing spaces, strings escaped per RFC 8259.
///
/// The writer is a class (the tree writer protocol is class-bound); the work is done by a struct
/// it holds through a pointer. A class's stored property costs a dynamic exclusivity check on
/// every access (40 % of a JSON conversion when fields were touched one by one, still 9 % with
/// one access per call); memory reached through a pointer is not checked, and only this writer
/// ever touches it.
final class JSONWriter: TreeWriter {
    typealias Framing = JSONWriterState.Framing
    private let state: UnsafeMutablePointer<JSONWriterState>

    init(framing: Framing = .array) {
        state = .allocate(capacity: 1)
        state.initialize(to: JSONWriterState(framing: framing))
    }

    deinit {
        state.pointee.output.free()
        state.deinitialize(count: 1)
        state.deallocate()
    }

    var output: [UInt8] { state.pointee.output.bytes }
    /// Bytes written and not yet drained.
    var count: Int { state.pointee.output.count }
    func beginDocument() { state.pointee.beginDocument() }
    func endDocument() { state.pointee.endDocument() }
    func separator(before index: Int) -> [UInt8] { state.pointee.separator(before: index) }
    func endStream(documents: Int) { state.pointee.endStream(documents: documents) }
    func drain() -> [UInt8] { state.pointee.drain() }
    func beginMap() { state.pointee.open(UInt8(ascii: "{")) }
    func endMap() { state.pointee.close(UInt8(ascii: "}")) }
    func beginList() { state.pointee.open(UInt8(ascii: "[")) }
    func endList() { state.pointee.close(UInt8(ascii: "]")) }
    func key(_ name: String) { state.pointee.key(name) }
    func string(_ value: String) { state.pointee.string(value) }
    func int(_ value: Int) { state.pointee.int(value) }
    func bool(_ value: Bool) { state.pointee.bool(value) }

    func same(_ id: Int, _ body: () -> Void) {
        guard let place = state.pointee.place(of: id) else { return body() }
        if state.pointee.replay(place) { return }
        let start = state.pointee.output.count
        body()
        state.pointee.remember(place, from: start)
    }
}

/// The JSON text being written, and where in the tree it stands.
struct JSONWriterState {
    private(set) var output = ByteBuffer()
    private let pretty: Bool
    /// The open containers: how many, whether the innermost has an element yet, and the same
    /// flag of each one around it (`Containers`).
    private var containers = Containers()
    private var afterKey = false
    /// What `JSONWriter.same` wrote, by id and place: a whole catalog row, or a row's name and
    /// id, are the same bytes at the same depth (a quarter of a JSON conversion wrote them key
    /// by key).
    private var remembered = ReplayTable()
    /// `array`: documents are the elements of one top-level array; `lines`: one per line;
    /// `single`: one value, indented (the schema, a report).
    enum Framing { case array, lines, single }
    private let framing: Framing

    init(framing: Framing = .array) {
        self.framing = framing
        self.pretty = framing != .lines
    }

    /// A document of an array starts on its own line, one level in; the sink puts `[` or `,`
    /// before it (`separator`), so that a document is written the same wherever it stands.
    mutating func beginDocument() {
        containers = Containers()
        if framing == .array {
            // The document is an element of the stream's array, open around it.
            containers.push()
            containers.innermostHasElement = true
            newline()
        }
    }

    mutating func endDocument() {
        if framing != .array { output.append(0x0A) }
    }

    func separator(before index: Int) -> [UInt8] {
        guard framing == .array else { return [] }
        return [index == 0 ? UInt8(ascii: "[") : UInt8(ascii: ",")]
    }

    mutating func endStream(documents: Int) {
        guard framing == .array else { return }
        output.append(documents == 0 ? "[]\n" : "\n]\n")
    }

    mutating func drain() -> [UInt8] {
        output.drain()
    }

    /// A line feed and two spaces per open container, appended at once.
    @inline(__always) private mutating func newline() {
        guard pretty else { return }
        let depth = containers.depth
        if depth < 32 {
            let text = JSONWriterState.lineAndIndent
            output.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: 1 + 2 * depth))
        } else {
            output.append(0x0A)
            for _ in 0..<depth { output.append("  ") }
        }
    }

    private static let lineAndIndent: StaticString = "\n                                                                "

    @inline(__always) private mutating func beforeValue() {
        if afterKey { afterKey = false; return }
        if containers.depth > (framing == .array ? 1 : 0) {
            if containers.innermostHasElement { output.append(UInt8(ascii: ",")) }
            containers.innermostHasElement = true
            newline()
        }
    }

    mutating func open(_ bracket: UInt8) {
        beforeValue()
        output.append(bracket)
        containers.push()
    }

    mutating func close(_ bracket: UInt8) {
        let had = containers.innermostHasElement
        containers.pop()
        if had { newline() }
        output.append(bracket)
    }

    mutating func key(_ name: String) {
        beforeValue()
        writeKey(name)
        afterKey = true
    }

    mutating func string(_ value: String) {
        beforeValue()
        writeString(value)
    }

    mutating func int(_ value: Int) {
        beforeValue()
        ByteText.withDecimal(value) { output.append(contentsOf: $0) }
    }

    mutating func bool(_ value: Bool) {
        beforeValue()
        output.append(value ? "true" : "false")
    }

    /// Where the next key of the open map goes, with `id`: the bytes before it (a comma or not,
    /// the indentation) depend on nothing else. Nil where a key cannot go (after a key, at the top).
    func place(of id: Int) -> Int? {
        guard !afterKey, containers.depth > 0, id >= 0, containers.depth < 1 << 10 else { return nil }
        return (id << 11) | (containers.depth << 1) | (containers.innermostHasElement ? 1 : 0)
    }

    /// Copies what was written at `place` before, if anything was; the map then has an element.
    mutating func replay(_ place: Int) -> Bool {
        guard remembered.withBytes(place, { output.append(contentsOf: $0) }) else { return false }
        containers.innermostHasElement = true
        return true
    }

    /// Keeps what was written since `start` at `place`, when it was a whole element or more.
    mutating func remember(_ place: Int, from start: Int) {
        guard output.count > start, !afterKey, containers.depth > 0, containers.innermostHasElement else { return }
        remembered.keep(place, UnsafeBufferPointer(start: output.base + start, count: output.count - start))
    }

    private static let hex = Array("0123456789abcdef".utf8)

    /// Whether any of the `count` bytes at `p` is a control character, `"`, `\\` or DEL, read
    /// eight at a time. `p` must be followed by at least seven more readable bytes: the last
    /// word is read whole and the bytes past `count` are masked off (they stand above the
    /// string's own in a little-endian word, so they cannot disturb its flags).
    static func needsEscape(padded p: UnsafePointer<UInt8>, count: Int) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        // The top bit of a byte of the result is set where the byte of x is zero (or, for
        // `below`, less than n): exact up to the first such byte, which is all that is asked.
        func zero(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
        var i = 0
        while i < count {
            let x = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self).littleEndian
            let below = (x &- ones &* 0x20) & ~x & highs
            var flags = below | zero(x ^ (ones &* 0x22)) | zero(x ^ (ones &* 0x5C)) | zero(x ^ (ones &* 0x7F))
            let left = count - i
            if left < 8 { flags &= (1 &<< UInt64(8 * left)) &- 1 }
            if flags != 0 { return true }
            i += 8
        }
        return false
    }

    /// A key is one of asalic's own names (`TreeKeys`, the report's fixed words), never text
    /// from the input: it needs no escaping (asserted, so every test that writes JSON holds every
    /// name it writes to that). Written with its quotes, the colon and the space after it at once.
    private mutating func writeKey(_ name: String) {
        let pretty = self.pretty
        let copied: Void? = name.utf8.withContiguousStorageIfAvailable { bytes in
            assert(!bytes.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F }, "a key that needs escaping")
            let n = bytes.count
            _ = output.appendWithSlack(pretty ? n + 4 : n + 3, slack: 0) { out in
                out[0] = UInt8(ascii: "\"")
                if let source = bytes.baseAddress { ByteBuffer.copy(source, out + 1, n) }
                out[n + 1] = UInt8(ascii: "\"")
                out[n + 2] = UInt8(ascii: ":")
                if pretty { out[n + 3] = 0x20 }
                return true
            }
        }
        if copied == nil {
            output.append(UInt8(ascii: "\""))
            output.append(contentsOf: Array(name.utf8))
            output.append(pretty ? "\": " : "\":")
        }
    }

    private mutating func writeString(_ s: String) {
        // Most strings need no escape: copied at once between quotes, then scanned where they
        // were copied (the output's spare room lets the scan read whole words).
        let plain = s.utf8.withContiguousStorageIfAvailable { bytes in
            output.appendWithSlack(bytes.count + 2, slack: 8) { out in
                out[0] = UInt8(ascii: "\"")
                if let source = bytes.baseAddress { (out + 1).update(from: source, count: bytes.count) }
                guard !JSONWriterState.needsEscape(padded: out + 1, count: bytes.count) else { return false }
                out[bytes.count + 1] = UInt8(ascii: "\"")
                return true
            }
        }
        if plain == true { return }
        output.append(UInt8(ascii: "\""))
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "\""): output.append("\\\"")
            case UInt8(ascii: "\\"): output.append("\\\\")
            case 0x0A: output.append("\\n")
            case 0x0D: output.append("\\r")
            case 0x09: output.append("\\t")
            case 0..<0x20, 0x7F:
                output.append("\\u00")
                output.append(JSONWriterState.hex[Int(b >> 4)])
                output.append(JSONWriterState.hex[Int(b & 15)])
            default: output.append(b)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
