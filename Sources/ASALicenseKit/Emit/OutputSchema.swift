/// The JSON Schema (draft 2020-12) of asalic's JSON and JSON Lines documents, generated from the
/// shape (`Shape/`) the writer and the reader use, so it cannot drift from them. It accepts one
/// document (a JSON Lines line) or an array of them (a `--to json` file).
public enum OutputSchema {
    public static let id = "urn:asalic:schema:document:1"

    /// The schema as indented JSON.
    public static func json() -> String {
        let w = JSONWriter(framing: .single)
        w.beginDocument()
        w.beginMap()
        w.field("$schema", "https://json-schema.org/draft/2020-12/schema")
        w.field("$id", id)
        w.field("title", "asalic document")
        w.field("description", "What `asalic convert --to json|jsonl` writes: one document (a JSON Lines line), or an array of them (a JSON file). Each document is one command output or one configuration of a capture; `kind` says which, and which keys it has.")
        w.key("oneOf")
        w.beginList()
        ref(DocumentKey.self, w)
        w.beginMap()
        w.field("type", "array")
        w.key("items")
        ref(DocumentKey.self, w)
        w.endMap()
        w.endList()
        w.key("$defs")
        w.beginMap()
        writeDocument(w)
        for keys in maps() where keys.title != DocumentKey.title {
            w.key(keys.title)
            writeMap(keys, w, closed: true)
        }
        w.endMap()
        w.endMap()
        w.endDocument()
        return String(decoding: w.output, as: UTF8.self)
    }

    /// Every map of the shape reachable from a document, each once, in the order first met.
    static func maps() -> [any TreeKeys.Type] {
        var out: [any TreeKeys.Type] = []
        var seen = Set<String>()
        func visit(_ keys: any TreeKeys.Type) {
            guard seen.insert(keys.title).inserted else { return }
            out.append(keys)
            for shape in shapes(keys) { walk(shape) }
        }
        func walk(_ shape: ValueShape) {
            switch shape {
            case .list(let inner): walk(inner)
            case .map(let keys): visit(keys)
            default: break
            }
        }
        for keys in [DocumentKey.self] + contentKeys.map(\.keys) { visit(keys) }
        return out
    }

    /// The keys each kind of document adds to `DocumentKey`'s.
    static let contentKeys: [(kind: DocumentKind, keys: any TreeKeys.Type)] = DocumentKind.allCases.map { ($0, $0.contentType.keys) }

    private static func shapes<K: TreeKeys>(_ keys: K.Type) -> [ValueShape] { K.allCases.map(\.shape) }

    /// A document: the common keys, and by its `kind` the keys of that kind; nothing else.
    private static func writeDocument(_ w: JSONWriter) {
        w.key(DocumentKey.title)
        w.beginMap()
        w.field("description", DocumentKey.about)
        w.field("type", "object")
        writeProperties(DocumentKey.self, w)
        w.key("oneOf")
        w.beginList()
        for (kind, keys) in contentKeys {
            w.beginMap()
            w.field("description", "kind \(kind.rawValue): \(keys.about)")
            w.key("properties")
            w.beginMap()
            w.key(DocumentKey.kind.rawValue)
            w.beginMap()
            w.field("const", kind.rawValue)
            w.endMap()
            writePropertyList(keys, w)
            w.endMap()
            w.endMap()
        }
        w.endList()
        w.field("unevaluatedProperties", false)
        w.endMap()
    }

    private static func writeMap(_ keys: any TreeKeys.Type, _ w: JSONWriter, closed: Bool) {
        w.beginMap()
        w.field("description", keys.about)
        w.field("type", "object")
        writeProperties(keys, w)
        if closed { w.field("additionalProperties", false) }
        w.endMap()
    }

    private static func writeProperties<K: TreeKeys>(_ keys: K.Type, _ w: JSONWriter) {
        let required = K.allCases.filter(\.isRequired).map(\.rawValue)
        if !required.isEmpty { w.list("required", required) { w.string($0) } }
        w.key("properties")
        w.beginMap()
        writePropertyList(keys, w)
        w.endMap()
    }

    private static func writePropertyList<K: TreeKeys>(_ keys: K.Type, _ w: JSONWriter) {
        for key in K.allCases {
            w.key(key.rawValue)
            w.beginMap()
            w.field("description", key.isDerived ? "\(key.about) Derived: recomputed when read back." : key.about)
            writeShape(key.shape, w)
            w.endMap()
        }
    }

    /// The keywords of a value shape, into the map open in `w`.
    private static func writeShape(_ shape: ValueShape, _ w: JSONWriter) {
        switch shape {
        case .string: w.field("type", "string")
        case .integer(let minimum):
            w.field("type", "integer")
            w.field("minimum", minimum)
        case .flag: w.field("const", true)
        case .boolean: w.field("type", "boolean")
        case .choice(let names): w.list("enum", names) { w.string($0) }
        case .featureValue:
            w.key("anyOf")
            w.beginList()
            w.beginMap()
            w.field("description", "A count.")
            w.field("type", "integer")
            w.field("minimum", 0)
            w.endMap()
            w.beginMap()
            w.field("description", "A value the catalog types.")
            w.list("enum", FeatureValue.words) { w.string($0) }
            w.endMap()
            w.beginMap()
            w.field("description", "Any other value, as the device printed it.")
            w.field("type", "string")
            w.endMap()
            w.endList()
        case .lineRange:
            w.field("type", "array")
            w.key("prefixItems")
            w.beginList()
            for _ in 0..<2 {
                w.beginMap()
                w.field("type", "integer")
                w.field("minimum", 1)
                w.endMap()
            }
            w.endList()
            w.field("minItems", 2)
            w.field("items", false)
        case .date:
            w.field("type", "string")
            w.field("format", "date")
            w.field("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
        case .list(let inner):
            w.field("type", "array")
            w.key("items")
            w.beginMap()
            writeShape(inner, w)
            w.endMap()
        case .map(let keys):
            w.field("$ref", reference(to: keys))
        }
    }

    private static func ref(_ keys: any TreeKeys.Type, _ w: JSONWriter) {
        w.beginMap()
        w.field("$ref", reference(to: keys))
        w.endMap()
    }

    /// Where a map's definition stands in the schema: a JSON Pointer (RFC 6901) as a URI
    /// fragment, each of its tokens escaped (`~` as `~0`, `/` as `~1`).
    private static func reference(to keys: any TreeKeys.Type) -> String {
        let tokens = ["$defs", keys.title].map { $0.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1") }
        return "#" + tokens.map { "/" + $0 }.joined()
    }
}
