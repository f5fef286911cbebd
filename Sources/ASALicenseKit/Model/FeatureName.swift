/// A feature's name as the device printed it: a spelling of the catalog, or a name it does not
/// know, kept as written (DOC004).
public enum FeatureName: Hashable, Sendable {
    case known(spelling: Int)
    case unknown(String)

    public init(_ text: String) {
        if let index = FeatureCatalog.lookup(text) { self = .known(spelling: index) } else { self = .unknown(text) }
    }

    public init(_ id: FeatureID) {
        self = FeatureName(FeatureCatalog.currentName(of: id))
    }

    /// The feature's identity, when the catalog knows the name.
    public var id: FeatureID? {
        if case .known(let i) = self { return FeatureCatalog.spellings[i].id }
        return nil
    }

    /// The name as printed.
    public var text: String {
        switch self {
        case .known(let i): FeatureCatalog.spellings[i].name
        case .unknown(let s): s
        }
    }
}
