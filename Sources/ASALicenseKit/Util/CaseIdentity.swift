/// The position of a payload-free enum's case, for comparing and hashing it by case.
///
/// An enum with a `String` raw value is hashed by the standard library through its raw value
/// (`RawRepresentable`'s `hash(into:)` is found before a derived one): every `Dictionary` or
/// `Set` lookup by `FeatureID` hashed a string, about 400 instructions (lint spent 4 % of its
/// work there). The enums the rules look up by declare `==` and `hash(into:)` over this instead.
@inline(__always)
func caseIndex<E>(_ value: E) -> UInt8 {
    // A payload-free enum of fewer than 256 cases is stored as its case index in one byte.
    unsafeBitCast(value, to: UInt8.self)
}

/// The case at position `index` of a payload-free enum of fewer than 256 cases: `caseIndex`
/// read back. `index` must be one `caseIndex` gave for that enum.
@inline(__always)
func caseValue<E>(_ index: UInt8, of type: E.Type) -> E {
    assert(MemoryLayout<E>.size == 1)
    return unsafeBitCast(index, to: E.self)
}
