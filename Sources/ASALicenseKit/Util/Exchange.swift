/// The value of `x`, moved out, with `replacement` left in its place. A parser returning the
/// document it built as a stored property copied it (each of its parts retained, then released
/// with the parser); moved, its parts change hands untouched.
@inline(__always)
func exchange<T>(_ x: inout T, with replacement: T) -> T {
    var out = replacement
    swap(&out, &x)
    return out
}
