/// Where a capture read in chunks stands between two chunks: the next line and byte, the
/// diagnostics counted against the limit, those waiting for the next document, and the last
/// document read, held back until the next one (or the end) says which diagnostics are its own.
/// A capture read in chunks this way gives exactly what it gives read whole.
struct CaptureCursor {
    var line = 1
    var offset = 0
    var reported = 0
    var dropped = 0
    var pendingDiagnostics: [Diagnostic] = []
    var held: (Document, [Diagnostic])?
    var delivered = 0
    /// Lines outside every document that are not license text, so far.
    var strayLines = 0
    /// The chunk's last line was a bare pager prompt (or a blank line after one).
    var endsAfterPager = false
    /// The date of the last `show clock` read, and the host whose prompt echoed it: it dates the
    /// documents after it of that host (and those with no prompt).
    var clock: (host: String?, date: CivilDate)?

    init() {}
}
