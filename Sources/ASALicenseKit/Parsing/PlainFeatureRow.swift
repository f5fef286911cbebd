#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
    /// nothing read, when it is not one. (Inlined into its one caller: parsing then takes 0.7 %
    /// fewer instructions.)
    @inline(__always) mutating func nextPlainFeatureRow() -> (row: FeatureRow, indent: Int)? {
        guard barePagerLines.isEmpty, !readsLiteral, let p = bytes.baseAddress, let tables = plainRowTables else { return nil }
        guard let (line, next) = scanner.peekPhysicalLine(), line.end - line.start <= limits.maxLineBytes else { return nil }
        let end = line.end
        let kinds = tables.kinds
        let wide = bytes.count &- 8
        // Runs of spaces (the aligned columns of every row) are skipped eight bytes at a time.
        var i = PlainFeatureRow.skipSpaces(p, from: line.start, wide: wide, end: end)
        guard i < end, kinds[Int(p[i])] == .word else { return nil }
        // The name ends at the line's first colon (a line with none is no row), which a space
        // or the line's end follows; a first word of one byte could be a bare prompt or a
        // separator to the classifier.
        let nameStart = i
        let colon = PlainFeatureRow.colon(p, from: i, wide: wide, end: end)
        guard colon < end, colon &+ 1 == end || p[colon &+ 1] == 0x20, kinds[Int(p[nameStart &+ 1])] == .word else { return nil }
        // A name as the catalog spells it is found by its first and last bytes; one with runs of
        // spaces inside, once they are made single.
        let nameEnd = PlainFeatureRow.trimSpaces(p, nameStart, colon)
        guard let spelling = tables.exactSpelling(p, nameStart, nameEnd)
                ?? PlainFeatureRow.spacedSpelling(p, nameStart, colon, tables: tables) else { return nil }
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
            // Most rows end in `perpetual`: compared whole, not read byte by byte.
            if count == 1 && end &- i == 9 && ByteText.equals(bytes, i, end, "perpetual") {
                words.2 = i; words.3 = end
                count = 2
                break
            }
            let wordStart = i
            while i < end && kinds[Int(p[i])] == .word { i += 1 }
            switch count {
            case 0: words.0 = wordStart; words.1 = i
            case 1: words.2 = wordStart; words.3 = i
            default: words.4 = wordStart; words.5 = i
            }
            count += 1
        }
        // The term as plain parts, and the value typed where it lies: an enum of each, made and
        // taken apart again, cost a tenth of reading a plain row.
        var perpetual = false, days: Int? = nil
        switch count {
        case 1:
            break
        case 2 where ByteText.equals(bytes, words.2, words.3, "perpetual"):
            perpetual = true
        case 3 where ByteText.equals(bytes, words.4, words.5, "days") || ByteText.equals(bytes, words.4, words.5, "day"):
            guard let n = ByteText.decimal(bytes, words.2, words.3) else { return nil }
            days = n
        default:
            return nil
        }
        scanner.advance(past: line, to: next)
        _ = markRead(line)
        let span = SourceSpan(line: line.number, column: nameStart - line.start + 1, offset: baseOffset + nameStart)
        let row = FeatureRow(spelling: spelling, valueIn: bytes, words.0, words.1, perpetual: perpetual, days: days, span: span)
        return (row, nameStart - line.start)
    }
}

enum PlainFeatureRow {
    /// What each byte is to a plain row: part of a word, a space, the colon, or a byte that
    /// leaves the line to the general path (not printable ASCII, or one that starts a prompt,
    /// pager remnant, device error or configuration line, the comma of a qualifier, the `&`
    /// of a web page's `&nbsp;`, or the braces of a ticket's `{code}`).
    enum ByteKind: UInt8 { case word, space, colon, other }
    private nonisolated(unsafe) static let byteKinds: UnsafePointer<ByteKind> = {
        let table = UnsafeMutablePointer<ByteKind>.allocate(capacity: 256)
        for b in 0..<256 {
            switch b {
            case 0x20: table[b] = .space
            case 0x3A: table[b] = .colon
            case 0x21...0x7E where !"#><%!^,&{}".utf8.contains(UInt8(b)): table[b] = .word
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

    /// Where the line's first colon is at or after `from` (`end` when it has none): eight bytes at
    /// a time while eight can be read.
    @inline(__always) static func colon(_ p: UnsafePointer<UInt8>, from: Int, wide: Int, end: Int) -> Int {
        var i = from
        while i <= wide && i < end {
            let zero = LineLexer.zeroBytes(UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self).littleEndian ^ 0x3A3A_3A3A_3A3A_3A3A)
            if zero != 0 { return min(i &+ zero.trailingZeroBitCount >> 3, end) }
            i &+= 8
        }
        while i < end && p[i] != 0x3A { i &+= 1 }
        return min(i, end)
    }

    /// Where the words of `p[start..<end]` end, the spaces after them left out (the byte at
    /// `start` is no space): eight bytes at a time back from `end` while eight are there.
    @inline(__always) static func trimSpaces(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var e = end
        while e &- 8 >= start {
            let other = LineLexer.nonZeroBytes(UnsafeRawPointer(p + (e &- 8)).loadUnaligned(as: UInt64.self).littleEndian ^ 0x2020_2020_2020_2020)
            if other != 0 { return e &- other.leadingZeroBitCount >> 3 }
            e &-= 8
        }
        while p[e &- 1] == 0x20 { e &-= 1 }
        return e
    }

    // MARK: names as the catalog spells them

    /// A name's key: its length and its first and last eight bytes (four for a name of four to
    /// seven, its bytes for a shorter one), read in place.
    @inline(__always) private static func key(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        let length = end &- start
        var first: UInt64 = 0, last: UInt64 = 0
        if length >= 8 {
            first = UnsafeRawPointer(p + start).loadUnaligned(as: UInt64.self)
            last = UnsafeRawPointer(p + (end &- 8)).loadUnaligned(as: UInt64.self)
        } else if length >= 4 {
            first = UInt64(UnsafeRawPointer(p + start).loadUnaligned(as: UInt32.self))
            last = UInt64(UnsafeRawPointer(p + (end &- 4)).loadUnaligned(as: UInt32.self))
        } else {
            for i in start..<end { first = first << 8 | UInt64(p[i]) }
        }
        return (first &* 0x9E37_79B9_7F4A_7C15) ^ (last &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(length)
    }

    private static let slots = 512

    /// A spelling in the table by key: the key, where its bytes are, how many, and its index.
    struct Slot {
        var key: UInt64 = 0
        var name: UnsafePointer<UInt8>? = nil
        var length = 0
        var index = -1
    }

    /// The tables a plain row is read with, fetched once per context (each static's first read
    /// is checked on every access: twice a row).
    struct Tables {
        let kinds: UnsafePointer<ByteKind>
        let byKey: UnsafePointer<Slot>

        /// The plain spelling that is exactly the bytes `p[start..<end]`, if there is one.
        @inline(__always) func exactSpelling(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
            let k = key(p, start, end)
            var slot = Int(truncatingIfNeeded: k >> 7) & (slots - 1)
            while byKey[slot].index >= 0 && byKey[slot].key != k { slot = (slot + 1) & (slots - 1) }
            let found = byKey[slot]
            guard found.index >= 0, found.length == end &- start, memcmp(found.name!, p + start, found.length) == 0 else { return nil }
            return found.index
        }
    }

    nonisolated(unsafe) static let tables = Tables(kinds: byteKinds, byKey: byKey)

    /// The plain spellings by key, open-addressed: read with no hashing of the key again and no
    /// reference counting. Only spellings of words and single spaces, so that a name equal to
    /// one has no byte the general path would read otherwise; of two with one key, the first.
    private nonisolated(unsafe) static let byKey: UnsafePointer<Slot> = {
        let table = UnsafeMutablePointer<Slot>.allocate(capacity: slots)
        table.initialize(repeating: Slot(), count: slots)
        for index in FeatureCatalog.spellings.indices where plain[index] {
            let name = FeatureCatalog.spellingBytes(index)
            guard name.allSatisfy({ byteKinds[Int($0)] != .other && byteKinds[Int($0)] != .colon }),
                  !name.indices.dropFirst().contains(where: { name[$0] == 0x20 && name[$0 - 1] == 0x20 }) else { continue }
            let k = key(name.baseAddress!, 0, name.count)
            var slot = Int(truncatingIfNeeded: k >> 7) & (slots - 1)
            while table[slot].index >= 0 && table[slot].key != k { slot = (slot + 1) & (slots - 1) }
            if table[slot].index < 0 { table[slot] = Slot(key: k, name: name.baseAddress, length: name.count, index: index) }
        }
        return UnsafePointer(table)
    }()

    /// The plain spelling whose words are those before the colon at `colon`, each run of spaces
    /// read as one (a name the device printed with two spaces inside), if there is one; nil too
    /// when a byte before the colon is neither a word's nor a space. The words are copied with
    /// single spaces and looked up as written names are.
    static func spacedSpelling(_ p: UnsafePointer<UInt8>, _ start: Int, _ colon: Int, tables: Tables) -> Int? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: colon &- start) { name in
            var n = 0
            var i = start
            while i < colon {
                switch tables.kinds[Int(p[i])] {
                case .word:
                    name[n] = p[i]
                    n &+= 1
                    i &+= 1
                case .space:
                    while i < colon && p[i] == 0x20 { i &+= 1 }
                    if i < colon { name[n] = 0x20; n &+= 1 }
                default:
                    return nil
                }
            }
            return tables.exactSpelling(UnsafePointer(name.baseAddress!), 0, n)
        }
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
