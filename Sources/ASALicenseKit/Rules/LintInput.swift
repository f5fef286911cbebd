/// A document to check, with the file it came from. A class: every rule is handed every
/// document, and a reference is passed where a copy of a whole model retained each of its parts.
public final class LintDocument: Sendable {
    public let path: String
    public let document: Document

    /// The serial number the document shows, if any.
    public let serial: String?
    /// The hostname its prompt names, and the failover position the prompt shows (`pri`,
    /// `sec`): read once, as grouping and pairing ask for them again and again.
    public let hostname: String?
    let failoverPosition: String?
    /// A configuration typed at a prompt (`fw(config)# …`, after `fw# conf t`), a change to the
    /// unit's configuration, or read from a diff's hunks: not all of it (SHR006 and SHR007 judge
    /// only one shown whole).
    let showsOnlyPart: Bool
    /// Text that is not license text stood before it: it starts a passage of its file.
    let startsPassage: Bool

    public init(path: String, document: Document) {
        self.path = path
        self.document = document
        hostname = document.hostname
        startsPassage = document.followsOtherText
        failoverPosition = LintGrouping.failoverPosition(document.prompt)
        switch document.content {
        case .activationKey(let ak) where !(ak.serialNumber?.text.isEmpty ?? true): serial = ak.serialNumber?.text
        case .configuration(let c) where !(c.serialNumber?.isEmpty ?? true): serial = c.serialNumber
        default: serial = nil
        }
        if case .configuration = document.content {
            showsOnlyPart = document.readFromDiff || (document.prompt != nil && (document.command == nil || document.echoedCommand != .showRunningConfig))
        } else {
            showsOnlyPart = false
        }
    }

    /// A document whose facts are already read (`retained`).
    private init(path: String, document: Document, as read: LintDocument) {
        self.path = path
        self.document = document
        (serial, hostname, failoverPosition, showsOnlyPart, startsPassage) = (read.serial, read.hostname, read.failoverPosition, read.showsOnlyPart, read.startsPassage)
    }

    /// The document as far as the unit and fleet rules read it, for keeping to the end of the
    /// input (`LintSession`): the prompt and lines, serial number, keys, show version facts,
    /// the running and cluster blocks, configuration commands. Left out: the rows of the
    /// permanent and time-based keys, notices, the flash key, unparsed lines and the tables of a
    /// shared license output, which only document rules read (`LintSessionTests` hold the
    /// findings to those of whole documents). Rows and configuration commands are kept in
    /// storage of their own size: a list read line by line keeps room for more, a quarter of
    /// it unused on average.
    func retained() -> LintDocument {
        var content = document.content
        switch content {
        case .activationKey(let ak) where ak.isBareEcho:
            content = .activationKey(ak.has(.showVersion) ? LintDocument.keptBareShowVersion : ActivationKeyDocument())
        case .activationKey(let ak):
            var kept = ActivationKeyDocument()
            kept.showVersion = ak.showVersion
            kept.serialNumber = ak.serialNumber
            kept.runningPermanentKey = ak.runningPermanentKey
            kept.runningActivationKey = ak.runningActivationKey
            kept.running = LintDocument.fitted(ak.running)
            kept.failoverCluster = LintDocument.fitted(ak.failoverCluster)
            kept.permanent = ak.permanent.map { PermanentLicense(key: $0.key) }
            content = .activationKey(kept)
        case .sharedLicense:
            content = LintDocument.keptSharedLicense
        case .configuration(var c):
            c.commands = LintDocument.fitted(c.commands)
            content = .configuration(c)
        case .deviceError:
            break
        }
        var kept = Document(prompt: document.prompt, command: document.command, content: content, sourceLines: document.sourceLines)
        kept.source = document.source
        kept.asOf = document.asOf
        return LintDocument(path: path, document: kept, as: self)
    }

    /// The model kept of every bare `show version` echo (nothing read but an empty `show
    /// version`): one box, shared, as a capture of a million such echoes kept a box of its own
    /// for each (1.1 GB for 17 MB). It carries no span, so sharing it moves no finding. (An
    /// empty model is shared by every `ActivationKeyDocument()` already.)
    private static let keptBareShowVersion: ActivationKeyDocument = {
        var echo = ActivationKeyDocument()
        echo.showVersion = ShowVersionInfo()
        return echo
    }()

    /// What is kept of every shared-license output: one empty model in one box, shared.
    private static let keptSharedLicense = Document.Content.sharedLicense(SharedLicenseDocument())

    private static func fitted(_ block: FeatureBlock?) -> FeatureBlock? {
        guard var block else { return nil }
        block.rows = fitted(block.rows)
        return block
    }

    /// The elements in storage of their own size (`Array(list)` would share the roomy storage).
    private static func fitted<T>(_ list: [T]) -> [T] {
        guard list.capacity > list.count else { return list }
        var fitted: [T] = []
        fitted.reserveCapacity(list.count)
        fitted.append(contentsOf: list)
        return fitted
    }

    public var activationKey: ActivationKeyDocument? {
        if case .activationKey(let ak) = document.content { return ak }
        return nil
    }

    public var sharedLicense: SharedLicenseDocument? {
        if case .sharedLicense(let sl) = document.content { return sl }
        return nil
    }

    public var configuration: LicenseConfiguration? {
        if case .configuration(let c) = document.content { return c }
        return nil
    }

    /// Where to point a finding about the whole document.
    public var span: SourceSpan {
        SourceSpan(line: document.sourceLines?.lowerBound ?? 1, column: 1, offset: 0)
    }
}

/// The documents of one unit: grouped by serial number, else by the hostname of their prompt
/// (without its failover suffix), else by the file they came from.
public struct LintUnit: Sendable {
    public let id: String
    public let documents: [LintDocument]

    public init(id: String, documents: [LintDocument]) {
        self.id = id
        self.documents = documents
    }

    /// The unit's activation-key documents, each with its model, picked out when asked: kept
    /// in the unit they were a second copy of every model until lint ends (50 MiB: 15 MB).
    public var activationKeys: [(LintDocument, ActivationKeyDocument)] {
        documents.compactMap { d in d.activationKey.map { (d, $0) } }
    }

    /// The first activation-key document whose model passes `test`, copying out only the
    /// models it looks at (most rules want the first with a running block).
    public func firstActivationKey(where test: (ActivationKeyDocument) -> Bool) -> (LintDocument, ActivationKeyDocument)? {
        for d in documents {
            if let ak = d.activationKey, test(ak) { return (d, ak) }
        }
        return nil
    }

    /// The unit's configurations, each with its document, picked out when asked.
    public var configurations: [(LintDocument, LicenseConfiguration)] {
        documents.compactMap { d in d.configuration.map { (d, $0) } }
    }

    public var serial: String? { documents.lazy.compactMap(\.serial).first }

    /// The unit's shared-licensing role, from all its configuration lines together.
    public var role: SharedLicensingRole {
        LicenseConfiguration(commands: configurations.flatMap { $0.1.commands }).role
    }
}

/// Several units: the failover pairs among them, and the shared-licensing roles.
public struct Fleet: Sendable {
    public let units: [LintUnit]
    /// Each pair with the documents the failover rules judge it by (`FailoverRules.clusterDocs`),
    /// nil when a unit shows no running block: found once for every rule (found by each, they
    /// were two models copied out of their documents per pair per rule).
    let judgedPairs: [(pair: (LintUnit, LintUnit), docs: [(LintDocument, ActivationKeyDocument)]?)]

    public init(units: [LintUnit], pairs: [(LintUnit, LintUnit)]) {
        self.units = units
        judgedPairs = pairs.map { ($0, FailoverRules.clusterDocs($0)) }
    }

    /// The failover pairs.
    public var pairs: [(LintUnit, LintUnit)] { judgedPairs.map(\.pair) }
}

/// How documents become units, and units failover pairs.
public enum LintGrouping {
    /// Groups documents into units. A unit is a serial number: documents with one join its unit.
    /// A document without one joins the unit its own file shows for its hostname (the serial
    /// read last before it under that hostname, else the first after it; where the file shows
    /// two under it, in the document's own passage), or with no hostname
    /// the unit of the last serial read before it in its file; else a unit of its hostname in
    /// its file, or of its file. Hostnames never join files: two units may share one
    /// (`ciscoasa`), and a wrong merge would judge one unit by another's license. In one file,
    /// such units are told apart by where their documents stand.
    public static func units(_ docs: [LintDocument]) -> [LintUnit] {
        // Keyed by their parts, not by strings made of them (a string a document cost a fifth
        // of grouping), files by their number (hashing each document's path was a third of
        // it); a unit's id is spelled once, when the unit is made.
        struct Place: Hashable {
            let file: Int, host: String, position: String?, passage: Int
        }
        struct HostInFile: Hashable {
            let file: Int, host: String
        }
        enum Key: Hashable {
            case serial(String), host(Place), file(Int)
        }
        var paths: [String] = [], fileNumbers: [String: Int] = [:]
        var files: [Int] = []
        files.reserveCapacity(docs.count)
        for d in docs {
            // A file's documents come one after another: its number is looked up once per run.
            if let last = paths.last, d.path == last {
                files.append(paths.count - 1)
            } else if let n = fileNumbers[d.path] {
                files.append(n)
            } else {
                fileNumbers[d.path] = paths.count
                files.append(paths.count)
                paths.append(d.path)
            }
        }
        func id(_ key: Key) -> String {
            switch key {
            case .serial(let s): "serial:" + s
            case .host(let p): "host:" + paths[p.file] + "\u{0}" + p.host + (p.position.map { "/" + $0 } ?? "") + (p.passage > 0 ? "#\(p.passage)" : "")
            case .file(let n): "file:" + paths[n]
            }
        }
        var keys: [Key] = []
        var index: [Key: Int] = [:]
        index.reserveCapacity(docs.count)
        var members: [[LintDocument]] = []
        func add(_ key: Key, _ d: LintDocument) {
            if let i = index[key] {
                members[i].append(d)
            } else {
                index[key] = members.count
                keys.append(key)
                members.append([d])
            }
        }
        var inFile: [Place: String] = [:]          // file, host, position and passage → its first serial
        inFile.reserveCapacity(docs.count)
        // The hostnames under which a file shows two serials, or a factory hostname: only there
        // does a document's unit depend on where it stands (most captures name each unit once).
        var sharedHosts: Set<HostInFile> = []
        func see(_ serial: String, _ host: String, _ position: String?, _ file: Int, _ passage: Int, replacing: Bool) {
            let place = Place(file: file, host: host, position: position, passage: passage)
            if replacing {
                inFile[place] = serial
            } else {
                // The serial kept for the place, this one when it is the first: one lookup.
                func kept(_ value: inout String) -> String { value }
                if kept(&inFile[place, default: serial]) != serial { sharedHosts.insert(HostInFile(file: file, host: host)) }
            }
            let bare = Place(file: file, host: host, position: nil, passage: passage)
            if position != nil, replacing || inFile[bare] == nil { inFile[bare] = serial }
        }
        for (d, file) in zip(docs, files) {
            guard let serial = d.serial, let host = d.hostname else { continue }
            see(serial, host, d.failoverPosition, file, 0, replacing: false)
            // The name a unit has before anyone names it (or a reference's placeholder) names
            // no unit: a post's examples under it may be of two units though it shows one serial.
            if isFactoryHostname(host) { sharedHosts.insert(HostInFile(file: file, host: host)) }
        }
        // Under such a hostname, a post's examples (each after its prose) are each a passage: a
        // document joins a serial of its own passage only, as the units of a blog's examples
        // under the factory hostname are others (a server's configuration was judged by the
        // license of the participant shown after it). A capture with no text between its
        // outputs is one passage. Each document's passage, where it counts (else 0), is found
        // once.
        var passages: [Int] = []
        if !sharedHosts.isEmpty {
            var counts: [Int: Int] = [:]
            var split = false
            passages = zip(docs, files).map { d, file in
                if d.startsPassage { counts[file, default: 0] += 1 }
                guard let n = counts[file], let host = d.hostname, sharedHosts.contains(HostInFile(file: file, host: host)) else { return 0 }
                split = true
                return n
            }
            if split {
                // (Read again by passage, it finds no hostname shared that was not before.)
                inFile.removeAll(keepingCapacity: true)
                for (i, (d, file)) in zip(docs, files).enumerated() {
                    guard let serial = d.serial, let host = d.hostname else { continue }
                    see(serial, host, d.failoverPosition, file, passages[i], replacing: false)
                }
            } else {
                passages = []
            }
        }
        func passage(_ i: Int) -> Int { passages.isEmpty ? 0 : passages[i] }
        var lastSerial: [Int: String] = [:]         // file → the last serial read
        for (i, (d, file)) in zip(docs, files).enumerated() {
            if let serial = d.serial {
                add(.serial(serial), d)
                lastSerial[file] = serial
                // From here on, the hostname's documents without a serial are this unit's.
                if !sharedHosts.isEmpty, let host = d.hostname { see(serial, host, d.failoverPosition, file, passage(i), replacing: true) }
            } else if let host = d.hostname {
                let passage = passage(i)
                let place = Place(file: file, host: host, position: d.failoverPosition, passage: passage)
                if let serial = inFile[place] ?? inFile[Place(file: file, host: host, position: nil, passage: passage)] {
                    add(.serial(serial), d)
                } else {
                    add(.host(place), d)
                }
            } else if let serial = lastSerial[file] {
                add(.serial(serial), d)
            } else {
                add(.file(file), d)
            }
        }
        return keys.indices.map { LintUnit(id: id(keys[$0]), documents: members[$0]) }
    }

    /// The hostname a unit has out of the box (`ciscoasa`; a PIX's `pixfirewall`, a Firepower's
    /// `firepower`), or the one Cisco's references write (`hostname#`).
    static func isFactoryHostname(_ host: String) -> Bool {
        // Told by length first: asked of every document's hostname, and comparing strings costs.
        switch host.utf8.count {
        case 8: host == "ciscoasa" || host == "hostname"
        case 9: host == "firepower"
        case 11: host == "pixfirewall"
        default: false
        }
    }

    /// `fw/pri/act>` → `pri`; `fw/sec>` → `sec`.
    public static func failoverPosition(_ prompt: String?) -> String? {
        guard let prompt else { return nil }
        // Most prompts name no position: no slash, no split (lint reads every document's).
        guard prompt.utf8.contains(UInt8(ascii: "/")) else { return nil }
        // An ASCII prompt (all of them, in practice) is read as bytes: splitting into
        // characters and asking each whether it is a letter cost 4,000 instructions a prompt.
        if prompt.utf8.allSatisfy({ $0 < 0x80 }), let position = prompt.utf8.withContiguousStorageIfAvailable(asciiFailoverPosition) {
            return position
        }
        let parts = prompt.split(separator: "/")
        guard parts.count >= 2 else { return nil }
        let p = parts[1].prefix { $0.isLetter }
        return p == "pri" || p == "sec" ? String(p) : nil
    }

    /// What `failoverPosition` reads from an ASCII prompt: the letters that start its second
    /// part between slashes, when they are `pri` or `sec`.
    private static func asciiFailoverPosition(_ b: UnsafeBufferPointer<UInt8>) -> String? {
        var i = 0, part = 0
        while i < b.count {
            while i < b.count && b[i] == UInt8(ascii: "/") { i += 1 }  // empty parts do not count
            guard i < b.count else { break }
            if part == 1 {
                var end = i
                while end < b.count && ByteText.isLetter(b[end]) { end += 1 }
                return ByteText.equals(b, i, end, "pri") ? "pri" : ByteText.equals(b, i, end, "sec") ? "sec" : nil
            }
            while i < b.count && b[i] != UInt8(ascii: "/") { i += 1 }
            part += 1
        }
        return nil
    }

    /// The names of `--pair` that match no unit of the input (a usage error).
    public static func unknownNames(_ units: [LintUnit], declared: [[String]]) -> [String] {
        declared.flatMap { $0 }.filter { find($0, in: units) == nil }
    }

    static func find(_ name: String, in units: [LintUnit]) -> LintUnit? {
        units.first { u in u.serial == name || u.documents.contains { $0.hostname == name || $0.path == name } }
    }

    /// Whether a unit shows failover licensing: a cluster block, or a Failover row not Disabled.
    static func showsFailover(_ u: LintUnit) -> Bool {
        u.firstActivationKey { ak in
            ak.has(.failoverCluster) || (ak.running?.row(.failover).map { $0.value != .disabled && $0.value.rank != nil } ?? false)
        } != nil
    }

    /// Failover pairs: the ones declared, else the units whose documents carry a failover
    /// cluster block, paired by hostname (`fw/pri`, `fw/sec`), then by identical cluster
    /// blocks, then the only two left when they are the same platform. Units left over are
    /// named in a finding (FO008) rather than dropped in silence, as is a declared pair that
    /// shows no failover licensing.
    public static func pairs(_ units: [LintUnit], declared: [[String]]) -> (pairs: [(LintUnit, LintUnit)], findings: [Diagnostic]) {
        var findings: [Diagnostic] = []
        func finding(_ u: LintUnit, _ message: FindingText) {
            guard let d = u.firstActivationKey(where: { _ in true })?.0 ?? u.documents.first else { return }
            findings.append(.rule(.FO008, message, at: d.span, in: d))
        }
        if !declared.isEmpty {
            let out: [(LintUnit, LintUnit)] = declared.compactMap { pair in
                guard pair.count == 2, let a = find(pair[0], in: units), let b = find(pair[1], in: units), a.id != b.id else { return nil }
                return (a, b)
            }
            for (a, b) in out where !showsFailover(a) && !showsFailover(b) {
                finding(a, "the declared pair \(describe(a)), \(describe(b)) shows no failover licensing (no failover cluster block, Failover Disabled or not shown)")
            }
            return (out, findings)
        }
        let clustered = units.filter { u in u.firstActivationKey { $0.has(.failoverCluster) } != nil }
        var byHost: [String: [LintUnit]] = [:]
        var hostOrder: [String] = []
        for u in clustered {
            let host = u.documents.lazy.compactMap { $0.hostname }.first ?? ""
            if byHost[host] == nil { hostOrder.append(host) }
            byHost[host, default: []].append(u)
        }
        var out: [(LintUnit, LintUnit)] = []
        var left: [LintUnit] = []
        for h in hostOrder {
            if !h.isEmpty, let g = byHost[h], g.count == 2 { out.append(primaryFirst(g[0], g[1])) } else { left += byHost[h] ?? [] }
        }
        // The two units of a pair show one cluster license: identical blocks pair, when no third
        // unit shows the same block. Each unit's block is read once and grouped (linear).
        let cluster = { (u: LintUnit) in u.activationKeys.lazy.compactMap { $0.1.failoverCluster?.allRows.map { "\($0.name.text)=\($0.value.text)" } }.first ?? [] }
        let blocks = left.map(cluster)
        var sharing: [[String]: [Int]] = [:]
        for (i, b) in blocks.enumerated() { sharing[b, default: []].append(i) }
        var unmatched: [LintUnit] = []
        for (i, u) in left.enumerated() {
            let same = sharing[blocks[i]] ?? []
            if same.count != 2 {
                unmatched.append(u)
            } else if same[0] == i {
                out.append(primaryFirst(u, left[same[1]]))
            }
        }
        let model = { (u: LintUnit) in u.activationKeys.lazy.compactMap { $0.1.platformModel }.first }
        if unmatched.count == 2, let m = model(unmatched[0]), m == model(unmatched[1]) {
            out.append(primaryFirst(unmatched[0], unmatched[1]))
            unmatched.removeAll()
        }
        // One unit alone is a unit whose peer is not in the input; three or more cannot be told apart.
        if unmatched.count >= 3 {
            // Named up to a screenful: each unit's finding names them, and a list of every unit
            // in every finding grew with the square of the units (20,000 units: 4.8 GB of text).
            let shown = 8
            var names = unmatched.prefix(shown).map(describe).joined(separator: ", ")
            if unmatched.count > shown { names += " and \(unmatched.count - shown) more" }
            for u in unmatched {
                finding(u, "\(describe(u)) shows a failover cluster license, but its peer cannot be told from the input (candidates: \(names)); declare the pair with --pair SERIAL1,SERIAL2 to check the failover rules")
            }
        }
        return (out, findings)
    }

    /// A unit in a message: its serial number, else its hostname, else its file.
    public static func describe(_ u: LintUnit) -> String {
        u.serial ?? u.documents.lazy.compactMap { $0.hostname }.first ?? u.documents.first?.path ?? u.id
    }

    /// The primary unit first when the prompts say which is which.
    private static func primaryFirst(_ a: LintUnit, _ b: LintUnit) -> (LintUnit, LintUnit) {
        let pos = { (u: LintUnit) in u.documents.lazy.compactMap(\.failoverPosition).first }
        return pos(b) == "pri" && pos(a) != "pri" ? (b, a) : (a, b)
    }
}
