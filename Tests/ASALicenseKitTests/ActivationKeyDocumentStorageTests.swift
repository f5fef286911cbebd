import Testing
@testable import ASALicenseKit

/// An activation-key document keeps its fields in a box that copies share until one changes:
/// every field reads back what was written, a change to one copy never shows in another, and
/// documents compare and hash by their fields, wherever they are kept.
@Suite struct ActivationKeyDocumentStorageTests {
    /// Sets field `field` (0..<14) of `ak` to a value that tells `mark` apart.
    func set(_ field: Int, of ak: inout ActivationKeyDocument, mark: Int) {
        let key = ActivationKey("0x\(mark) 0x2 0x3 0x4 0x5")
        let rows = [FeatureRow(name: .known(spelling: 0), value: .count(mark))]
        switch field {
        case 0: ak.showVersion = ShowVersionInfo(hardware: "ASA55\(mark)")
        case 1: ak.serialNumber = SerialNumber("JMX\(mark)")
        case 2: ak.runningPermanentKey = key
        case 3: ak.runningActivationKey = key
        case 4: ak.runningTimebasedKeys.append(key)
        case 5: ak.notices.append(Notice("notice \(mark)"))
        case 6: ak.running = FeatureBlock(rows: rows)
        case 7: ak.failoverCluster = FeatureBlock(rows: rows)
        case 8: ak.permanent = PermanentLicense(key: key)
        case 9: ak.flashKey = FlashKeyState(same: mark % 2 == 0)
        case 10: ak.unsupportedFeatures.append("Feature \(mark)")
        case 11: ak.activeTimebasedKeys.append(TimebasedKey(key: key, features: rows))
        case 12: ak.inactiveTimebasedKeys.append(TimebasedKey(key: key, features: rows))
        default: ak.flashPermanent = PermanentLicense(key: key, features: FeatureBlock(rows: rows))
        }
    }

    /// What field `field` of `ak` holds, as text.
    func read(_ field: Int, of ak: ActivationKeyDocument) -> String {
        switch field {
        case 0: "\(String(describing: ak.showVersion))"
        case 1: "\(String(describing: ak.serialNumber))"
        case 2: "\(String(describing: ak.runningPermanentKey))"
        case 3: "\(String(describing: ak.runningActivationKey))"
        case 4: "\(ak.runningTimebasedKeys)"
        case 5: "\(ak.notices)"
        case 6: "\(String(describing: ak.running))"
        case 7: "\(String(describing: ak.failoverCluster))"
        case 8: "\(String(describing: ak.permanent))"
        case 9: "\(String(describing: ak.flashKey))"
        case 10: "\(ak.unsupportedFeatures)"
        case 11: "\(ak.activeTimebasedKeys)"
        case 12: "\(ak.inactiveTimebasedKeys)"
        default: "\(String(describing: ak.flashPermanent))"
        }
    }

    @Test func copiesAreValuesOfTheirOwn() {
        var rng = SeededRandom(seed: 13)
        var docs = [ActivationKeyDocument()]
        var shadows = [[String]](repeating: (0..<14).map { read($0, of: ActivationKeyDocument()) }, count: 1)
        for step in 0..<400 {
            let i = Int.random(in: 0..<docs.count, using: &rng)
            if Bool.random(using: &rng) && docs.count < 12 {
                docs.append(docs[i])  // a copy shares the box
                shadows.append(shadows[i])
            } else {
                let field = Int.random(in: 0..<14, using: &rng)
                set(field, of: &docs[i], mark: step)
                shadows[i][field] = read(field, of: docs[i])
            }
            for (doc, shadow) in zip(docs, shadows) {
                #expect((0..<14).map { read($0, of: doc) } == shadow)
            }
        }
        for (a, sa) in zip(docs, shadows) {
            for (b, sb) in zip(docs, shadows) {
                #expect((a == b) == (sa == sb))
                if a == b { #expect(a.hashValue == b.hashValue) }
            }
        }
    }

    @Test func equalFieldsInTwoBoxesAreEqual() {
        var a = ActivationKeyDocument(), b = ActivationKeyDocument()
        for field in 0..<14 {
            set(field, of: &a, mark: field)
            set(field, of: &b, mark: field)
            #expect(a == b && a.hashValue == b.hashValue)
        }
        b.permanent?.features = FeatureBlock(rows: [FeatureRow(name: .known(spelling: 0), value: .count(4))])
        #expect(a != b && b.isDetail)
        b.permanent?.features = nil
        #expect(a == b)
        a.showVersion = nil
        #expect(a != b)
    }

    /// `has` says a part is there exactly when its getter gives one, set alone or beside the
    /// others, in a box of its own or shared with a copy.
    @Test func hasAnswersAsTheGetterDoes() {
        let parts: [(ActivationKeyDocument.Part, field: Int)] = [
            (.showVersion, 0), (.serialNumber, 1), (.runningPermanentKey, 2), (.runningActivationKey, 3),
            (.running, 6), (.failoverCluster, 7), (.permanent, 8), (.flashKey, 9), (.flashPermanent, 13),
        ]
        func getter(_ part: ActivationKeyDocument.Part, _ ak: ActivationKeyDocument) -> Bool {
            switch part {
            case .showVersion: ak.showVersion != nil
            case .serialNumber: ak.serialNumber != nil
            case .runningPermanentKey: ak.runningPermanentKey != nil
            case .runningActivationKey: ak.runningActivationKey != nil
            case .running: ak.running != nil
            case .failoverCluster: ak.failoverCluster != nil
            case .permanent: ak.permanent != nil
            case .flashKey: ak.flashKey != nil
            case .flashPermanent: ak.flashPermanent != nil
            }
        }
        var all = ActivationKeyDocument()
        for (part, field) in parts {
            var alone = ActivationKeyDocument()
            set(field, of: &alone, mark: field)
            let shared = alone
            for (other, _) in parts {
                #expect(alone.has(other) == (other == part) && alone.has(other) == getter(other, alone), "\(part) set alone, \(other) asked")
                #expect(shared.has(other) == alone.has(other))
            }
            set(field, of: &all, mark: field)
        }
        for (part, _) in parts { #expect(all.has(part) && ActivationKeyDocument().has(part) == false, "\(part)") }
    }
}
