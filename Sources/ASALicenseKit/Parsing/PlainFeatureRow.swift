/// A plain feature row read from its bytes, without lexing the line: most lines of every
/// capture are rows like `Maximum VLANs                     : 150            perpetual`, and
/// tokenizing each cost a quarter of parsing. A row is plain when the general path
/// (`FeatureRowReader`, after the lexer and the line classifier) would read it the same way
/// and nothing else: printable ASCII and spaces only, no byte a prompt, pager, device error or
/// configuration line starts with, a catalog name, one colon ending the name, one typed word for
/// the value, and `perpetual`, `N days` or nothing after it. Anything else is left for the
/// general path (`PlainFeatureRowTests` hold the two paths to the same documents).
extension ParseContext {
    /// The next line as a plain feature row, with its indentation, and the line read; nil, with
    /// nothing read, when it is not one.
    mutating func nextPlainFeatureRow() -> (row: FeatureRow, indent: Int)? {
        guard barePagerLines.isEmpty, let p = bytes.baseAddress else { return nil }
        var peek = scanner
        guard let line = peek.nextLine(), line.end - line.start <= limits.maxLineBytes else { return nil }
        let end = line.end
        let kinds = PlainFeatureRow.byteKinds
        let wide = bytes.count &- 8
        // The name: its length and hash with each run of spaces read as one space. Runs of
        // spaces (the aligned columns of every row) are skipped eight bytes at a time.
        var i = PlainFeatureRow.skipSpaces(p, from: line.start, wide: wide, end: end)
        guard i < end, kinds[Int(p[i])] == .word else { return nil }
        let nameStart = i
        var hash = PlainFeatureRow.hashSeed
        var nameLength = 0
        var nameEnd = 0
        while true {
            guard i < end else { return nil }  // no colon
            let b = p[i]
            let kind = kinds[Int(b)]
            if kind == .word {
                hash = PlainFeatureRow.hash(hash, b)
                nameLength &+= 1
                i &+= 1
            } else if kind == .space {
                nameEnd = i
                i = PlainFeatureRow.skipSpaces(p, from: i &+ 1, wide: wide, end: end)
                if i < end && kinds[Int(p[i])] == .word {
                    hash = PlainFeatureRow.hash(hash, 0x20)
                    nameLength &+= 1
                }
            } else if kind == .colon {
                if p[i &- 1] != 0x20 { nameEnd = i }
                break
            } else {
                return nil
            }
        }
        let colon = i
        // The colon ends the name (a space or the line's end after it); a first word of one byte
        // could be a bare prompt or a separator to the classifier.
        guard colon &+ 1 == end || p[colon &+ 1] == 0x20, kinds[Int(p[nameStart &+ 1])] == .word,
              let spelling = PlainFeatureRow.spelling(hash: hash, length: nameLength, p, nameStart, nameEnd) else { return nil }
        // The words after the colon: the value, then `perpetual` or `N days`.
        var words: (Int, Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0, 0)
        var count = 0
        i = colon + 1
        while i < end {
            let kind = kinds[Int(p[i])]
            if kind == .space {
                i = PlainFeatureRow.skipSpaces(p, from: i &+ 1, wide: wide, end: end)
                continue
            }
            guard kind == .word, count < 3 else { return nil }  // a second colon, or more words
            let wordStart = i
            while i < end && kinds[Int(p[i])] == .word { i += 1 }
            switch count {
            case 0: words.0 = wordStart; words.1 = i
            case 1: words.2 = wordStart; words.3 = i
            default: words.4 = wordStart; words.5 = i
            }
            count += 1
        }
        let term: Term?
        switch count {
        case 1:
            term = nil
        case 2 where ByteText.equals(bytes, words.2, words.3, "perpetual"):
            term = .perpetual
        case 3 where ByteText.equals(bytes, words.4, words.5, "days") || ByteText.equals(bytes, words.4, words.5, "day"):
            guard let n = ByteText.decimal(bytes, words.2, words.3) else { return nil }
            term = .days(n)
        default:
            return nil
        }
        let value = FeatureValue(bytes, words.0, words.1)
        scanner = peek
        _ = markRead(line)
        let span = SourceSpan(line: line.number, column: nameStart - line.start + 1, offset: baseOffset + nameStart)
        return (FeatureRow(name: .known(spelling: spelling), value: value, term: term, span: span), nameStart - line.start)
    }
}

enum PlainFeatureRow {
    /// What each byte is to a plain row: part of a word, a space, the colon, or a byte that
    /// leaves the line to the general path (not printable ASCII, or one that starts a prompt,
    /// pager remnant, device error or configuration line, or the comma of a qualifier).
    enum ByteKind: UInt8 { case word, space, colon, other }
    nonisolated(unsafe) static let byteKinds: UnsafePointer<ByteKind> = {
        let table = UnsafeMutablePointer<ByteKind>.allocate(capacity: 256)
        for b in 0..<256 {
            switch b {
            case 0x20: table[b] = .space
            case 0x3A: table[b] = .colon
            case 0x21...0x7E where !"#><%!^,".utf8.contains(UInt8(b)): table[b] = .word
            default: table[b] = .other
            }
        }
        return UnsafePointer(table)
    }()

    /// Where the run of spaces from `from` ends (at most `end`): eight bytes at a time while
    /// eight can be read, then one at a time (near the end of the bytes).
    @inline(__always) static func skipSpaces(_ p: UnsafePointer<UInt8>, from: Int, wide: Int, end: Int) -> Int {
        var i = LineLexer.skipRun(p, from: from, wide: wide, end: end, LineLexer.leadingSpaces)
        while i < end && p[i] == 0x20 { i &+= 1 }
        return i
    }

    static let hashSeed: UInt32 = 2_166_136_261
    @inline(__always) static func hash(_ h: UInt32, _ byte: UInt8) -> UInt32 { (h ^ UInt32(byte)) &* 16_777_619 }

    /// The catalog spellings a plain row may name, by the hash of their bytes: an open-addressed
    /// table read with no reference counting (a `Dictionary` hashed the hash again). A spelling
    /// whose hash another already has is left to the general path.
    private static let slots = 512
    private nonisolated(unsafe) static let byHash: UnsafePointer<(hash: UInt32, index: Int32)> = {
        let table = UnsafeMutablePointer<(hash: UInt32, index: Int32)>.allocate(capacity: slots)
        table.initialize(repeating: (0, -1), count: slots)
        for (index, spelling) in FeatureCatalog.spellings.enumerated() where plain[index] {
            let h = spelling.name.utf8.reduce(hashSeed, hash)
            var slot = Int(h) & (slots - 1)
            while table[slot].index >= 0 && table[slot].hash != h { slot = (slot + 1) & (slots - 1) }
            if table[slot].index < 0 { table[slot] = (h, Int32(index)) }
        }
        return UnsafePointer(table)
    }()

    /// The spelling whose name is the words `p[start..<end]` (runs of spaces read as one),
    /// given their hash and length, if it may start a plain row.
    static func spelling(hash: UInt32, length: Int, _ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        let table = byHash
        var slot = Int(hash) & (slots - 1)
        while table[slot].index >= 0 && table[slot].hash != hash { slot = (slot + 1) & (slots - 1) }
        guard table[slot].index >= 0 else { return nil }
        let index = Int(table[slot].index)
        let name = FeatureCatalog.spellingBytes(index)
        guard name.count == length else { return nil }
        var k = 0
        var i = start
        while i < end {
            if p[i] == 0x20 {
                while p[i] == 0x20 { i += 1 }  // the name ends with a word: the run ends inside it
                guard name[k] == 0x20 else { return nil }
                k += 1
                continue
            }
            guard name[k] == p[i] else { return nil }
            k += 1
            i += 1
        }
        return index
    }

    /// The catalog spellings whose rows no classifier or sentence of the general path reads as
    /// anything but a row, found by that path itself: each spelling's row, with a few values,
    /// is parsed the general way under a block header and must come out as that one row.
    static let plain: [Bool] = FeatureCatalog.spellings.enumerated().map { index, spelling in
        var limits = ParseLimits.default
        limits.readsPlainRowsFromBytes = false
        return ["1", "Enabled perpetual", "Unlimited 30 days"].allSatisfy { value in
            let text = "Licensed features for this platform:\n\(spelling.name) : \(value)\n"
            let (documents, diagnostics) = CaptureParser.parse(Array(text.utf8), limits: limits)
            guard diagnostics.isEmpty, documents.count == 1, case .activationKey(let ak) = documents[0].content,
                  let rows = ak.running?.rows, rows.count == 1, ak.notices.isEmpty, ak.unsupportedFeatures.isEmpty else { return false }
            return rows[0].name == .known(spelling: index)
        }
    }
}
