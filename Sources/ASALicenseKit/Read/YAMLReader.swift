import CYAML

/// Reads a YAML stream into one `Node` per document through libyaml's parser. Anchors and
/// aliases are refused (asalic never writes them, and they are how billion-laughs input grows).
enum YAMLReader {
    static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> (documents: [Node], error: Diagnostic?) {
        var documents: [Node] = []
        let error = forEachDocument(bytes) { documents.append($0) }
        return (documents, error)
    }

    /// Hands over each document's node as soon as it is read, so that memory holds one
    /// document's nodes, not the stream's; returns the error that stopped the reading, if any.
    static func forEachDocument(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Node) -> Void) -> Diagnostic? {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
        defer {
            yaml_parser_delete(parser)
            parser.deallocate()
            event.deallocate()
        }
        guard yaml_parser_initialize(parser) != 0 else {
            return Diagnostic(.error, .DOC001, "YAML: the parser could not start", at: .none)
        }
        if let base = bytes.baseAddress {
            yaml_parser_set_input_string(parser, base, bytes.count)
        } else {
            return nil
        }
        var marks = YAMLMarkMapper(bytes)
        func span(_ mark: yaml_mark_t) -> SourceSpan { marks.span(characterIndex: mark.index) }
        // One frame per open container: its start, and the nodes (or key/value pairs) so far.
        var stack: [(span: SourceSpan, isMap: Bool, items: [Node])] = []
        let maxDepth = 64

        func add(_ node: Node) {
            if stack.isEmpty { body(node) } else { stack[stack.count - 1].items.append(node) }
        }

        while true {
            guard yaml_parser_parse(parser, event) != 0 else {
                let p = parser.pointee
                let problem = p.problem.map { String(cString: $0) } ?? "malformed YAML"
                // The reader (bad encoding) reports a byte offset; the others a mark.
                let at = p.error == YAML_READER_ERROR ? marks.span(byteOffset: p.problem_offset) : span(p.problem_mark)
                return Diagnostic(.error, .DOC001, "YAML: \(problem)", at: at)
            }
            defer { yaml_event_delete(event) }
            let e = event.pointee
            let span = span(e.start_mark)
            switch e.type {
            case YAML_STREAM_END_EVENT:
                return nil
            case YAML_ALIAS_EVENT:
                return Diagnostic(.error, .DOC001, "YAML: aliases are not accepted", at: span)
            case YAML_SCALAR_EVENT:
                let s = e.data.scalar
                let text = s.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: s.length), as: UTF8.self) } ?? ""
                add(Node(.scalar(text, quoted: s.style != YAML_PLAIN_SCALAR_STYLE), span: span))
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                guard stack.count < maxDepth else {
                    return Diagnostic(.error, .DOC001, "YAML: nesting deeper than \(maxDepth)", at: span)
                }
                stack.append((span, e.type == YAML_MAPPING_START_EVENT, []))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let frame = stack.popLast() else { break }
                if frame.isMap {
                    var entries: [(key: String, value: Node)] = []
                    var k = 0
                    while k + 1 < frame.items.count {
                        entries.append((frame.items[k].text ?? "", frame.items[k + 1]))
                        k += 2
                    }
                    add(Node(.map(entries), span: frame.span))
                } else {
                    add(Node(.list(frame.items), span: frame.span))
                }
            default:
                break
            }
        }
    }
}
