import CYAML

/// YAML through libyaml's emitter: block style, UTF-8 as is, no line folding, `---` before each
/// document. libyaml quotes what YAML syntax needs; what a YAML 1.1 reader would resolve to
/// another type (`yes`, `0x1F`, `1e3`, `null`) is single-quoted here, because libyaml does not.
final class YAMLWriter: TreeWriter {
    private let emitter: UnsafeMutablePointer<yaml_emitter_t>
    private let event: UnsafeMutablePointer<yaml_event_t>
    private let sink: Sink
    private(set) var failed = false

    /// Where libyaml's write handler appends the bytes it produces.
    private final class Sink {
        var bytes: [UInt8] = []
    }

    var output: [UInt8] { sink.bytes }

    /// Hands over the bytes libyaml has written so far and forgets them.
    func drain() -> [UInt8] {
        yaml_emitter_flush(emitter)
        defer { sink.bytes.removeAll(keepingCapacity: true) }
        return sink.bytes
    }

    init() {
        emitter = .allocate(capacity: 1)
        event = .allocate(capacity: 1)
        sink = Sink()
        yaml_emitter_initialize(emitter)
        yaml_emitter_set_unicode(emitter, 1)
        yaml_emitter_set_width(emitter, -1)
        yaml_emitter_set_indent(emitter, 2)
        yaml_emitter_set_output(emitter, { data, buffer, size in
            guard let data, let buffer else { return 0 }
            let sink = Unmanaged<Sink>.fromOpaque(data).takeUnretainedValue()
            sink.bytes.append(contentsOf: UnsafeBufferPointer(start: buffer, count: size))
            return 1
        }, Unmanaged.passUnretained(sink).toOpaque())
        yaml_stream_start_event_initialize(event, YAML_UTF8_ENCODING)
        emit()
    }

    deinit {
        yaml_emitter_delete(emitter)
        emitter.deallocate()
        event.deallocate()
    }

    /// Documents stand apart by their own `---`.
    func separator(before index: Int) -> [UInt8] { [] }

    /// Ends the stream and flushes. A stream with no document is written `--- []`, which reads
    /// back as no documents (an empty file would read as an empty capture).
    func endStream(documents: Int) {
        if documents == 0 {
            beginDocument()
            beginList()
            endList()
            endDocument()
        }
        yaml_stream_end_event_initialize(event)
        emit()
        yaml_emitter_flush(emitter)
    }

    private func emit() {
        if failed { yaml_event_delete(event); return }
        if yaml_emitter_emit(emitter, event) == 0 { failed = true }
    }

    func beginDocument() {
        yaml_document_start_event_initialize(event, nil, nil, nil, 0)
        emit()
    }

    func endDocument() {
        yaml_document_end_event_initialize(event, 1)
        emit()
    }

    func beginMap() {
        yaml_mapping_start_event_initialize(event, nil, nil, 1, YAML_BLOCK_MAPPING_STYLE)
        emit()
    }

    func endMap() {
        yaml_mapping_end_event_initialize(event)
        emit()
    }

    func beginList() {
        yaml_sequence_start_event_initialize(event, nil, nil, 1, YAML_BLOCK_SEQUENCE_STYLE)
        emit()
    }

    func endList() {
        yaml_sequence_end_event_initialize(event)
        emit()
    }

    /// Keys are quoted by the same test as values: a YAML 1.1 reader reads the key `no` (of a
    /// `no` command) as the boolean false.
    func key(_ name: String) { scalar(name, plain: !YAMLScalarStyle.wouldResolveToNonString(name)) }

    func string(_ value: String) { scalar(value, plain: !YAMLScalarStyle.wouldResolveToNonString(value)) }

    func int(_ value: Int) { scalar(String(value), plain: true) }

    func bool(_ value: Bool) { scalar(value ? "true" : "false", plain: true) }

    private func scalar(_ text: String, plain: Bool) {
        var text = text
        text.withUTF8 { buffer in
            // libyaml asserts on a NULL value: an empty buffer still needs a real pointer.
            let empty: [yaml_char_t] = [0]
            empty.withUnsafeBufferPointer { emptyPointer in
                let pointer = buffer.baseAddress ?? emptyPointer.baseAddress!
                yaml_scalar_event_initialize(event, nil, nil, UnsafeMutablePointer(mutating: pointer), Int32(buffer.count),
                                             plain ? 1 : 0, 1, plain ? YAML_ANY_SCALAR_STYLE : YAML_SINGLE_QUOTED_SCALAR_STYLE)
            }
        }
        emit()
    }
}

/// Which strings a YAML 1.1 (or 1.2) reader would turn into something else when written plain.
enum YAMLScalarStyle {
    private static let reserved: Set<String> = [
        "", "~", "null", "Null", "NULL", "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
        "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF",
        ".inf", ".Inf", ".INF", "-.inf", "+.inf", ".nan", ".NaN", ".NAN", "<<", "=",
    ]

    /// Conservative: anything that looks like a number, a date, a time or a base-60 value is
    /// quoted. Quoting a string that did not need it costs two bytes; not quoting one that did
    /// changes its type.
    static func wouldResolveToNonString(_ s: String) -> Bool {
        // No reserved word is longer than five bytes: most scalars skip the hashing.
        if s.utf8.count <= 5 && reserved.contains(s) { return true }
        guard let first = s.utf8.first else { return true }
        let numberStart = ByteText.isDigit(first) || first == UInt8(ascii: "+") || first == UInt8(ascii: "-") || first == UInt8(ascii: ".")
        guard numberStart else { return false }
        // With a blank inside, only a timestamp (`2001-12-14 21:59:43`) resolves; it has a colon.
        if s.utf8.contains(0x20) && !s.utf8.contains(UInt8(ascii: ":")) { return false }
        return s.utf8.allSatisfy { b in
            ByteText.isHexDigit(b) || b == UInt8(ascii: "x") || b == UInt8(ascii: "X") || b == UInt8(ascii: "o")
                || b == UInt8(ascii: "_") || b == UInt8(ascii: ".") || b == UInt8(ascii: ":") || b == UInt8(ascii: "+")
                || b == UInt8(ascii: "-") || b == UInt8(ascii: "e") || b == UInt8(ascii: "E") || b == UInt8(ascii: " ")
                || b == UInt8(ascii: "T") || b == UInt8(ascii: "t") || b == UInt8(ascii: "Z") || b == UInt8(ascii: "z")
        }
    }
}
