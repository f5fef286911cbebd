/// One row of a licensed-features block: `Name : value [term]`, with indented child rows
/// (`Shared AnyConnect Premium Peers` under `Shared License`).
public struct FeatureRow: Hashable, Sendable {
    public var name: FeatureName
    public var value: FeatureValue
    public var term: Term?
    public var children: [FeatureRow]
    /// The device put a comma between a count and its qualifier (`VLANs : 20, DMZ Unrestricted`).
    public var commaBeforeQualifier: Bool
    @NotCompared public var span: SourceSpan

    public init(name: FeatureName, value: FeatureValue, term: Term? = nil, children: [FeatureRow] = [], commaBeforeQualifier: Bool = false, span: SourceSpan = .none) {
        self.name = name
        self.value = value
        self.term = term
        self.children = children
        self.commaBeforeQualifier = commaBeforeQualifier
        self.span = span
    }

    public var id: FeatureID? { name.id }
}

/// A `Licensed features for this platform:` block (or its user-context or failover-cluster
/// twin), and the platform sentence printed under it.
public struct FeatureBlock: Hashable, Sendable {
    /// Whose features: the platform's, or a security context's.
    public enum Scope: String, Sendable, CaseIterable {
        case platform
        case userContext = "user-context"
    }

    public var scope: Scope
    public var rows: [FeatureRow]
    public var platform: PlatformLicense?
    /// The rows came without their `Licensed features for this …:` header (releases 7.x and 8.0
    /// print none; pasted fragments often lose it).
    public var headerless: Bool
    @NotCompared public var span: SourceSpan

    public init(scope: Scope = .platform, rows: [FeatureRow] = [], platform: PlatformLicense? = nil, headerless: Bool = false, span: SourceSpan = .none) {
        self.scope = scope
        self.rows = rows
        self.platform = platform
        self.headerless = headerless
        self.span = span
    }

    /// Every row, children included, in order.
    public var allRows: [FeatureRow] {
        // One array, filled in place: `flatMap { [$0] + $0.children }` made two per row.
        var out: [FeatureRow] = []
        out.reserveCapacity(rows.count)
        for r in rows {
            out.append(r)
            out.append(contentsOf: r.children)
        }
        return out
    }

    /// Calls `body` with every row, children included, in order, read where they stand (the
    /// rules look at every row of every block: `allRows` copies each into a new array).
    public func forEachRow(_ body: (FeatureRow) throws -> Void) rethrows {
        for i in rows.indices {
            try body(rows[i])
            for j in rows[i].children.indices { try body(rows[i].children[j]) }
        }
    }

    /// The first row with this name, children included.
    public func firstRow(named name: FeatureName) -> FeatureRow? {
        for i in rows.indices {
            if rows[i].name == name { return rows[i] }
            if let j = rows[i].children.firstIndex(where: { $0.name == name }) { return rows[i].children[j] }
        }
        return nil
    }

    /// The first row for a feature, children included.
    public func row(_ id: FeatureID) -> FeatureRow? {
        // By index: the rows are looked at where they are, and only the one found is copied.
        for i in rows.indices {
            if rows[i].name.id == id { return rows[i] }
            if let j = rows[i].children.firstIndex(where: { $0.name.id == id }) { return rows[i].children[j] }
        }
        return nil
    }
}
