/// One difference between two documents: in a section, an item (a feature, a field, a key)
/// changed, or present on one side only. Values are shown as typed text.
public struct Difference: Hashable, Sendable {
    /// What changed: a value, or something present on one side only.
    public enum Change: Hashable, Sendable {
        case changed(from: String, to: String)
        case onlyInA(String)
        case onlyInB(String)
    }

    public var section: String
    public var item: String
    public var change: Change
    /// Whether only a term (days left) differs: hidden by `--ignore terms`.
    public var isTermOnly: Bool
    /// For a feature, its rows on each side, typed as in the model (for JSON output).
    public var rowA: FeatureRow?
    public var rowB: FeatureRow?
    /// The capture date of each side, when known: a row with days then has its expiry date.
    public var asOfA: CaptureDate?
    public var asOfB: CaptureDate?

    public init(_ section: String, _ item: String, _ change: Change, isTermOnly: Bool = false, rowA: FeatureRow? = nil, rowB: FeatureRow? = nil) {
        self.section = section
        self.item = item
        self.change = change
        self.isTermOnly = isTermOnly
        self.rowA = rowA
        self.rowB = rowB
    }
}

/// What `asalic diff` may be told to overlook.
public struct DiffOptions: Sendable {
    /// Day counts move every day: compare values, not terms.
    public var ignoreTerms = false
    /// Compare licenses, not the keys that carry them.
    public var ignoreKeys = false

    public init(ignoreTerms: Bool = false, ignoreKeys: Bool = false) {
        self.ignoreTerms = ignoreTerms
        self.ignoreKeys = ignoreKeys
    }
}
