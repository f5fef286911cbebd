import Testing
@testable import ASALicenseKit

/// A part kept in a box reads, writes, compares and hashes as the plain optional, and a copy of
/// its holder is a value of its own.
@Suite struct BoxedTests {
    @Test func aBoxedPartIsAPlainOptional() {
        var ak = ActivationKeyDocument()
        #expect(ak.showVersion == nil && ak.permanent == nil)
        var info = ShowVersionInfo()
        info.hardware = "ASA5520"
        ak.showVersion = info
        let copy = ak
        ak.showVersion?.hardware = "ASA5540"
        #expect(ak.showVersion?.hardware == "ASA5540" && copy.showVersion?.hardware == "ASA5520", "a copy keeps its own part")
        #expect(ak != copy)
        ak.showVersion?.hardware = "ASA5520"
        #expect(ak == copy && ak.hashValue == copy.hashValue, "equal parts in two boxes are equal")
        ak.permanent = PermanentLicense(key: ActivationKey("0x1 0x2 0x3 0x4 0x5"))
        ak.permanent?.features = FeatureBlock(rows: [FeatureRow(name: .known(spelling: 0), value: .count(4))])
        #expect(ak.permanent?.features?.rows.count == 1 && copy.permanent == nil && ak.isDetail && !copy.isDetail)
        ak.permanent = nil
        ak.showVersion = nil
        #expect(ak == ActivationKeyDocument() && ak.hashValue == ActivationKeyDocument().hashValue)
    }
}
