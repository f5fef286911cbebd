/// A value per catalog feature, found by the feature's case: the platform limits are asked for
/// every row of every block, and a `Dictionary` hashed the key at each ask (~200 instructions).
public struct FeatureMap<Value: Sendable>: Sendable {
    private var values = [Value?](repeating: nil, count: FeatureID.count)
    /// How many features have a value.
    public private(set) var count = 0

    public init() {}

    /// Whether no feature has a value.
    public var isEmpty: Bool { count == 0 }

    /// The value for a feature, nil when it has none; setting nil removes it.
    public subscript(id: FeatureID) -> Value? {
        get { values[Int(caseIndex(id))] }
        set {
            let i = Int(caseIndex(id))
            count += (newValue == nil ? 0 : 1) - (values[i] == nil ? 0 : 1)
            values[i] = newValue
        }
    }
}
