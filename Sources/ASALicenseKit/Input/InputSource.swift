#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One input — a file or standard input — read the one way every command reads: device text
/// parsed as a stream in chunks through read(2), asalic's own YAML and JSON read whole, the
/// format sniffed from the first bytes unless named, a binary file skipped with a note (DOC007),
/// and a file that cannot be read said in the system's words.
public struct InputSource: Sendable {
    /// The path to show in diagnostics (`<stdin>`, or `--stdin-filename`, for standard input).
    public var displayPath: String
    /// The file, or nil for standard input.
    public var path: String?

    public init(displayPath: String, path: String?) {
        self.displayPath = displayPath
        self.path = path
    }

    /// A file, shown by its path.
    public init(path: String) {
        self.init(displayPath: path, path: path)
    }

    /// Calls `body` for each document (nil: diagnostics with no document), each diagnostic with
    /// `displayPath` as its path; returns the bytes read. `format`: the format when the user
    /// names it, else detected from the first bytes. Throws `InputError` when the input cannot
    /// be opened or read.
    @discardableResult
    public func forEachDocument(format: InputFormat? = nil, limits: ParseLimits = .default, _ body: (Document?, [Diagnostic]) -> Void) throws -> Int {
        try forEachDocument(format: format, limits: limits, jobs: 1, transforms: { { _ in () } }) { doc, _, g in body(doc, g) }
    }

    /// As `forEachDocument(format:limits:_:)`, with each document passed through a transform
    /// (rendering, say) before `body` gets both. With `jobs` over 1, device text is read on as
    /// many threads (`ParallelCaptureStream`), each with its own transform; `body` still gets
    /// the documents in input order, exactly as one thread gives them.
    @discardableResult
    @_specialize(exported: true, where T == DocumentPiece)  // what convert renders: see ParallelCaptureStream
    @_specialize(exported: true, where T == LintJudge.Judgment)  // what lint judges
    public func forEachDocument<T>(format: InputFormat? = nil, limits: ParseLimits = .default, jobs: Int,
                                   transforms makeTransform: () -> (Document) -> T,
                                   _ body: (Document?, T?, [Diagnostic]) -> Void) throws -> Int {
        let fd: Int32 = path.map { open($0, O_RDONLY) } ?? 0
        guard fd >= 0 else { throw cannotRead(errno) }
        defer { if path != nil { close(fd) } }
        var total = 0
        var limits = limits
        func readInto(_ buffer: UnsafeMutableRawBufferPointer) -> Int {
            while true {
                let n = systemRead(fd, buffer.baseAddress, buffer.count)
                if n < 0 && errno == EINTR { continue }
                if n > 0 { total += n }
                return n
            }
        }
        func withPath(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
            diagnostics.map { d in
                var d = d
                d.path = d.path ?? displayPath
                return d
            }
        }
        var transform: ((Document) -> T)?  // made when first needed: workers make their own
        func deliver(_ doc: Document?, _ diagnostics: [Diagnostic]) {
            // Made once: storing a closure again would wrap it again (a thunk per document).
            if doc != nil && transform == nil { transform = makeTransform() }
            body(doc, doc.flatMap { transform?($0) }, withPath(diagnostics))
        }
        // A capture saved as UTF-16 is read as the UTF-8 it holds (`UTF16Input`): its first
        // bytes as read are given to the decoder first, then the rest of the file.
        var utf16: UTF16Input?
        var rawHead: [UInt8] = []
        var rawOffset = 0
        func readRaw(_ buffer: UnsafeMutableRawBufferPointer) -> Int {
            copy(from: rawHead, at: &rawOffset, into: buffer) ?? readInto(buffer)
        }
        // A mail's quoted-printable text is read as the text it encodes (`QuotedPrintableInput`), alike.
        var quotedPrintable: DecodedReads<QuotedPrintableInput>?
        var returnsEndLines = false
        func decode(_ buffer: UnsafeMutableRawBufferPointer) -> Int {
            utf16 != nil ? utf16!.read(into: buffer, from: readRaw)
                : quotedPrintable != nil ? quotedPrintable!.read(into: buffer, from: readRaw) : readInto(buffer)
        }
        // A diff is read as the text it makes (`DiffInput`), in whatever encoding.
        var diff: DecodedReads<DiffInput>?
        var decodedHead: [UInt8] = []
        var decodedOffset = 0
        func readDecoded(_ buffer: UnsafeMutableRawBufferPointer) -> Int {
            copy(from: decodedHead, at: &decodedOffset, into: buffer) ?? decode(buffer)
        }
        func undiff(_ buffer: UnsafeMutableRawBufferPointer) -> Int {
            diff != nil ? diff!.read(into: buffer, from: readDecoded) : decode(buffer)
        }
        // Device text is read without the characters that show nothing, a PDF's ligatures as
        // their letters (`InvisibleCharacters`).
        var invisible: InvisibleCharacters?
        func readText(_ buffer: UnsafeMutableRawBufferPointer) -> Int {
            let n = invisible != nil ? invisible!.read(into: buffer, from: undiff) : undiff(buffer)
            if returnsEndLines && n > 0 { CarriageReturnLines.translate(UnsafeMutableRawBufferPointer(rebasing: buffer[0..<n])) }
            return n
        }
        // The first bytes tell device text from asalic's own YAML or JSON, and an encoding
        // from text: a decoder is then given them first, and they are read again through it.
        func readHead(_ read: (UnsafeMutableRawBufferPointer) -> Int) throws -> [UInt8] {
            var head = [UInt8](repeating: 0, count: 16 * 1024)
            let n = head.withUnsafeMutableBytes { read($0) }
            if n < 0 { throw cannotRead(errno) }
            head.removeLast(head.count - n)
            return head
        }
        var head = try readHead(readInto)
        if let decoder = head.withUnsafeBufferPointer({ UTF16Input(head: $0) }) {
            utf16 = decoder
            rawHead = head
            head = try readHead(readText)
        } else if format ?? head.withUnsafeBufferPointer({ InputFormat.detect($0) }) == .cli,
                  head.withUnsafeBufferPointer(QuotedPrintableInput.detect) {
            quotedPrintable = DecodedReads(QuotedPrintableInput())
            rawHead = head
            head = try readHead(readText)
        }
        if format ?? head.withUnsafeBufferPointer({ InputFormat.detect($0) }) == .cli,
           let kind = head.withUnsafeBufferPointer(DiffInput.kind(of:)) {
            diff = DecodedReads(DiffInput(kind))
            limits.textIsDiff = true
            decodedHead = head
            head = try readHead(readText)
        }
        if format == nil, let note = head.withUnsafeBufferPointer(InputReader.binaryNote) {
            deliver(nil, [note])
            return total
        }
        let format = format ?? head.withUnsafeBufferPointer { InputFormat.detect($0) }
        if format == .cli {
            var filter = InvisibleCharacters()
            let n = head.withUnsafeMutableBytes { filter.remove($0, count: $0.count, atEnd: false) }
            head.removeLast(head.count - n)
            invisible = filter
        }
        // Device text whose lines end with a return alone is read with line feeds from here on.
        if head.withUnsafeBufferPointer({ InputReader.lineEnd(of: $0, format: format) }) == 0x0D {
            returnsEndLines = true
            head.withUnsafeMutableBytes(CarriageReturnLines.translate)
        }
        if format != .cli {
            var all = head
            var chunk = [UInt8](repeating: 0, count: 1 << 20)
            while true {
                let m = chunk.withUnsafeMutableBytes { readText($0) }
                if m < 0 { throw cannotRead(errno) }
                if m == 0 { break }
                all += chunk[0..<m]
            }
            all.withUnsafeBufferPointer { InputReader.forEachDocument(in: $0, format: format, limits: limits, deliver) }
            return total
        }
        // A small file needs no 1 MiB chunk: allocating and clearing one per file costs more than
        // parsing the file.
        var info = stat()
        let regular = fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
        let size = regular ? Int(info.st_size) : 1 << 20
        var offset = 0
        func readOn(_ buffer: UnsafeMutableRawBufferPointer) -> Int {
            copy(from: head, at: &offset, into: buffer) ?? readText(buffer)  // first the bytes already read
        }
        let chunk = min(max(size - head.count, 0) + 4096, 1 << 20)
        // Several threads pay off past one chunk; a pipe may bring any amount.
        let ok = jobs > 1 && (size > chunk || !regular)
            ? ParallelCaptureStream(jobs: jobs, limits: limits).forEachDocument(read: readOn, transforms: makeTransform) { doc, t, g in body(doc, t, withPath(g)) }
            : CaptureStream(chunkSize: chunk, limits: limits).forEachDocument(read: readOn, deliver)
        if !ok { throw cannotRead(errno) }
        return total
    }

    /// Every document and diagnostic of the input, for inputs of any size that fit in memory.
    public func readAll(format: InputFormat? = nil) throws -> (documents: [Document], diagnostics: [Diagnostic]) {
        var documents: [Document] = []
        var diagnostics: [Diagnostic] = []
        try forEachDocument(format: format) { doc, d in
            if let doc { documents.append(doc) }
            diagnostics += d
        }
        return (documents, diagnostics)
    }

    /// The bytes of `bytes` from `offset` on that fit in `buffer`, copied there; nil once all
    /// were (then the input is read on).
    private func copy(from bytes: [UInt8], at offset: inout Int, into buffer: UnsafeMutableRawBufferPointer) -> Int? {
        guard offset < bytes.count else { return nil }
        let k = min(buffer.count, bytes.count - offset)
        bytes.withUnsafeBytes { src in buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: src[offset..<(offset + k)])) }
        offset += k
        return k
    }

    private func cannotRead(_ code: Int32) -> InputError {
        InputError(message: "cannot read '\(displayPath)': \(String(cString: strerror(code)))")
    }
}

/// read(2), which the instance method `readAll` would otherwise shadow.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.read(fd, buffer, count)
    #else
    Darwin.read(fd, buffer, count)
    #endif
}

/// An input that cannot be read: said once, in the system's words (`cannot read 'x': No such
/// file or directory`), the same in every command.
public struct InputError: Error, Sendable, CustomStringConvertible {
    public var message: String

    public init(message: String) {
        self.message = message
    }

    public var description: String { message }
}
