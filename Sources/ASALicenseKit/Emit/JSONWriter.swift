/// JSON in model order, byte for byte stable: two-space indentation (or one line per document
/// for JSON Lines), no trailing spaces, strings escaped per RFC 8259.
///
/// The writer is a class (the tree writer protocol is class-bound); the work is done by a struct
/// it holds, so each call makes one access to the class's storage. Touching class properties
/// field by field cost a dynamic exclusivity check each: 40 % of the time of a JSON conversion.
final class JSONWriter: TreeWriter {
    typealias Framing = JSONWriterState.Framing
    private var state: JSONWriterState

    init(framing: Framing = .array) {
        state = JSONWriterState(framing: framing)
    }

    var output: [UInt8] { state.output }
    func beginDocument() { state.beginDocument() }
    func endDocument() { state.endDocument() }
    func separator(before index: Int) -> [UInt8] { state.separator(before: index) }
    func endStream(documents: Int) { state.endStream(documents: documents) }
    func drain() -> [UInt8] { state.drain() }
    func beginMap() { state.open(UInt8(ascii: "{")) }
    func endMap() { state.close(UInt8(ascii: "}")) }
    func beginList() { state.open(UInt8(ascii: "[")) }
    func endList() { state.close(UInt8(ascii: "]")) }
    func key(_ name: String) { state.key(name) }
    func string(_ value: String) { state.string(value) }
    func int(_ value: Int) { state.int(value) }
    func bool(_ value: Bool) { state.bool(value) }
}

/// The JSON text being written, and where in the tree it stands.
struct JSONWriterState {
    private(set) var output: [UInt8] = []
    private let pretty: Bool
    /// One entry per open container: whether it has an element yet.
    private var hasElement: [Bool] = []
    private var afterKey = false
    /// `array`: documents are the elements of one top-level array; `lines`: one per line;
    /// `single`: one value, indented (the schema, a report).
    enum Framing { case array, lines, single }
    private let framing: Framing

    init(framing: Framing = .array) {
        self.framing = framing
        self.pretty = framing != .lines
        output.reserveCapacity(1 << 16)
    }

    /// A document of an array starts on its own line, one level in; the sink puts `[` or `,`
    /// before it (`separator`), so that a document is written the same wherever it stands.
    mutating func beginDocument() {
        if framing == .array {
            hasElement = [true]
            newline()
        } else {
            hasElement = []
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
        output += documents == 0 ? Array("[]\n".utf8) : Array("\n]\n".utf8)
    }

    mutating func drain() -> [UInt8] {
        defer { output.removeAll(keepingCapacity: true) }
        return output
    }

    private mutating func newline() {
        guard pretty else { return }
        output.append(0x0A)
        for _ in 0..<hasElement.count { output.append(0x20); output.append(0x20) }
    }

    private mutating func beforeValue() {
        if afterKey { afterKey = false; return }
        if let last = hasElement.last, hasElement.count > (framing == .array ? 1 : 0) {
            if last { output.append(UInt8(ascii: ",")) }
            hasElement[hasElement.count - 1] = true
            newline()
        }
    }

    mutating func open(_ bracket: UInt8) {
        beforeValue()
        output.append(bracket)
        hasElement.append(false)
    }

    mutating func close(_ bracket: UInt8) {
        let had = hasElement.removeLast()
        if had { newline() }
        output.append(bracket)
    }

    mutating func key(_ name: String) {
        beforeValue()
        writeString(name)
        output.append(UInt8(ascii: ":"))
        if pretty { output.append(0x20) }
        afterKey = true
    }

    mutating func string(_ value: String) {
        beforeValue()
        writeString(value)
    }

    mutating func int(_ value: Int) {
        beforeValue()
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes on the stack: enough for any Int
        var v = value.magnitude
        withUnsafeMutableBytes(of: &digits) { buffer in
            var i = buffer.count
            repeat {
                i -= 1
                buffer[i] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
            } while v > 0
            if value < 0 { i -= 1; buffer[i] = UInt8(ascii: "-") }
            output.append(contentsOf: buffer[i...])
        }
    }

    mutating func bool(_ value: Bool) {
        beforeValue()
        output += Array((value ? "true" : "false").utf8)
    }

    private static let hex = Array("0123456789abcdef".utf8)

    private mutating func writeString(_ s: String) {
        output.append(UInt8(ascii: "\""))
        // Most strings need no escape: one scan of the UTF-8 bytes, one bulk append.
        let plain = s.utf8.withContiguousStorageIfAvailable { bytes in
            for b in bytes where b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F { return false }
            output.append(contentsOf: bytes)
            return true
        }
        if plain == true {
            output.append(UInt8(ascii: "\""))
            return
        }
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "\""): output += [0x5C, 0x22]
            case UInt8(ascii: "\\"): output += [0x5C, 0x5C]
            case 0x0A: output += [0x5C, UInt8(ascii: "n")]
            case 0x0D: output += [0x5C, UInt8(ascii: "r")]
            case 0x09: output += [0x5C, UInt8(ascii: "t")]
            case 0..<0x20, 0x7F:
                output += [0x5C, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), JSONWriterState.hex[Int(b >> 4)], JSONWriterState.hex[Int(b & 15)]]
            default: output.append(b)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
