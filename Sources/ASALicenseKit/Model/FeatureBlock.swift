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
            if r.hasChildren { out.append(contentsOf: r.children) }
        }
        return out
    }

    /// Calls `body` with every row, children included, in order, read where they stand: the
    /// rules look at every row of every block, and `allRows` copies each into a new array. Read
    /// through buffer pointers, as an array's subscript handed the closure a copy of each row
    /// (a fiftieth of lint).
    public func forEachRow(_ body: (FeatureRow) throws -> Void) rethrows {
        try rows.withUnsafeBufferPointer { rows in
            for i in rows.indices {
                try body(rows[i])
                guard rows[i].hasChildren else { continue }
                try rows[i].children.withUnsafeBufferPointer { children in
                    for j in children.indices { try body(children[j]) }
                }
            }
        }
    }

    /// The first row with this name, children included.
    public func firstRow(named name: FeatureName) -> FeatureRow? {
        for i in rows.indices {
            if rows[i].name == name { return rows[i] }
            if rows[i].hasChildren, let child = rows[i].children.first(where: { $0.name == name }) { return child }
        }
        return nil
    }

    /// The first row for each feature, children included: what `row(_:)` finds, for a rule that
    /// looks up many features of one block (a search each was a walk of the block).
    public var rowsByFeature: RowIndex {
        RowIndex(self, slots: FeatureID.count) { $0.id.map { Int(caseIndex($0)) } }
    }

    /// The first row of each catalog spelling, children included: what `firstRow(named:)` finds
    /// for a name the catalog knows.
    var rowsBySpelling: RowIndex {
        RowIndex(self, slots: FeatureCatalog.spellings.count) { $0.spellingIndex }
    }

    /// Where the first row of each slot (a feature, a spelling) stands in a block: made with one
    /// walk of the block, and a row is copied only when it is asked for. (A map of copied rows
    /// cost 4,000 instructions a block to fill and as many to let go, a witness call per empty
    /// slot; a search per asked row made rules that ask for every row of another block quadratic.)
    public struct RowIndex: Sendable {
        private let rows: [FeatureRow]
        /// By slot: 0 for none, else the row's index + 1 in the high half and its child's
        /// index + 1 (0 for the row itself) in the low half.
        private var places: [UInt64]

        /// The first row of each of `slots` slots; `slot` says which one a row fills, if any.
        init(_ block: FeatureBlock, slots: Int, slot: (FeatureRow) -> Int?) {
            rows = block.rows
            places = [UInt64](repeating: 0, count: slots)
            places.withUnsafeMutableBufferPointer { places in
                rows.withUnsafeBufferPointer { rows in
                    func note(_ row: FeatureRow, _ place: UInt64) {
                        if let k = slot(row), places[k] == 0 { places[k] = place }
                    }
                    for i in rows.indices {
                        note(rows[i], UInt64(i + 1) << 32)
                        guard rows[i].hasChildren else { continue }
                        rows[i].children.withUnsafeBufferPointer { children in
                            for j in children.indices { note(children[j], UInt64(i + 1) << 32 | UInt64(j + 1)) }
                        }
                    }
                }
            }
        }

        /// The first row for a feature, nil when the block has none.
        public subscript(id: FeatureID) -> FeatureRow? { self[slot: Int(caseIndex(id))] }

        /// The first row of a slot, nil when the block has none.
        subscript(slot slot: Int) -> FeatureRow? {
            guard let (row, child) = place(slot) else { return nil }
            return child < 0 ? rows[row] : rows[row].children[child]
        }

        /// The value of the first row for a feature, read where the row stands: for rules that
        /// compare values only (copying the row out and letting it go was most of the ask).
        func value(_ id: FeatureID) -> FeatureValue? {
            guard let (row, child) = place(Int(caseIndex(id))) else { return nil }
            return rows.withUnsafeBufferPointer { rows in
                child < 0 ? rows[row].value : rows[row].children.withUnsafeBufferPointer { $0[child].value }
            }
        }

        /// Where a slot's row stands: its row's index, and its child's (-1 for the row itself).
        @inline(__always) private func place(_ slot: Int) -> (row: Int, child: Int)? {
            let place = places[slot]
            guard place != 0 else { return nil }
            return (Int(place >> 32) - 1, Int(place & 0xFFFF_FFFF) - 1)
        }
    }

    /// The first row for a feature, children included.
    public func row(_ id: FeatureID) -> FeatureRow? {
        // By index: the rows are looked at where they are, and only the one found is copied.
        for i in rows.indices {
            if rows[i].id == id { return rows[i] }
            if rows[i].hasChildren, let child = rows[i].children.first(where: { $0.id == id }) { return child }
        }
        return nil
    }
}
