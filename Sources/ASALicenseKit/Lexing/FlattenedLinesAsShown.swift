/// A long line typed with corrections (a terminal's log keeps a backspace or a DEL for each key
/// erased) is judged as the terminal showed it, as the parser reads it and canonical CLI writes
/// it back: a DEL may hide a prompt or a command (`lix\u{7F}cense-server`), or make one.
extension FlattenedLines {
    /// Where the line `start..<end`, typed with corrections, is cut as the terminal showed it
    /// (`TerminalEdits`): the bytes written that start each line shown. Nil when it is not, or
    /// when a correction reaches across a cut (a line's bytes then would not show as that line).
    static func cutsAsShown(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int, checksLines: Bool) -> [Int]? {
        let written = UnsafeBufferPointer(start: p + start, count: end - start)
        let (shown, origins) = TerminalEdits.shownWithOrigins(written)
        guard !shown.isEmpty,
              let found = shown.withUnsafeBufferPointer({ cuts($0.baseAddress!, 0, $0.count, checksLines: checksLines) }) else { return nil }
        let bounds = [0] + found + [shown.count], writtenBounds = [0] + found.map { origins[$0] } + [written.count]
        for k in 0..<(bounds.count - 1) {
            guard writtenBounds[k] < writtenBounds[k + 1],
                  TerminalEdits.shown(UnsafeBufferPointer(rebasing: written[writtenBounds[k]..<writtenBounds[k + 1]]))
                    .elementsEqual(shown[bounds[k]..<bounds[k + 1]]) else { return nil }
        }
        return found.map { origins[$0] + start }
    }
}
