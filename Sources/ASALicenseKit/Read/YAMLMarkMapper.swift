/// Turns libyaml's positions into asalic's. libyaml counts characters and breaks lines at CR,
/// LF, CRLF, NEL, LS and PS; asalic counts bytes and breaks lines at LF only (a CR is part of its
/// line), as everywhere else. Events come in input order, so the mapper walks forward once.
struct YAMLMarkMapper {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let first: Int
    private var characters = 0
    private var offset: Int
    private var line = 1
    private var lineStart = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        // libyaml skips a byte-order mark without counting it.
        first = ByteText.byteOrderMarkLength(bytes)
        offset = first
    }

    /// The span of libyaml's character index `index` (clamped to the end of the input).
    mutating func span(characterIndex index: Int) -> SourceSpan {
        if index < characters { self = YAMLMarkMapper(bytes) }
        while characters < index && offset < bytes.count {
            step(ByteText.utf8Width(bytes[offset]))
            characters += 1
        }
        return current
    }

    /// The span of a byte offset (libyaml's reader reports bad encodings by byte).
    mutating func span(byteOffset target: Int) -> SourceSpan {
        if target < offset { self = YAMLMarkMapper(bytes) }
        while offset < min(target, bytes.count) { step(1) }
        return current
    }

    private mutating func step(_ width: Int) {
        if bytes[offset] == 0x0A {
            line += 1
            lineStart = offset + 1
        }
        offset = min(offset + width, bytes.count)
    }

    private var current: SourceSpan {
        SourceSpan(line: line, column: offset - lineStart + 1, offset: offset)
    }
}
