/// The one shape every structured output shares: maps with ordered keys, lists, and typed
/// scalars. The model is written once (`DocumentTree`); JSON and YAML are two writers of it, so
/// they always carry the same tree.
protocol TreeWriter: AnyObject {
    func beginMap()
    func endMap()
    func beginList()
    func endList()
    func key(_ name: String)
    /// A string: a writer must keep it a string when read back (`'yes'`, `'0x1F'`).
    func string(_ value: String)
    func int(_ value: Int)
    func bool(_ value: Bool)
    /// Starts one document of a stream, and ends it.
    func beginDocument()
    func endDocument()
    /// Writes what `body` writes: whole elements that come out as the same bytes each time `id`
    /// comes back at the same place (a catalog row in a list, a row's name and id keys in its
    /// map). A writer may keep those bytes and copy them the next time instead of writing them
    /// again.
    func same(_ id: Int, _ body: () -> Void)
}

extension TreeWriter {
    func same(_ id: Int, _ body: () -> Void) { body() }

    func field(_ name: String, _ value: String?) {
        guard let value else { return }
        key(name)
        string(value)
    }

    func field(_ name: String, _ value: Int?) {
        guard let value else { return }
        key(name)
        int(value)
    }

    func field(_ name: String, _ value: Bool?) {
        guard let value else { return }
        key(name)
        bool(value)
    }

    func map(_ name: String, _ body: () -> Void) {
        key(name)
        beginMap()
        body()
        endMap()
    }

    /// A list field, written only when it has elements. (Inlined, so that it is specialized for
    /// its element type: generic, it looked up the array's metadata on every call.)
    @inline(__always) func list<T>(_ name: String, _ items: [T], _ each: (T) -> Void) {
        guard !items.isEmpty else { return }
        key(name)
        beginList()
        for item in items { each(item) }
        endList()
    }
}
