/// The keys of one map of asalic's YAML/JSON documents, in the order they are written, each
/// with the shape of its value and what it says. As `CodingKeys` serve an encoder and a decoder,
/// these serve three readers of the shape: `DocumentTree` writes every key by an exhaustive
/// `switch`, `DocumentReader` reads every key by an exhaustive `switch`, and `OutputSchema`
/// describes them. A key added here is written, read and described, or the package does not
/// compile.
public protocol TreeKeys: CaseIterable, RawRepresentable, Hashable, Sendable where RawValue == String, AllCases == [Self] {
    /// The map's name in the JSON Schema (`$defs`).
    static var title: String { get }
    /// What the map is.
    static var about: String { get }
    var shape: ValueShape { get }
    /// What the key says, for the schema's `description`.
    var about: String { get }
    /// Written for a reader's convenience and recomputed on input (never read).
    var isDerived: Bool { get }
    /// Present in every map of this kind.
    var isRequired: Bool { get }
}

extension TreeKeys {
    public var isDerived: Bool { false }
    public var isRequired: Bool { false }
}

/// The shape of a value in the tree: what a JSON Schema says of it.
public indirect enum ValueShape: Sendable {
    case string
    /// A whole number, at least `minimum` when given.
    case integer(minimum: Int?)
    /// Written only as `true`: a flag's absence is its `false`.
    case flag
    case boolean
    /// One of these strings.
    case choice([String])
    /// A feature's value: a count (a non-negative integer) or a word (`Unlimited`, `Enabled`,
    /// `Disabled`, a failover mode, or text as the device printed it).
    case featureValue
    /// Two line numbers, first and last.
    case lineRange
    /// A calendar date, `YYYY-MM-DD`.
    case date
    case list(ValueShape)
    case map(any TreeKeys.Type)
}

// Inlined where they are called, so that each is specialized for its key type: as generic
// calls they looked up the key type's witness table on every field.
extension TreeWriter {
    @inline(__always) func key<K: TreeKeys>(_ k: K) { key(k.rawValue) }
    @inline(__always) func field<K: TreeKeys>(_ k: K, _ value: String?) { field(k.rawValue, value) }
    @inline(__always) func field<K: TreeKeys>(_ k: K, _ value: Int?) { field(k.rawValue, value) }
    @inline(__always) func field<K: TreeKeys>(_ k: K, _ value: Bool?) { field(k.rawValue, value) }
    /// A flag: written as `true`, left out when false.
    @inline(__always) func flag<K: TreeKeys>(_ k: K, _ value: Bool) { if value { field(k.rawValue, true) } }
    @inline(__always) func map<K: TreeKeys>(_ k: K, _ body: () -> Void) { map(k.rawValue, body) }
    @inline(__always) func list<K: TreeKeys, T>(_ k: K, _ items: [T], _ each: (T) -> Void) { list(k.rawValue, items, each) }
}
