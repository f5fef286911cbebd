/// Canonical CLI's feature rows: a block's rows with the colons and the value column aligned as
/// the device aligns them. Nearly every row is plain and written straight into the text; the
/// others (free text, qualifiers, children) line by line from their printed parts.
extension CLIWriter {
    /// What the first pass over a block learns of a row: its widths, and whether it is plain
    /// with its count's digits. Small, so that a block's fit on the stack (a kilobyte: with the
    /// plain parts kept too, every block's took a `malloc`).
    private struct RowLayout {
        var name: Int32
        var value: Int32
        var digits: Int32
        var plain: Bool
    }

    /// Rows with the colons and the value column aligned; children indented two spaces. Each
    /// line is written as bytes, padded by the width the device aligns on (characters), from the
    /// row's compact fields, without making its value, its term or their texts.
    mutating func writeRows(_ rows: [FeatureRow]) {
        // Rows are read in place: an array's subscript hands out a copy of the row (its copy
        // witness, a retain and a release) each time it is read.
        rows.withUnsafeBufferPointer { rows in
            withUnsafeTemporaryAllocation(of: RowLayout.self, capacity: rows.count) { layouts in
                var nameWidth = 0, valueWidth = 0
                for i in rows.indices {
                    let layout: RowLayout
                    if let p = rows[i].plainParts {
                        let digits = p.word.isEmpty ? ByteText.decimalCount(p.count) : 0
                        layout = RowLayout(name: Int32(p.name.count), value: Int32(digits + p.word.count), digits: Int32(digits), plain: true)
                    } else {
                        // Widths past 2^31 columns (no row has them) are kept at the largest.
                        layout = RowLayout(name: Int32(clamping: CLIWriter.nameWidth(rows[i])), value: Int32(clamping: CLIWriter.valueWidth(rows[i])), digits: 0, plain: false)
                        for c in rows[i].children {
                            nameWidth = max(nameWidth, CLIWriter.nameWidth(c) + 2)
                            valueWidth = max(valueWidth, CLIWriter.valueWidth(c))
                        }
                    }
                    (layouts.baseAddress! + i).initialize(to: layout)
                    nameWidth = max(nameWidth, Int(layout.name))
                    valueWidth = max(valueWidth, Int(layout.value))
                }
                for i in rows.indices {
                    let layout = layouts[i]
                    let (namePad, valuePad) = (nameWidth - Int(layout.name), valueWidth - Int(layout.value) + 1)
                    if layout.plain, let p = rows[i].plainParts {
                        writePlainRow(p, digits: Int(layout.digits), namePad: namePad, valuePad: valuePad)
                        continue
                    }
                    writeRow(rows[i], indent: 0, namePad: namePad, valuePad: valuePad)
                    guard rows[i].hasChildren else { continue }
                    for c in rows[i].children {
                        writeRow(c, indent: 2, namePad: nameWidth - 2 - CLIWriter.nameWidth(c), valuePad: valueWidth - CLIWriter.valueWidth(c) + 1)
                    }
                }
            }
        }
    }

    /// A row without a box (nearly every row), written straight into the text: the line as
    /// `writeRow` makes it, whose value and term end in no space. Its parts are copied a word
    /// (eight bytes) at a time into room with slack after it, which the next part or the line
    /// feed writes over: a call to `memset` or `memcpy` for each pad and name cost more.
    private mutating func writePlainRow(_ p: FeatureRow.PlainParts, digits: Int, namePad: Int, valuePad: Int) {
        let dayDigits = p.term == .days ? ByteText.decimalCount(p.days) : 0
        let termLength = p.term == .none ? 0 : p.term == .perpetual ? 9 : dayDigits + 5
        let (namePad, valuePad) = (max(namePad, 0), p.term == .none ? 0 : max(valuePad, 0))
        let size = p.name.count + namePad + 3 + digits + p.word.count + valuePad + termLength + 1
        _ = out.pointee.appendWithSlack(size, slack: 8) { line in
            var n = CLIWriter.copyWords(p.name, to: line)
            n = CLIWriter.spaces(namePad, at: line, n)
            (line[n], line[n + 1], line[n + 2]) = (0x20, UInt8(ascii: ":"), 0x20)
            n += 3
            if p.word.isEmpty {
                ByteText.writeDecimal(p.count, count: digits, to: line + n)
                n += digits
            } else {
                n += CLIWriter.copyWords(p.word, to: line + n)
            }
            n = CLIWriter.spaces(valuePad, at: line, n)
            if p.term == .perpetual {
                ByteBuffer.copy(CLIWriter.perpetual.utf8Start, line + n, 9)
            } else if p.term == .days {
                ByteText.writeDecimal(p.days, count: dayDigits, to: line + n)
                ByteBuffer.copy(CLIWriter.spacedDays.utf8Start, line + n + dayDigits, 5)
            }
            line[size - 1] = 0x0A
            return true
        }
    }

    /// Copies `bytes` to `target` eight at a time (the last eight overlapping the ones before, so
    /// nothing past `bytes` is read); returns how many.
    @inline(__always) private static func copyWords(_ bytes: UnsafeBufferPointer<UInt8>, to target: UnsafeMutablePointer<UInt8>) -> Int {
        let n = bytes.count
        guard n >= 8, let source = bytes.baseAddress else {
            if let source = bytes.baseAddress { ByteBuffer.copy(source, target, n) }
            return n
        }
        var i = 0
        while i &+ 8 < n {
            UnsafeMutableRawPointer(target + i).storeBytes(of: UnsafeRawPointer(source + i).loadUnaligned(as: UInt64.self), as: UInt64.self)
            i &+= 8
        }
        UnsafeMutableRawPointer(target + (n &- 8)).storeBytes(of: UnsafeRawPointer(source + (n &- 8)).loadUnaligned(as: UInt64.self), as: UInt64.self)
        return n
    }

    /// Writes `count` spaces at `line + at`, eight at a time (up to seven more, into what follows);
    /// returns where they end.
    @inline(__always) private static func spaces(_ count: Int, at line: UnsafeMutablePointer<UInt8>, _ at: Int) -> Int {
        var i = 0
        while i < count {
            UnsafeMutableRawPointer(line + (at &+ i)).storeBytes(of: 0x2020_2020_2020_2020 as UInt64, as: UInt64.self)
            i &+= 8
        }
        return at &+ count
    }

    private static let perpetual: StaticString = "perpetual"
    private static let spacedDays: StaticString = " days"

    /// One row's line, its name and its value followed by that many spaces. The line is made in
    /// one piece on the stack and appended at once: appended part by part, the array checked its
    /// room and its uniqueness eight times a row.
    private mutating func writeRow(_ r: FeatureRow, indent: Int, namePad: Int, valuePad: Int) {
        let comma = r.commaBeforeQualifier
        r.withPrintedParts { name, value, term in
            let size = indent + name.count + max(namePad, 0) + 3 + value.count + 1 + max(valuePad, 0) + (term?.count ?? 0) + 1
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: size) { line in
                var n = 0
                func put(_ part: UnsafeBufferPointer<UInt8>) {
                    guard let from = part.baseAddress else { return }
                    (line.baseAddress! + n).initialize(from: from, count: part.count)
                    n += part.count
                }
                func spaces(_ k: Int) {
                    guard k > 0 else { return }
                    (line.baseAddress! + n).initialize(repeating: 0x20, count: k)
                    n += k
                }
                spaces(indent)
                put(name)
                spaces(namePad)
                put(UnsafeBufferPointer(start: CLIWriter.spacedColon.utf8Start, count: 3))
                put(value)
                if comma { line[n] = UInt8(ascii: ","); n += 1 }
                if let term {
                    spaces(valuePad)
                    put(term)
                }
                while n > 0 && line[n - 1] == 0x20 { n -= 1 }
                line[n] = 0x0A
                out.pointee.append(contentsOf: UnsafeBufferPointer(rebasing: line[0...n]))
            }
        }
    }

    private static let spacedColon: StaticString = " : "

    /// The columns a row's name takes: a catalog spelling is ASCII, its bytes. (What the closure
    /// needs of the row is read before it: a closure that uses the row holds a copy of it.)
    private static func nameWidth(_ r: FeatureRow) -> Int {
        let isText = r.nameIsText
        return r.withNameBytes { isText ? width($0) : $0.count }
    }

    /// The columns a row's value takes as printed, with the comma before a qualifier: a value
    /// that is not free text is ASCII, its bytes.
    private static func valueWidth(_ r: FeatureRow) -> Int {
        let isText = r.valueIsText
        return r.withValueBytes { isText ? width($0) : $0.count } + (r.commaBeforeQualifier ? 1 : 0)
    }

    /// The columns UTF-8 text takes: its bytes when it is ASCII, else its characters.
    static func width(_ text: UnsafeBufferPointer<UInt8>) -> Int {
        text.allSatisfy { $0 < 0x80 } ? text.count : String(decoding: text, as: UTF8.self).count
    }
}
