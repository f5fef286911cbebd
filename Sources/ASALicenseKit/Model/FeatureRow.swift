/// One row of a licensed-features block: `Name : value [term]`, with indented child rows
/// (`Shared AnyConnect Premium Peers` under `Shared License`).
///
/// Stored compactly (32 bytes where the plain fields took 112): a catalog name is its spelling
/// index (and its feature, one byte), a typed value or term its kind and number, the span three
/// narrow integers; what a few rows have (a name the catalog does not know, a free-text value, a
/// qualifier, child rows, a number too wide for its field) sits in one shared box that most rows
/// do not have, so a copy of a row retains at most one reference. The properties read and write
/// as plain fields.
public struct FeatureRow: Hashable, Sendable {
    /// The parts of a row that has some, immutable and shared by copies of the row.
    private final class Extra: Sendable {
        let name: String?
        let value: String?
        let qualifier: String?
        let children: [FeatureRow]
        /// The row's numbers when one of them does not fit the row's own narrow field.
        let wide: Wide?

        init(name: String?, value: String?, qualifier: String?, children: [FeatureRow], wide: Wide?) {
            self.name = name
            self.value = value
            self.qualifier = qualifier
            self.children = children
            self.wide = wide
        }

        /// A box for the parts, or nil when there are none.
        static func make(name: String?, value: String?, qualifier: String?, children: [FeatureRow], wide: Wide?) -> Extra? {
            name == nil && value == nil && qualifier == nil && children.isEmpty && wide == nil
                ? nil : Extra(name: name, value: value, qualifier: qualifier, children: children, wide: wide)
        }
    }

    /// A count, days, column and offset at full width: a count or days past 2^31, a column past
    /// 65,535 (a JSON Lines document is one line), an offset past 4 GiB. No device prints
    /// such counts; the others come with inputs that large.
    private struct Wide: Hashable, Sendable {
        var number: Int
        var termDays: Int
        var column: Int
        var offset: Int

        var fitsNarrow: Bool {
            Int32(exactly: number) != nil && Int32(exactly: termDays) != nil
                && UInt16(exactly: column) != nil && UInt32(exactly: offset) != nil
        }
    }

    private enum ValueKind: UInt8 { case count, unlimited, enabled, disabled, activeActive, activeStandby, text }
    private enum TermKind: UInt8 { case none, perpetual, days, qualifier }

    // The fields are packed in three words beside the box: a struct of many stored fields is
    // copied and destroyed through its type's value witnesses (an indirect call and some forty
    // instructions a copy), one of few fields in place (a move of the words and a retain).

    /// spelling (bits 0–15), valueKind (16–23), termKind (24–31), flags (32–39), the feature's
    /// case index or 0xFF for none (40–47), narrowColumn (48–63).
    private var head: UInt64
    /// narrowNumber (low half), narrowDays (high half).
    private var numbers: UInt64
    /// spanLine (low half), narrowOffset (high half).
    private var place: UInt64
    private var extra: Extra?

    /// `word` with the bits `mask << shift` set to `value`.
    @inline(__always) private static func setting(_ word: UInt64, _ shift: UInt64, _ mask: UInt64, _ value: UInt64) -> UInt64 {
        word & ~(mask << shift) | (value & mask) << shift
    }

    /// The catalog spelling of the name; -1 when the name is the box's.
    private var spelling: Int16 {
        get { Int16(truncatingIfNeeded: head) }
        set { head = FeatureRow.setting(head, 0, 0xFFFF, UInt64(UInt16(bitPattern: newValue))) }
    }
    private var valueKind: ValueKind {
        get { ValueKind(rawValue: UInt8(truncatingIfNeeded: head >> 16)) ?? .text }
        set { head = FeatureRow.setting(head, 16, 0xFF, UInt64(newValue.rawValue)) }
    }
    private var termKind: TermKind {
        get { TermKind(rawValue: UInt8(truncatingIfNeeded: head >> 24)) ?? .none }
        set { head = FeatureRow.setting(head, 24, 0xFF, UInt64(newValue.rawValue)) }
    }
    /// `commaBeforeQualifier`, and whether the numbers are the box's (`Wide`).
    private var flags: UInt8 {
        get { UInt8(truncatingIfNeeded: head >> 32) }
        set { head = FeatureRow.setting(head, 32, 0xFF, UInt64(newValue)) }
    }
    /// The catalog's feature for the spelling, read once (rules compare it row by row).
    private var featureID: FeatureID? {
        get {
            let index = UInt8(truncatingIfNeeded: head >> 40)
            return index == 0xFF ? nil : caseValue(index, of: FeatureID.self)
        }
        set { head = FeatureRow.setting(head, 40, 0xFF, newValue.map { UInt64(caseIndex($0)) } ?? 0xFF) }
    }
    private var narrowColumn: UInt16 {
        get { UInt16(truncatingIfNeeded: head >> 48) }
        set { head = FeatureRow.setting(head, 48, 0xFFFF, UInt64(newValue)) }
    }
    /// The count of a `count` value, else 0 (the box's when wide).
    private var narrowNumber: Int32 {
        get { Int32(truncatingIfNeeded: numbers) }
        set { numbers = FeatureRow.setting(numbers, 0, 0xFFFF_FFFF, UInt64(UInt32(bitPattern: newValue))) }
    }
    /// The days of a `days` term, else 0 (the box's when wide).
    private var narrowDays: Int32 {
        get { Int32(truncatingIfNeeded: numbers >> 32) }
        set { numbers = FeatureRow.setting(numbers, 32, 0xFFFF_FFFF, UInt64(UInt32(bitPattern: newValue))) }
    }
    private var spanLine: UInt32 {
        get { UInt32(truncatingIfNeeded: place) }
        set { place = FeatureRow.setting(place, 0, 0xFFFF_FFFF, UInt64(newValue)) }
    }
    private var narrowOffset: UInt32 {
        get { UInt32(truncatingIfNeeded: place >> 32) }
        set { place = FeatureRow.setting(place, 32, 0xFFFF_FFFF, UInt64(newValue)) }
    }

    private static let comma: UInt8 = 1
    private static let wideFlag: UInt8 = 2

    public init(name: FeatureName, value: FeatureValue, term: Term? = nil, children: [FeatureRow] = [], commaBeforeQualifier: Bool = false, span: SourceSpan = .none) {
        (head, numbers, place, extra) = (0, 0, 0, nil)
        (spelling, featureID, valueKind, termKind) = (-1, nil, .text, .none)
        // Lines past four billion (no input has them) are kept at the largest.
        spanLine = UInt32(clamping: span.line)
        self.commaBeforeQualifier = commaBeforeQualifier
        set(name: name, value: value, term: term, children: children, column: span.column, offset: span.offset)
    }

    /// A plain row as the parser reads it from its bytes: what nearly every row of a capture is.
    /// A catalog spelling, the value's word `bytes[start..<end]` typed in place (as
    /// `FeatureValue(_:_:_:)` types it; no value is made unless it is free text), and no term
    /// (`days` nil, `perpetual` false), `perpetual`, or `days` days. Its words are packed at
    /// once, without the general setter's boxing checks; free text, or a number too wide for its
    /// field, goes the general way.
    init(spelling index: Int, valueIn bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
         perpetual: Bool, days: Int?, span: SourceSpan) {
        var number = 0, kind = ValueKind.text
        switch FeatureValue.typed(bytes, start, end) {
        case .count(let n)?: (kind, number) = (.count, n)
        case .unlimited?: kind = .unlimited
        case .enabled?: kind = .enabled
        case .disabled?: kind = .disabled
        case .failover(.activeActive)?: kind = .activeActive
        case .failover(.activeStandby)?: kind = .activeStandby
        case .text?, nil: break
        }
        let termKind: TermKind = perpetual ? .perpetual : days == nil ? .none : .days
        guard kind != .text, let row = FeatureRow(packing: index, kind, number, termKind, days ?? 0, span) else {
            let term: Term? = perpetual ? .perpetual : days.map { .days($0) }
            self.init(name: .known(spelling: index), value: FeatureValue(bytes, start, end), term: term, span: span)
            return
        }
        self = row
    }

    /// A row of typed parts packed in its three words, nil when a number does not fit its field.
    @inline(__always) private init?(packing index: Int, _ kind: ValueKind, _ number: Int, _ termKind: TermKind, _ days: Int, _ span: SourceSpan) {
        guard let spelling = Int16(exactly: index), let number = Int32(exactly: number), let days = Int32(exactly: days),
              let column = UInt16(exactly: span.column), let offset = UInt32(exactly: span.offset) else { return nil }
        let head = UInt64(UInt16(bitPattern: spelling)) | UInt64(kind.rawValue) << 16 | UInt64(termKind.rawValue) << 24
            | UInt64(caseIndex(FeatureCatalog.spellings[index].id)) << 40 | UInt64(column) << 48
        // Lines past four billion (no input has them) are kept at the largest.
        self.init(head: head, numbers: UInt64(UInt32(bitPattern: number)) | UInt64(UInt32(bitPattern: days)) << 32,
                  place: UInt64(UInt32(clamping: span.line)) | UInt64(offset) << 32)
    }

    private init(head: UInt64, numbers: UInt64, place: UInt64) {
        (self.head, self.numbers, self.place, extra) = (head, numbers, place, nil)
    }

    /// The device put a comma between a count and its qualifier (`VLANs : 20, DMZ Unrestricted`).
    public var commaBeforeQualifier: Bool {
        get { flags & FeatureRow.comma != 0 }
        set { flags = newValue ? flags | FeatureRow.comma : flags & ~FeatureRow.comma }
    }

    private var isWide: Bool { flags & FeatureRow.wideFlag != 0 }
    private var number: Int { isWide ? extra?.wide?.number ?? 0 : Int(narrowNumber) }
    private var termDays: Int { isWide ? extra?.wide?.termDays ?? 0 : Int(narrowDays) }
    private var column: Int { isWide ? extra?.wide?.column ?? 0 : Int(narrowColumn) }
    private var offset: Int { isWide ? extra?.wide?.offset ?? 0 : Int(narrowOffset) }

    /// Stores the three typed columns, the children and the span's column and offset at once,
    /// making the box once.
    private mutating func set(name: FeatureName, value: FeatureValue, term: Term?, children: [FeatureRow], column: Int, offset: Int) {
        var nameText: String?, valueText: String?, qualifier: String?
        switch name {
        case .known(let i): spelling = Int16(i); featureID = FeatureCatalog.spellings[i].id
        case .unknown(let s): spelling = -1; featureID = nil; nameText = s
        }
        var number = 0
        switch value {
        case .count(let n): valueKind = .count; number = n
        case .unlimited: valueKind = .unlimited
        case .enabled: valueKind = .enabled
        case .disabled: valueKind = .disabled
        case .failover(.activeActive): valueKind = .activeActive
        case .failover(.activeStandby): valueKind = .activeStandby
        case .text(let s): valueKind = .text; valueText = s
        }
        var termDays = 0
        switch term {
        case nil: termKind = .none
        case .perpetual?: termKind = .perpetual
        case .days(let n)?: termKind = .days; termDays = n
        case .qualifier(let q)?: termKind = .qualifier; qualifier = q
        }
        let numbers = Wide(number: number, termDays: termDays, column: column, offset: offset)
        let wide = numbers.fitsNarrow ? nil : numbers
        if wide != nil {
            flags |= FeatureRow.wideFlag
            (narrowNumber, narrowDays, narrowColumn, narrowOffset) = (0, 0, 0, 0)
        } else {
            flags &= ~FeatureRow.wideFlag
            (narrowNumber, narrowDays) = (Int32(number), Int32(termDays))
            (narrowColumn, narrowOffset) = (UInt16(column), UInt32(offset))
        }
        extra = Extra.make(name: nameText, value: valueText, qualifier: qualifier, children: children, wide: wide)
    }

    public var name: FeatureName {
        get { spelling >= 0 ? .known(spelling: Int(spelling)) : .unknown(extra?.name ?? "") }
        set { set(name: newValue, value: value, term: term, children: children, column: column, offset: offset) }
    }

    public var value: FeatureValue {
        get {
            switch valueKind {
            case .count: .count(number)
            case .unlimited: .unlimited
            case .enabled: .enabled
            case .disabled: .disabled
            case .activeActive: .failover(.activeActive)
            case .activeStandby: .failover(.activeStandby)
            case .text: .text(extra?.value ?? "")
            }
        }
        set { set(name: name, value: newValue, term: term, children: children, column: column, offset: offset) }
    }

    public var term: Term? {
        get {
            switch termKind {
            case .none: nil
            case .perpetual: .perpetual
            case .days: .days(termDays)
            case .qualifier: .qualifier(extra?.qualifier ?? "")
            }
        }
        set { set(name: name, value: value, term: newValue, children: children, column: column, offset: offset) }
    }

    /// Where the row was read; not part of the row's equality (as `NotCompared` elsewhere).
    public var span: SourceSpan {
        get { SourceSpan(line: Int(spanLine), column: column, offset: offset) }
        set {
            // Lines past four billion (no input has them) are kept at the largest.
            spanLine = UInt32(clamping: newValue.line)
            set(name: name, value: value, term: term, children: children, column: newValue.column, offset: newValue.offset)
        }
    }

    /// Rows nested under this one (`Shared AnyConnect Premium Peers` under `Shared License`).
    public var children: [FeatureRow] {
        get { extra?.children ?? [] }
        set { set(name: name, value: value, term: term, children: newValue, column: column, offset: offset) }
        _modify {
            // The list is taken out of its box while it changes, so that appending to it (the
            // parser adds child rows one by one) changes it in place: a copy per append made a
            // row with many children quadratic.
            var list: [FeatureRow] = []
            var (name, value, qualifier): (String?, String?, String?) = (nil, nil, nil)
            var wide: Wide?
            if let box = extra.take() {
                (name, value, qualifier, wide) = (box.name, box.value, box.qualifier, box.wide)
                list = box.children
            }  // the box is let go here: the list is the only holder of its elements
            defer { extra = Extra.make(name: name, value: value, qualifier: qualifier, children: list, wide: wide) }
            yield &list
        }
    }

    /// The catalog's feature, nil for a name the catalog does not know.
    public var id: FeatureID? { featureID }

    /// The feature's case index (`caseIndex`), 0xFF for a name the catalog does not know: one
    /// slot a feature, read without making the enum.
    var featureSlot: UInt8 { UInt8(truncatingIfNeeded: head >> 40) }

    /// The catalog spelling of the name, nil for a name the catalog does not know.
    var spellingIndex: Int? { spelling >= 0 ? Int(spelling) : nil }

    // MARK: As printed, read from the compact fields (writers ask these of every row)

    // The printed parts are read by static functions of the row's fields, not by methods of the
    // row: a closure that uses `self` holds a copy of the row (its copy witness, a retain and a
    // release), and the writers nest three such closures for every row they write.

    /// The name's bytes: a catalog spelling's own, or the text's.
    func withNameBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        FeatureRow.withNameBytes(spelling, extra, body)
    }

    private static func withNameBytes<R>(_ spelling: Int16, _ extra: Extra?, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if spelling >= 0 { return body(FeatureCatalog.spellingBytes(Int(spelling))) }
        var text = extra?.name ?? ""
        return text.withUTF8(body)
    }

    /// The value's bytes as printed (`FeatureValue.text`), without making the value: a count
    /// digit by digit, a word from its kind.
    func withValueBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        FeatureRow.withValueBytes(valueKind, number, extra, body)
    }

    private static func withValueBytes<R>(_ valueKind: ValueKind, _ number: Int, _ extra: Extra?, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        switch valueKind {
        case .count: return ByteText.withDecimal(number, body)
        case .text:
            var text = extra?.value ?? ""
            return text.withUTF8(body)
        case .unlimited: return FeatureRow.withBytes(of: .unlimited, body)
        case .enabled: return FeatureRow.withBytes(of: .enabled, body)
        case .disabled: return FeatureRow.withBytes(of: .disabled, body)
        case .activeActive: return FeatureRow.withBytes(of: .failover(.activeActive), body)
        case .activeStandby: return FeatureRow.withBytes(of: .failover(.activeStandby), body)
        }
    }

    /// The bytes of a value that is a word (`FeatureValue.word`).
    @inline(__always) private static func withBytes<R>(of value: FeatureValue, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let word = value.word!
        return body(UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount))
    }

    /// Whether the value is free text (its width is its characters', not its bytes').
    var valueIsText: Bool { valueKind == .text }

    /// Whether the name is text the catalog does not know (its width is its characters').
    var nameIsText: Bool { spelling < 0 }

    /// The name's, the value's and the term's bytes as printed, at once.
    func withPrintedParts<R>(_ body: (_ name: UnsafeBufferPointer<UInt8>, _ value: UnsafeBufferPointer<UInt8>,
                                      _ term: UnsafeBufferPointer<UInt8>?) -> R) -> R {
        let (spelling, valueKind, number, termKind, termDays, extra) = (spelling, valueKind, number, termKind, termDays, extra)
        return FeatureRow.withNameBytes(spelling, extra) { name in
            FeatureRow.withValueBytes(valueKind, number, extra) { value in
                FeatureRow.withTermBytes(termKind, termDays, extra) { term in body(name, value, term) }
            }
        }
    }

    /// The term's bytes as printed (`Term.text`), nil without a term.
    func withTermBytes<R>(_ body: (UnsafeBufferPointer<UInt8>?) -> R) -> R {
        FeatureRow.withTermBytes(termKind, termDays, extra, body)
    }

    private static func withTermBytes<R>(_ termKind: TermKind, _ termDays: Int, _ extra: Extra?, _ body: (UnsafeBufferPointer<UInt8>?) -> R) -> R {
        switch termKind {
        case .none: return body(nil)
        case .perpetual:
            let word: StaticString = "perpetual"
            return body(UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount))
        case .days:
            return ByteText.withDecimal(termDays) { digits in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: digits.count + 5) { out in
                    _ = out.initialize(fromContentsOf: digits)
                    let days: StaticString = " days"
                    (out.baseAddress! + digits.count).initialize(from: days.utf8Start, count: 5)
                    return body(UnsafeBufferPointer(out))
                }
            }
        case .qualifier:
            var text = extra?.qualifier ?? ""
            return text.withUTF8 { body($0) }
        }
    }

    /// A row with no box, as printed: a catalog spelling, a word or a count, and no term,
    /// `perpetual` or days. All plain values, so a writer reads them with no closure and no copy
    /// of the row (the three nested closures of `withPrintedParts` cost a writer most of a row).
    struct PlainParts {
        /// The catalog spelling's bytes (ASCII).
        let name: UnsafeBufferPointer<UInt8>
        /// The value's word (ASCII); empty for a count.
        let word: UnsafeBufferPointer<UInt8>
        let count: Int
        let term: PlainTerm
        let days: Int
    }

    /// A plain row's term: none, `perpetual`, or `N days` (`PlainParts.days`).
    enum PlainTerm { case none, perpetual, days }

    /// The row's parts as `PlainParts`, nil for a row that has a box (a name the catalog does not
    /// know, free text, a qualifier, children, or a number too wide for its field).
    var plainParts: PlainParts? {
        guard extra == nil, !commaBeforeQualifier else { return nil }
        let word: UnsafeBufferPointer<UInt8>
        switch valueKind {
        case .count, .text: word = UnsafeBufferPointer(start: nil, count: 0)
        case .unlimited: word = FeatureRow.bytes(of: .unlimited)
        case .enabled: word = FeatureRow.bytes(of: .enabled)
        case .disabled: word = FeatureRow.bytes(of: .disabled)
        case .activeActive: word = FeatureRow.bytes(of: .failover(.activeActive))
        case .activeStandby: word = FeatureRow.bytes(of: .failover(.activeStandby))
        }
        let term: PlainTerm = switch termKind {
        case .none, .qualifier: .none
        case .perpetual: .perpetual
        case .days: .days
        }
        return PlainParts(name: FeatureCatalog.spellingBytes(Int(spelling)), word: word, count: Int(narrowNumber), term: term, days: Int(narrowDays))
    }

    @inline(__always) private static func bytes(of value: FeatureValue) -> UnsafeBufferPointer<UInt8> {
        let word = value.word!
        return UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
    }

    /// Whether rows are nested under this one, asked without copying them out of the box.
    var hasChildren: Bool { !(extra?.children.isEmpty ?? true) }

    public static func == (a: FeatureRow, b: FeatureRow) -> Bool {
        a.spelling == b.spelling && a.valueKind == b.valueKind && a.termKind == b.termKind && a.number == b.number
            && a.termDays == b.termDays && a.commaBeforeQualifier == b.commaBeforeQualifier
            && a.extra?.name == b.extra?.name && a.extra?.value == b.extra?.value && a.extra?.qualifier == b.extra?.qualifier
            && a.children == b.children
    }

    public func hash(into h: inout Hasher) {
        h.combine(spelling)
        h.combine(valueKind)
        h.combine(termKind)
        h.combine(number)
        h.combine(termDays)
        h.combine(commaBeforeQualifier)
        h.combine(extra?.name)
        h.combine(extra?.value)
        h.combine(extra?.qualifier)
        h.combine(children)
    }
}
