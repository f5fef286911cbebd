/// An optional part of a model kept in a box of its own: the holder stores one reference, not
/// the part (`show version`'s facts are 208 bytes, the permanent block 168), so that a model
/// without the part is that much smaller, and a copy of the model retains one reference for it.
/// It reads and writes as the plain optional; equal parts are equal, wherever they are kept.
@propertyWrapper
public struct Boxed<Value: Hashable & Sendable>: Hashable, Sendable {
    private final class Box: Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    private var box: Box?

    public init(wrappedValue: Value?) {
        box = wrappedValue.map(Box.init)
    }

    public var wrappedValue: Value? {
        get { box?.value }
        set { box = newValue.map(Box.init) }
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.box === b.box || a.wrappedValue == b.wrappedValue
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(wrappedValue)
    }
}
